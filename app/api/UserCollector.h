// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "PagedCollector.h"
#include "endpoints/ListUsersEndpoint.h"

// Loads every user a search finds with PagedCollector's window. GET /users.json and the
// by_full_name / by_tags searches number their pages and tell a total; the one-user lookups
// (by_login, by_email) are one request. Pages are delivered with their offset so that callers
// can restore server order.
class UserCollector final : public PagedCollector {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserCollector)

public:
    explicit UserCollector(ApiClient *client, QObject *parent = nullptr);

    // maxItems < 0 loads everything. search.otherwise is not followed here.
    void start(
        const UserSearch &search, int maxItems = -1, int pageSize = ListUsersEndpoint::maxPerPage);

Q_SIGNALS:
    // Only pages that bring users not delivered before.
    void pageLoaded(int skip, const QList<ChatUser> &users);

private:
    ApiRequest pageRequest(int skip, int limit) const override;
    void takeAnswer(int skip, int limit, const ApiReply &reply) override;

    UserSearch m_search;
    QSet<qint64> m_seen;
};

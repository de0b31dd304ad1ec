// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "PagedCollector.h"
#include "endpoints/ListDialogsEndpoint.h"

// Loads every dialog that matches a query with PagedCollector's window, full from the first
// request. Pages are delivered with their offset so that callers can restore server order. A
// total of two billion costs nothing, and at most a window's worth of pages goes out beyond the
// end of the list.
class DialogCollector final : public PagedCollector {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialogCollector)

public:
    explicit DialogCollector(ApiClient *client, QObject *parent = nullptr);

    // maxItems < 0 loads everything.
    void start(const DialogQuery &query, int maxItems = -1,
        int pageSize = ListDialogsEndpoint::defaultPageSize);

Q_SIGNALS:
    // Only pages that bring dialogs not delivered before.
    void pageLoaded(int skip, const QList<Dialog> &dialogs);

private:
    ApiRequest pageRequest(int skip, int limit) const override;
    void takeAnswer(int skip, int limit, const ApiReply &reply) override;

    DialogQuery m_query;
    QSet<QString> m_seen;
};

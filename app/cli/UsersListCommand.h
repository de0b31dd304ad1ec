// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"
#include "api/endpoints/ListUsersEndpoint.h"
#include "domain/ChatUser.h"

#include <QList>
#include <QMap>
#include <QSet>

class UserCollector;

// qbmodctl users list [--search TEXT] [--limit N | --all] [--json | --jsonl]
// TEXT is a user id (digits), an email (has '@'), or part of a full name (3 characters or more,
// also tried as an exact login); see UserFinder. --all and --jsonl page through every match with
// the UserCollector's window; --jsonl writes one object per line as pages arrive.
class UsersListCommand final : public CtlCommand {
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void start() override;

private:
    void startNextSearch();
    void takePage(int skip, const QList<ChatUser> &users);
    void print(const QList<ChatUser> &users, int totalEntries);

    UserCollector *m_collector = nullptr;
    QList<UserSearch> m_searches; // still to run, in order
    int m_maxItems = -1;
    bool m_jsonLines = false;
    int m_searchIndex = 0;
    int m_totalEntries = 0;
    QSet<qint64> m_seen; // across the searches one TEXT stands for
    QMap<QPair<int, int>, QList<ChatUser>> m_pages; // (search, offset) → page, in server order
};

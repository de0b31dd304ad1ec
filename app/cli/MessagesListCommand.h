// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"
#include "domain/Message.h"

#include <QMap>

#include <limits>

// qbmodctl messages list DIALOG_ID [--sender USER_ID] [--limit N] [--on-behalf-of USER_ID] [--json]
// Newest first; never marks anything read.
class MessagesListCommand final : public CtlCommand {
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void start() override;

private:
    void fillWindow();
    void requestPage(int skip, int limit);
    void print();

    QString m_dialogId;
    int m_limit = 100;
    std::optional<qint64> m_senderId;
    int m_nextSkip = 0;
    int m_end = std::numeric_limits<int>::max(); // where the first short page ended the list
    int m_inFlight = 0;
    bool m_failed = false;
    QMap<int, QList<Message>> m_pages; // skip → page, until every answer is in
    QList<Message> m_messages;
};

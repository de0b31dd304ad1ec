// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"
#include "domain/Message.h"

// qbmodctl messages list DIALOG_ID [--sender USER_ID] [--limit N] [--on-behalf-of USER_ID] [--json]
// Newest first; never marks anything read.
class MessagesListCommand final : public CtlCommand {
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void start() override;

private:
    void requestNext();
    void print();

    QString m_dialogId;
    int m_limit = 100;
    std::optional<qint64> m_senderId;
    QList<Message> m_messages;
};

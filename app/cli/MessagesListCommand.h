// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"
#include "domain/Message.h"

#include <QMap>

class MessageCollector;

// qbmodctl messages list DIALOG_ID [--sender USER_ID] [--limit N | --all]
//                       [--on-behalf-of USER_ID] [--json | --jsonl]
// Newest first; never marks anything read. --json builds one document at the end; --jsonl
// streams one object per line as pages arrive.
class MessagesListCommand final : public CtlCommand {
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void start() override;

private:
    void print();

    MessageCollector *m_collector = nullptr;
    QMap<int, QList<Message>> m_pages; // by offset, to print newest first
};

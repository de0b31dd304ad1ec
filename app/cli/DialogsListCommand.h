// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"
#include "domain/Dialog.h"

#include <QMap>

class DialogCollector;

// qbmodctl dialogs list [--type 1,2,3] [--name-contains TEXT] [--limit N | --all]
//                       [--on-behalf-of USER_ID] [--json | --jsonl]
// qbmodctl users dialogs USER_ID [--limit N | --all] [--json | --jsonl]: one user's dialogs,
// read on their behalf with an API key; a session login sees the dialogs it shares with them.
// --json builds one document at the end; --jsonl streams one object per line as pages arrive.
class DialogsListCommand final : public CtlCommand {
    Q_OBJECT

public:
    enum class Scope { Listing, OfUser };

    DialogsListCommand(const CtlContext &context, Scope scope, QObject *parent = nullptr)
        : CtlCommand(context, parent)
        , m_scope(scope)
    {
    }
    void start() override;

private:
    void print();

    Scope m_scope;
    DialogCollector *m_collector = nullptr;
    QMap<int, QList<Dialog>> m_pages; // by offset, to print in the server's order
};

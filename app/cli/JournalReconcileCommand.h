// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"

#include <memory>

class Journal;
class Reconciler;

// qbmodctl journal reconcile [RUN_ID] [--json]: asks the server about every id the journal
// still holds as sent, and settles it.
class JournalReconcileCommand final : public CtlCommand {
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    ~JournalReconcileCommand() override;
    void start() override;

private:
    void report();

    std::unique_ptr<Journal> m_journal;
    Reconciler *m_reconciler = nullptr;
};

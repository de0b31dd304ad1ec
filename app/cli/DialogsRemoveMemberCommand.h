// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"
#include "moderation/Journal.h"
#include "moderation/ModerationGuard.h"

#include <memory>

class JournalRecorder;
class MemberRemovalEngine;

// qbmodctl dialogs remove-member DIALOG_ID... --user USER_ID [--on-behalf-of USER_ID]
//                                [--reason TEXT] [--protected-users IDS] [--override-protection]
//                                [--dry-run] [--yes] [--journal PATH] [--json]
// Removes one user from each dialog (PUT pull_all), one outcome per dialog. Journalled like a
// delete: each dialog is committed as sent before its update leaves.
class DialogsRemoveMemberCommand final : public CtlCommand {
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    ~DialogsRemoveMemberCommand() override;
    void start() override;

private:
    bool readArguments();
    bool confirm();
    void startRemoving();
    void report();
    int exitCode() const;

    QStringList m_ids;
    qint64 m_userId = 0;
    QString m_reason;
    ModerationGuard m_guard;
    bool m_protectionOverridden = false;
    std::unique_ptr<Journal> m_journal;
    JournalRecorder *m_recorder = nullptr;
    MemberRemovalEngine *m_engine = nullptr;
};

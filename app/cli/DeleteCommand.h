// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"
#include "moderation/BulkDeleteEngine.h"
#include "moderation/Journal.h"
#include "moderation/ModerationGuard.h"

#include <memory>

class EvidenceCollector;
class JournalRecorder;

// qbmodctl dialogs delete [--force] [--on-behalf-of USER_ID] [--reason TEXT]
//                         [--protected-users IDS] [--override-protection] [--dry-run]
//                         [--no-evidence] [--batch-size N] [--yes] [--journal PATH] [--json]
//                         (ID... | --from-file FILE | --from-file -)
// qbmodctl messages delete [--force] [--on-behalf-of USER_ID] [--reason TEXT] [--dry-run]
//                          [--dialog DIALOG_ID] [--batch-size N] [--yes] [--journal PATH]
//                          [--json] (ID... | --from-file FILE | --from-file -)
// Every run is journalled, ids committed as sent before their request leaves. Before a force
// delete of dialogs the dialogs and their latest messages are kept as evidence, and dialogs owned
// by protected users are refused. Messages go the same way, without evidence: only their sender
// may delete them for everyone. The server needs a message's dialog to find it again, so
// --dialog is journalled with each message for reconcile.
class DeleteCommand final : public CtlCommand {
    Q_OBJECT

public:
    using Target = BulkDeleteEngine::Target;

    DeleteCommand(const CtlContext &context, Target target, QObject *parent = nullptr);
    ~DeleteCommand() override;
    void start() override;

    // Ids separated by whitespace, commas or new lines; '#' starts a comment.
    static QStringList idsFromText(const QString &text);

private:
    bool readIds(QStringList *ids);
    bool readGuard();
    bool confirm(int count, bool force);
    void checkMessagesAreInDialog();
    void collectEvidenceOrDelete();
    void onEvidenceCollected();
    void startDeleting();
    void showProgress();
    void report();
    int exitCode() const;

    BulkDeleteEngine::Options m_options;
    QStringList m_ids;
    QString m_dialogId; // messages: the dialog they belong to, when given
    QString m_reason;
    ModerationGuard m_guard;
    bool m_overrideProtection = false;
    bool m_protectionOverridden = false;
    bool m_keepEvidence = true;
    std::unique_ptr<Journal> m_journal;
    EvidenceCollector *m_evidence = nullptr;
    JournalRecorder *m_recorder = nullptr;
    BulkDeleteEngine *m_engine = nullptr;
    bool m_force = false;
    bool m_progressLine = false;
    Target m_target;
};

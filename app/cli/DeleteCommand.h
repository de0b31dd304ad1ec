// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlRunCommand.h"
#include "moderation/BulkDeleteEngine.h"

// qbmodctl dialogs delete [--force] [--on-behalf-of USER_ID] [--reason TEXT]
//                         [--protected-users IDS] [--override-protection] [--dry-run]
//                         [--no-evidence] [--batch-size N] [--yes] [--journal PATH] [--json]
//                         (ID... | --from-file FILE | --from-file -)
// qbmodctl messages delete [--force] [--on-behalf-of USER_ID] [--reason TEXT] [--dry-run]
//                          [--dialog DIALOG_ID] [--batch-size N] [--yes] [--journal PATH]
//                          [--json] (ID... | --from-file FILE | --from-file -)
// The flags become a DeletionPlan and the core's ModerationRun carries it out, as in the
// console: with an API key and no --on-behalf-of the delete is for everyone, --force or not.
// The server needs a message's dialog to find it again, so --dialog is checked (every message
// must be in it) and journalled with each message for reconcile.
class DeleteCommand final : public CtlRunCommand {
    Q_OBJECT

public:
    using Target = BulkDeleteEngine::Target;

    DeleteCommand(const CtlContext &context, Target target, QObject *parent = nullptr);
    void start() override;

    // Ids separated by whitespace, commas or new lines; '#' starts a comment.
    static QStringList idsFromText(const QString &text);

protected:
    QString question(const DeletionPlan &plan, QString *expectedAnswer) const override;
    QString declinedText() const override;
    void addJsonFields(QJsonObject *report) const override;

private:
    bool readIds(QStringList *ids);
    void checkMessagesAreInDialog(const DeletionPlan &plan);

    Target m_target;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlRunCommand.h"

// qbmodctl dialogs remove-member DIALOG_ID... --user USER_ID [--on-behalf-of USER_ID]
//                                [--reason TEXT] [--protected-users IDS] [--override-protection]
//                                [--dry-run] [--yes] [--journal PATH] [--json]
// Removes one user from each dialog (PUT pull_all), one outcome per dialog: the flags become a
// DeletionPlan and the core's ModerationRun carries it out, as in the console.
class DialogsRemoveMemberCommand final : public CtlRunCommand {
    Q_OBJECT

public:
    using CtlRunCommand::CtlRunCommand;
    void start() override;

protected:
    QString question(const DeletionPlan &plan, QString *expectedAnswer) const override;
    QString declinedText() const override;
    void addJsonFields(QJsonObject *report) const override;
};

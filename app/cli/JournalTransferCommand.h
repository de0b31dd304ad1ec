// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"
#include "moderation/JournalCopier.h"

// qbmodctl journal upload: the runs made offline for the team database (--store or the
//     profile's), added to it.
// qbmodctl journal move-to-team --store URL [--journal PATH]: every run of a local journal,
//     added to the team database.
// qbmodctl journal export-local --store URL --to PATH [--moderator WHO]: the team's runs (or
//     one moderator's) written to a local journal file.
// All three copy each run once with its whole history (JournalCopier): run again after an
// interruption, they add what is missing and nothing twice. No connection to the chat server.
class JournalTransferCommand final : public CtlCommand {
    Q_OBJECT

public:
    JournalTransferCommand(
        const QString &subcommand, const CtlContext &context, QObject *parent = nullptr);
    void start() override;

private:
    void upload();
    void report(const JournalCopier::Result &result);
    QString m_subcommand;
    bool m_stepsShown = false;
};

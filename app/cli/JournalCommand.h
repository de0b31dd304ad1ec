// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"
#include "moderation/Journal.h"

#include <QJsonObject>

// qbmodctl journal list [--json]
// qbmodctl journal show RUN_ID [--json]
// qbmodctl journal export [--format csv|json] [RUN_ID]
// qbmodctl journal prune --older-than DAYS [--json]
// Reads the journal only: no connection, no credentials.
class JournalCommand final : public CtlCommand {
    Q_OBJECT

public:
    JournalCommand(const QString &subcommand, const CtlContext &context, QObject *parent = nullptr);
    void start() override;

private:
    std::optional<qint64> runIdArgument(bool required);
    void list(const Journal &journal);
    void prune(Journal &journal);
    void show(const Journal &journal, qint64 runId);
    void exportRuns(const Journal &journal, std::optional<qint64> runId, const QString &format);

    QString m_subcommand;
};

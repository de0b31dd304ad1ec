// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"

// qbmodctl protected list | add USER_ID... | remove USER_ID... [--reason TEXT]
//                  [--moderator-name NAME] [--store URL | --journal PATH] [--json]
// The protected users every moderator's guard reads. With a team database (--store, or a team
// profile) they are the team's, kept there: each change is added with who made it, when and
// why, and a removal too, so nothing is lost. On this computer they are the console's
// settings.
class ProtectedCommand final : public CtlCommand {
    Q_OBJECT

public:
    ProtectedCommand(const QString &action, const CtlContext &context, QObject *parent = nullptr);
    void start() override;

private:
    void listTeam(Journal &journal);
    void listLocal();
    void changeTeam(Journal &journal, const QSet<qint64> &ids);
    void changeLocal(const QSet<qint64> &ids);

    QString m_action; // list, add, remove
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>

// One QuickBlox user of the demo community. Times are Unix seconds (UTC).
struct SandboxUser {
    qint64 id = 0;
    QString login;
    QString password;
    QString fullName;
    QString email;
    QString phone;
    QString website;
    QStringList tags;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 lastRequestAt = 0;
    // Generation hints, never sent on the wire: spammers own many dialogs and repeat themselves,
    // operators are the demo moderators.
    bool spammer = false;
    bool moderator = false;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

class SandboxCommunity;
struct SandboxDialog;
struct SandboxMessage;
struct SandboxUser;

// The wire form of the sandbox's objects, field for field as the current QuickBlox reference
// shows them (docs/sandbox.md lists the fields).
class SandboxJson final {
public:
    // "2019-09-08T17:24:11Z"
    static QString isoTime(qint64 secondsSinceEpoch);
    // "2018-07-11 17:33:09 +0000", the QB-Token-ExpirationDate form
    static QByteArray expirationTime(qint64 secondsSinceEpoch);
    // Unix seconds or an ISO-8601 date-time; false when it is neither.
    static bool parseTime(const QString &text, qint64 *secondsSinceEpoch);

    static QJsonArray ids(const QList<qint64> &ids);
    static QJsonObject dialog(
        const SandboxCommunity &community, const SandboxDialog &dialog, qint64 requesterId);
    static QJsonObject message(const SandboxMessage &message);
    static QJsonObject user(const SandboxUser &user);
};

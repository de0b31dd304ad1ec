// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiClient.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

// What the index says is not evidence: before anything found in it is acted on, this asks the
// server which of it is still there. Messages are looked up in their dialogs (_id[in], never
// marked read), dialogs one by one, and members in their dialog's occupants. Each item comes
// back present, gone, or unknown with the server's error; only present items should be acted
// on, and gone ones reported as already gone, never as deleted by us. One check at a time.
class SweepCheck final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepCheck)

public:
    enum class State { Present, Gone, Unknown };
    Q_ENUM(State)

    struct Result {
        QStringList present;
        QStringList gone;
        QHash<QString, QString> unknown; // id → why it could not be checked
        State stateOf(const QString &id) const;
    };

    SweepCheck(ApiClient *client, QObject *parent = nullptr);

    void setOnBehalfOf(std::optional<qint64> userId) { m_onBehalfOf = userId; }
    // Message id → its dialog.
    void checkMessages(const QHash<QString, QString> &dialogOfMessage);
    void checkDialogs(const QStringList &dialogIds);
    // Dialog id → users the index believes are members; the ids checked are "dialog:user".
    void checkMembers(const QHash<QString, QList<qint64>> &membersOfDialog);
    static QString memberKey(const QString &dialogId, qint64 userId);

Q_SIGNALS:
    void finished(const SweepCheck::Result &result);

private:
    void started(int calls);
    void oneDone();

    ApiClient *m_client;
    std::optional<qint64> m_onBehalfOf;
    Result m_result;
    int m_waiting = 0;
};

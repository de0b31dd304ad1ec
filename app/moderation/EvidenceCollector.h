// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiClient.h"
#include "domain/Dialog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <optional>

// Before dialogs are deleted for everyone: fetches each dialog's metadata and its latest
// messages (never marking them read), so that what was deleted can be read later. Requests go
// through the client, which bounds how many are in flight. The raw JSON the server sent is kept,
// not a re-serialised copy: evidence should be what the server said.
class EvidenceCollector final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceCollector)

public:
    static constexpr int defaultMessageCount = 100;

    struct Record {
        QString dialogId;
        std::optional<Dialog> dialog; // parsed, e.g. for the owner; empty when it failed
        QJsonObject dialogJson;
        QJsonArray messages; // newest first
        QString error; // why the record is missing or partial
    };

    explicit EvidenceCollector(ApiClient *client, QObject *parent = nullptr);

    // messagesPerDialog 0 fetches only the dialogs (enough to see who owns them).
    void start(const QStringList &dialogIds, std::optional<qint64> onBehalfOf,
        int messagesPerDialog = defaultMessageCount);
    bool isRunning() const { return m_waiting > 0; }
    // In the order the ids were given.
    QList<Record> records() const { return m_records; }

Q_SIGNALS:
    void finished();

private:
    void onDialog(int index, const ApiReply &reply);
    void requestMessages(int index, int skip);
    void onMessages(int index, int skip, const ApiReply &reply);
    void done();

    ApiClient *m_client;
    std::optional<qint64> m_onBehalfOf;
    int m_messagesPerDialog = defaultMessageCount;
    QList<Record> m_records;
    int m_waiting = 0;
};

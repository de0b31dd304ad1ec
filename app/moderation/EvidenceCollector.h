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
// through the client, which bounds how many are in flight and paces them. The raw JSON the
// server sent is kept, not a re-serialised copy: evidence should be what the server said.
//
// Dialogs are read dialogsPerRead at a time from the list (_id[in]), as wide as a delete batch.
// A dialog the list did not return is read on its own, so that a dialog that is gone, or a
// server that ignores the filter, ends exactly as a single read would: the list is only a
// shortcut, never the word that a dialog is missing.
class EvidenceCollector final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceCollector)

public:
    static constexpr int defaultMessageCount = 100;
    // 50 ids make about 1 250 characters of query, like a delete batch's path.
    static constexpr int dialogsPerRead = 50;

    struct Record {
        QString dialogId;
        std::optional<Dialog> dialog; // parsed, e.g. for the owner; empty when it failed
        QJsonObject dialogJson;
        QJsonArray messages; // newest first
        QString error; // why the record is missing or partial
        // Set when the dialog itself could not be read (a 404 means there is nothing to keep).
        std::optional<ApiError> readError {};
    };

    explicit EvidenceCollector(ApiClient *client, QObject *parent = nullptr);

    // messagesPerDialog 0 fetches only the dialogs (enough to see who owns them).
    void start(const QStringList &dialogIds, std::optional<qint64> onBehalfOf,
        int messagesPerDialog = defaultMessageCount);
    bool isRunning() const { return m_waiting > 0; }
    // In the order the ids were given.
    QList<Record> records() const { return m_records; }
    // Requests sent so far: dialog reads (lists and single ones) and message pages.
    int requestsSent() const { return m_requestsSent; }

Q_SIGNALS:
    void finished();

private:
    void readBatch(const QList<int> &indexes);
    void onBatch(const QList<int> &indexes, const QStringList &asked, const ApiReply &reply);
    void readSingle(int index);
    void onDialog(int index, const ApiReply &reply);
    void keepDialog(int index, Dialog dialog, const QJsonObject &json);
    void requestMessages(int index, int skip);
    void onMessages(int index, int skip, const ApiReply &reply);
    void done();

    ApiClient *m_client;
    std::optional<qint64> m_onBehalfOf;
    int m_messagesPerDialog = defaultMessageCount;
    QList<Record> m_records;
    int m_waiting = 0;
    int m_requestsSent = 0;
};

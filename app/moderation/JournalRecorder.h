// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "moderation/EvidenceCollector.h"
#include "moderation/Journal.h"

#include <QObject>

class BulkDeleteEngine;
class MemberRemovalEngine;

// Keeps a journal run in step with a bulk delete or a member removal: ids are committed as sent
// from the engine's batchSending(), which comes synchronously just before the request is handed to
// the client, so the record is on disk before anything can be carried out; answers are written as
// they settle, and ids never sent become not_attempted when the engine finishes.
class JournalRecorder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalRecorder)

public:
    // Neither is owned; both must outlive the recorder's work.
    JournalRecorder(Journal *journal, BulkDeleteEngine *engine, QObject *parent = nullptr);
    JournalRecorder(Journal *journal, MemberRemovalEngine *engine, QObject *parent = nullptr);

    // Writes the run with every id as pending and starts following the engine. Call before
    // the engine starts; on failure nothing is followed and errorString() says why.
    // Evidence goes in with the run, before the first delete can leave: once a dialog is deleted
    // for everyone it cannot be fetched any more. If it cannot be written the run is closed as
    // cancelled and begin() fails. containerOf names each id's container when it has one (a
    // message's dialog), so that reconcile can find it later.
    bool begin(const Journal::Run &run, const QStringList &ids,
        const QList<EvidenceCollector::Record> &evidence = {},
        const QHash<QString, QString> &containerOf = {});
    qint64 runId() const { return m_runId; }
    QString errorString() const { return m_error.isEmpty() ? m_journal->errorString() : m_error; }

Q_SIGNALS:
    // A write failed: the journal no longer tells the whole truth about this run.
    void writeFailed(const QString &message);

private:
    void onBatchSending(const QStringList &ids);
    void onOutcomesSettled(const QList<DeleteOutcome> &outcomes);
    void onFinished();

    Journal *m_journal;
    QString m_error;
    // Exactly one of the two is set.
    BulkDeleteEngine *m_engine = nullptr;
    MemberRemovalEngine *m_memberEngine = nullptr;
    qint64 m_runId = 0;
};

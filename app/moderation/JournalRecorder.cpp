// SPDX-License-Identifier: Apache-2.0

#include "JournalRecorder.h"

#include "JournalLogging.h"
#include "moderation/BulkDeleteEngine.h"
#include "moderation/MemberRemovalEngine.h"

JournalRecorder::JournalRecorder(Journal *journal, BulkDeleteEngine *engine, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_engine(engine)
{
}

JournalRecorder::JournalRecorder(Journal *journal, MemberRemovalEngine *engine, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_memberEngine(engine)
{
}

bool JournalRecorder::begin(const Journal::Run &run, const QStringList &ids,
    const QList<EvidenceCollector::Record> &evidence, const QHash<QString, QString> &containerOf)
{
    const std::optional<qint64> runId = m_journal->beginRun(run, ids, containerOf);
    if (!runId)
        return false;
    m_runId = *runId;
    for (const EvidenceCollector::Record &record : evidence) {
        if (!m_journal->addEvidence(
                m_runId, record.dialogId, record.dialogJson, record.messages, record.error)) {
            const QString error = m_journal->errorString();
            m_journal->finishRun(m_runId, true);
            m_error = error;
            return false;
        }
    }
    // Direct connections: the write must be done before batchSending() returns to the engine.
    if (m_engine) {
        connect(m_engine, &BulkDeleteEngine::batchSending, this, &JournalRecorder::onBatchSending,
            Qt::DirectConnection);
        connect(m_engine, &BulkDeleteEngine::outcomesSettled, this,
            &JournalRecorder::onOutcomesSettled, Qt::DirectConnection);
        connect(m_engine, &BulkDeleteEngine::finished, this, &JournalRecorder::onFinished,
            Qt::DirectConnection);
    } else {
        connect(m_memberEngine, &MemberRemovalEngine::batchSending, this,
            &JournalRecorder::onBatchSending, Qt::DirectConnection);
        connect(
            m_memberEngine, &MemberRemovalEngine::outcomesSettled, this,
            [this](const QList<MemberRemovalEngine::Outcome> &outcomes) {
                QList<Journal::Answer> answers;
                for (const MemberRemovalEngine::Outcome &outcome : outcomes) {
                    answers.append(Journal::Answer { outcome.dialogId,
                        MemberRemovalEngine::Outcome::resultName(outcome.result),
                        outcome.error.isError() ? outcome.error.message() : QString() });
                }
                if (!m_journal->recordAnswers(m_runId, answers))
                    Q_EMIT writeFailed(m_journal->errorString());
            },
            Qt::DirectConnection);
        connect(m_memberEngine, &MemberRemovalEngine::finished, this, &JournalRecorder::onFinished,
            Qt::DirectConnection);
    }
    qCDebug(lcJournal) << "journal run" << m_runId << "with" << ids.size() << "ids";
    return true;
}

void JournalRecorder::onBatchSending(const QStringList &ids)
{
    if (!m_journal->markSent(m_runId, ids))
        Q_EMIT writeFailed(m_journal->errorString());
}

void JournalRecorder::onOutcomesSettled(const QList<DeleteOutcome> &outcomes)
{
    if (!m_journal->recordOutcomes(m_runId, outcomes))
        Q_EMIT writeFailed(m_journal->errorString());
}

void JournalRecorder::onFinished()
{
    const bool cancelled = m_engine ? m_engine->wasCancelled() : m_memberEngine->wasCancelled();
    if (!m_journal->finishRun(m_runId, cancelled))
        Q_EMIT writeFailed(m_journal->errorString());
}

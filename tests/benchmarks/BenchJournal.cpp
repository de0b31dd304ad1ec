// SPDX-License-Identifier: Apache-2.0

#include "TestStores.h"
#include "moderation/Journal.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// What the write-ahead journal costs per batch of 50 ids, on each engine: committing the ids as
// sent before the request leaves, then their answers. SQLite writes a local file with synchronous
// commits; PostgreSQL is the throwaway team database scripts/bench starts on the loopback.
class BenchJournal final : public QObject {
    Q_OBJECT

    static constexpr int batchSize = 50;
    static constexpr int batches = 40;

    QTemporaryDir m_dir;
    QString m_engine;

private Q_SLOTS:
    void initTestCase_data() { TestStores::addEngines(); }

    void init()
    {
        QBMOD_FETCH_ENGINE(engine);
        m_engine = engine;
    }

    void writeAheadPerBatch()
    {
        Journal journal;
        QVERIFY2(TestStores::open(journal, TestStores::fresh(m_engine, m_dir, u"bench"_s)),
            qPrintable(journal.errorString()));
        QStringList ids;
        for (int i = 0; i < batchSize * batches; ++i)
            ids.append(u"%1"_s.arg(i, 24, 16, QLatin1Char('0')));
        // One run, its ids sent and answered a batch at a time; the batches start again from the
        // first when every id has been answered (the statements are the same the second time).
        const std::optional<qint64> runId = journal.beginRun({}, ids);
        QVERIFY(runId);
        int batch = 0;
        QBENCHMARK
        {
            const QStringList sent = ids.mid((batch % batches) * batchSize, batchSize);
            ++batch;
            QVERIFY(journal.markSent(*runId, sent));
            QList<ItemOutcome> outcomes;
            for (const QString &id : sent)
                outcomes.append(ItemOutcome { id, ItemOutcome::Result::Deleted, {}, {}, { 200 } });
            QVERIFY(journal.recordOutcomes(*runId, outcomes));
        }
    }

    // What a run writes per batch: the last batch's answers with the next batch's ids, in one
    // commit. writeAheadPerBatch above (two commits) is its baseline.
    void answersWithTheNextWriteAhead()
    {
        Journal journal;
        QVERIFY2(TestStores::open(journal, TestStores::fresh(m_engine, m_dir, u"bench-one"_s)),
            qPrintable(journal.errorString()));
        QStringList ids;
        for (int i = 0; i < batchSize * batches; ++i)
            ids.append(u"%1"_s.arg(i, 24, 16, QLatin1Char('0')));
        const std::optional<qint64> runId = journal.beginRun({}, ids);
        QVERIFY(runId);
        int batch = 0;
        QList<ItemOutcome> answered;
        QBENCHMARK
        {
            const QStringList sent = ids.mid((batch % batches) * batchSize, batchSize);
            ++batch;
            QVERIFY(journal.recordProgress(*runId, answered, sent));
            answered.clear();
            for (const QString &id : sent)
                answered.append(ItemOutcome { id, ItemOutcome::Result::Deleted, {}, {}, { 200 } });
        }
    }
};

QTEST_GUILESS_MAIN(BenchJournal)
#include "BenchJournal.moc"

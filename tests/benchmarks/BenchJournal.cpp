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
        std::optional<qint64> runId;
        int batch = 0;
        QBENCHMARK
        {
            // One batch per iteration, each on ids not yet sent, as a run goes; a new run when
            // every id of the last one is answered.
            if (batch % batches == 0) {
                runId = journal.beginRun({}, ids);
                QVERIFY(runId);
            }
            const QStringList sent = ids.mid((batch % batches) * batchSize, batchSize);
            ++batch;
            QVERIFY(journal.markSent(*runId, sent));
            QList<ItemOutcome> outcomes;
            for (const QString &id : sent)
                outcomes.append(ItemOutcome { id, ItemOutcome::Result::Deleted, {}, {}, { 200 } });
            QVERIFY(journal.recordOutcomes(*runId, outcomes));
        }
    }
};

QTEST_GUILESS_MAIN(BenchJournal)
#include "BenchJournal.moc"

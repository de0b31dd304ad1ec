#include "moderation/Journal.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The journal on its own: schema, write-ahead states, migration from the first schema, no secret
// in the file, evidence retention.
class TestJournal final : public QObject {
    Q_OBJECT

private:
    static Journal::Run forceRun()
    {
        Journal::Run run;
        run.profile = u"production"_s;
        run.endpoint = u"https://api.example.com"_s;
        run.authMode = u"api_key"_s;
        run.apiKeyFingerprint = Journal::apiKeyFingerprint(apiKey());
        run.actingUserId = 42;
        run.mode = u"force"_s;
        run.target = u"dialogs"_s;
        run.reason = u"spam wave"_s;
        return run;
    }

    static QString apiKey() { return u"sk-test-0123456789abcdef-SECRET"_s; }
    static QString id(int n) { return u"%1"_s.arg(n, 24, 16, QLatin1Char('0')); }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void aNewJournalHasTheCurrentSchema()
    {
        Journal journal;
        QVERIFY2(journal.open(m_dir.filePath(u"new/journal.sqlite"_s)),
            qPrintable(journal.errorString()));
        QCOMPARE(journal.userVersion(), Journal::schemaVersion);
        QVERIFY(journal.runs().isEmpty());
        QVERIFY(journal.runsNeedingReconcile().isEmpty());
    }

    void twoJournalsMayBeOpenAtOnce()
    {
        const QString path = m_dir.filePath(u"shared.sqlite"_s);
        Journal writer;
        Journal reader;
        QVERIFY(writer.open(path));
        QVERIFY(reader.open(path));
        const auto runId = writer.beginRun(forceRun(), { id(1) });
        QVERIFY(runId);
        QCOMPARE(reader.items(*runId).size(), 1);
    }

    void itemsGoFromPendingToSentToAnswered()
    {
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(u"states.sqlite"_s)));
        const QStringList ids { id(1), id(2), id(3), id(4) };
        const auto runId = journal.beginRun(forceRun(), ids);
        QVERIFY(runId);
        QList<Journal::Item> items = journal.items(*runId);
        QCOMPARE(items.size(), 4);
        for (const Journal::Item &item : std::as_const(items))
            QCOMPARE(item.state, Journal::ItemState::Pending);

        QVERIFY(journal.markSent(*runId, { id(1), id(2), id(3) }));
        QCOMPARE(journal.unsettledItems(*runId).size(), 3);
        QCOMPARE(journal.runsNeedingReconcile(), QList<qint64> { *runId });

        QVERIFY(journal.recordOutcomes(*runId,
            { DeleteOutcome { id(1), DeleteOutcome::Result::Deleted, {} },
                DeleteOutcome { id(2), DeleteOutcome::Result::NotPermitted, {} },
                DeleteOutcome { id(3), DeleteOutcome::Result::Unknown, {} } }));
        // Unknown means no answer came: it may have been carried out, so it stays in doubt.
        QCOMPARE(journal.unsettledItems(*runId).size(), 1);
        QCOMPARE(journal.unsettledItems(*runId).first().objectId, id(3));

        QVERIFY(journal.finishRun(*runId, false));
        items = journal.items(*runId);
        QCOMPARE(items.at(0).outcome, u"deleted"_s);
        QCOMPARE(items.at(1).outcome, u"not_permitted"_s);
        QCOMPARE(items.at(2).outcome, u"unknown"_s);
        QCOMPARE(items.at(3).outcome, u"not_attempted"_s);
        QVERIFY(items.at(0).sentAt.isValid());
        QVERIFY(items.at(0).answeredAt.isValid());
        QVERIFY(!items.at(3).sentAt.isValid());

        QVERIFY(journal.settleItem(*runId, id(3), u"gone"_s, u"reconcile"_s));
        const Journal::Item settled = journal.items(*runId).at(2);
        QCOMPARE(settled.state, Journal::ItemState::Settled);
        QCOMPARE(settled.outcome, u"gone"_s);
        QCOMPARE(settled.settledBy, u"reconcile"_s);
        QVERIFY(settled.settledAt.isValid());
        QVERIFY(journal.runsNeedingReconcile().isEmpty());

        const auto run = journal.run(*runId);
        QVERIFY(run);
        QCOMPARE(run->status, u"finished"_s);
        QCOMPARE(run->reason, u"spam wave"_s);
        QCOMPARE(run->actingUserId, std::optional<qint64>(42));
        QCOMPARE(run->itemCount, 4);
        QCOMPARE(run->unsettledCount, 0);
        QVERIFY(run->finishedAt.isValid());
    }

    void anInterruptedRunKeepsItsPendingIdsApart()
    {
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(u"interrupted.sqlite"_s)));
        const auto runId = journal.beginRun(forceRun(), { id(1), id(2) });
        QVERIFY(runId);
        QVERIFY(journal.markSent(*runId, { id(1) }));
        QVERIFY(journal.settleItem(*runId, id(1), u"present"_s, u"reconcile"_s));
        QVERIFY(journal.closeInterruptedRun(*runId, u"reconcile"_s));
        const QList<Journal::Item> items = journal.items(*runId);
        QCOMPARE(items.at(1).outcome, u"not_attempted"_s);
        QCOMPARE(items.at(1).settledBy, u"reconcile"_s);
        QCOMPARE(journal.run(*runId)->status, u"interrupted"_s);
    }

    void theFirstSchemaIsMigratedAndItsDataKept()
    {
        const QString path = m_dir.filePath(u"v1.sqlite"_s);
        {
            // The version 1 schema, written by hand as the first release wrote it.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            const QStringList statements {
                u"CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " started_at TEXT NOT NULL, finished_at TEXT,"
                " status TEXT NOT NULL DEFAULT 'running', profile TEXT, endpoint TEXT,"
                " application_id INTEGER, auth_mode TEXT, operator_login TEXT,"
                " api_key_fingerprint TEXT, acting_user_id INTEGER, mode TEXT NOT NULL,"
                " target TEXT NOT NULL, reason TEXT)"_s,
                u"CREATE TABLE run_items (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE"
                " CASCADE, position INTEGER NOT NULL, object_id TEXT NOT NULL,"
                " state TEXT NOT NULL, outcome TEXT, error TEXT, sent_at TEXT, answered_at TEXT,"
                " PRIMARY KEY (run_id, object_id))"_s,
                u"CREATE INDEX run_items_state ON run_items(state)"_s,
                u"INSERT INTO runs (started_at, status, profile, auth_mode, operator_login, mode,"
                " target, reason) VALUES ('2026-01-02T03:04:05.000Z', 'running', 'staging',"
                " 'session', 'anna', 'per_user', 'dialogs', 'old run')"_s,
                u"INSERT INTO run_items (run_id, position, object_id, state, sent_at) VALUES"
                " (1, 0, '"_s
                    + id(7) + u"', 'sent', '2026-01-02T03:04:06.000Z')"_s,
                u"PRAGMA user_version = 1"_s,
            };
            for (const QString &statement : statements)
                QVERIFY2(query.exec(statement), qPrintable(statement));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);

        Journal journal;
        QVERIFY2(journal.open(path), qPrintable(journal.errorString()));
        QCOMPARE(journal.userVersion(), Journal::schemaVersion);
        const auto run = journal.run(1);
        QVERIFY(run);
        QCOMPARE(run->operatorLogin, u"anna"_s);
        QCOMPARE(run->reason, u"old run"_s);
        QCOMPARE(run->startedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QCOMPARE(run->protectionOverridden, false);
        QCOMPARE(journal.runsNeedingReconcile(), QList<qint64> { 1 });
        // The columns and the table that version 2 added work on the old data.
        QVERIFY(journal.settleItem(1, id(7), u"gone"_s, u"reconcile"_s));
        QCOMPARE(journal.items(1).first().settledBy, u"reconcile"_s);
        QVERIFY(journal.addEvidence(1, id(7), QJsonObject { { u"_id"_s, id(7) } }, {}));
        QCOMPARE(journal.evidence(1).size(), 1);
    }

    void aNewerSchemaIsRefused()
    {
        const QString path = m_dir.filePath(u"future.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA user_version = 99"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"future"_s);
        Journal journal;
        QVERIFY(!journal.open(path));
        QVERIFY(journal.errorString().contains(u"newer"_s));
    }

    void theApiKeyNeverReachesTheFile()
    {
        const QString path = m_dir.filePath(u"secret.sqlite"_s);
        {
            Journal journal;
            QVERIFY(journal.open(path));
            const auto runId = journal.beginRun(forceRun(), { id(1) });
            QVERIFY(runId);
            QVERIFY(journal.markSent(*runId, { id(1) }));
            QVERIFY(journal.finishRun(*runId, false));
            QCOMPARE(journal.run(*runId)->apiKeyFingerprint.size(), 8);
        }
        QByteArray bytes;
        for (const QString &suffix : { u""_s, u"-wal"_s }) {
            QFile file(path + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.contains(Journal::apiKeyFingerprint(apiKey()).toLatin1()));
        QVERIFY(!bytes.contains(apiKey().toUtf8()));
        QVERIFY(!bytes.contains("SECRET"));
    }

    void oldEvidenceIsPruned()
    {
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(u"evidence.sqlite"_s)));
        const auto runId = journal.beginRun(forceRun(), { id(1), id(2) });
        QVERIFY(runId);
        const QJsonArray messages { QJsonObject {
            { u"_id"_s, u"m1"_s }, { u"message"_s, u"hi"_s } } };
        QVERIFY(journal.addEvidence(*runId, id(1), QJsonObject { { u"_id"_s, id(1) } }, messages));
        QVERIFY(journal.addEvidence(*runId, id(2), {}, {}, u"not found"_s));
        const QList<Journal::Evidence> kept = journal.evidence(*runId);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).messages, messages);
        QCOMPARE(kept.at(1).error, u"not found"_s);

        QCOMPARE(journal.pruneEvidence(QDateTime::currentDateTimeUtc().addDays(-30)), 0);
        QCOMPARE(journal.pruneEvidence(QDateTime::currentDateTimeUtc().addSecs(1)), 2);
        QVERIFY(journal.evidence(*runId).isEmpty());
        // The run itself stays: only the content ages out.
        QCOMPARE(journal.items(*runId).size(), 2);
    }

    void theDefaultPathIsSharedByTheConsoleAndTheCommandLine()
    {
        const QString application = QCoreApplication::applicationName();
        const QString path = Journal::defaultPath();
        QVERIFY2(path.endsWith(u"/qbmod/qbmod/journal.sqlite"_s), qPrintable(path));
        QCoreApplication::setApplicationName(u"qbmodctl"_s);
        QCOMPARE(Journal::defaultPath(), path);
        QCOMPARE(QCoreApplication::applicationName(), u"qbmodctl"_s);
        QCoreApplication::setApplicationName(application);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "TestJournal.moc"

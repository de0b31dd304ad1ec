// SPDX-License-Identifier: Apache-2.0

#include "TestStores.h"
#include "moderation/Journal.h"
#include "moderation/JournalCopier.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// The journal on its own: schema, write-ahead states, migration from older schemas, a message's
// dialog and a removal's user, no secret in the file, evidence retention. Every test runs on
// both engines (SQLite and a real PostgreSQL); those about the SQLite file itself, and those about
// a team database's roles and claims, on their own engine only.
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
        run.mode = RunMode::ForEveryone;
        run.target = RunTarget::Dialogs;
        run.reason = u"spam wave"_s;
        return run;
    }

    static QString apiKey() { return u"sk-test-0123456789abcdef-SECRET"_s; }
    static QString id(int n) { return u"%1"_s.arg(n, 24, 16, QLatin1Char('0')); }

    QTemporaryDir m_dir;
    QString m_engine;

    StoreLocation store(const QString &name) const
    {
        return TestStores::fresh(m_engine, m_dir, name);
    }

private Q_SLOTS:
    void initTestCase_data() { TestStores::addEngines(); }

    void init()
    {
        QBMOD_FETCH_ENGINE(engine);
        m_engine = engine;
    }

    void aNewJournalHasTheCurrentSchema()
    {
        Journal journal;
        QVERIFY2(TestStores::open(journal, store(u"new"_s)), qPrintable(journal.errorString()));
        QCOMPARE(journal.userVersion(), Journal::schemaVersion);
        QVERIFY(journal.runs().isEmpty());
        QVERIFY(journal.runsNeedingReconcile().isEmpty());
    }

    void twoJournalsMayBeOpenAtOnce()
    {
        const StoreLocation path = store(u"shared"_s);
        Journal writer;
        Journal reader;
        QVERIFY(TestStores::open(writer, path));
        QVERIFY(TestStores::open(reader, path));
        const auto runId = writer.beginRun(forceRun(), { id(1) });
        QVERIFY(runId);
        QCOMPARE(reader.items(*runId).size(), 1);
    }

    void itemsGoFromPendingToSentToAnswered()
    {
        Journal journal;
        QVERIFY2(TestStores::open(journal, store(u"states"_s)), qPrintable(journal.errorString()));
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
            { ItemOutcome { id(1), ItemOutcome::Result::Deleted, {} },
                ItemOutcome { id(2), ItemOutcome::Result::NotPermitted, {} },
                ItemOutcome { id(3), ItemOutcome::Result::Unknown, {} } }));
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
        QVERIFY2(
            TestStores::open(journal, store(u"interrupted"_s)), qPrintable(journal.errorString()));
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

    void anOlderSchemaIsMigratedAndItsDataKept_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("from the first schema") << 1;
        QTest::newRow("from the second schema") << 2;
        QTest::newRow("from the third schema") << 3;
        QTest::newRow("from the fourth schema") << 4;
        QTest::newRow("from the fifth schema") << 5;
    }

    void anOlderSchemaIsMigratedAndItsDataKept()
    {
        if (m_engine != u"sqlite"_s)
            QSKIP("about the SQLite file");
        QFETCH(int, version);
        const QString path = m_dir.filePath(u"v%1.sqlite"_s.arg(version));
        {
            // The old schema, written by hand as those releases wrote it.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QStringList statements {
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
            };
            if (version >= 2) {
                statements += QStringList {
                    u"ALTER TABLE runs ADD COLUMN protection_overridden INTEGER NOT NULL"
                    " DEFAULT 0"_s,
                    u"ALTER TABLE run_items ADD COLUMN settled_at TEXT"_s,
                    u"ALTER TABLE run_items ADD COLUMN settled_by TEXT"_s,
                    u"CREATE TABLE evidence (id INTEGER PRIMARY KEY AUTOINCREMENT, run_id INTEGER"
                    " NOT NULL REFERENCES runs(id) ON DELETE CASCADE, dialog_id TEXT NOT NULL,"
                    " collected_at TEXT NOT NULL, dialog_json TEXT, messages_json TEXT,"
                    " message_count INTEGER NOT NULL DEFAULT 0, error TEXT)"_s,
                    u"CREATE INDEX evidence_collected ON evidence(collected_at)"_s,
                    u"CREATE INDEX evidence_dialog ON evidence(dialog_id)"_s,
                };
            }
            if (version >= 3) {
                statements += QStringList {
                    u"ALTER TABLE run_items ADD COLUMN container_id TEXT"_s,
                    u"ALTER TABLE runs ADD COLUMN subject_user_id INTEGER"_s,
                };
            }
            if (version >= 4) {
                statements += QStringList {
                    u"ALTER TABLE runs ADD COLUMN owner_pid INTEGER"_s,
                    u"ALTER TABLE runs ADD COLUMN owner_host TEXT"_s,
                    u"CREATE TABLE attempts (run_id INTEGER NOT NULL REFERENCES runs(id) ON"
                    " DELETE CASCADE, object_id TEXT NOT NULL, attempt INTEGER NOT NULL,"
                    " status INTEGER NOT NULL, recorded_at TEXT NOT NULL,"
                    " PRIMARY KEY (run_id, object_id, attempt))"_s,
                };
            }
            if (version >= 5) {
                statements += QStringList {
                    u"ALTER TABLE run_items ADD COLUMN protection_overridden INTEGER NOT NULL"
                    " DEFAULT 0"_s,
                };
            }
            statements += QStringList {
                u"INSERT INTO runs (started_at, status, profile, auth_mode, operator_login, mode,"
                " target, reason) VALUES ('2026-01-02T03:04:05.000Z', 'running', 'staging',"
                " 'session', 'anna', 'per_user', 'dialogs', 'old run')"_s,
                u"INSERT INTO run_items (run_id, position, object_id, state, sent_at) VALUES"
                " (1, 0, '"_s
                    + id(7) + u"', 'sent', '2026-01-02T03:04:06.000Z')"_s,
                // A member removal, which named its user only in the reason.
                u"INSERT INTO runs (started_at, status, auth_mode, mode, target, reason) VALUES"
                " ('2026-01-02T04:00:00.000Z', 'running', 'api_key', 'remove_member', 'members',"
                " 'user 5: spam')"_s,
                u"INSERT INTO run_items (run_id, position, object_id, state) VALUES (2, 0, '"_s
                    + id(8) + u"', 'sent')"_s,
            };
            if (version >= 5) {
                statements
                    += u"UPDATE run_items SET protection_overridden = 1 WHERE object_id = '"_s
                    + id(7) + u"'"_s;
            }
            statements += QStringList {
                u"PRAGMA user_version = %1"_s.arg(version),
            };
            for (const QString &statement : std::as_const(statements))
                QVERIFY2(query.exec(statement), qPrintable(statement));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);

        Journal journal;
        QVERIFY2(journal.open(path), qPrintable(journal.errorString()));
        QCOMPARE(journal.userVersion(), Journal::schemaVersion);
        const auto run = journal.run(1);
        QVERIFY(run);
        QCOMPARE(run->operatorLogin, u"anna"_s);
        QCOMPARE(run->reason, u"old run"_s);
        QCOMPARE(run->startedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
        QCOMPARE(run->protectionOverridden, false);
        // The names on disk read as the modes and targets they always meant.
        QCOMPARE(run->mode, RunMode::FromActingUsersList);
        QCOMPARE(run->target, RunTarget::Dialogs);
        QCOMPARE(journal.run(2)->mode, RunMode::RemoveMember);
        QCOMPARE(journal.run(2)->target, RunTarget::Members);
        QCOMPARE(journal.runsNeedingReconcile(), (QList<qint64> { 1, 2 }));
        // A run written before schema 4 names no owner: it was left by a process long gone.
        QCOMPARE(run->ownerPid, 0);
        QVERIFY(!journal.isLive(1));
        QVERIFY(journal.attempts(1).isEmpty());
        // What version 3 added is unknown for old rows: NULL, read as unset.
        QVERIFY(!run->subjectUserId);
        QVERIFY(!journal.run(2)->subjectUserId);
        QCOMPARE(journal.run(2)->reason, u"user 5: spam"_s);
        QVERIFY(journal.items(1).first().containerId.isEmpty());
        // The per-id protection override of schema 5 survives; before it, no id had one.
        QCOMPARE(journal.items(1).first().protectionOverridden, version >= 5);
        QVERIFY(!journal.items(2).first().protectionOverridden);
        // What schemas 6 and 8 added is unset for old runs.
        QVERIFY(run->indexQuery.isEmpty());
        QVERIFY(run->moderatorName.isEmpty());
        QCOMPARE(journal.unsettledItems(2).first().objectId, id(8));
        QVERIFY(journal.unsettledItems(2).first().containerId.isEmpty());
        // The columns and the table that version 2 added work on the old data.
        QVERIFY(journal.settleItem(1, id(7), u"gone"_s, u"reconcile"_s));
        QCOMPARE(journal.items(1).first().settledBy, u"reconcile"_s);
        QVERIFY(journal.addEvidence(1, id(7), QJsonObject { { u"_id"_s, id(7) } }, {}));
        QCOMPARE(journal.evidence(1).size(), 1);
        // New runs in the migrated file keep the new columns.
        Journal::Run removal = forceRun();
        removal.mode = RunMode::RemoveMember;
        removal.target = RunTarget::Members;
        removal.subjectUserId = 5;
        const auto runId = journal.beginRun(removal, { id(9) });
        QVERIFY(runId);
        QCOMPARE(journal.run(*runId)->subjectUserId, std::optional<qint64>(5));
        QCOMPARE(journal.run(*runId)->mode, RunMode::RemoveMember);
        QVERIFY(journal.isLive(*runId));
        QVERIFY(journal.recordOutcomes(
            *runId, { ItemOutcome { id(9), ItemOutcome::Result::Removed, {}, {}, { 0, 200 } } }));
        QCOMPARE(journal.attempts(*runId).size(), 2);
    }

    void aRunIsLiveUntilItsEndIsWritten()
    {
        const StoreLocation path = store(u"live"_s);
        Journal owner;
        QVERIFY(TestStores::open(owner, path));
        const auto runId = owner.beginRun(forceRun(), { id(1), id(2) });
        QVERIFY(runId);
        const Journal::Run run = *owner.run(*runId);
        QCOMPARE(run.ownerPid, QCoreApplication::applicationPid());
        QVERIFY(!run.ownerHost.isEmpty());

        // Another connection (as another console or qbmodctl would) sees it live.
        Journal other;
        QVERIFY(TestStores::open(other, path));
        QVERIFY(other.isLive(*runId));
        QVERIFY(owner.isLive(*runId));

        QVERIFY(owner.finishRun(*runId, false));
        QVERIFY(!owner.isLive(*runId));
        QVERIFY(!other.isLive(*runId));
    }

    void everyAttemptIsKeptOnce()
    {
        Journal journal;
        QVERIFY2(
            TestStores::open(journal, store(u"attempts"_s)), qPrintable(journal.errorString()));
        const auto runId = journal.beginRun(forceRun(), { id(1), id(2) });
        QVERIFY(runId);
        QVERIFY(journal.markSent(*runId, { id(1), id(2) }));
        // The history grows with each answer; what was written already is not written twice.
        QVERIFY(journal.recordOutcomes(
            *runId, { ItemOutcome { id(1), ItemOutcome::Result::Unknown, {}, {}, { 0 } } }));
        QVERIFY(journal.recordOutcomes(*runId,
            { ItemOutcome { id(1), ItemOutcome::Result::Deleted, {}, {}, { 0, 502, 404 } },
                ItemOutcome { id(2), ItemOutcome::Result::AlreadyGone, {}, {}, { 404 } } }));
        const QList<Journal::Attempt> attempts = journal.attempts(*runId);
        QCOMPARE(attempts.size(), 4);
        QCOMPARE(attempts.at(0).objectId, id(1));
        QCOMPARE(attempts.at(0).status, 0);
        QCOMPARE(attempts.at(1).status, 502);
        QCOMPARE(attempts.at(2).number, 3);
        QCOMPARE(attempts.at(2).status, 404);
        QCOMPARE(attempts.at(3).objectId, id(2));
        QCOMPARE(journal.items(*runId).first().outcome, u"deleted"_s);
    }

    void aMessageKeepsItsDialogAndARemovalItsUser()
    {
        Journal journal;
        QVERIFY2(
            TestStores::open(journal, store(u"containers"_s)), qPrintable(journal.errorString()));
        Journal::Run messages = forceRun();
        messages.target = RunTarget::Messages;
        const QString dialog = id(100);
        // Only the ids given a container get one.
        const auto runId = journal.beginRun(messages, { id(1), id(2) }, { { id(1), dialog } });
        QVERIFY(runId);
        QVERIFY(journal.markSent(*runId, { id(1), id(2) }));
        QList<Journal::Item> items = journal.unsettledItems(*runId);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).containerId, dialog);
        QVERIFY(items.at(1).containerId.isEmpty());
        QVERIFY(!journal.run(*runId)->subjectUserId);

        Journal::Run removal = forceRun();
        removal.mode = RunMode::RemoveMember;
        removal.target = RunTarget::Members;
        removal.subjectUserId = 77;
        const auto removalId = journal.beginRun(removal, { dialog });
        QVERIFY(removalId);
        QCOMPARE(journal.run(*removalId)->subjectUserId, std::optional<qint64>(77));
        QCOMPARE(journal.runs().first().subjectUserId, std::optional<qint64>(77));
        QVERIFY(journal.items(*removalId).first().containerId.isEmpty());
    }

    void aNewerSchemaIsRefused()
    {
        if (m_engine != u"sqlite"_s)
            QSKIP("about the SQLite file");
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
        if (m_engine != u"sqlite"_s)
            QSKIP("about the SQLite file");
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
        QVERIFY2(
            TestStores::open(journal, store(u"evidence"_s)), qPrintable(journal.errorString()));
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

    void theOverrideIsKeptOnTheIdsThatNeededIt()
    {
        Journal journal;
        QVERIFY2(
            TestStores::open(journal, store(u"override"_s)), qPrintable(journal.errorString()));
        Journal::Run run = forceRun();
        run.protectionOverridden = true;
        const auto runId = journal.beginRun(run, { id(1), id(2) }, {}, { id(2) });
        QVERIFY2(runId, qPrintable(journal.errorString()));
        QVERIFY(journal.markSent(*runId, { id(1), id(2) }));
        QVERIFY(journal.recordOutcomes(*runId,
            { ItemOutcome { id(1), ItemOutcome::Result::Deleted, {}, {}, { 200 } },
                ItemOutcome { id(2), ItemOutcome::Result::Deleted, {}, {}, { 200 } } }));
        QVERIFY(journal.finishRun(*runId, true));
        QVERIFY(journal.run(*runId)->protectionOverridden);
        const QList<Journal::Item> items = journal.items(*runId);
        QCOMPARE(items.size(), 2);
        QVERIFY(!items.at(0).protectionOverridden);
        QVERIFY(items.at(1).protectionOverridden);
    }

    void aSettlementIsAddedAndNeverOverwritten()
    {
        Journal journal;
        QVERIFY2(TestStores::open(journal, store(u"settle"_s)), qPrintable(journal.errorString()));
        const auto runId = journal.beginRun(forceRun(), { id(1) });
        QVERIFY(runId);
        QVERIFY(journal.markSent(*runId, { id(1) }));
        QVERIFY(journal.recordOutcomes(
            *runId, { ItemOutcome { id(1), ItemOutcome::Result::Unknown, {}, {}, { 0 } } }));
        QVERIFY(journal.finishRun(*runId, false));
        // Two moderators reconcile the same run: the first settlement stands.
        QVERIFY(journal.settleItem(*runId, id(1), u"gone"_s, u"reconcile"_s));
        QVERIFY(journal.settleItem(*runId, id(1), u"present"_s, u"reconcile again"_s));
        const Journal::Item item = journal.items(*runId).first();
        QCOMPARE(item.state, Journal::ItemState::Settled);
        QCOMPARE(item.outcome, u"gone"_s);
        QCOMPARE(item.settledBy, u"reconcile"_s);
        QCOMPARE(journal.unsettledItems(*runId).size(), 0);
    }

    void aModeratorCannotRewriteTheHistory()
    {
        if (m_engine != u"postgresql"_s)
            QSKIP("roles are the team database's");
        const StoreLocation owned = store(u"roles"_s);
        {
            Journal owner; // creates the tables and grants the moderator role
            QVERIFY2(TestStores::open(owner, owned), qPrintable(owner.errorString()));
        }
        const StoreLocation alice = TestStores::asModerator(owned, u"alice"_s);
        Journal journal;
        QVERIFY2(TestStores::open(journal, alice), qPrintable(journal.errorString()));
        // A moderator runs, settles and adds evidence: adding is all a run needs.
        const auto runId = journal.beginRun(forceRun(), { id(1), id(2) });
        QVERIFY2(runId, qPrintable(journal.errorString()));
        QVERIFY(journal.markSent(*runId, { id(1) }));
        QVERIFY(journal.recordOutcomes(
            *runId, { ItemOutcome { id(1), ItemOutcome::Result::Unknown, {}, {}, { 0 } } }));
        QVERIFY(journal.addEvidence(*runId, id(1), {}, {}, u"not found"_s));
        QVERIFY(journal.finishRun(*runId, false));
        QVERIFY(journal.settleItem(*runId, id(1), u"gone"_s, u"reconcile"_s));
        QCOMPARE(journal.run(*runId)->moderatorName, u"alice"_s);
        QCOMPARE(journal.changeProtection({ 5 }, {}, {}), std::optional<int>(1));

        // Rewriting it, even of a column a run may move, is refused, and nothing changes.
        for (const QString &user : { u"alice"_s, owned.user }) {
            const StoreLocation who = TestStores::asModerator(owned, user);
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"raw"_s);
            db.setHostName(who.host);
            db.setPort(who.port);
            db.setDatabaseName(who.database);
            db.setUserName(who.user);
            db.setPassword(TestStores::password(who));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            const QStringList rewrites {
                u"UPDATE run_items SET outcome = 'deleted' WHERE run_id = %1"_s.arg(*runId),
                u"UPDATE run_items SET state = 'sent' WHERE run_id = %1"_s.arg(*runId),
                u"UPDATE run_items SET protection_overridden = 1 WHERE run_id = %1"_s.arg(*runId),
                u"DELETE FROM run_items WHERE run_id = %1"_s.arg(*runId),
                u"UPDATE runs SET reason = 'nothing' WHERE id = %1"_s.arg(*runId),
                u"UPDATE runs SET status = 'running' WHERE id = %1"_s.arg(*runId),
                u"DELETE FROM runs WHERE id = %1"_s.arg(*runId),
                u"UPDATE settlements SET outcome = 'present'"_s,
                u"DELETE FROM settlements"_s,
                u"DELETE FROM attempts"_s,
                u"UPDATE attempts SET status = 200"_s,
                u"UPDATE runs SET origin_key = 'another' WHERE id = %1"_s.arg(*runId),
                // An ended run takes no new rows but settlements.
                u"INSERT INTO run_items (run_id, position, object_id, state)"
                " VALUES (%1, 9, 'added', 'answered')"_s.arg(*runId),
                u"INSERT INTO attempts (run_id, object_id, attempt, status, recorded_at)"
                " VALUES (%1, '%2', 2, 200, 'now')"_s.arg(*runId)
                    .arg(id(1)),
                u"INSERT INTO run_events (run_id, at, name) VALUES (%1, 'now', 'resumed')"_s.arg(
                    *runId),
                u"INSERT INTO evidence (run_id, dialog_id, collected_at)"
                " VALUES (%1, 'added', 'now')"_s.arg(*runId),
                u"UPDATE protection_changes SET change = 'unprotected'"_s,
                u"DELETE FROM protection_changes"_s,
            };
            for (const QString &statement : rewrites) {
                QSqlQuery query(db);
                QVERIFY2(!query.exec(statement), qPrintable(user + u": "_s + statement));
            }
            if (user == u"alice"_s) {
                QSqlQuery query(db);
                QVERIFY2(!query.exec(u"DELETE FROM evidence"_s), "a moderator prunes evidence");
            }
            db.close();
            db = {};
            QSqlDatabase::removeDatabase(u"raw"_s);
        }
        const QList<Journal::Item> items = journal.items(*runId);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).outcome, u"gone"_s);
        QCOMPARE(items.at(1).outcome, u"not_attempted"_s);
        QCOMPARE(journal.run(*runId)->status, u"finished"_s);
        QCOMPARE(journal.attempts(*runId).size(), 1);
        QCOMPARE(journal.evidence(*runId).size(), 1);
        QCOMPARE(journal.protectedUsers()->size(), 1);
    }

    void protectionChangesAreAddedAndTheLatestCounts()
    {
        const StoreLocation owned = store(u"protection"_s);
        StoreLocation where = owned;
        if (m_engine == u"postgresql"_s) {
            Journal owner; // a moderator of the team changes it
            QVERIFY2(TestStores::open(owner, owned), qPrintable(owner.errorString()));
            where = TestStores::asModerator(owned, u"alice"_s);
        }
        Journal journal;
        QVERIFY2(TestStores::open(journal, where), qPrintable(journal.errorString()));
        QVERIFY(journal.protectedUsers() && journal.protectedUsers()->isEmpty());
        QCOMPARE(journal.changeProtection({ 7, 5 }, {}, u"Alice A."_s, u" staff "_s),
            std::optional<int>(2));
        // Already so: nothing is added.
        QCOMPARE(journal.changeProtection({ 5 }, {}, u"Alice A."_s), std::optional<int>(0));
        auto users = journal.protectedUsers();
        QVERIFY(users);
        QCOMPARE(users->size(), 2);
        QCOMPARE(users->at(0).userId, 5);
        QCOMPARE(users->at(0).by, u"Alice A."_s);
        QCOMPARE(users->at(0).note, u"staff"_s);
        QVERIFY(users->at(0).since.isValid());
        QCOMPARE(users->at(1).userId, 7);

        // Lifted (9 never was protected), then protected again: the latest change counts. In a
        // team database an unnamed moderator is their database user.
        QCOMPARE(
            journal.changeProtection({}, { 5, 9 }, {}, u"left the staff"_s), std::optional<int>(1));
        users = journal.protectedUsers();
        QCOMPARE(users->size(), 1);
        QCOMPARE(users->first().userId, 7);
        QCOMPARE(journal.changeProtection({ 5 }, {}, {}), std::optional<int>(1));
        users = journal.protectedUsers();
        QCOMPARE(users->size(), 2);
        QCOMPARE(users->at(0).by, m_engine == u"postgresql"_s ? u"alice"_s : QString());
        QVERIFY(users->at(0).note.isEmpty());
    }

    void aCopyAddsEachRunOnceWithItsWholeHistory()
    {
        // From a file on this computer into this engine's store (in a team database as a
        // moderator: adding is all a copy needs), and back into a new file.
        Journal local;
        QVERIFY(local.open(m_dir.filePath(u"copy-from-%1.sqlite"_s.arg(m_engine))));
        Journal::Run byAlice = forceRun();
        byAlice.moderatorName = u"Alice"_s;
        byAlice.startedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), QTimeZone::utc());
        const auto first = local.beginRun(byAlice, { id(1), id(2), id(3) });
        QVERIFY(first);
        QVERIFY(local.markSent(*first, { id(1), id(2) }));
        QVERIFY(local.recordOutcomes(*first,
            { ItemOutcome { id(1), ItemOutcome::Result::Deleted, {}, {}, { 500, 200 } },
                ItemOutcome { id(2), ItemOutcome::Result::Unknown, {}, {}, { 0 } } }));
        QVERIFY(local.recordEvent(*first, u"paused"_s, u"2 of 3 sent"_s));
        QVERIFY(local.recordEvent(*first, u"resumed"_s, {}));
        QVERIFY(local.recordEvent(*first, u"paused"_s, u"3 of 3 sent"_s));
        const QList<Journal::Event> written = local.events(*first);
        QCOMPARE(written.size(), 3);
        QCOMPARE(written.at(1).name, u"resumed"_s);
        QCOMPARE(written.at(2).detail, u"3 of 3 sent"_s);
        QVERIFY(local.addEvidence(*first, id(1), QJsonObject { { u"name"_s, u"Spam"_s } },
            QJsonArray { QJsonObject { { u"message"_s, u"buy now"_s } } }));
        QVERIFY(local.finishRun(*first, false));
        QVERIFY(local.settleItem(*first, id(2), u"gone"_s, u"reconcile"_s));
        Journal::Run byBob = forceRun();
        byBob.moderatorName = u"Bob"_s;
        const auto second = local.beginRun(byBob, { id(4) });
        QVERIFY(second);
        QVERIFY(local.finishRun(*second, true));

        StoreLocation where = store(u"copy"_s);
        if (where.isTeam()) {
            Journal owner; // creates the tables
            QVERIFY2(TestStores::open(owner, where), qPrintable(owner.errorString()));
            where = TestStores::asModerator(where, u"alice"_s);
        }
        Journal team;
        QVERIFY2(TestStores::open(team, where), qPrintable(team.errorString()));
        JournalCopier::Result result = JournalCopier::copy(local, team, u"local"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.copied, 2);
        // Again, as after an interruption: nothing twice.
        result = JournalCopier::copy(local, team, u"local"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.copied, 0);
        QCOMPARE(result.alreadyThere, 2);
        QCOMPARE(team.runs().size(), 2);

        const auto sameRun = [](const Journal &a, qint64 aId, const Journal &b, qint64 bId) {
            const Journal::Run x = *a.run(aId);
            const Journal::Run y = *b.run(bId);
            QCOMPARE(y.originKey, x.originKey);
            QCOMPARE(y.startedAt, x.startedAt);
            QCOMPARE(y.finishedAt, x.finishedAt);
            QCOMPARE(y.status, x.status);
            QCOMPARE(y.moderatorName, x.moderatorName);
            QCOMPARE(y.reason, x.reason);
            QCOMPARE(y.actingUserId, x.actingUserId);
            QCOMPARE(y.unsettledCount, x.unsettledCount);
            const QList<Journal::Item> xi = a.items(aId);
            const QList<Journal::Item> yi = b.items(bId);
            QCOMPARE(yi.size(), xi.size());
            for (qsizetype i = 0; i < xi.size(); ++i) {
                QCOMPARE(yi.at(i).objectId, xi.at(i).objectId);
                QCOMPARE(yi.at(i).state, xi.at(i).state);
                QCOMPARE(yi.at(i).outcome, xi.at(i).outcome);
                QCOMPARE(yi.at(i).sentAt, xi.at(i).sentAt);
                QCOMPARE(yi.at(i).settledBy, xi.at(i).settledBy);
            }
            QCOMPARE(b.attempts(bId).size(), a.attempts(aId).size());
            const QList<Journal::Event> xe = a.events(aId);
            const QList<Journal::Event> ye = b.events(bId);
            QCOMPARE(ye.size(), xe.size());
            for (qsizetype i = 0; i < xe.size(); ++i) {
                QCOMPARE(ye.at(i).name, xe.at(i).name);
                QCOMPARE(ye.at(i).detail, xe.at(i).detail);
            }
            QCOMPARE(b.evidence(bId).size(), a.evidence(aId).size());
            if (!a.evidence(aId).isEmpty())
                QCOMPARE(b.evidence(bId).first().messages, a.evidence(aId).first().messages);
        };
        const auto copyOf = [](const Journal &journal, const QString &key) -> qint64 {
            for (const Journal::Run &run : journal.runs()) {
                if (run.originKey == key)
                    return run.id;
            }
            return 0;
        };
        for (const qint64 runId : { *first, *second }) {
            const qint64 copied = copyOf(team, local.run(runId)->originKey);
            QVERIFY(copied > 0);
            QCOMPARE(team.run(copied)->origin, u"local"_s);
            sameRun(local, runId, team, copied);
            if (QTest::currentTestFailed())
                return;
        }

        // Back to a file, one moderator's runs only; they keep where they were made.
        Journal exported;
        QVERIFY(exported.open(m_dir.filePath(u"copy-back-%1.sqlite"_s.arg(m_engine))));
        result = JournalCopier::copy(team, exported, u"team"_s, u"Alice"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.copied, 1);
        const QList<Journal::Run> back = exported.runs();
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().origin, u"local"_s);
        sameRun(local, *first, exported, back.first().id);
    }

    void anOfflineCopyOfProtectedUsersKeepsOneMarkOfWhenItWasRead()
    {
        if (m_engine != u"sqlite"_s)
            QSKIP("an offline journal is a file on this computer");
        const QString path = m_dir.filePath(u"offline-marks.sqlite"_s);
        const QDateTime first(QDate(2026, 5, 1), QTime(8, 0), QTimeZone::utc());
        const QDateTime later = first.addDays(1);
        Journal::ProtectedUser staff;
        staff.userId = 42;
        staff.by = u"alice"_s;
        {
            Journal offline;
            QVERIFY(offline.open(path));
            QVERIFY2(
                offline.copyProtectionFrom({ staff }, first), qPrintable(offline.errorString()));
            QVERIFY2(
                offline.copyProtectionFrom({ staff }, later), qPrintable(offline.errorString()));
            QCOMPARE(offline.protectionCopyReadAt(), std::optional<QDateTime>(later));
            const auto users = offline.protectedUsers();
            QVERIFY(users);
            QCOMPARE(users->size(), 1);
            QCOMPARE(users->first().userId, qint64(42));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"marks"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery marks(db);
            QVERIFY(marks.exec(u"SELECT COUNT(*) FROM protection_changes WHERE user_id = 0"_s));
            QVERIFY(marks.next());
            QCOMPARE(marks.value(0).toInt(), 1);
            QVERIFY(marks.exec(u"SELECT COUNT(*) FROM protection_changes"_s));
            QVERIFY(marks.next());
            QCOMPARE(marks.value(0).toInt(), 2); // user 42 once, and the mark
        }
        QSqlDatabase::removeDatabase(u"marks"_s);
    }

    void aSettlementMadeAfterACopyFollowsIt()
    {
        // A run interrupted on this computer is copied, then reconciled here: the next copy
        // takes what reconcile settled, and the run's end, but never overrides a settlement
        // the destination made first.
        const QString path = m_dir.filePath(u"settle-after-copy-%1.sqlite"_s.arg(m_engine));
        qint64 runId = 0;
        {
            Journal interrupted;
            QVERIFY(interrupted.open(path));
            const auto begun = interrupted.beginRun(forceRun(), { id(1), id(2), id(3), id(4) });
            QVERIFY(begun);
            runId = *begun;
            QVERIFY(interrupted.markSent(runId, { id(1), id(2), id(3) }));
            QVERIFY(interrupted.recordOutcomes(runId,
                { ItemOutcome { id(1), ItemOutcome::Result::Deleted, {}, {}, { 200 } },
                    ItemOutcome { id(2), ItemOutcome::Result::Unknown, {}, {}, { 0 } },
                    ItemOutcome { id(3), ItemOutcome::Result::Unknown, {}, {}, { 0 } } }));
        } // the process that ran it is gone: id(4) was never sent
        Journal local;
        QVERIFY(local.open(path));
        QVERIFY(!local.isLive(runId));

        StoreLocation where = store(u"settle_after_copy"_s);
        if (where.isTeam()) {
            Journal owner; // creates the tables
            QVERIFY2(TestStores::open(owner, where), qPrintable(owner.errorString()));
            where = TestStores::asModerator(where, u"alice"_s);
        }
        Journal team;
        QVERIFY2(TestStores::open(team, where), qPrintable(team.errorString()));
        JournalCopier::Result result = JournalCopier::copy(local, team, u"offline"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.copied, 1);
        const qint64 copyId = team.runs().first().id;
        QCOMPARE(team.run(copyId)->status, u"running"_s);
        QCOMPARE(team.unsettledItems(copyId).size(), 2); // id(2) and id(3): unknown

        // A colleague settles id(2) in the team; this computer then reconciles its own record.
        QVERIFY(team.settleItem(copyId, id(2), u"present"_s, u"bob"_s));
        QVERIFY(local.settleItem(runId, id(2), u"gone"_s, u"reconcile"_s));
        QVERIFY(local.settleItem(runId, id(3), u"gone"_s, u"reconcile"_s));
        QVERIFY(local.closeInterruptedRun(runId, u"reconcile"_s));
        QCOMPARE(local.run(runId)->status, u"interrupted"_s);

        result = JournalCopier::copy(local, team, u"offline"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.copied, 0);
        QCOMPARE(result.alreadyThere, 1);
        QCOMPARE(result.settlementsAdded, 2); // id(3), and id(4) not attempted; not id(2)
        QVERIFY(result.text().contains(u"2 later settlement"_s));
        QCOMPARE(team.run(copyId)->status, u"interrupted"_s);
        QVERIFY(team.unsettledItems(copyId).isEmpty());
        QHash<QString, QString> outcomes;
        for (const Journal::Item &item : team.items(copyId))
            outcomes.insert(item.objectId, item.outcome);
        QCOMPARE(outcomes.value(id(1)), u"deleted"_s);
        QCOMPARE(outcomes.value(id(2)), u"present"_s);
        QCOMPARE(outcomes.value(id(3)), u"gone"_s);
        QCOMPARE(outcomes.value(id(4)), u"not_attempted"_s);

        // Once is enough.
        result = JournalCopier::copy(local, team, u"offline"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.settlementsAdded, 0);
        QCOMPARE(team.runs().size(), 1);
    }

    void aTeamRunClaimsItsIds()
    {
        if (m_engine != u"postgresql"_s)
            QSKIP("claims are the team database's");
        const StoreLocation owned = store(u"claims"_s);
        {
            Journal owner;
            QVERIFY2(TestStores::open(owner, owned), qPrintable(owner.errorString()));
        }
        Journal alice;
        auto bob = std::make_unique<Journal>();
        QVERIFY(TestStores::open(alice, TestStores::asModerator(owned, u"alice"_s)));
        QVERIFY(TestStores::open(*bob, TestStores::asModerator(owned, u"bob"_s)));
        const auto first = alice.beginRun(forceRun(), { id(1), id(2), id(3) });
        QVERIFY2(first, qPrintable(alice.errorString()));
        QVERIFY(alice.heldElsewhere(*first).isEmpty());

        // While alice's run is live, bob is told who holds the ids they share.
        const auto second = bob->beginRun(forceRun(), { id(3), id(4) });
        QVERIFY2(second, qPrintable(bob->errorString()));
        QCOMPARE(bob->heldElsewhere(*second).keys(), QList<QString> { id(3) });
        QVERIFY(bob->heldElsewhere(*second).value(id(3)).contains(u"held by alice in live run"_s));
        QVERIFY(bob->finishRun(*second, false));

        // Once alice's run ends, what it sent stays hers; what it never sent is free.
        QVERIFY(alice.markSent(*first, { id(1) }));
        QVERIFY(alice.recordOutcomes(
            *first, { ItemOutcome { id(1), ItemOutcome::Result::Deleted, {}, {}, { 200 } } }));
        QVERIFY(alice.finishRun(*first, true));
        const auto third = bob->beginRun(forceRun(), { id(1), id(2) });
        QVERIFY(third);
        QCOMPARE(bob->heldElsewhere(*third).keys(), QList<QString> { id(1) });
        QVERIFY(bob->heldElsewhere(*third).value(id(1)).contains(u"already sent by alice"_s));
        QVERIFY(bob->finishRun(*third, false));

        // A run whose process died (its connection gone) lets go of the ids it never sent.
        const auto fourth = bob->beginRun(forceRun(), { id(5), id(6) });
        QVERIFY(fourth);
        QVERIFY(bob->markSent(*fourth, { id(5) }));
        QVERIFY(alice.isLive(*fourth));
        bob.reset();
        QTRY_VERIFY(!alice.isLive(*fourth));
        const auto fifth = alice.beginRun(forceRun(), { id(5), id(6) });
        QVERIFY(fifth);
        QCOMPARE(alice.heldElsewhere(*fifth).keys(), QList<QString> { id(5) });
        QVERIFY(alice.heldElsewhere(*fifth).value(id(5)).contains(u"already sent by bob"_s));
    }

    void dialogNamesComeFromTheEvidenceThisRunKeptFirst()
    {
        Journal journal;
        QVERIFY2(TestStores::open(journal, store(u"names"_s)), qPrintable(journal.errorString()));
        const auto named = [](const QString &dialogId, const QString &name) {
            return QJsonObject { { u"_id"_s, dialogId }, { u"name"_s, name } };
        };
        const auto first = journal.beginRun(forceRun(), { id(1), id(2) });
        QVERIFY(first);
        QVERIFY(journal.addEvidence(*first, id(1), named(id(1), u"Old name"_s), {}));
        QVERIFY(journal.addEvidence(*first, id(2), named(id(2), u"Two"_s), {}));
        // A later run of a message in dialog 1, of dialog 2, and of dialog 3 that nobody kept.
        Journal::Run later = forceRun();
        later.target = RunTarget::Messages;
        const auto second
            = journal.beginRun(later, { id(10), id(2), id(3) }, { { id(10), id(1) } });
        QVERIFY(second);
        QVERIFY(journal.addEvidence(*second, id(1), named(id(1), u"New name"_s), {}));

        const QHash<QString, QString> names = journal.dialogNames(*second);
        QCOMPARE(names.value(id(1)), u"New name"_s); // this run's own evidence wins
        QCOMPARE(names.value(id(2)), u"Two"_s); // else what an earlier run kept
        QVERIFY(!names.contains(id(3)));
        QVERIFY(!names.contains(id(10))); // a message has no name of its own
        QCOMPARE(journal.dialogNames(*first).value(id(1)), u"Old name"_s);
    }

    void evidenceForManyDialogsGoesInTogether()
    {
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(u"evidence-batch.sqlite"_s)));
        const auto runId = journal.beginRun(forceRun(), { id(1), id(2), id(3) });
        QVERIFY(runId);
        QList<Journal::Evidence> records;
        for (int i = 1; i <= 3; ++i) {
            Journal::Evidence record;
            record.dialogId = id(i);
            record.dialog = QJsonObject { { u"_id"_s, id(i) } };
            record.messages = QJsonArray { QJsonObject { { u"_id"_s, u"m%1"_s.arg(i) } } };
            records.append(record);
        }
        records.last().error = u"messages not read"_s;
        QVERIFY(journal.addEvidence(*runId, records));
        const QList<Journal::Evidence> kept = journal.evidence(*runId);
        QCOMPARE(kept.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(kept.at(i).dialogId, records.at(i).dialogId);
            QCOMPARE(kept.at(i).dialog, records.at(i).dialog);
            QCOMPARE(kept.at(i).messages, records.at(i).messages);
        }
        QCOMPARE(kept.at(2).error, u"messages not read"_s);
    }

    void theDefaultPathIsSharedByTheConsoleAndTheCommandLine()
    {
        if (m_engine != u"sqlite"_s)
            QSKIP("about the SQLite file");
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

// SPDX-License-Identifier: Apache-2.0

#include "moderation/Journal.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace Qt::StringLiterals;

// The journal on its own: schema, write-ahead states, migration from older schemas, a message's
// dialog and a removal's user, no secret in the file, evidence retention.
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

    void anOlderSchemaIsMigratedAndItsDataKept_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("from the first schema") << 1;
        QTest::newRow("from the second schema") << 2;
        QTest::newRow("from the third schema") << 3;
    }

    void anOlderSchemaIsMigratedAndItsDataKept()
    {
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
        const QString path = m_dir.filePath(u"live.sqlite"_s);
        Journal owner;
        QVERIFY(owner.open(path));
        const auto runId = owner.beginRun(forceRun(), { id(1), id(2) });
        QVERIFY(runId);
        const Journal::Run run = *owner.run(*runId);
        QCOMPARE(run.ownerPid, QCoreApplication::applicationPid());
        QVERIFY(!run.ownerHost.isEmpty());

        // Another connection (as another console or qbmodctl would) sees it live.
        Journal other;
        QVERIFY(other.open(path));
        QVERIFY(other.isLive(*runId));
        QVERIFY(owner.isLive(*runId));

        QVERIFY(owner.finishRun(*runId, false));
        QVERIFY(!owner.isLive(*runId));
        QVERIFY(!other.isLive(*runId));
    }

    void everyAttemptIsKeptOnce()
    {
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(u"attempts.sqlite"_s)));
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
        QVERIFY(journal.open(m_dir.filePath(u"containers.sqlite"_s)));
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

    void dialogNamesComeFromTheEvidenceThisRunKeptFirst()
    {
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(u"names.sqlite"_s)));
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

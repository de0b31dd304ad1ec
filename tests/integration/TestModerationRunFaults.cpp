// SPDX-License-Identifier: Apache-2.0

#include "SandboxFixture.h"
#include "api/ApiClient.h"
#include "api/endpoints/DeleteDialogsEndpoint.h"
#include "api/endpoints/GetDialogEndpoint.h"
#include "moderation/JournalExport.h"
#include "moderation/ModerationRun.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Result = ItemOutcome::Result;
using Kind = SandboxFault::Kind;

Q_DECLARE_METATYPE(ItemOutcome::Result)
Q_DECLARE_METATYPE(QList<SandboxFault>)

// The fault matrix: a moderation run against the sandbox, with the faults of each row given to
// the sandbox in advance so that every run is the same. Each outcome, each journal row and each
// attempt the journal kept is checked against what the server itself holds.
class TestModerationRunFaults final : public QObject {
    Q_OBJECT

private:
    struct Finished {
        QList<ItemOutcome> outcomes;
        qint64 runId = 0;
        QString problem;
    };

    DeletionPlan forceDelete(const QStringList &ids) const
    {
        DeletionPlan plan;
        plan.target = DeletionPlan::Target::Dialogs;
        plan.mode = DeletionPlan::Mode::ForEveryone;
        plan.authMode = AuthMode::ApiKey;
        plan.reason = u"fault matrix"_s;
        plan.keepEvidence = false;
        plan.batchSize = 1;
        for (const QString &id : ids) {
            Dialog dialog;
            dialog.id = id;
            plan.dialogs.append(dialog);
        }
        return plan;
    }

    Finished run(ApiClient &client, Journal &journal, const DeletionPlan &plan,
        const std::function<void(ModerationRun &)> &during = {})
    {
        ModerationRun moderationRun(&client, &journal, plan,
            Journal::Run::forConnection(client.connection(), u"faults"_s, u"00000000"_s));
        if (during)
            during(moderationRun);
        QSignalSpy finished(&moderationRun, &ModerationRun::finished);
        moderationRun.start();
        if (!finished.wait(30000))
            return {};
        return { moderationRun.outcomes(), moderationRun.journalRunId(), moderationRun.problem() };
    }

    // Enough 500s for a dialog's read to fail with every retry, both as part of a list
    // (_id[in]) and then alone.
    static QList<SandboxFault> everyReadFails()
    {
        return QList<SandboxFault>(2 * (1 + 3), SandboxFault { Kind::RefuseBefore, 500 });
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void eachFaultEndsInTheTruth_data()
    {
        QTest::addColumn<QList<SandboxFault>>("faults");
        QTest::addColumn<Result>("outcome");
        QTest::addColumn<QList<int>>("attempts");
        QTest::addColumn<bool>("existsAfter");

        const SandboxFault lost { Kind::LoseAfterActing, 0 };
        const SandboxFault refused500 { Kind::RefuseBefore, 500 };
        QTest::newRow("lost, then 404: ours, deleted")
            << QList<SandboxFault> { lost } << Result::Deleted << QList<int> { 0, 404 } << false;
        QTest::newRow("lost, then 5xx every time: unknown, and gone on the server")
            << QList<SandboxFault> { lost, refused500, refused500, refused500 } << Result::Unknown
            << QList<int> { 0, 500, 500, 500 } << false;
        QTest::newRow("5xx, then lost, then 404: deleted")
            << QList<SandboxFault> { refused500, lost } << Result::Deleted
            << QList<int> { 500, 0, 404 } << false;
        QTest::newRow("429, then lost, then 404: deleted")
            << QList<SandboxFault> { { Kind::RefuseBefore, 429 }, lost } << Result::Deleted
            << QList<int> { 429, 0, 404 } << false;
        QTest::newRow("502 after the delete took effect, then 404: deleted")
            << QList<SandboxFault> { { Kind::AnswerAfterActing, 502 } } << Result::Deleted
            << QList<int> { 502, 404 } << false;
        QTest::newRow("504 after acting, then 500 every time: unknown") << QList<SandboxFault> {
            { Kind::AnswerAfterActing, 504 }, refused500, refused500, refused500
        } << Result::Unknown << QList<int> { 504, 500, 500, 500 } << false;
        QTest::newRow("500 every time, nothing acted: failed, still there")
            << QList<SandboxFault> { refused500, refused500, refused500, refused500 }
            << Result::Failed << QList<int> { 500, 500, 500, 500 } << true;
    }

    void eachFaultEndsInTheTruth()
    {
        QFETCH(QList<SandboxFault>, faults);
        QFETCH(Result, outcome);
        QFETCH(QList<int>, attempts);
        QFETCH(bool, existsAfter);

        SandboxFixture fixture;
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const QString id = server.allDialogIds().first();
        auto client = fixture.apiKeyClient();
        Journal journal;
        QVERIFY(journal.open(
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).left(20) + u".sqlite"_s)));

        server.scriptFaults(u"DELETE"_s, faults);
        const Finished finished = run(*client, journal, forceDelete({ id }));
        QCOMPARE(finished.outcomes.size(), 1);
        QCOMPARE(finished.outcomes.first().result, outcome);
        QCOMPARE(finished.outcomes.first().attempts, attempts);
        QCOMPARE(server.dialogExists(id), existsAfter);

        // The journal says the same, with every attempt.
        QVERIFY(finished.runId > 0);
        const Journal::Item item = journal.items(finished.runId).first();
        QCOMPARE(item.outcome, ItemOutcome::resultName(outcome));
        QCOMPARE(item.state, Journal::ItemState::Answered);
        QList<int> journaled;
        for (const Journal::Attempt &attempt : journal.attempts(finished.runId))
            journaled.append(attempt.status);
        QCOMPARE(journaled, attempts);
        QCOMPARE(journal.run(finished.runId)->mode, RunMode::ForEveryone);
        QVERIFY(!journal.isLive(finished.runId));
    }

    void aJournalLockedMidRunStopsItBeforeTheNextRequest()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const QStringList ids = server.allDialogIds().mid(0, 4);
        auto client = fixture.apiKeyClient();
        RequestLimits limits = client->limits();
        limits.maxInFlight = 1;
        client->setLimits(limits);
        const QString path = m_dir.filePath(u"locked.sqlite"_s);
        Journal journal;
        journal.setBusyTimeoutMs(50);
        QVERIFY(journal.open(path));

        // Another connection (another process, as far as SQLite can tell) takes the write lock
        // once the first delete has been answered, and holds it past the busy timeout.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        bool locked = false;
        connect(&server, &SandboxServer::requestAnswered, this, [&](const QString &method) {
            if (method == u"DELETE"_s && !locked)
                locked = lock.exec(u"BEGIN IMMEDIATE"_s);
        });
        const int before = server.requestCount();
        const Finished finished = run(*client, journal, forceDelete(ids));
        QVERIFY(locked);
        QVERIFY2(finished.problem.contains(u"journal"_s), qPrintable(finished.problem));
        // One delete went out; the run stopped before the next.
        QCOMPARE(server.requestCount(), before + 1);
        QVERIFY(!server.dialogExists(ids.at(0)));
        QCOMPARE(finished.outcomes.at(0).result, Result::Deleted);
        for (int i = 1; i < ids.size(); ++i) {
            QVERIFY(server.dialogExists(ids.at(i)));
            QCOMPARE(finished.outcomes.at(i).result, Result::NotAttempted);
        }
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        lock = QSqlQuery();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"locker"_s);

        // What the journal could write errs on the side of doubt: the one sent is still "sent"
        // (reconcile will find it gone), and nothing else is marked sent.
        const QList<Journal::Item> items = journal.items(finished.runId);
        QCOMPARE(items.at(0).state, Journal::ItemState::Sent);
        for (int i = 1; i < items.size(); ++i)
            QCOMPARE(items.at(i).state, Journal::ItemState::Pending);
    }

    void aJournalOnAFullDiskStopsTheRunBeforeItSendsWhatItCannotRecord()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const QStringList ids = server.allDialogIds().mid(0, 60);
        QCOMPARE(ids.size(), 60);
        auto client = fixture.apiKeyClient();
        RequestLimits limits = client->limits();
        limits.maxInFlight = 1;
        client->setLimits(limits);
        const QString path = m_dir.filePath(u"full.sqlite"_s);
        Journal journal;
        QVERIFY(journal.open(path));

        // Once the first delete is answered, the journal's disk is full: its own connection to
        // the real file may not grow it by a page (SQLite's max_page_count), and every free
        // byte in it is taken. Whatever the journal writes next that needs room fails, as on a
        // full disk.
        QString connectionName;
        const QStringList names = QSqlDatabase::connectionNames();
        for (const QString &name : names) {
            if (QSqlDatabase::database(name, false).databaseName() == path)
                connectionName = name;
        }
        QVERIFY(!connectionName.isEmpty());
        bool full = false;
        connect(&server, &SandboxServer::requestAnswered, this, [&](const QString &method) {
            if (method != u"DELETE"_s || full)
                return;
            QSqlQuery query(QSqlDatabase::database(connectionName, false));
            // The filler's table first: making it takes a page.
            if (!query.exec(u"CREATE TABLE filler (b BLOB)"_s)
                || !query.exec(u"PRAGMA page_count"_s) || !query.next())
                return;
            const qint64 pages = query.value(0).toLongLong();
            if (!query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)))
                return;
            for (const int size : { 65536, 4096, 512, 64, 8, 1 }) {
                while (query.exec(u"INSERT INTO filler VALUES (zeroblob(%1))"_s.arg(size))) { }
            }
            full = query.lastError().text().contains(u"full"_s);
        });
        const Finished finished = run(*client, journal, forceDelete(ids));
        QVERIFY(full);
        QVERIFY2(finished.problem.contains(u"journal"_s) && finished.problem.contains(u"full"_s),
            qPrintable(finished.problem));

        // It stopped early, and no delete left without its id written ahead: the ids the
        // server got a delete for are exactly those the journal marked as sent.
        const int deletes = server.requestCount(u"DELETE"_s);
        QVERIFY(deletes >= 1);
        QVERIFY2(deletes < ids.size(), qPrintable(QString::number(deletes)));
        const QList<Journal::Item> items = journal.items(finished.runId);
        QCOMPARE(items.size(), ids.size());
        int markedSent = 0;
        for (int i = 0; i < ids.size(); ++i) {
            const bool gone = !server.dialogExists(ids.at(i));
            QCOMPARE(items.at(i).objectId, ids.at(i));
            QCOMPARE(items.at(i).sentAt.isValid(), gone);
            markedSent += gone ? 1 : 0;
            // Nothing is reported deleted that the server did not delete, and what was not sent
            // is not attempted.
            const Result result = finished.outcomes.at(i).result;
            if (gone)
                QVERIFY(result == Result::Deleted || result == Result::Unknown);
            else
                QCOMPARE(result, Result::NotAttempted);
        }
        QCOMPARE(markedSent, deletes);
    }

    void aProtectedOwnerThatCannotBeReadIsNotDeleted()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const QStringList ids = server.allDialogIds().mid(0, 1);
        auto client = fixture.apiKeyClient();
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(u"protected.sqlite"_s)));

        DeletionPlan plan = forceDelete(ids);
        plan.guard.setProtectedUsers({ 1 });
        // The dialog's read fails every time, read with the others and then on its own: its
        // owner cannot be checked.
        server.scriptFaults(u"GET"_s, everyReadFails());
        const Finished finished = run(*client, journal, plan);
        QCOMPARE(finished.outcomes.at(0).result, Result::NotAttempted);
        QVERIFY(finished.outcomes.at(0).blockedBecause.contains(u"protection"_s));
        QVERIFY(server.dialogExists(ids.at(0)));
        const Journal::Item blocked = journal.items(finished.runId).first();
        QCOMPARE(blocked.outcome, u"not_attempted"_s);
        QVERIFY(blocked.error.contains(u"protection"_s));
        QVERIFY(!journal.run(finished.runId)->protectionOverridden);

        // Overridden, it goes ahead, and the journal says that the override was what let it.
        plan.protectionOverridden = true;
        server.scriptFaults(u"GET"_s, everyReadFails());
        const Finished overridden = run(*client, journal, plan);
        QCOMPARE(overridden.outcomes.at(0).result, Result::Deleted);
        QVERIFY(!server.dialogExists(ids.at(0)));
        QVERIFY(journal.run(overridden.runId)->protectionOverridden);
        QVERIFY(journal.items(overridden.runId).first().protectionOverridden);
    }

    void anOverrideNoIdNeededIsNotRecorded()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const QString id = server.allDialogIds().first();
        const qint64 owner = server.dialogOwner(id).value_or(0);
        auto client = fixture.apiKeyClient();
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(u"unneeded.sqlite"_s)));

        // Someone else is protected; the owner of the dialog read is not.
        DeletionPlan plan = forceDelete({ id });
        plan.guard.setProtectedUsers({ owner + 1 });
        plan.protectionOverridden = true;
        const Finished finished = run(*client, journal, plan);
        QCOMPARE(finished.outcomes.at(0).result, Result::Deleted);
        QVERIFY(!journal.run(finished.runId)->protectionOverridden);
        QVERIFY(!journal.items(finished.runId).first().protectionOverridden);
    }

    void aDeleteIsNeverSentAgainBehindTheClientsBack()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const QStringList ids = server.allDialogIds().mid(0, 2);
        auto client = fixture.apiKeyClient();
        RequestLimits limits = client->limits();
        limits.maxInFlight = 1;
        client->setLimits(limits);

        // The connection a dialog was read on is kept alive; the server closes it just as the
        // delete arrives on it. Qt would send the delete again by itself, unseen. The client
        // is told not to retry, so that every delete the server gets is this one call.
        RetryPolicy noRetries = client->retryPolicy();
        noRetries.transientBackoffMs.clear();
        client->setRetryPolicy(noRetries);
        bool read = false;
        client->send(GetDialogEndpoint::build(ids.at(0), std::nullopt), this,
            [&read](const ApiReply &reply) { read = reply.isSuccess(); });
        QTRY_VERIFY(read);
        server.scriptFaults(u"DELETE"_s, { { Kind::CloseOnArrival, 0 } });
        std::optional<ApiReply> answer;
        client->send(DeleteDialogsEndpoint::build({ ids.at(0) }, true, std::nullopt), this,
            [&answer](const ApiReply &reply) { answer = reply; });
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(server.keptAliveConnectionsClosed(), 1);
        QCOMPARE(server.requestCount(u"DELETE"_s), 1);
        QCOMPARE(answer->attemptStatuses, QList<int> { 0 });
        QCOMPARE(answer->error.kind(), ApiError::Kind::Network);
        QVERIFY(!server.dialogExists(ids.at(0)));

        // Through a whole run, with the client's own retries: each delete the server got is an
        // attempt in the journal, and the lost one is ours, not "already gone".
        client->setRetryPolicy(RetryPolicy::immediateForTests());
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(u"kept-alive.sqlite"_s)));
        DeletionPlan plan = forceDelete({ ids.at(1) });
        plan.keepEvidence = true; // the dialog is read first, on the connection then reused
        server.scriptFaults(u"DELETE"_s, { { Kind::CloseOnArrival, 0 } });
        const Finished finished = run(*client, journal, plan);
        QCOMPARE(server.keptAliveConnectionsClosed(), 2);
        QCOMPARE(finished.outcomes.first().result, Result::Deleted);
        QCOMPARE(finished.outcomes.first().attempts, (QList<int> { 0, 404 }));
        QCOMPARE(server.requestCount(u"DELETE"_s), 1 + 2);
        QCOMPARE(journal.attempts(finished.runId).size(), 2);
        QVERIFY(!server.dialogExists(ids.at(1)));
    }

    void pauseAndResumeAreKeptInTheJournal()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const QStringList ids = server.allDialogIds().mid(0, 6);
        auto client = fixture.apiKeyClient();
        client->setLimits({ 1, 0 });
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(u"paused.sqlite"_s)));

        bool pausedOnce = false;
        const Finished finished = run(*client, journal, forceDelete(ids), [&](ModerationRun &run) {
            connect(&run, &ModerationRun::progressChanged, &run, [&](int settled, int) {
                if (settled < 2 || pausedOnce || !run.canPause())
                    return;
                pausedOnce = true;
                run.pause();
                QMetaObject::invokeMethod(&run, &ModerationRun::resume, Qt::QueuedConnection);
            });
        });
        QVERIFY(pausedOnce);
        QCOMPARE(finished.outcomes.size(), ids.size());
        for (const ItemOutcome &outcome : finished.outcomes)
            QCOMPARE(outcome.result, Result::Deleted);
        const QList<Journal::Event> events = journal.events(finished.runId);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).name, u"paused"_s);
        QCOMPARE(events.at(1).name, u"resumed"_s);
        QVERIFY2(events.at(0).detail.contains(u"of 6"_s), qPrintable(events.at(0).detail));
        QVERIFY(events.at(0).at.isValid());
        QVERIFY(events.at(0).at <= events.at(1).at);
        // And in the export, with the run.
        const QJsonArray exported
            = JournalExport::fullRunJson(journal, *journal.run(finished.runId))
                  .value(u"events"_s)
                  .toArray();
        QCOMPARE(exported.size(), 2);
        QCOMPARE(exported.at(0).toObject().value(u"name"_s).toString(), u"paused"_s);
    }

    // Answers wait for the next write-ahead; a cancel writes them at once, because a window
    // closed on a cancelled run does not wait for the run's end.
    void aCancelWritesTheAnswersAlreadyShown()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const QStringList ids = server.allDialogIds().mid(0, 6);
        auto client = fixture.apiKeyClient();
        client->setLimits({ 2, 0 }); // a request still in flight when the run is cancelled
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(u"cancelled.sqlite"_s)));

        ModerationRun run(client.get(), &journal, forceDelete(ids),
            Journal::Run::forConnection(client->connection(), u"faults"_s, u"00000000"_s));
        QStringList answered;
        bool cancelled = false;
        QList<Journal::Item> atCancel;
        connect(
            &run, &ModerationRun::outcomesSettled, &run, [&](const QList<ItemOutcome> &outcomes) {
                if (cancelled)
                    return; // the ids the cancel settles as not sent
                for (const ItemOutcome &outcome : outcomes)
                    answered.append(outcome.id);
                if (answered.size() < 2)
                    return;
                cancelled = true;
                run.cancel();
                atCancel = journal.items(run.journalRunId());
            });
        QSignalSpy finished(&run, &ModerationRun::finished);
        run.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(atCancel.size(), ids.size());
        for (const Journal::Item &item : std::as_const(atCancel)) {
            if (answered.contains(item.objectId))
                QCOMPARE(item.state, Journal::ItemState::Answered);
        }
        QVERIFY(!server.dialogExists(answered.first()));
    }

    void evidenceThatCannotBeSavedBlocksTheDelete()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const QStringList ids = server.allDialogIds().mid(0, 1);
        auto client = fixture.apiKeyClient();
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(u"evidence.sqlite"_s)));

        DeletionPlan plan = forceDelete(ids);
        plan.keepEvidence = true;
        server.scriptFaults(u"GET"_s, everyReadFails());
        const Finished finished = run(*client, journal, plan);
        QCOMPARE(finished.outcomes.at(0).result, Result::NotAttempted);
        QVERIFY(finished.outcomes.at(0).blockedBecause.contains(u"evidence"_s));
        QVERIFY(server.dialogExists(ids.at(0)));
        QVERIFY(journal.evidence(finished.runId).isEmpty());
        QCOMPARE(journal.items(finished.runId).first().outcome, u"not_attempted"_s);
    }
};

QTEST_GUILESS_MAIN(TestModerationRunFaults)
#include "TestModerationRunFaults.moc"

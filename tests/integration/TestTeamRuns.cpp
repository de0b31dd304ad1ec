// SPDX-License-Identifier: Apache-2.0

#include "AwaitReply.h"
#include "CtlRunner.h"
#include "ExitCode.h"
#include "SandboxFixture.h"
#include "TestStores.h"
#include "api/endpoints/DeleteDialogsEndpoint.h"
#include "moderation/Journal.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// Team mode end to end: two qbmodctl processes, two moderators, one team database (a real
// PostgreSQL) and the sandbox. Every id is sent once, and the journal names who deleted what.
class TestTeamRuns final : public QObject {
    Q_OBJECT

private:
    QString urlFor(const StoreLocation &store, const QString &user) const
    {
        StoreLocation as = TestStores::asModerator(store, user);
        return as.toUrl();
    }

    std::unique_ptr<QProcess> startCtl(const QStringList &arguments, const QString &password)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QT_LOGGING_RULES"_s);
        environment.insert(u"QBMOD_API_KEY"_s, m_fixture->server().apiKey());
        environment.insert(u"QBMOD_STORE_PASSWORD"_s, password);
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(QBMODCTL_PATH), arguments);
        return process;
    }

    // Runs statements as the database's owner, outside qbmod.
    bool asOwner(const StoreLocation &store, const QStringList &statements,
        QList<QList<QVariant>> *rows = nullptr)
    {
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"owner"_s);
            db.setHostName(store.host);
            db.setPort(store.port);
            db.setDatabaseName(store.database);
            db.setUserName(store.user);
            db.setPassword(TestStores::password(store));
            db.setConnectOptions(u"sslmode=disable"_s);
            ok = db.open();
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (!ok || !query.exec(statement)) {
                    qWarning() << statement << query.lastError().text();
                    ok = false;
                    break;
                }
                while (rows && query.next())
                    rows->append({ query.value(0), query.value(1) });
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"owner"_s);
        return ok;
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init()
    {
        if (const QString why = TestStores::unavailable(u"postgresql"_s); !why.isEmpty()) {
            if (!qEnvironmentVariableIsEmpty("CI") && qEnvironmentVariable("CI") != u"false"_s)
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->start());
    }

    void twoModeratorsDeleteOverlappingIdsOnce()
    {
        SandboxServer &server = m_fixture->server();
        const StoreLocation store = TestStores::fresh(u"postgresql"_s, m_dir, u"team"_s);
        {
            Journal owner; // the owner creates the tables once
            QVERIFY2(TestStores::open(owner, store), qPrintable(owner.errorString()));
        }
        const QStringList ids = server.allDialogIds().mid(0, 60);
        QCOMPARE(ids.size(), 60);
        const QStringList forAlice = ids.mid(0, 40);
        const QStringList forBob = ids.mid(20, 40);

        const auto arguments = [&](const QString &user, const QString &name) {
            return QStringList { u"dialogs"_s, u"delete"_s, u"--force"_s, u"--yes"_s, u"--json"_s,
                u"--no-evidence"_s, u"--batch-size"_s, u"5"_s, u"--reason"_s, u"spam wave"_s,
                u"--endpoint"_s, server.endpoint().toString(), u"--store"_s, urlFor(store, user),
                u"--moderator-name"_s, name };
        };
        const auto passwordOf = [&](const QString &user) {
            return TestStores::password(TestStores::asModerator(store, user));
        };
        auto alice
            = startCtl(arguments(u"alice"_s, u"Alice A."_s) + forAlice, passwordOf(u"alice"_s));
        auto bob = startCtl(arguments(u"bob"_s, u"Bob B."_s) + forBob, passwordOf(u"bob"_s));
        QSignalSpy aliceDone(alice.get(), &QProcess::finished);
        QSignalSpy bobDone(bob.get(), &QProcess::finished);
        QVERIFY(aliceDone.count() == 1 || aliceDone.wait(60000));
        QVERIFY(bobDone.count() == 1 || bobDone.wait(60000));
        const QByteArray aliceErr = alice->readAllStandardError();
        const QByteArray bobErr = bob->readAllStandardError();
        // Each finishes: done, or partly done when the other held some of its ids.
        QVERIFY2(alice->exitCode() == ExitSuccess || alice->exitCode() == ExitPartial,
            aliceErr.constData());
        QVERIFY2(
            bob->exitCode() == ExitSuccess || bob->exitCode() == ExitPartial, bobErr.constData());

        // The server saw every id once, and every one is gone.
        for (const QString &id : ids) {
            QCOMPARE(server.deleteRequestsFor(id), 1);
            QVERIFY(!server.dialogExists(id));
        }

        // The journal names who deleted what: between them, each id once.
        Journal journal;
        QVERIFY(TestStores::open(journal, store));
        const QList<Journal::Run> runs = journal.runs();
        QCOMPARE(runs.size(), 2);
        QSet<QString> deleted;
        for (const Journal::Run &run : runs) {
            const bool byAlice = run.moderatorName == u"Alice A."_s;
            QVERIFY(byAlice || run.moderatorName == u"Bob B."_s);
            QCOMPARE(run.apiKeyFingerprint, Journal::apiKeyFingerprint(server.apiKey()));
            const QList<Journal::Item> items = journal.items(run.id);
            for (const Journal::Item &item : items) {
                QVERIFY((byAlice ? forAlice : forBob).contains(item.objectId));
                if (item.outcome == u"deleted"_s) {
                    QVERIFY2(!deleted.contains(item.objectId), qPrintable(item.objectId));
                    deleted.insert(item.objectId);
                } else {
                    // Held by the other: never sent, and the journal says by whom.
                    QCOMPARE(item.outcome, u"not_attempted"_s);
                    QVERIFY(!item.sentAt.isValid());
                    QVERIFY2(item.error.contains(byAlice ? u"Bob B."_s : u"Alice A."_s),
                        qPrintable(item.error));
                }
            }
        }
        QCOMPARE(deleted.size(), ids.size());

        // The journal viewer of qbmodctl filters by moderator.
        CtlInvocation list;
        list.arguments = { u"journal"_s, u"list"_s, u"--json"_s, u"--store"_s,
            urlFor(store, u"bob"_s), u"--moderator"_s, u"Bob B."_s };
        list.environment.insert(u"QBMOD_STORE_PASSWORD"_s, passwordOf(u"bob"_s));
        const CtlRun listed = runCtl(list);
        QVERIFY2(listed.exitCode == ExitSuccess, qPrintable(listed.err));
        const QJsonArray bobsRuns = listed.json().value(u"runs"_s).toArray();
        QCOMPARE(bobsRuns.size(), 1);
        QCOMPARE(bobsRuns.first().toObject().value(u"moderator_name"_s).toString(), u"Bob B."_s);
    }

    void twoReconcilesOfOneInterruptedRunSettleEachIdOnce()
    {
        SandboxServer &server = m_fixture->server();
        const StoreLocation store = TestStores::fresh(u"postgresql"_s, m_dir, u"settle"_s);
        {
            Journal owner; // the owner creates the tables once
            QVERIFY2(TestStores::open(owner, store), qPrintable(owner.errorString()));
        }
        const QStringList ids = server.allDialogIds().mid(0, 30);
        QCOMPARE(ids.size(), 30);
        // The server carried out the first half before the answers were lost.
        const auto client = m_fixture->apiKeyClient();
        const auto reply
            = awaitReply(*client, DeleteDialogsEndpoint::build(ids.mid(0, 15), true, std::nullopt));
        QVERIFY(reply && reply->isSuccess());
        // Alice's run sent every id, and her process died before any answer.
        qint64 runId = 0;
        {
            Journal died;
            QVERIFY(TestStores::open(died, TestStores::asModerator(store, u"alice"_s)));
            Journal::Run run = Journal::Run::forConnection(m_fixture->apiKeySettings(), u"team"_s,
                Journal::apiKeyFingerprint(server.apiKey()));
            run.mode = RunMode::ForEveryone;
            run.target = RunTarget::Dialogs;
            run.reason = u"spam wave"_s;
            const auto begun = died.beginRun(run, ids);
            QVERIFY2(begun, qPrintable(died.errorString()));
            QVERIFY(died.markSent(*begun, ids));
            runId = *begun;
        }
        // Slow answers keep both reconciles' checks in flight together.
        server.setLatencyMs(100);

        // Alice and Bob reconcile it at the same moment, each from their own qbmodctl.
        const auto reconcile = [&](const QString &user) {
            return startCtl({ u"journal"_s, u"reconcile"_s, u"--json"_s, u"--endpoint"_s,
                                server.endpoint().toString(), u"--store"_s, urlFor(store, user) },
                TestStores::password(TestStores::asModerator(store, user)));
        };
        auto alice = reconcile(u"alice"_s);
        auto bob = reconcile(u"bob"_s);
        QSignalSpy aliceDone(alice.get(), &QProcess::finished);
        QSignalSpy bobDone(bob.get(), &QProcess::finished);
        QVERIFY(aliceDone.count() == 1 || aliceDone.wait(60000));
        QVERIFY(bobDone.count() == 1 || bobDone.wait(60000));
        QVERIFY2(alice->exitCode() == ExitSuccess, alice->readAllStandardError().constData());
        QVERIFY2(bob->exitCode() == ExitSuccess, bob->readAllStandardError().constData());

        // One settlement per id, whoever got there first, and it says what the server holds.
        QList<QList<QVariant>> rows;
        QVERIFY(asOwner(store,
            { u"SELECT object_id, COUNT(*) FROM settlements WHERE run_id = %1"
              " GROUP BY object_id"_s.arg(runId) },
            &rows));
        QCOMPARE(rows.size(), ids.size());
        for (const QList<QVariant> &row : std::as_const(rows))
            QCOMPARE(row.at(1).toInt(), 1);
        Journal journal;
        QVERIFY(TestStores::open(journal, store));
        const QList<Journal::Item> items = journal.items(runId);
        QCOMPARE(items.size(), ids.size());
        for (int i = 0; i < items.size(); ++i) {
            QCOMPARE(items.at(i).state, Journal::ItemState::Settled);
            QCOMPARE(items.at(i).outcome, i < 15 ? u"gone"_s : u"present"_s);
        }
        QCOMPARE(journal.run(runId)->status, u"interrupted"_s);
        QVERIFY(journal.runsNeedingReconcile().isEmpty());
    }

    void protectedUsersThatCannotBeReadRefuseToDelete()
    {
        SandboxServer &server = m_fixture->server();
        const StoreLocation store = TestStores::fresh(u"postgresql"_s, m_dir, u"unreadable"_s);
        {
            Journal owner;
            QVERIFY2(TestStores::open(owner, store), qPrintable(owner.errorString()));
        }
        // The journal opens, but the moderators may no longer read the protected users.
        QVERIFY(asOwner(store, { u"REVOKE SELECT ON protection_changes FROM qbmod_moderator"_s }));
        const QString id = server.allDialogIds().first();
        const int before = server.requestCount();
        for (const bool force : { true, false }) {
            CtlInvocation invocation;
            invocation.arguments = { u"dialogs"_s, u"delete"_s, u"--yes"_s, u"--reason"_s,
                u"spam"_s, u"--endpoint"_s, server.endpoint().toString(), u"--store"_s,
                urlFor(store, u"alice"_s), u"--override-protection"_s, id };
            if (force)
                invocation.arguments.prepend(u"--force"_s);
            invocation.environment.insert(u"QBMOD_API_KEY"_s, server.apiKey());
            invocation.environment.insert(u"QBMOD_STORE_PASSWORD"_s,
                TestStores::password(TestStores::asModerator(store, u"alice"_s)));
            const CtlRun run = runCtl(invocation);
            QCOMPARE(run.exitCode, int(ExitUsage));
            QVERIFY2(run.err.contains(u"protected users cannot be read"_s), qPrintable(run.err));
            QVERIFY2(run.err.contains(u"Nothing was sent"_s), qPrintable(run.err));
        }
        QCOMPARE(server.requestCount(), before);
        QVERIFY(server.dialogExists(id));
        Journal journal;
        QVERIFY(TestStores::open(journal, store));
        QVERIFY(journal.runs().isEmpty());
    }

    void oneModeratorIndexesAnotherSearchesTheTeamIndex()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 120;
        options.spamCampaigns = 2;
        m_fixture = std::make_unique<SandboxFixture>(options);
        QVERIFY(m_fixture->start());
        SandboxServer &server = m_fixture->server();
        const StoreLocation store = TestStores::fresh(u"postgresql"_s, m_dir, u"index"_s);
        const auto ctl = [&](const QString &user, const QStringList &arguments) {
            CtlInvocation invocation;
            invocation.arguments = arguments
                + QStringList { u"--json"_s, u"--endpoint"_s, server.endpoint().toString(),
                      u"--store"_s, urlFor(store, user) };
            invocation.environment.insert(u"QBMOD_API_KEY"_s, server.apiKey());
            invocation.environment.insert(u"QBMOD_STORE_PASSWORD"_s,
                TestStores::password(TestStores::asModerator(store, user)));
            return runCtl(invocation);
        };
        // A moderator cannot create the index's tables; the owner does, once.
        const CtlRun early = ctl(u"alice"_s, { u"index"_s, u"status"_s });
        QCOMPARE(early.exitCode, int(ExitUsage));
        QVERIFY2(early.err.contains(u"owner"_s), qPrintable(early.err));
        const CtlRun created = ctl(store.user, { u"index"_s, u"status"_s });
        QVERIFY2(created.exitCode == ExitSuccess, qPrintable(created.err));
        QCOMPARE(created.json().value(u"shared"_s).toBool(), true);

        const CtlRun update = ctl(u"alice"_s, { u"index"_s, u"update"_s });
        QVERIFY2(update.exitCode == ExitSuccess, qPrintable(update.err));

        // Bob, who never crawled, finds Alice's campaigns and searches what she indexed.
        const CtlRun campaigns = ctl(u"bob"_s, { u"campaigns"_s, u"--min-dialogs"_s, u"5"_s });
        QVERIFY2(campaigns.exitCode == ExitSuccess, qPrintable(campaigns.err));
        const QJsonArray found = campaigns.json().value(u"campaigns"_s).toArray();
        for (const SandboxCampaign &wave : server.campaigns()) {
            if (wave.dialogIds.size() < 5)
                continue;
            const auto match = std::find_if(found.cbegin(), found.cend(),
                [&wave](const QJsonValue &c) { return c[u"text"_s].toString() == wave.text; });
            QVERIFY2(match != found.cend(), qPrintable(wave.text));
        }
        const SandboxCampaign wave = server.campaigns().front();
        const CtlRun search = ctl(u"bob"_s, { u"search"_s, wave.text.section(u' ', -1) });
        QVERIFY2(search.exitCode == ExitSuccess, qPrintable(search.err));
        QCOMPARE(search.json().value(u"messages"_s).toArray().size(), wave.messageIds.size());

        // A selection Alice saves with qbmodctl is Bob's to list and count.
        const QString word = wave.text.section(u' ', -1);
        const CtlRun saved
            = ctl(u"alice"_s, { u"selections"_s, u"save"_s, u"wave"_s, u"--phrase"_s, word });
        QVERIFY2(saved.exitCode == ExitSuccess, qPrintable(saved.err));
        const CtlRun listed = ctl(u"bob"_s, { u"selections"_s, u"list"_s });
        QVERIFY2(listed.exitCode == ExitSuccess, qPrintable(listed.err));
        const QJsonArray selections = listed.json().value(u"selections"_s).toArray();
        QCOMPARE(selections.size(), 1);
        QCOMPARE(selections.first()[u"name"_s].toString(), u"wave"_s);
        QCOMPARE(selections.first()[u"message_count"_s].toInt(), int(wave.messageIds.size()));

        // Alice forgets the application's index: it is gone for Bob too.
        const CtlRun forget = ctl(u"alice"_s, { u"index"_s, u"forget"_s });
        QVERIFY2(forget.exitCode == ExitSuccess, qPrintable(forget.err));
        const CtlRun after = ctl(u"bob"_s, { u"index"_s, u"status"_s });
        QVERIFY2(after.exitCode == ExitSuccess, qPrintable(after.err));
        QCOMPARE(after.json().value(u"messages"_s).toInt(), 0);
    }

    void anUnreachableTeamDatabaseRefusesToDelete()
    {
        SandboxServer &server = m_fixture->server();
        const QString id = server.allDialogIds().first();
        const int before = server.requestCount();
        CtlInvocation invocation;
        // Port 1 on the loopback: nothing listens there.
        invocation.arguments = { u"dialogs"_s, u"delete"_s, u"--force"_s, u"--yes"_s, u"--reason"_s,
            u"spam"_s, u"--endpoint"_s, server.endpoint().toString(), u"--store"_s,
            u"postgres://alice@127.0.0.1:1/qbmod?sslmode=disable"_s, id };
        invocation.environment.insert(u"QBMOD_API_KEY"_s, server.apiKey());
        invocation.environment.insert(u"QBMOD_STORE_PASSWORD"_s, u"not-this-one"_s);
        const CtlRun run = runCtl(invocation);
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY2(run.err.contains(u"Cannot reach the team database"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Nothing was sent"_s), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"not-this-one"_s));
        QCOMPARE(server.requestCount(), before);
        QVERIFY(server.dialogExists(id));
    }

    void aRemoteTeamDatabaseNeedsVerifiedTls()
    {
        CtlInvocation invocation;
        invocation.arguments = { u"journal"_s, u"list"_s, u"--store"_s,
            u"postgres://alice@db.example.com/qbmod?sslmode=require"_s };
        const CtlRun run = runCtl(invocation);
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY2(run.err.contains(u"verify-full"_s), qPrintable(run.err));

        invocation.arguments = { u"journal"_s, u"list"_s, u"--store"_s,
            u"postgres://alice:secret@127.0.0.1/qbmod"_s };
        const CtlRun withPassword = runCtl(invocation);
        QCOMPARE(withPassword.exitCode, int(ExitUsage));
        QVERIFY2(
            withPassword.err.contains(u"QBMOD_STORE_PASSWORD"_s), qPrintable(withPassword.err));
        QVERIFY(!withPassword.err.contains(u"secret"_s));
    }
};

QTEST_GUILESS_MAIN(TestTeamRuns)
#include "TestTeamRuns.moc"

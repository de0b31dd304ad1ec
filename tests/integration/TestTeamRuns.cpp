// SPDX-License-Identifier: Apache-2.0

#include "AwaitJournal.h"
#include "AwaitReply.h"
#include "CtlRunner.h"
#include "ExitCode.h"
#include "SandboxFixture.h"
#include "TestStores.h"
#include "api/endpoints/DeleteDialogsEndpoint.h"
#include "console/ConsoleSession.h"
#include "moderation/Journal.h"
#include "moderation/OfflineJournal.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The team database behind a door the test opens and closes: a loopback port that passes every
// connection on to the real server while it listens, and refuses connections while it does not.
// It works in the test's event loop, so only other processes may connect through it.
class DatabaseDoor final : public QObject {
public:
    explicit DatabaseDoor(quint16 serverPort)
        : m_serverPort(serverPort)
    {
        connect(&m_listener, &QTcpServer::newConnection, this, &DatabaseDoor::passOn);
    }
    bool open(quint16 port = 0) { return m_listener.listen(QHostAddress::LocalHost, port); }
    void close() { m_listener.close(); }
    quint16 port() const { return m_listener.serverPort(); }

private:
    void passOn()
    {
        while (QTcpSocket *client = m_listener.nextPendingConnection()) {
            auto *server = new QTcpSocket(client);
            connect(client, &QTcpSocket::readyRead, server,
                [client, server] { server->write(client->readAll()); });
            connect(server, &QTcpSocket::readyRead, client,
                [client, server] { client->write(server->readAll()); });
            connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            server->connectToHost(QHostAddress::LocalHost, m_serverPort);
        }
    }

    QTcpServer m_listener;
    quint16 m_serverPort;
};

} // namespace

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

    std::unique_ptr<QProcess> startCtl(const QStringList &arguments, const QString &password,
        const QHash<QString, QString> &extra = {})
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QT_LOGGING_RULES"_s);
        environment.insert(u"QBMOD_API_KEY"_s, m_fixture->server().apiKey());
        environment.insert(u"QBMOD_STORE_PASSWORD"_s, password);
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            environment.insert(it.key(), it.value());
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(QBMODCTL_PATH), arguments);
        return process;
    }

    // A data folder of its own for a qbmodctl process (XDG_DATA_HOME), and the local journal's
    // path in it, beside which the offline journals are kept.
    QHash<QString, QString> dataHome(const QString &name) const
    {
        return { { u"XDG_DATA_HOME"_s, m_dir.filePath(name) } };
    }
    QString localJournalIn(const QString &name) const
    {
        return m_dir.filePath(name) + u"/qbmod/qbmod/journal.sqlite"_s;
    }

    static bool waitFor(QProcess &process)
    {
        QSignalSpy done(&process, &QProcess::finished);
        return process.state() == QProcess::NotRunning || done.wait(60000);
    }

    static Journal::Run offlineRun(int n)
    {
        Journal::Run run;
        run.moderatorName = u"Alice A."_s;
        run.reason = u"wave %1"_s.arg(n);
        run.startedAt = QDateTime(QDate(2026, 4, 1), QTime(8, n), QTimeZone::utc());
        return run;
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

    void anOfflineRunIsUploadedOnceWhenTheTeamIsBack()
    {
        SandboxServer &server = m_fixture->server();
        const StoreLocation store = TestStores::fresh(u"postgresql"_s, m_dir, u"offline"_s);
        {
            Journal owner;
            QVERIFY2(TestStores::open(owner, store), qPrintable(owner.errorString()));
        }
        const StoreLocation alice = TestStores::asModerator(store, u"alice"_s);
        const QString password = TestStores::password(alice);
        // The team's address, closed for now.
        DatabaseDoor door(static_cast<quint16>(alice.port));
        QVERIFY(door.open());
        StoreLocation behindDoor = alice;
        behindDoor.port = door.port();
        // Reached once from this computer: the team's protected users are kept for offline.
        {
            auto reach = startCtl({ u"journal"_s, u"upload"_s, u"--store"_s, behindDoor.toUrl() },
                password, dataHome(u"offline-data"_s));
            QVERIFY(waitFor(*reach));
            QVERIFY2(reach->exitCode() == ExitSuccess, reach->readAllStandardError());
        }
        door.close();

        const QStringList ids = server.allDialogIds().mid(0, 5);
        const QStringList arguments { u"dialogs"_s, u"delete"_s, u"--force"_s, u"--yes"_s,
            u"--json"_s, u"--no-evidence"_s, u"--reason"_s, u"spam on a train"_s, u"--endpoint"_s,
            server.endpoint().toString(), u"--store"_s, behindDoor.toUrl(), u"--moderator-name"_s,
            u"Alice A."_s };
        // By default the unreachable team refuses; working offline was chosen here.
        auto offline = startCtl(arguments + QStringList { u"--offline"_s } + ids, password,
            dataHome(u"offline-data"_s));
        QVERIFY(waitFor(*offline));
        const QString err = QString::fromUtf8(offline->readAllStandardError());
        QVERIFY2(offline->exitCode() == ExitSuccess, qPrintable(err));
        QVERIFY2(err.contains(u"Cannot reach the team database"_s), qPrintable(err));
        QVERIFY2(err.contains(u"a colleague may act on the same ids"_s), qPrintable(err));
        QVERIFY2(
            err.contains(u"Protected users as read from the team database at"_s), qPrintable(err));
        const QJsonObject report
            = QJsonDocument::fromJson(offline->readAllStandardOutput()).object();
        QVERIFY(report.value(u"offline"_s).toBool());
        for (const QString &id : ids) {
            QCOMPARE(server.deleteRequestsFor(id), 1);
            QVERIFY(!server.dialogExists(id));
        }
        const QString offlinePath
            = OfflineJournal::pathFor(behindDoor, localJournalIn(u"offline-data"_s));
        QCOMPARE(report.value(u"offline_journal"_s).toString(), offlinePath);
        // Private to its owner, like every journal.
        QCOMPARE(QFileInfo(offlinePath).permissions()
                & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
            QFile::Permissions());

        Journal team;
        QVERIFY(TestStores::open(team, store));
        QVERIFY(team.runs().isEmpty());

        // Back at the same address: the upload adds the run once.
        QVERIFY(door.open(static_cast<quint16>(behindDoor.port)));
        const QStringList upload { u"journal"_s, u"upload"_s, u"--json"_s, u"--store"_s,
            behindDoor.toUrl() };
        for (const int expected : { 1, 0 }) {
            auto uploading = startCtl(upload, password, dataHome(u"offline-data"_s));
            QVERIFY(waitFor(*uploading));
            QVERIFY2(uploading->exitCode() == ExitSuccess, uploading->readAllStandardError());
            const QJsonObject uploaded
                = QJsonDocument::fromJson(uploading->readAllStandardOutput()).object();
            QCOMPARE(uploaded.value(u"copied"_s).toInt(), expected);
            QCOMPARE(uploaded.value(u"already_there"_s).toInt(), 1 - expected);
        }

        // In the team, once: by Alice, made offline, at the time it was made.
        Journal local;
        QVERIFY(local.open(offlinePath));
        const Journal::Run made = local.runs().first();
        const QList<Journal::Run> runs = team.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().originKey, made.originKey);
        QCOMPARE(runs.first().origin, u"offline"_s);
        QCOMPARE(runs.first().moderatorName, u"Alice A."_s);
        QCOMPARE(runs.first().startedAt, made.startedAt);
        QCOMPARE(runs.first().finishedAt, made.finishedAt);
        QCOMPARE(runs.first().status, u"finished"_s);
        const QList<Journal::Item> items = team.items(runs.first().id);
        QCOMPARE(items.size(), ids.size());
        for (const Journal::Item &item : items)
            QCOMPARE(item.outcome, u"deleted"_s);

        // The journal viewer of qbmodctl says where it was made.
        CtlInvocation list;
        list.arguments = { u"journal"_s, u"list"_s, u"--store"_s, alice.toUrl() };
        list.environment.insert(u"QBMOD_STORE_PASSWORD"_s, password);
        const CtlRun listed = runCtl(list);
        QVERIFY2(listed.exitCode == ExitSuccess, qPrintable(listed.err));
        QVERIFY2(listed.out.contains(u"made offline"_s), qPrintable(listed.out));
    }

    void anUploadKilledHalfWayResumesWithoutLossOrDuplicates()
    {
        const StoreLocation store = TestStores::fresh(u"postgresql"_s, m_dir, u"killed"_s);
        {
            Journal owner;
            QVERIFY2(TestStores::open(owner, store), qPrintable(owner.errorString()));
        }
        const StoreLocation alice = TestStores::asModerator(store, u"alice"_s);
        const QString password = TestStores::password(alice);
        QSet<QString> keys;
        {
            // Six runs made offline, as qbmodctl or the console make them.
            Journal offline;
            offline.setOfflineFor(alice);
            QVERIFY(offline.open(OfflineJournal::pathFor(alice, localJournalIn(u"killed-data"_s))));
            for (int n = 0; n < 6; ++n) {
                const QStringList ids { u"dialog-%1-a"_s.arg(n), u"dialog-%1-b"_s.arg(n) };
                const auto runId = offline.beginRun(offlineRun(n), ids);
                QVERIFY(runId);
                QVERIFY(offline.markSent(*runId, ids));
                QVERIFY(offline.recordOutcomes(*runId,
                    { ItemOutcome { ids.at(0), ItemOutcome::Result::Deleted, {} },
                        ItemOutcome { ids.at(1), ItemOutcome::Result::AlreadyGone, {} } }));
                QVERIFY(offline.finishRun(*runId, false));
                keys.insert(offline.run(*runId)->originKey);
            }
        }
        const QStringList upload { u"journal"_s, u"upload"_s, u"--json"_s, u"--store"_s,
            alice.toUrl() };
        // Killed (SIGKILL, by itself) once two runs are committed.
        QHash<QString, QString> killAfterTwo = dataHome(u"killed-data"_s);
        killAfterTwo.insert(u"QBMOD_TEST_KILL_COPY_AFTER"_s, u"2"_s);
        auto killed = startCtl(upload, password, killAfterTwo);
        QVERIFY(waitFor(*killed));
        QCOMPARE(killed->exitStatus(), QProcess::CrashExit);
        Journal team;
        QVERIFY(TestStores::open(team, store));
        QCOMPARE(team.runs().size(), 2);

        // Started again: the rest, and nothing twice.
        auto resumed = startCtl(upload, password, dataHome(u"killed-data"_s));
        QVERIFY(waitFor(*resumed));
        QVERIFY2(resumed->exitCode() == ExitSuccess, resumed->readAllStandardError());
        const QJsonObject result
            = QJsonDocument::fromJson(resumed->readAllStandardOutput()).object();
        QCOMPARE(result.value(u"copied"_s).toInt(), 4);
        QCOMPARE(result.value(u"already_there"_s).toInt(), 2);
        const QList<Journal::Run> runs = team.runs();
        QCOMPARE(runs.size(), 6);
        QSet<QString> uploaded;
        for (const Journal::Run &run : runs) {
            QVERIFY2(!uploaded.contains(run.originKey), qPrintable(run.originKey));
            uploaded.insert(run.originKey);
            QCOMPARE(run.origin, u"offline"_s);
            QCOMPARE(run.moderatorName, u"Alice A."_s);
            QCOMPARE(run.itemCount, 2);
            const int n = run.reason.mid(5).toInt();
            QCOMPARE(run.startedAt, offlineRun(n).startedAt);
            QCOMPARE(team.attempts(run.id).size(), 0);
            const QList<Journal::Item> items = team.items(run.id);
            QCOMPARE(items.at(0).outcome, u"deleted"_s);
            QCOMPARE(items.at(1).outcome, u"not_found"_s);
        }
        QCOMPARE(uploaded, keys);
    }

    void aLocalJournalMovesToTheTeamAndBack()
    {
        const StoreLocation store = TestStores::fresh(u"postgresql"_s, m_dir, u"moved"_s);
        {
            Journal owner;
            QVERIFY2(TestStores::open(owner, store), qPrintable(owner.errorString()));
        }
        const StoreLocation alice = TestStores::asModerator(store, u"alice"_s);
        const QString password = TestStores::password(alice);
        const QString localPath = m_dir.filePath(u"moved-local.sqlite"_s);
        QStringList keys;
        {
            Journal local;
            QVERIFY(local.open(localPath));
            for (int n = 0; n < 3; ++n) {
                Journal::Run run = offlineRun(n);
                if (n == 2)
                    run.moderatorName = u"Bob B."_s;
                const auto runId = local.beginRun(run, { u"dialog-%1"_s.arg(n) });
                QVERIFY(runId);
                QVERIFY(local.addEvidence(*runId, u"dialog-%1"_s.arg(n), {}, {}, u"gone"_s));
                QVERIFY(local.finishRun(*runId, false));
                keys.append(local.run(*runId)->originKey);
            }
        }
        const auto ctl = [&](const QStringList &arguments) {
            CtlInvocation invocation;
            invocation.arguments = arguments;
            invocation.environment.insert(u"QBMOD_STORE_PASSWORD"_s, password);
            return runCtl(invocation);
        };
        // Moved, then moved again as after an interruption: each run once.
        for (const int expected : { 3, 0 }) {
            const CtlRun moved = ctl({ u"journal"_s, u"move-to-team"_s, u"--json"_s, u"--store"_s,
                alice.toUrl(), u"--journal"_s, localPath });
            QVERIFY2(moved.exitCode == ExitSuccess, qPrintable(moved.err));
            QCOMPARE(moved.json().value(u"copied"_s).toInt(), expected);
            QCOMPARE(moved.json().value(u"already_there"_s).toInt(), 3 - expected);
        }
        Journal team;
        QVERIFY(TestStores::open(team, store));
        QCOMPARE(team.runs().size(), 3);
        for (const Journal::Run &run : team.runs())
            QCOMPARE(run.origin, u"local"_s);

        // Exported back: Bob's first, then the rest, into a file qbmodctl reads.
        const QString exportPath = m_dir.filePath(u"moved-back.sqlite"_s);
        const CtlRun bobs = ctl({ u"journal"_s, u"export-local"_s, u"--json"_s, u"--store"_s,
            alice.toUrl(), u"--to"_s, exportPath, u"--moderator"_s, u"Bob B."_s });
        QVERIFY2(bobs.exitCode == ExitSuccess, qPrintable(bobs.err));
        QCOMPARE(bobs.json().value(u"copied"_s).toInt(), 1);
        const CtlRun all = ctl({ u"journal"_s, u"export-local"_s, u"--json"_s, u"--store"_s,
            alice.toUrl(), u"--to"_s, exportPath });
        QVERIFY2(all.exitCode == ExitSuccess, qPrintable(all.err));
        QCOMPARE(all.json().value(u"copied"_s).toInt(), 2);
        QCOMPARE(all.json().value(u"already_there"_s).toInt(), 1);
        const CtlRun listed
            = ctl({ u"journal"_s, u"list"_s, u"--json"_s, u"--journal"_s, exportPath });
        QVERIFY2(listed.exitCode == ExitSuccess, qPrintable(listed.err));
        QStringList exported;
        for (const QJsonValue &run : listed.json().value(u"runs"_s).toArray()) {
            exported.append(run.toObject().value(u"origin_key"_s).toString());
            QCOMPARE(run.toObject().value(u"origin"_s).toString(), u"local"_s);
        }
        exported.sort();
        keys.sort();
        QCOMPARE(exported, keys);
        Journal back;
        QVERIFY(back.open(exportPath));
        for (const Journal::Run &run : back.runs())
            QCOMPARE(back.evidence(run.id).size(), 1);

        // Where a moderator's own runs cannot come back: the copy needs a team database.
        const CtlRun noTeam = ctl({ u"journal"_s, u"export-local"_s, u"--to"_s, exportPath });
        QCOMPARE(noTeam.exitCode, int(ExitUsage));
    }

    void offlineRunsAreGuardedByTheTeamsProtectedUsersAsLastRead()
    {
        SandboxServer &server = m_fixture->server();
        const StoreLocation store = TestStores::fresh(u"postgresql"_s, m_dir, u"offguard"_s);
        const StoreLocation alice = TestStores::asModerator(store, u"alice"_s);
        const QString password = TestStores::password(alice);
        const QString id = server.allDialogIds().last();
        const qint64 owner = server.dialogOwner(id).value_or(0);
        QVERIFY(owner > 0);
        {
            Journal owning;
            QVERIFY2(TestStores::open(owning, store), qPrintable(owning.errorString()));
            Journal moderator;
            QVERIFY2(TestStores::open(moderator, alice), qPrintable(moderator.errorString()));
            QCOMPARE(moderator.changeProtection({ owner }, {}, u"Alice A."_s, u"staff"_s),
                std::optional<int>(1));
        }
        DatabaseDoor door(static_cast<quint16>(alice.port));
        QVERIFY(door.open());
        StoreLocation behindDoor = alice;
        behindDoor.port = door.port();
        const QStringList offlineDelete { u"dialogs"_s, u"delete"_s, u"--force"_s, u"--yes"_s,
            u"--no-evidence"_s, u"--reason"_s, u"spam"_s, u"--endpoint"_s,
            server.endpoint().toString(), u"--store"_s, behindDoor.toUrl(), u"--offline"_s, id };

        // Never reached from this computer: offline refuses.
        door.close();
        auto never = startCtl(offlineDelete, password, dataHome(u"never-data"_s));
        QVERIFY(waitFor(*never));
        const QString neverErr = QString::fromUtf8(never->readAllStandardError());
        QCOMPARE(never->exitCode(), int(ExitUsage));
        QVERIFY2(neverErr.contains(u"have never been read"_s), qPrintable(neverErr));
        QVERIFY2(neverErr.contains(u"Nothing was sent"_s), qPrintable(neverErr));

        // Reached once (the upload reads the list), then offline: the copy protects the owner.
        QVERIFY(door.open(static_cast<quint16>(behindDoor.port)));
        auto reach = startCtl({ u"journal"_s, u"upload"_s, u"--store"_s, behindDoor.toUrl() },
            password, dataHome(u"guard-data"_s));
        QVERIFY(waitFor(*reach));
        QVERIFY2(reach->exitCode() == ExitSuccess, reach->readAllStandardError());
        door.close();
        Journal copy;
        QVERIFY(copy.open(OfflineJournal::pathFor(behindDoor, localJournalIn(u"guard-data"_s))));
        QVERIFY(copy.protectionCopyReadAt());
        auto offline = startCtl(offlineDelete, password, dataHome(u"guard-data"_s));
        QVERIFY(waitFor(*offline));
        const QString err = QString::fromUtf8(offline->readAllStandardError());
        const QString out = QString::fromUtf8(offline->readAllStandardOutput());
        // Refused item by item, as when the team database answers.
        QCOMPARE(offline->exitCode(), int(ExitPartial));
        QVERIFY2(
            err.contains(u"Protected users as read from the team database at"_s), qPrintable(err));
        QVERIFY2((err + out).contains(u"owned by protected user %1"_s.arg(owner)),
            qPrintable(err + out));
        QCOMPARE(server.deleteRequestsFor(id), 0);
        QVERIFY(server.dialogExists(id));
    }

    void theConsoleWorksOfflineOnlyWhenAskedAndUploadsOnReconnect()
    {
        const StoreLocation store = TestStores::fresh(u"postgresql"_s, m_dir, u"console"_s);
        {
            Journal owner;
            QVERIFY2(TestStores::open(owner, store), qPrintable(owner.errorString()));
        }
        Profile profile = Profile::create(u"team"_s);
        profile.settings = m_fixture->apiKeySettings();
        profile.store = TestStores::asModerator(store, u"alice"_s);
        Credentials credentials = m_fixture->apiKeyCredentials();
        // The database turns this moderator away: it cannot be used, as when it is unreachable.
        credentials.storePassword = u"not-the-password"_s;
        ConsoleSession session(nullptr);
        session.setJournalPath(m_dir.filePath(u"console-data/journal.sqlite"_s));
        session.connectTo(profile, credentials);
        QVERIFY(!awaitJournal(session));
        QVERIFY2(session.journalError().contains(u"Cannot reach the team database"_s),
            qPrintable(session.journalError()));
        QVERIFY(!session.basePlan().offline);

        session.setWorkOffline(true);
        Journal *offline = awaitJournal(session);
        QVERIFY(offline);
        QVERIFY(session.isOffline());
        QVERIFY(session.basePlan().offline);
        // Never reached from this computer: no copy of the team's protected users to go by.
        QVERIFY(session.basePlan().guard.protectedUsersUnknown());
        QVERIFY(QFileInfo(offline->path()).fileName().startsWith(u"offline-"_s));
        const auto runId = offline->beginRun(session.journalContext(), { u"dialog-1"_s });
        QVERIFY(runId);
        QVERIFY(offline->finishRun(*runId, false));
        const Journal::Run made = *offline->run(*runId);
        QCOMPARE(made.origin, u"offline"_s);
        QCOMPARE(made.moderatorName, u"alice"_s);

        // The profile opened again with the database's password: the run goes up first.
        credentials.storePassword = TestStores::password(profile.store);
        session.connectTo(profile, credentials);
        Journal *team = awaitJournal(session);
        QVERIFY2(team, qPrintable(session.journalError()));
        QVERIFY(!session.isOffline());
        QVERIFY2(session.uploadResult().ok(), qPrintable(session.uploadResult().error));
        QCOMPARE(session.uploadResult().copied, 1);
        const QList<Journal::Run> runs = team->runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().originKey, made.originKey);
        QCOMPARE(runs.first().origin, u"offline"_s);
    }

    void theStoreUrlSetsHowLongReachingMayTake()
    {
        QString error;
        const auto usual
            = StoreLocation::fromUrl(u"postgres://alice@127.0.0.1/qbmod?sslmode=disable"_s, &error);
        QVERIFY2(usual, qPrintable(error));
        QCOMPARE(usual->connectTimeoutSeconds, 10);
        QVERIFY(!usual->toUrl().contains(u"connect_timeout"_s));
        const auto patient = StoreLocation::fromUrl(
            u"postgres://alice@127.0.0.1/qbmod?sslmode=disable&connect_timeout=30"_s, &error);
        QVERIFY2(patient, qPrintable(error));
        QCOMPARE(patient->connectTimeoutSeconds, 30);
        const auto again = StoreLocation::fromUrl(patient->toUrl(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->connectTimeoutSeconds, 30);
        // libpq takes less than 2 seconds as 2; a limit it would not keep is refused.
        for (const QString &bad : { u"1"_s, u"0"_s, u"3601"_s, u"soon"_s }) {
            error.clear();
            QVERIFY(!StoreLocation::fromUrl(
                u"postgres://alice@127.0.0.1/qbmod?connect_timeout=%1"_s.arg(bad), &error));
            QVERIFY2(error.contains(u"connect_timeout=%1"_s.arg(bad)), qPrintable(error));
        }
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

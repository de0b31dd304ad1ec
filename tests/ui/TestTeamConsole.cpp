// SPDX-License-Identifier: Apache-2.0

#include "AwaitChild.h"
#include "ConsoleOnSandbox.h"
#include "ConsoleParts.h"
#include "DeleteConfirmationDialog.h"
#include "ExitCode.h"
#include "MainWindow.h"
#include "ModerationSettingsDialog.h"
#include "RecordingPrompter.h"
#include "SandboxFixture.h"
#include "SweepPage.h"
#include "TestStores.h"
#include "moderation/Journal.h"
#include "moderation/OfflineJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

// The console on a profile whose journal is a team database, with the real widgets against the
// sandbox: an unreachable database is said and nothing is deleted; a user protected in one
// moderator's console is spared by another moderator's qbmodctl (a real process), through the
// team database (the real PostgreSQL scripts/test starts).
class TestTeamConsole final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ConsoleOnSandbox> m_console;
    std::unique_ptr<RecordingPrompter> m_prompter;
    // A sandbox profile keeps its Sweep index on this computer; others in the team database.
    Profile::Environment m_environment = Profile::Environment::Sandbox;

    MainWindow *window() const { return m_console->window(); }
    QTableView *table() const { return Parts::dialogTable(window()); }
    const QTemporaryDir &home() const { return m_console->home(); }

    // The window connected to the sandbox with an API key, its journal in store; when
    // waitForJournal, once the team database has been reached (or has not answered).
    // beforeConnecting runs once the window is shown.
    bool connectTo(const StoreLocation &store, const QString &storePassword,
        bool waitForJournal = true, const std::function<void()> &beforeConnecting = {})
    {
        if (!m_console->createWindow())
            return false;
        if (beforeConnecting)
            beforeConnecting();
        return m_console->connectTeam(store, storePassword, m_environment, waitForJournal);
    }

    // Runs journaled offline for team, as the console or qbmodctl makes them; their origin keys.
    QSet<QString> makeOfflineRuns(const StoreLocation &team, int count)
    {
        Journal offline;
        offline.setOfflineFor(team);
        if (!offline.open(OfflineJournal::pathFor(team, m_console->journalPath())))
            return {};
        const Journal::Run context = Journal::Run::forConnection(
            m_console->fixture().apiKeySettings(), u"Team"_s, QString());
        QSet<QString> keys;
        for (int i = 0; i < count; ++i) {
            const auto runId = offline.beginRun(context, { u"dialog-%1"_s.arg(i) });
            if (!runId || !offline.finishRun(*runId, false))
                return {};
            keys.insert(offline.run(*runId)->originKey);
        }
        return keys;
    }

    static QSet<QString> originKeys(const StoreLocation &store)
    {
        Journal journal;
        QSet<QString> keys;
        if (!TestStores::open(journal, store))
            return { u"(cannot open)"_s };
        for (const Journal::Run &run : journal.runs())
            keys.insert(run.originKey);
        return keys;
    }

    void selectId(const QString &id)
    {
        table()->clearSelection();
        const int sourceRow = Parts::dialogModel(window())->rowOf(id);
        QVERIFY2(sourceRow >= 0, qPrintable(id));
        const QModelIndex index = Parts::filterModel(window())->mapFromSource(
            Parts::dialogModel(window())->index(sourceRow, 0));
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier,
            table()->visualRect(index).center());
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
    }

    // Shift+Del on the table: refused before any confirmation, with the prompter's warnings-th
    // warning, whose words the caller reads.
    void pressForceDeleteAndExpectRefusal(int warnings)
    {
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Delete, Qt::ShiftModifier);
        QTRY_COMPARE(m_prompter->warnings.size(), warnings);
        QVERIFY(!window()->findChild<DeleteConfirmationDialog *>());
        QVERIFY(!Parts::currentRun(window()));
    }

    ModerationSettingsDialog *openSettings() { return ::openSettings(window()); }

    // A real qbmodctl process, as a colleague on another computer runs it.
    struct Ctl {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Ctl runCtlProcess(const QStringList &arguments, const QString &storePassword)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QT_LOGGING_RULES"_s);
        environment.insert(u"QBMOD_API_KEY"_s, m_console->server().apiKey());
        environment.insert(u"QBMOD_STORE_PASSWORD"_s, storePassword);
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(QBMODCTL_PATH), arguments);
        Ctl result;
        // The sandbox answers from this process's event loop, which the wait keeps turning.
        if (!finished.wait(60000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_environment = Profile::Environment::Sandbox;
        m_console = std::make_unique<ConsoleOnSandbox>();
        QVERIFY(m_console->startSandbox());
        m_prompter = std::make_unique<RecordingPrompter>();
        Prompter::setCurrent(m_prompter.get());
    }

    void cleanup()
    {
        m_console.reset();
        Prompter::setCurrent(nullptr);
    }

    void anUnreachableTeamDatabaseIsSaidAndNothingIsDeleted()
    {
        // Port 1 on the loopback: nothing listens there.
        StoreLocation nowhere;
        nowhere.kind = StoreLocation::Kind::TeamDatabase;
        nowhere.host = u"127.0.0.1"_s;
        nowhere.port = 1;
        nowhere.database = u"qbmod"_s;
        nowhere.user = u"alice"_s;
        nowhere.tlsMode = u"disable"_s;
        QVERIFY(connectTo(nowhere, u"not-this-one"_s));
        // Said as soon as the profile is connected; the dialogs can still be browsed.
        QTRY_COMPARE(m_prompter->warnings.size(), 1);
        QVERIFY2(m_prompter->warnings.first().startsWith(u"Journal unavailable: "_s),
            qPrintable(m_prompter->warnings.first()));
        QVERIFY2(m_prompter->warnings.first().contains(u"Cannot reach the team database"_s),
            qPrintable(m_prompter->warnings.first()));
        QVERIFY(!m_prompter->warnings.first().contains(u"not-this-one"_s));

        SandboxServer &server = m_console->server();
        const QString id = server.allDialogIds().first();
        selectId(id);
        QVERIFY(Parts::forceDeleteAction(window())->isEnabled());
        // Refused before any confirmation, with the same words.
        pressForceDeleteAndExpectRefusal(2);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(m_prompter->warnings.last().contains(u"nothing can be deleted"_s),
            qPrintable(m_prompter->warnings.last()));
        QVERIFY2(m_prompter->warnings.last().contains(u"Cannot reach the team database"_s),
            qPrintable(m_prompter->warnings.last()));
        QCOMPARE(server.requestCount(u"DELETE"_s), 0);
        QVERIFY(server.dialogExists(id));
        // Nothing fell back to this computer's journal.
        QVERIFY(!QFile::exists(m_console->journalPath()));
    }

    void aTeamDatabaseThatNeverAnswersLeavesTheWindowAnsweringAndCanBeCancelled()
    {
        // A host that takes the connection and then says nothing, as a stuck server or a
        // firewall that swallows packets does. Its connections are closed with it.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        StoreLocation mute;
        mute.kind = StoreLocation::Kind::TeamDatabase;
        mute.host = u"127.0.0.1"_s;
        mute.port = silent.serverPort();
        mute.database = u"qbmod"_s;
        mute.user = u"alice"_s;
        mute.tlsMode = u"disable"_s;
        mute.connectTimeoutSeconds = 3600; // never given up on while this test runs
        // Not the sandbox: the Sweep index is the team's too, and must not be waited for either.
        m_environment = Profile::Environment::Staging;
        QVERIFY(connectTo(mute, u"secret"_s, false));
        QVERIFY(!window()->sweepPage()->index());
        // The window thread keeps turning while the database is being reached.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(1);
        QTRY_VERIFY(silent.hasPendingConnections());
        QTRY_VERIFY(ticks >= 3);
        ConsoleSession *session = Parts::session(window());
        QVERIFY(session->isOpeningJournal());
        QVERIFY(Parts::teamJournalBar(window())->isVisible());
        QVERIFY2(Parts::teamJournalText(window())->text().startsWith(
                     u"Connecting to the team database alice@127.0.0.1"_s),
            qPrintable(Parts::teamJournalText(window())->text()));
        QVERIFY(Parts::cancelTeamJournal(window())->isVisible());

        // Meanwhile nothing destructive starts: refused with a clear reason.
        SandboxServer &server = m_console->server();
        const QString id = server.allDialogIds().first();
        selectId(id);
        pressForceDeleteAndExpectRefusal(1);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(m_prompter->warnings.first().startsWith(u"Journal not ready: "_s),
            qPrintable(m_prompter->warnings.first()));

        // Cancel ends it at once, though the host still holds the connection.
        QTest::mouseClick(Parts::cancelTeamJournal(window()), Qt::LeftButton);
        QVERIFY(!session->isOpeningJournal());
        QVERIFY(!session->journal());
        QVERIFY2(
            session->journalError().contains(u"cancelled"_s), qPrintable(session->journalError()));
        QVERIFY(Parts::teamJournalBar(window())->isVisible());
        QVERIFY2(Parts::teamJournalText(window())->text().contains(u"nothing can be deleted"_s),
            qPrintable(Parts::teamJournalText(window())->text()));
        QVERIFY(Parts::retryTeamJournal(window())->isVisible());
        QVERIFY(!Parts::cancelTeamJournal(window())->isVisible());
        const int ticksAtCancel = ticks;
        QTRY_VERIFY(ticks > ticksAtCancel);
        // Still refused after the cancel, and said why; nothing fell back to this computer.
        pressForceDeleteAndExpectRefusal(2);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(m_prompter->warnings.last().contains(u"nothing can be deleted"_s),
            qPrintable(m_prompter->warnings.last()));
        QVERIFY2(m_prompter->warnings.last().contains(u"cancelled"_s),
            qPrintable(m_prompter->warnings.last()));
        QCOMPARE(server.requestCount(u"DELETE"_s), 0);
        QVERIFY(server.dialogExists(id));
        QVERIFY(!QFile::exists(m_console->journalPath()));
    }

    void anUploadOfOfflineRunsCancelledPartWayUploadsTheRestNextTime()
    {
        if (const QString why = TestStores::unavailable(u"postgresql"_s); !why.isEmpty()) {
            if (!qEnvironmentVariableIsEmpty("CI") && qEnvironmentVariable("CI") != u"false"_s)
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        const StoreLocation owned = TestStores::fresh(u"postgresql"_s, home(), u"upload"_s);
        {
            Journal owner;
            QVERIFY2(TestStores::open(owner, owned), qPrintable(owner.errorString()));
        }
        const StoreLocation alice = TestStores::asModerator(owned, u"alice"_s);
        const QSet<QString> made = makeOfflineRuns(alice, 12);
        QCOMPARE(made.size(), 12);

        // The moderator cancels as the third run is said to be up.
        QList<int> seen;
        bool cancelled = false;
        QVERIFY(connectTo(alice, TestStores::password(alice), true, [this, &seen, &cancelled] {
            connect(Parts::session(window()), &ConsoleSession::journalUploadProgress, this,
                [this, &seen, &cancelled](int done, int total) {
                    seen.append(done);
                    QCOMPARE(total, 12);
                    QCOMPARE(Parts::teamJournalText(window())->text(),
                        u"Uploading offline runs: %1 of 12"_s.arg(done));
                    QVERIFY(Parts::teamJournalBar(window())->isVisible());
                    if (done == 3 && !cancelled) { // the first upload only
                        cancelled = true;
                        QTest::mouseClick(Parts::cancelTeamJournal(window()), Qt::LeftButton);
                    }
                });
        }));
        ConsoleSession *session = Parts::session(window());
        QCOMPARE(seen, (QList<int> { 0, 1, 2, 3 }));
        // The team's journal is open, without the runs not uploaded, and the console says so.
        QVERIFY(session->journal());
        QVERIFY(!session->isOffline());
        QVERIFY(session->openingCancelled());
        QCOMPARE(session->uploadResult().copied, 3);
        QCOMPARE(session->offlineRunsWaiting(), 9);
        QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(u'\n')));
        const QSet<QString> firstUp = originKeys(owned);
        QCOMPARE(firstUp.size(), 3);
        QVERIFY(made.contains(firstUp));
        QVERIFY(Parts::teamJournalBar(window())->isVisible());
        const QString said = Parts::teamJournalText(window())->text();
        // (Plurals as the translations word them; the untranslated text says "run(s)".)
        QVERIFY2(said.startsWith(u"Upload cancelled: 3 run"_s), qPrintable(said));
        QVERIFY2(said.contains(u" 9 run"_s), qPrintable(said));
        QVERIFY2(said.contains(u"wait on this computer"_s), qPrintable(said));

        // The next time the team is reached, the rest goes up; nothing twice.
        seen.clear();
        QSignalSpy ready(session, &ConsoleSession::journalReady);
        QTest::mouseClick(Parts::retryTeamJournal(window()), Qt::LeftButton);
        QVERIFY(session->isOpeningJournal());
        QVERIFY(ready.wait(30000));
        QVERIFY(!session->openingCancelled());
        QVERIFY2(session->uploadResult().ok(), qPrintable(session->uploadResult().error));
        QCOMPARE(session->uploadResult().copied, 9);
        QCOMPARE(session->uploadResult().alreadyThere, 3);
        QCOMPARE(session->offlineRunsWaiting(), 0);
        QCOMPARE(seen.size(), 13);
        QCOMPARE(originKeys(owned), made);
        QCOMPARE(session->journal()->runs().size(), 12);
        QVERIFY(!Parts::teamJournalBar(window())->isVisible());
    }

    void aUserProtectedInOneConsoleIsSparedByAnotherModeratorsQbmodctl()
    {
        if (const QString why = TestStores::unavailable(u"postgresql"_s); !why.isEmpty()) {
            if (!qEnvironmentVariableIsEmpty("CI") && qEnvironmentVariable("CI") != u"false"_s)
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        const StoreLocation owned = TestStores::fresh(u"postgresql"_s, home(), u"protect"_s);
        {
            Journal owner; // the owner creates the tables once
            QVERIFY2(TestStores::open(owner, owned), qPrintable(owner.errorString()));
        }
        const StoreLocation alice = TestStores::asModerator(owned, u"alice"_s);
        const StoreLocation bob = TestStores::asModerator(owned, u"bob"_s);
        QVERIFY(connectTo(alice, TestStores::password(alice)));
        QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(u'\n')));

        SandboxServer &server = m_console->server();
        const QString id = server.allDialogIds().first();
        const qint64 owner = server.dialogOwner(id).value_or(0);
        QVERIFY(owner > 0);

        // Alice protects the owner in her console's settings, for the whole team.
        ModerationSettingsDialog *settings = openSettings();
        QVERIFY(settings);
        QVERIFY(settings->protectionSourceLabel()->isVisible());
        QVERIFY2(settings->protectionSourceLabel()->text().contains(alice.displayName()),
            qPrintable(settings->protectionSourceLabel()->text()));
        QCOMPARE(settings->protectedUsersEdit()->text(), QString());
        QTest::keyClicks(settings->protectedUsersEdit(), QString::number(owner));
        QTest::keyClicks(settings->protectionNoteEdit(), u"staff account"_s);
        QTest::mouseClick(settings->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!window()->findChild<ModerationSettingsDialog *>());
        QVERIFY2(m_prompter->warnings.isEmpty(), qPrintable(m_prompter->warnings.join(u'\n')));
        // This computer's own list is left as it was.
        QVERIFY(ModerationSettings::load(*m_console->settings()).protectedUsers.isEmpty());

        // Bob, elsewhere, lists the team's protected users: who protected them and why.
        const QStringList store { u"--store"_s, bob.toUrl() };
        const QString bobPassword = TestStores::password(bob);
        const Ctl listed = runCtlProcess(
            QStringList { u"protected"_s, u"list"_s, u"--json"_s } + store, bobPassword);
        QVERIFY2(listed.exitCode == ExitSuccess, qPrintable(listed.err));
        const QJsonArray users = QJsonDocument::fromJson(listed.out.toUtf8())
                                     .object()
                                     .value(u"protected_users"_s)
                                     .toArray();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().toObject().value(u"user_id"_s).toInteger(), owner);
        QCOMPARE(users.first().toObject().value(u"by"_s).toString(), u"alice"_s);
        QCOMPARE(users.first().toObject().value(u"note"_s).toString(), u"staff account"_s);

        // Bob's qbmodctl refuses to delete the protected user's dialog for everyone.
        const QStringList deletion { u"dialogs"_s, u"delete"_s, u"--force"_s, u"--yes"_s,
            u"--json"_s, u"--no-evidence"_s, u"--reason"_s, u"spam wave"_s, u"--endpoint"_s,
            server.endpoint().toString() };
        const Ctl refused = runCtlProcess(deletion + store + QStringList { id }, bobPassword);
        QVERIFY2(refused.exitCode == ExitPartial, qPrintable(refused.err + refused.out));
        const QJsonObject report = QJsonDocument::fromJson(refused.out.toUtf8()).object();
        QCOMPARE(report.value(u"deleted"_s).toArray().size(), 0);
        const QJsonObject failed = report.value(u"failed"_s).toArray().first().toObject();
        QCOMPARE(failed.value(u"id"_s).toString(), id);
        QCOMPARE(failed.value(u"result"_s).toString(), u"not_attempted"_s);
        QVERIFY2(failed.value(u"error"_s)
                     .toString()
                     .contains(u"owned by protected user %1"_s.arg(owner)),
            qPrintable(failed.value(u"error"_s).toString()));
        QCOMPARE(server.deleteRequestsFor(id), 0);
        QVERIFY(server.dialogExists(id));

        // Bob lifts the protection, which is recorded; then his delete goes through.
        const Ctl lifted
            = runCtlProcess(QStringList { u"protected"_s, u"remove"_s, QString::number(owner),
                                u"--reason"_s, u"left the staff"_s }
                    + store,
                bobPassword);
        QVERIFY2(lifted.exitCode == ExitSuccess, qPrintable(lifted.err));
        const Ctl deleted = runCtlProcess(deletion + store + QStringList { id }, bobPassword);
        QVERIFY2(deleted.exitCode == ExitSuccess, qPrintable(deleted.err + deleted.out));
        QCOMPARE(server.deleteRequestsFor(id), 1);
        QVERIFY(!server.dialogExists(id));

        // Alice's console reads the team's list again: nobody is protected now.
        settings = openSettings();
        QVERIFY(settings);
        QCOMPARE(settings->protectedUsersEdit()->text(), QString());
        settings->reject();
        // Both changes stay on record.
        Journal record;
        QVERIFY(TestStores::open(record, owned));
        const auto protectedNow = record.protectedUsers();
        QVERIFY(protectedNow && protectedNow->isEmpty());
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"raw"_s);
        const auto removeRaw = qScopeGuard([] { QSqlDatabase::removeDatabase(u"raw"_s); });
        db.setHostName(owned.host);
        db.setPort(owned.port);
        db.setDatabaseName(owned.database);
        db.setUserName(owned.user);
        db.setPassword(TestStores::password(owned));
        QVERIFY(db.open());
        QSqlQuery history(db);
        QVERIFY(history.exec(u"SELECT change, changed_by, note FROM protection_changes"
                             " ORDER BY id"_s));
        QVERIFY(history.next());
        QCOMPARE(history.value(0).toString(), u"protected"_s);
        QCOMPARE(history.value(1).toString(), u"alice"_s);
        QVERIFY(history.next());
        QCOMPARE(history.value(0).toString(), u"unprotected"_s);
        QCOMPARE(history.value(1).toString(), u"bob"_s);
        QCOMPARE(history.value(2).toString(), u"left the staff"_s);
        QVERIFY(!history.next());
        history = QSqlQuery();
        db.close();
        db = {};
    }
};

QTEST_MAIN(TestTeamConsole)
#include "TestTeamConsole.moc"

// SPDX-License-Identifier: Apache-2.0

#include "AwaitJournal.h"
#include "ConnectionDialog.h"
#include "CtlRunner.h"
#include "ExitCode.h"
#include "RecordingPrompter.h"
#include "SandboxFixture.h"
#include "SweepPage.h"
#include "TestStores.h"
#include "auth/FallbackSecretStore.h"
#include "auth/KeychainSecretStore.h"
#include "auth/ProfileStore.h"
#include "console/ConsoleSession.h"
#include "index/SweepIndex.h"
#include "index/SweepSearch.h"
#include "moderation/Journal.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

// A profile whose journal is kept in a team database, set through the real profiles dialog: the
// host, port, database, user and TLS mode go to the settings, the database password only to the
// real keychain (gnome-keyring in scripts/test's private D-Bus session). qbmodctl --profile then
// reaches the real team database (the PostgreSQL scripts/test starts) with that password.
class TestTeamStoreProfile final : public QObject {
    Q_OBJECT

private:
    static constexpr int keychainTimeoutMs = 20000;

    struct KeychainRead {
        std::optional<QString> value;
        SecretStore::Status status = SecretStore::Status::Error;
    };

    // The keychain's answer for the profile's team database password, waited for with a bound;
    // none when it did not answer, which the caller checks first.
    [[nodiscard]] std::optional<KeychainRead> keychainPassword(const QString &profileId)
    {
        auto answer = std::make_shared<std::optional<KeychainRead>>();
        m_keychain->read(profileId, SecretKind::StorePassword, this,
            [answer](
                const std::optional<QString> &value, SecretStore::Status status, const QString &) {
                *answer = KeychainRead { value, status };
            });
        if (!QTest::qWaitFor([answer] { return answer->has_value(); }, keychainTimeoutMs))
            return std::nullopt;
        return *answer;
    }

    CtlRun journalList(const QString &profile, QSettings *settings,
        const QProcessEnvironment &environment = QProcessEnvironment())
    {
        CtlInvocation invocation;
        invocation.arguments = { u"journal"_s, u"list"_s, u"--json"_s, u"--profile"_s, profile };
        invocation.environment = environment;
        invocation.timeoutMs = 60000;
        invocation.configure = [this, settings](CtlApplication &application) {
            application.setProfileSources(settings, m_keychain.get());
        };
        return runCtl(invocation);
    }

    std::unique_ptr<KeychainSecretStore> m_keychain;
    QStringList m_profileIds;

private Q_SLOTS:
    void initTestCase()
    {
        const bool ci
            = !qEnvironmentVariableIsEmpty("CI") && qEnvironmentVariable("CI") != u"false"_s;
        QString why;
        if (!QProcessEnvironment::systemEnvironment().contains(u"DBUS_SESSION_BUS_ADDRESS"_s))
            why = u"no D-Bus session bus, so no keychain: run through scripts/test"_s;
        else
            why = TestStores::unavailable(u"postgresql"_s);
        if (!why.isEmpty()) {
            if (ci)
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        m_keychain = std::make_unique<KeychainSecretStore>(u"qbmod-tests"_s);
    }

    void cleanupTestCase()
    {
        if (!m_keychain)
            return;
        for (const QString &profileId : std::as_const(m_profileIds)) {
            bool removed = false;
            m_keychain->removeAll(profileId, this,
                [&removed](SecretStore::Status, const QString &) { removed = true; });
            QTRY_VERIFY_WITH_TIMEOUT(removed, keychainTimeoutMs);
        }
    }

    void aTeamDatabaseIsSetInTheDialogAndUsedByQbmodctl()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        QTemporaryDir home;
        const StoreLocation owned = TestStores::fresh(u"postgresql"_s, home, u"profile"_s);
        {
            // The owner creates the tables; a colleague's run is already in the journal.
            Journal owner;
            QVERIFY2(TestStores::open(owner, owned), qPrintable(owner.errorString()));
            Journal::Run run;
            run.mode = RunMode::ForEveryone;
            run.target = RunTarget::Dialogs;
            run.reason = u"a colleague's spam wave"_s;
            run.moderatorName = u"Bob"_s;
            const auto runId = owner.beginRun(run, { u"0123456789abcdef01234567"_s });
            QVERIFY2(runId, qPrintable(owner.errorString()));
            QVERIFY(owner.finishRun(*runId, true));
        }
        const StoreLocation alice = TestStores::asModerator(owned, u"alice"_s);
        const QString password = TestStores::password(alice);
        QVERIFY(!password.isEmpty());

        const QString path = home.filePath(u"qbmod.ini"_s);
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore profiles(&settings);
        FallbackSecretStore secrets(m_keychain.get());
        RecordingPrompter prompter;
        Prompter::setCurrent(&prompter);
        const auto restore = qScopeGuard([] { Prompter::setCurrent(nullptr); });
        ConnectionDialog dialog(&profiles, &secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), u"Team staging"_s);
        dialog.endpointEdit()->clear();
        QTest::keyClicks(dialog.endpointEdit(), sandbox.apiKeySettings().endpoint.toString());
        dialog.apiKeyMode()->setFocus();
        QTest::keyClick(dialog.apiKeyMode(), Qt::Key_Space);
        QTest::keyClicks(dialog.apiKeyEdit(), sandbox.apiKeyCredentials().apiKey);
        QVERIFY(!dialog.teamStoreFields()->isVisible());
        QCOMPARE(dialog.storeKindBox()->currentText(), u"This computer"_s);
        dialog.storeKindBox()->setFocus();
        QTest::keyClick(dialog.storeKindBox(), Qt::Key_Down);
        QCOMPARE(dialog.storeKindBox()->currentText(), u"A team database"_s);
        QVERIFY(dialog.teamStoreFields()->isVisible());
        QTest::keyClicks(dialog.storeHostEdit(), alice.host);
        dialog.storePortBox()->clear();
        QTest::keyClicks(dialog.storePortBox(), QString::number(alice.port));
        QTest::keyClicks(dialog.storeDatabaseEdit(), alice.database);
        QTest::keyClicks(dialog.storeUserEdit(), alice.user);
        // The throwaway server listens on the loopback without TLS: the last, least careful mode.
        QCOMPARE(dialog.storeTlsModeBox()->currentData().toString(), u"verify-full"_s);
        dialog.storeTlsModeBox()->setFocus();
        QTest::keyClick(dialog.storeTlsModeBox(), Qt::Key_End);
        QCOMPARE(dialog.storeTlsModeBox()->currentData().toString(), u"disable"_s);
        QTest::keyClicks(dialog.storePasswordEdit(), password);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.statusLabel()->text(), u"Saved."_s, keychainTimeoutMs);

        const std::optional<Profile> profile = profiles.profileByName(u"Team staging"_s);
        QVERIFY(profile);
        m_profileIds.append(profile->id);
        QVERIFY(profile->store == alice);
        // The password is in the keychain, and nowhere in the settings.
        settings.sync();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("team-database"));
        QVERIFY(content.contains(alice.database.toUtf8()));
        QVERIFY(!content.contains(password.toUtf8()));
        const std::optional<KeychainRead> stored = keychainPassword(profile->id);
        QVERIFY2(stored, "the keychain did not answer the read of the team database password");
        QCOMPARE(stored->status, SecretStore::Status::Ok);
        QCOMPARE(stored->value, std::optional<QString>(password));

        // qbmodctl --profile reads the team journal with the keychain's password.
        const CtlRun listed = journalList(u"Team staging"_s, &settings);
        QVERIFY2(listed.exitCode == int(ExitSuccess), qPrintable(listed.err));
        QVERIFY2(listed.out.contains(u"a colleague's spam wave"_s), qPrintable(listed.out));
        QVERIFY(!listed.out.contains(password) && !listed.err.contains(password));
        // A delete through the profile is journaled in the team database, by its user.
        CtlInvocation deletion;
        const QString dialogId = sandbox.server().allDialogIds().first();
        deletion.arguments = { u"dialogs"_s, u"delete"_s, u"--force"_s, u"--yes"_s, u"--reason"_s,
            u"team profile run"_s, u"--json"_s, u"--profile"_s, u"Team staging"_s, dialogId };
        deletion.timeoutMs = 60000;
        deletion.configure = [this, &settings](CtlApplication &application) {
            application.setProfileSources(&settings, m_keychain.get());
        };
        const CtlRun deleted = runCtl(deletion);
        QVERIFY2(deleted.exitCode == int(ExitSuccess), qPrintable(deleted.err));
        {
            Journal owner;
            QVERIFY(TestStores::open(owner, owned));
            const QList<Journal::Run> runs = owner.runs();
            QCOMPARE(runs.size(), 2);
            const auto byAlice = std::find_if(runs.cbegin(), runs.cend(),
                [](const Journal::Run &run) { return run.reason == u"team profile run"_s; });
            QVERIFY(byAlice != runs.cend());
            QCOMPARE(byAlice->moderatorName, u"alice"_s);
            QCOMPARE(owner.items(byAlice->id).first().objectId, dialogId);
        }
        // QBMOD_STORE_PASSWORD overrides the keychain; a wrong one reaches nothing.
        QProcessEnvironment wrong;
        wrong.insert(u"QBMOD_STORE_PASSWORD"_s, u"not the password"_s);
        const CtlRun refused = journalList(u"Team staging"_s, &settings, wrong);
        QVERIFY(refused.exitCode != int(ExitSuccess));
        QVERIFY2(refused.err.contains(u"team database"_s), qPrintable(refused.err));

        // The console connects with the password from the keychain, and its journal is the
        // team's.
        QVERIFY(dialog.storePasswordEdit()->text().isEmpty());
        QSignalSpy connectRequested(&dialog, &ConnectionDialog::connectRequested);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QVERIFY2(
            connectRequested.wait(keychainTimeoutMs), qPrintable(dialog.statusLabel()->text()));
        const auto connected = connectRequested.first().at(0).value<Profile>();
        const auto credentials = connectRequested.first().at(1).value<Credentials>();
        QCOMPARE(credentials.storePassword, password);
        ConsoleSession session(&settings);
        session.setJournalPath(home.filePath(u"local.sqlite"_s));
        session.connectTo(connected, credentials);
        Journal *journal = awaitJournal(session);
        QVERIFY2(journal, qPrintable(session.journalError()));
        QCOMPARE(journal->runs().size(), 2);
        QVERIFY(!QFile::exists(home.filePath(u"local.sqlite"_s)));
        // Its Sweep page opens the application's index in the team database too (its tables
        // made once by the owner): a selection saved there is the team's.
        const QString fingerprint = Journal::apiKeyFingerprint(credentials.apiKey);
        SweepIndex ownerIndex;
        QVERIFY2(ownerIndex.open(owned, SweepIndex::keyFor(connected.settings, fingerprint),
                     TestStores::password(owned)),
            qPrintable(ownerIndex.errorString()));
        SweepPage page;
        page.setConnection(session.client(), connected, fingerprint, credentials.storePassword);
        QVERIFY(page.index());
        QVERIFY(page.index()->isShared());
        QCOMPARE(page.index()->location(), connected.store);
        QCOMPARE(page.index()->application(), ownerIndex.application());
        SweepSelection empty;
        empty.name = u"Empty groups, for the team"_s;
        empty.kind = SweepSelection::Kind::EmptyGroups;
        QVERIFY(SweepSearch(*page.index()).saveSelection(empty));
        QCOMPARE(SweepSearch(ownerIndex).selections().size(), 1);
        page.releaseClient();
        // With a wrong password the console has no journal, so nothing destructive can run.
        Credentials wrongPassword = credentials;
        wrongPassword.storePassword = u"not the password"_s;
        session.connectTo(connected, wrongPassword);
        QVERIFY(!awaitJournal(session));
        QVERIFY2(session.journalError().contains(u"team database"_s),
            qPrintable(session.journalError()));
        dialog.show();

        // Back on this computer, the profile keeps no team database password.
        dialog.storeKindBox()->setFocus();
        QTest::keyClick(dialog.storeKindBox(), Qt::Key_Home);
        QVERIFY(!dialog.teamStoreFields()->isVisible());
        dialog.statusLabel()->clear();
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.statusLabel()->text(), u"Saved."_s, keychainTimeoutMs);
        QVERIFY(!profiles.profile(profile->id)->store.isTeam());
        const auto passwordGone = [this, id = profile->id] {
            const std::optional<KeychainRead> answer = keychainPassword(id);
            return answer && answer->status == SecretStore::Status::NotFound;
        };
        QTRY_VERIFY_WITH_TIMEOUT(passwordGone(), keychainTimeoutMs);
    }

    void aTeamProfileWithoutItsPasswordRunsNothing()
    {
        QTemporaryDir home;
        QSettings settings(home.filePath(u"qbmod.ini"_s), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        Profile profile = Profile::create(u"No password"_s);
        profile.settings.authMode = AuthMode::ApiKey;
        profile.store.kind = StoreLocation::Kind::TeamDatabase;
        profile.store.host = u"127.0.0.1"_s;
        profile.store.database = u"qbmod"_s;
        profile.store.user = u"alice"_s;
        profile.store.tlsMode = u"disable"_s;
        const auto error = profiles.save(profile);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        const CtlRun run = journalList(u"No password"_s, &settings);
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY2(run.err.contains(u"password is not in the keychain"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void aRemoteTeamDatabaseWithoutVerifiedTlsIsRefused()
    {
        QTemporaryDir home;
        QSettings settings(home.filePath(u"qbmod.ini"_s), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        Profile profile = Profile::create(u"Remote"_s);
        profile.settings.authMode = AuthMode::ApiKey;
        profile.store.kind = StoreLocation::Kind::TeamDatabase;
        profile.store.host = u"db.example.org"_s;
        profile.store.database = u"qbmod"_s;
        profile.store.user = u"alice"_s;
        profile.store.tlsMode = u"require"_s;
        const auto error = profiles.save(profile);
        QVERIFY(error);
        QVERIFY2(error->contains(u"verify-full"_s), qPrintable(*error));
        QVERIFY(!profiles.profileByName(u"Remote"_s));
    }
};

QTEST_MAIN(TestTeamStoreProfile)
#include "TestTeamStoreProfile.moc"

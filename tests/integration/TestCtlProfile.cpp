// SPDX-License-Identifier: Apache-2.0

#include "CtlApplication.h"
#include "CtlRunner.h"
#include "ExitCode.h"
#include "SandboxFixture.h"
#include "auth/KeychainSecretStore.h"
#include "auth/MemorySecretStore.h"
#include "auth/ProfileStore.h"

#include <QBuffer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// qbmodctl --profile NAME: the connection from a saved profile, its secrets from the real
// keychain (gnome-keyring in the private D-Bus session of scripts/test), overrides from options
// and the environment, and clear exit codes when the profile or the keychain is missing.
class TestCtlProfile final : public QObject {
    Q_OBJECT

private:
    using Run = CtlRun;

    static constexpr int keychainTimeoutMs = 20000;
    static constexpr const char *noKeychain
        = "No D-Bus session bus, so no Secret Service keychain: run through scripts/test, "
          "which starts gnome-keyring in a private D-Bus session.";

    Run ctl(const QStringList &arguments, SecretStore *secrets,
        const QProcessEnvironment &environment = QProcessEnvironment())
    {
        CtlInvocation invocation;
        invocation.arguments = arguments;
        invocation.environment = environment;
        invocation.timeoutMs = 60000;
        invocation.configure = [this, secrets](CtlApplication &application) {
            application.setProfileSources(m_settings.get(), secrets);
        };
        return runCtl(invocation);
    }

    // True once the store said the secret was written.
    [[nodiscard]] bool writeSecret(
        SecretStore &store, const QString &profileId, SecretKind kind, const QString &value)
    {
        auto status = std::make_shared<std::optional<SecretStore::Status>>();
        store.write(profileId, kind, value, this,
            [status](SecretStore::Status answer, const QString &) { *status = answer; });
        return QTest::qWaitFor([status] { return status->has_value(); }, keychainTimeoutMs)
            && **status == SecretStore::Status::Ok;
    }

    Profile saveProfile(const QString &name, const ConnectionSettings &settings)
    {
        Profile profile = Profile::create(name);
        profile.environment = Profile::Environment::Sandbox;
        profile.settings = settings;
        ProfileStore store(m_settings.get());
        const std::optional<QString> error = store.save(profile);
        if (error)
            qWarning("profile not saved: %s", qPrintable(*error));
        m_profileIds.append(profile.id);
        return profile;
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    QStringList m_profileIds;

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->start());
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        if (!QProcessEnvironment::systemEnvironment().contains(u"DBUS_SESSION_BUS_ADDRESS"_s))
            return;
#endif
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

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings
            = std::make_unique<QSettings>(m_dir->filePath(u"qbmod.ini"_s), QSettings::IniFormat);
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void anApiKeyProfileListsDialogs()
    {
        if (!m_keychain)
            QSKIP(noKeychain);
        const Profile profile = saveProfile(u"Sandbox key"_s, m_fixture->apiKeySettings());
        QVERIFY(writeSecret(
            *m_keychain, profile.id, SecretKind::ApiKey, m_fixture->apiKeyCredentials().apiKey));

        const Run run = ctl(
            { u"dialogs"_s, u"list"_s, u"--json"_s, u"--all"_s, u"--profile"_s, u"sandbox KEY"_s },
            m_keychain.get());
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QCOMPARE(run.json().value(u"items"_s).toArray().size(),
            m_fixture->server().allDialogIds().size());
        QVERIFY(!run.out.contains(m_fixture->apiKeyCredentials().apiKey));
        QVERIFY(!run.err.contains(m_fixture->apiKeyCredentials().apiKey));
    }

    void aSessionProfileListsTheOperatorsDialogs()
    {
        if (!m_keychain)
            QSKIP(noKeychain);
        const Credentials credentials = m_fixture->sessionCredentials(0);
        const Profile profile = saveProfile(u"Sandbox login"_s, m_fixture->sessionSettings(0));
        QVERIFY(
            writeSecret(*m_keychain, profile.id, SecretKind::AuthSecret, credentials.authSecret));
        QVERIFY(writeSecret(*m_keychain, profile.id, SecretKind::Password, credentials.password));

        const Run run = ctl({ u"--profile"_s, u"Sandbox login"_s, u"dialogs"_s, u"list"_s,
                                u"--json"_s, u"--all"_s },
            m_keychain.get());
        QCOMPARE(run.exitCode, int(ExitSuccess));
        const qint64 operatorId = m_fixture->operatorAt(0).userId;
        QCOMPARE(run.json().value(u"items"_s).toArray().size(),
            m_fixture->server().dialogIdsVisibleTo(operatorId).size());
        QVERIFY(!run.err.contains(credentials.password));
    }

    void optionsAndTheEnvironmentOverrideTheProfile()
    {
        if (!m_keychain)
            QSKIP(noKeychain);
        // Saved with a dead endpoint and a wrong key: only the overrides can make this work.
        ConnectionSettings stale = m_fixture->apiKeySettings();
        stale.endpoint = QUrl(u"http://127.0.0.1:9"_s);
        const Profile profile = saveProfile(u"Stale"_s, stale);
        QVERIFY(writeSecret(*m_keychain, profile.id, SecretKind::ApiKey, u"revoked-key"_s));
        QProcessEnvironment environment;
        environment.insert(u"QBMOD_API_KEY"_s, m_fixture->apiKeyCredentials().apiKey);

        const Run run
            = ctl({ u"dialogs"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"3"_s, u"--profile"_s,
                      u"Stale"_s, u"--endpoint"_s, m_fixture->server().endpoint().toString() },
                m_keychain.get(), environment);
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QCOMPARE(run.json().value(u"items"_s).toArray().size(), 3);
    }

    void anUnknownProfileIsAUsageErrorNamingIt()
    {
        MemorySecretStore secrets;
        saveProfile(u"Known"_s, m_fixture->apiKeySettings());
        const Run run = ctl({ u"dialogs"_s, u"list"_s, u"--profile"_s, u"Unknown"_s }, &secrets);
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY2(run.err.contains(u"\"Unknown\""_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Known"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void aMissingSecretIsAUsageErrorNamingSecretAndProfile()
    {
        MemorySecretStore secrets;
        const Profile profile = saveProfile(u"Half saved"_s, m_fixture->sessionSettings(0));
        QVERIFY(writeSecret(
            secrets, profile.id, SecretKind::AuthSecret, m_fixture->server().authSecret()));
        const Run run = ctl({ u"dialogs"_s, u"list"_s, u"--profile"_s, u"Half saved"_s }, &secrets);
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY2(
            run.err.contains(SecretStore::displayName(SecretKind::Password)), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Half saved"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"QBMOD_PASSWORD"_s), qPrintable(run.err));
    }

    void anUnavailableKeychainExitsThreeAndPointsToTheEnvironment()
    {
        MemorySecretStore secrets;
        secrets.failWith(SecretStore::Status::Unavailable, u"no keychain on this machine"_s);
        saveProfile(u"Somewhere"_s, m_fixture->apiKeySettings());
        const Run run = ctl({ u"dialogs"_s, u"list"_s, u"--profile"_s, u"Somewhere"_s }, &secrets);
        QCOMPARE(run.exitCode, int(ExitAuthFailed));
        QVERIFY2(run.err.contains(u"keychain is unavailable"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"QBMOD_API_KEY"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"no keychain on this machine"_s), qPrintable(run.err));
    }

    void theEnvironmentAloneNeedsNoKeychain()
    {
        MemorySecretStore secrets;
        secrets.failWith(SecretStore::Status::Unavailable);
        saveProfile(u"From environment"_s, m_fixture->apiKeySettings());
        QProcessEnvironment environment;
        environment.insert(u"QBMOD_API_KEY"_s, m_fixture->apiKeyCredentials().apiKey);
        const Run run = ctl({ u"dialogs"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"2"_s,
                                u"--profile"_s, u"From environment"_s },
            &secrets, environment);
        QCOMPARE(run.exitCode, int(ExitSuccess));
    }

    // The real program, its default settings location and the real keychain library, without
    // a D-Bus session: the keychain cannot be reached, and qbmodctl says so with exit code 3.
    void theProgramWithoutAKeychainExitsThree()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString config = home.filePath(u".config"_s);
        QVERIFY(QDir().mkpath(config));
        {
            // Where ProfileStore::openDefaultSettings() reads on Linux for this HOME.
            QSettings settings(config + u"/qbmod/qbmod.conf"_s, QSettings::IniFormat);
            ProfileStore store(&settings);
            Profile profile = Profile::create(u"Default place"_s);
            profile.settings = m_fixture->apiKeySettings();
            QCOMPARE(store.save(profile), std::nullopt);
        }
#if !defined(Q_OS_UNIX) || defined(Q_OS_DARWIN)
        QSKIP("Only Linux reaches its keychain through D-Bus, which this test takes away.");
#endif
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.remove(u"QBMOD_API_KEY"_s);
        environment.insert(u"HOME"_s, home.path());
        environment.insert(u"XDG_CONFIG_HOME"_s, config);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(QBMODCTL_PATH),
            { u"dialogs"_s, u"list"_s, u"--profile"_s, u"Default place"_s });
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), int(ExitAuthFailed));
        QVERIFY2(err.contains(u"keychain is unavailable"_s), qPrintable(err));

        process.start(QStringLiteral(QBMODCTL_PATH),
            { u"dialogs"_s, u"list"_s, u"--profile"_s, u"Not saved"_s });
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), int(ExitUsage));
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"Default place"_s));
    }
};

QTEST_GUILESS_MAIN(TestCtlProfile)
#include "TestCtlProfile.moc"

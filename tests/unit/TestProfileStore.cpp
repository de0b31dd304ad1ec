// SPDX-License-Identifier: Apache-2.0

#include "auth/CredentialsLoader.h"
#include "auth/MemorySecretStore.h"
#include "auth/ProfileStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Profiles in an ini file in a temporary directory: round trips, validation, the last profile,
// removal, and proof that no secret ever reaches the settings.
class TestProfileStore final : public QObject {
    Q_OBJECT

private:
    static Profile sessionProfile(const QString &name)
    {
        Profile profile = Profile::create(name);
        profile.environment = Profile::Environment::Staging;
        profile.settings.endpoint = QUrl(u"https://apicustom.example.com:8443/api/"_s);
        profile.settings.authMode = AuthMode::Session;
        profile.settings.applicationId = 76730;
        profile.settings.authKey = u"wJHd4cQSxpQGWx5"_s;
        profile.settings.login = u"moderator"_s;
        return profile;
    }

    static Profile apiKeyProfile(const QString &name)
    {
        Profile profile = Profile::create(name);
        profile.environment = Profile::Environment::Sandbox;
        profile.settings.endpoint = QUrl(u"http://127.0.0.1:8080"_s);
        profile.settings.authMode = AuthMode::ApiKey;
        return profile;
    }

    static void compareProfiles(const Profile &actual, const Profile &expected)
    {
        QCOMPARE(actual.id, expected.id);
        QCOMPARE(actual.name, expected.name);
        QCOMPARE(actual.environment, expected.environment);
        QCOMPARE(actual.settings.endpoint, expected.settings.endpoint);
        QCOMPARE(actual.settings.authMode, expected.settings.authMode);
        QCOMPARE(actual.settings.applicationId, expected.settings.applicationId);
        QCOMPARE(actual.settings.authKey, expected.settings.authKey);
        QCOMPARE(actual.settings.login, expected.settings.login);
        QCOMPARE(actual.rateLimit, expected.rateLimit);
    }

    QString settingsPath() const { return m_dir->filePath(u"qbmod.ini"_s); }

    // Every byte written under the temporary directory, which holds the settings file and
    // anything else that might have been written beside it.
    QByteArray everythingWritten() const
    {
        m_settings->sync();
        QByteArray bytes;
        QDirIterator files(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

    // True once the store said the secret was written.
    [[nodiscard]] bool writeSecret(
        SecretStore &store, const QString &profileId, SecretKind kind, const QString &value)
    {
        auto status = std::make_shared<std::optional<SecretStore::Status>>();
        store.write(profileId, kind, value, this,
            [status](SecretStore::Status answer, const QString &) { *status = answer; });
        return QTest::qWaitFor([status] { return status->has_value(); }, 5000)
            && **status == SecretStore::Status::Ok;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
        m_store = std::make_unique<ProfileStore>(m_settings.get());
    }

    void cleanup()
    {
        m_store.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void aNewStoreHasNoProfiles()
    {
        QVERIFY(m_store->profiles().isEmpty());
        QVERIFY(m_store->lastProfileId().isEmpty());
    }

    void aSavedProfileReadsBackIntact_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::newRow("session login at a dedicated instance, staging")
            << sessionProfile(u"Staging chat"_s);
        QTest::newRow("API key at a local sandbox") << apiKeyProfile(u"Sandbox"_s);
        Profile production = sessionProfile(u"Production – Ünïcode name"_s);
        production.environment = Profile::Environment::Production;
        production.settings.endpoint = QUrl(u"https://api.quickblox.com"_s);
        QTest::newRow("production with a non-ASCII name") << production;
        Profile paced = apiKeyProfile(u"Paced"_s);
        paced.rateLimit = 80;
        QTest::newRow("a plan's rate limit") << paced;
    }

    void aSavedProfileReadsBackIntact()
    {
        QFETCH(Profile, profile);
        QCOMPARE(m_store->save(profile), std::nullopt);

        const std::optional<Profile> byId = m_store->profile(profile.id);
        QVERIFY(byId);
        compareProfiles(*byId, profile);

        // A second store on the same file, as qbmodctl would open after the console saved.
        QSettings reopened(settingsPath(), QSettings::IniFormat);
        const ProfileStore other(&reopened);
        const std::optional<Profile> byName = other.profileByName(profile.name);
        QVERIFY(byName);
        compareProfiles(*byName, profile);
    }

    void profilesComeSortedByName()
    {
        QCOMPARE(m_store->save(sessionProfile(u"charlie"_s)), std::nullopt);
        QCOMPARE(m_store->save(apiKeyProfile(u"Alpha"_s)), std::nullopt);
        QCOMPARE(m_store->save(sessionProfile(u"bravo"_s)), std::nullopt);
        QStringList names;
        for (const Profile &profile : m_store->profiles())
            names.append(profile.name);
        QCOMPARE(names, QStringList({ u"Alpha"_s, u"bravo"_s, u"charlie"_s }));
    }

    void namesAreFoundWithoutRegardToCase()
    {
        const Profile profile = sessionProfile(u"Live Chat"_s);
        QCOMPARE(m_store->save(profile), std::nullopt);
        QCOMPARE(m_store->profileByName(u"live chat"_s).value_or(Profile()).id, profile.id);
        QVERIFY(!m_store->profileByName(u"Live"_s));
    }

    void savingAgainUnderTheSameIdRenamesAndDropsOldFields()
    {
        Profile profile = sessionProfile(u"Old name"_s);
        QCOMPARE(m_store->save(profile), std::nullopt);
        profile.name = u"New name"_s;
        profile.settings.authMode = AuthMode::ApiKey;
        profile.settings.applicationId = 0;
        profile.settings.authKey.clear();
        profile.settings.login.clear();
        QCOMPARE(m_store->save(profile), std::nullopt);

        QCOMPARE(m_store->profiles().size(), 1);
        QVERIFY(!m_store->profileByName(u"Old name"_s));
        compareProfiles(m_store->profile(profile.id).value_or(Profile()), profile);
    }

    void namesAreStoredTrimmed()
    {
        Profile profile = sessionProfile(u"  Padded  "_s);
        QCOMPARE(m_store->save(profile), std::nullopt);
        QCOMPARE(m_store->profile(profile.id).value_or(Profile()).name, u"Padded"_s);
    }

    void anInvalidProfileIsRefused_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<QString>("errorMentions");

        Profile noName = sessionProfile(QString());
        QTest::newRow("an empty name") << noName << u"name"_s;
        Profile blankName = sessionProfile(u"   "_s);
        QTest::newRow("a name of spaces only") << blankName << u"name"_s;
        Profile duplicate = sessionProfile(u"EXISTING"_s);
        QTest::newRow("a name another profile has, in other case") << duplicate << u"Existing"_s;
        Profile noId = sessionProfile(u"No id"_s);
        noId.id.clear();
        QTest::newRow("no id") << noId << u"id"_s;
        Profile pathId = sessionProfile(u"Path id"_s);
        pathId.id = u"../other"_s;
        QTest::newRow("an id that is a settings path") << pathId << u"../other"_s;
        Profile insecure = sessionProfile(u"Insecure"_s);
        insecure.settings.endpoint = QUrl(u"http://api.quickblox.com"_s);
        QTest::newRow("plain http to a remote host") << insecure << u"https"_s;
        Profile noApplication = sessionProfile(u"No application"_s);
        noApplication.settings.applicationId = 0;
        QTest::newRow("a session login without an application id")
            << noApplication << u"application id"_s;
        Profile negativeRate = sessionProfile(u"Negative rate"_s);
        negativeRate.rateLimit = -1;
        QTest::newRow("a negative rate limit") << negativeRate << u"rate limit"_s;
        Profile hugeRate = sessionProfile(u"Huge rate"_s);
        hugeRate.rateLimit = Profile::maxRateLimit + 1;
        QTest::newRow("a rate limit beyond the most") << hugeRate << u"rate limit"_s;
    }

    void anInvalidProfileIsRefused()
    {
        QFETCH(Profile, profile);
        QFETCH(QString, errorMentions);
        QCOMPARE(m_store->save(sessionProfile(u"Existing"_s)), std::nullopt);
        QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);

        const std::optional<QString> error = m_store->save(profile);
        QVERIFY(error);
        QVERIFY2(error->contains(errorMentions, Qt::CaseInsensitive), qPrintable(*error));
        QCOMPARE(m_store->validationError(profile), error);
        QCOMPARE(m_store->profiles().size(), 1);
        QCOMPARE(changed.size(), 0);
    }

    void saveAndRemoveAnnounceTheChange()
    {
        QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);
        const Profile profile = sessionProfile(u"One"_s);
        QCOMPARE(m_store->save(profile), std::nullopt);
        QCOMPARE(changed.size(), 1);
        m_store->remove(profile.id);
        QCOMPARE(changed.size(), 2);
    }

    void removeTakesOnlyThatProfile()
    {
        const Profile keep = sessionProfile(u"Keep"_s);
        const Profile drop = apiKeyProfile(u"Drop"_s);
        QCOMPARE(m_store->save(keep), std::nullopt);
        QCOMPARE(m_store->save(drop), std::nullopt);
        m_store->remove(drop.id);
        QVERIFY(!m_store->profile(drop.id));
        QVERIFY(m_store->profile(keep.id));
        QCOMPARE(m_store->profiles().size(), 1);
        QVERIFY(!everythingWritten().contains(drop.id.toUtf8()));
    }

    void theLastProfileIsRememberedUntilItIsRemoved()
    {
        const Profile first = sessionProfile(u"First"_s);
        const Profile second = apiKeyProfile(u"Second"_s);
        QCOMPARE(m_store->save(first), std::nullopt);
        QCOMPARE(m_store->save(second), std::nullopt);
        m_store->setLastProfileId(second.id);
        QCOMPARE(m_store->lastProfileId(), second.id);

        QSettings reopened(settingsPath(), QSettings::IniFormat);
        QCOMPARE(ProfileStore(&reopened).lastProfileId(), second.id);

        m_store->remove(first.id);
        QCOMPARE(m_store->lastProfileId(), second.id);
        m_store->remove(second.id);
        QVERIFY(m_store->lastProfileId().isEmpty());
    }

    void aLastProfileThatNoLongerExistsReadsAsNone()
    {
        m_store->setLastProfileId(Profile::newId());
        QVERIFY(m_store->lastProfileId().isEmpty());
    }

    void anUnknownEnvironmentWordReadsAsProduction()
    {
        Profile profile = apiKeyProfile(u"Tagged later"_s);
        QCOMPARE(m_store->save(profile), std::nullopt);
        m_settings->setValue(u"profiles/%1/environment"_s.arg(profile.id), u"moon-base"_s);
        QCOMPARE(m_store->profile(profile.id).value_or(Profile()).environment,
            Profile::Environment::Production);
    }

    void aRateLimitThatIsNotACountReadsAsLearned_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("words") << u"fast"_s;
        QTest::newRow("negative") << u"-5"_s;
        QTest::newRow("beyond the most") << u"999999999"_s;
    }

    void aRateLimitThatIsNotACountReadsAsLearned()
    {
        QFETCH(QString, stored);
        Profile profile = apiKeyProfile(u"Edited by hand"_s);
        profile.rateLimit = 50;
        QCOMPARE(m_store->save(profile), std::nullopt);
        m_settings->setValue(u"profiles/%1/rateLimit"_s.arg(profile.id), stored);
        QCOMPARE(m_store->profile(profile.id).value_or(Profile()).rateLimit, 0);
    }

    void environmentsHaveNamesColoursAndStableKeys()
    {
        QSet<quint32> colours;
        for (const Profile::Environment environment : Profile::environments()) {
            QVERIFY(!Profile::environmentName(environment).isEmpty());
            colours.insert(Profile::environmentColor(environment));
            QCOMPARE(Profile::environmentFromKey(Profile::environmentKey(environment)),
                std::optional<Profile::Environment>(environment));
        }
        QCOMPARE(colours.size(), 3);
        QCOMPARE(Profile::environmentKey(Profile::Environment::Production), u"production"_s);
        QCOMPARE(Profile::environmentColor(Profile::Environment::Production), 0xC62828u);
    }

    void newIdsAreUniqueValidAndWithoutBraces()
    {
        const QString a = Profile::newId();
        const QString b = Profile::newId();
        QVERIFY(a != b);
        QVERIFY(Profile::isValidId(a));
        QVERIFY(!a.contains(u'{'));
        QVERIFY(!Profile::isValidId(u"a/b"_s));
        QVERIFY(!Profile::isValidId(u"a.b"_s));
    }

    // The guarantee behind the whole design: secrets go to the SecretStore, never to settings.
    void noSecretEverLandsInTheSettingsFile()
    {
        MemorySecretStore secrets;
        const Profile session = sessionProfile(u"Session profile"_s);
        const Profile apiKey = apiKeyProfile(u"API key profile"_s);
        QCOMPARE(m_store->save(session), std::nullopt);
        QCOMPARE(m_store->save(apiKey), std::nullopt);
        m_store->setLastProfileId(session.id);

        const QString authSecret = u"AuthSecret-3f9c1e7a"_s;
        const QString password = u"Password-b2d8e6f0 with spaces & ünïcode"_s;
        const QString apiKeyValue = u"ApiKey-91ac44d2e7"_s;
        QVERIFY(writeSecret(secrets, session.id, SecretKind::AuthSecret, authSecret));
        QVERIFY(writeSecret(secrets, session.id, SecretKind::Password, password));
        QVERIFY(writeSecret(secrets, apiKey.id, SecretKind::ApiKey, apiKeyValue));

        // Everything the console would do with them afterwards: load, save again, rename.
        bool loaded = false;
        Credentials credentials;
        CredentialsLoader::load(session, &secrets, this,
            [&](const Credentials &c, const std::optional<QString> &, SecretStore::Status) {
                credentials = c;
                loaded = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 5000);
        QCOMPARE(credentials.password, password);
        Profile renamed = session;
        renamed.name = u"Renamed session profile"_s;
        QCOMPARE(m_store->save(renamed), std::nullopt);

        const QByteArray written = everythingWritten();
        QVERIFY(written.contains(session.id.toUtf8())); // the file really is the one written
        for (const QString &secret : { authSecret, password, apiKeyValue }) {
            const QByteArray utf8 = secret.toUtf8();
            for (const QByteArray &form :
                { utf8, QByteArray(secret.toLatin1()), utf8.toPercentEncoding(), utf8.toBase64(),
                    QByteArray(
                        reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2) }) {
                QVERIFY2(!written.contains(form), form.constData());
            }
            // The distinctive part alone, in case of an escaping not thought of here.
            QVERIFY(!written.contains(utf8.left(12)));
        }
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"

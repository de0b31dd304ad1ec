// SPDX-License-Identifier: Apache-2.0

#include "auth/CredentialsLoader.h"
#include "auth/MemorySecretStore.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Collecting the secrets a profile's auth mode needs, against the in-memory store.
class TestCredentialsLoader final : public QObject {
    Q_OBJECT

private:
    struct Answer {
        bool answered = false;
        Credentials credentials;
        std::optional<QString> error;
        SecretStore::Status status = SecretStore::Status::Error;
    };

    static Profile profile(AuthMode mode)
    {
        Profile profile = Profile::create(u"Live chat"_s);
        profile.settings.authMode = mode;
        profile.settings.applicationId = 42;
        profile.settings.authKey = u"auth-key"_s;
        profile.settings.login = u"moderator"_s;
        return profile;
    }

    // True once the store said the secret was written.
    [[nodiscard]] bool store(const Profile &profile, SecretKind kind, const QString &value)
    {
        auto status = std::make_shared<std::optional<SecretStore::Status>>();
        m_store->write(profile.id, kind, value, this,
            [status](SecretStore::Status answer, const QString &) { *status = answer; });
        return QTest::qWaitFor([status] { return status->has_value(); }, 5000)
            && **status == SecretStore::Status::Ok;
    }

    // The loader's answer, waited for with a bound: not answered when it did not come, which
    // the caller checks first (noAnswer).
    [[nodiscard]] Answer load(const Profile &profile, const Credentials &known = {})
    {
        auto answer = std::make_shared<Answer>();
        CredentialsLoader::load(profile, known, m_store.get(), this,
            [answer](const Credentials &credentials, const std::optional<QString> &error,
                SecretStore::Status status) {
                *answer = Answer { true, credentials, error, status };
            });
        if (!QTest::qWaitFor([answer] { return answer->answered; }, 5000))
            return {};
        return *answer;
    }

    static constexpr const char *noAnswer = "no answer from CredentialsLoader::load within 5 s";

    std::unique_ptr<MemorySecretStore> m_store;

private Q_SLOTS:
    void init() { m_store = std::make_unique<MemorySecretStore>(); }
    void cleanup() { m_store.reset(); }

    void apiKeyModeReadsTheApiKeyOnly()
    {
        const Profile apiKey = profile(AuthMode::ApiKey);
        QVERIFY(store(apiKey, SecretKind::ApiKey, u"the-key"_s));
        QVERIFY(store(apiKey, SecretKind::Password, u"unused"_s));
        const Answer answer = load(apiKey);
        QVERIFY2(answer.answered, noAnswer);
        QCOMPARE(answer.status, SecretStore::Status::Ok);
        QVERIFY(!answer.error);
        QCOMPARE(answer.credentials.apiKey, u"the-key"_s);
        QVERIFY(answer.credentials.password.isEmpty());
        QVERIFY(answer.credentials.authSecret.isEmpty());
    }

    void sessionModeReadsTheAuthSecretAndPassword()
    {
        const Profile session = profile(AuthMode::Session);
        QVERIFY(store(session, SecretKind::AuthSecret, u"the-secret"_s));
        QVERIFY(store(session, SecretKind::Password, u"the-password"_s));
        const Answer answer = load(session);
        QVERIFY2(answer.answered, noAnswer);
        QCOMPARE(answer.status, SecretStore::Status::Ok);
        QVERIFY(!answer.error);
        QCOMPARE(answer.credentials.authSecret, u"the-secret"_s);
        QCOMPARE(answer.credentials.password, u"the-password"_s);
        QVERIFY(answer.credentials.apiKey.isEmpty());
    }

    void aMissingSecretIsNamedWithItsProfile_data()
    {
        QTest::addColumn<AuthMode>("mode");
        QTest::addColumn<QList<SecretKind>>("stored");
        QTest::addColumn<SecretKind>("missing");
        QTest::newRow("API key profile without its key")
            << AuthMode::ApiKey << QList<SecretKind>() << SecretKind::ApiKey;
        QTest::newRow("session profile without its auth secret")
            << AuthMode::Session << QList<SecretKind> { SecretKind::Password }
            << SecretKind::AuthSecret;
        QTest::newRow("session profile without its password")
            << AuthMode::Session << QList<SecretKind> { SecretKind::AuthSecret }
            << SecretKind::Password;
    }

    void aMissingSecretIsNamedWithItsProfile()
    {
        QFETCH(AuthMode, mode);
        QFETCH(QList<SecretKind>, stored);
        QFETCH(SecretKind, missing);
        const Profile subject = profile(mode);
        for (const SecretKind kind : stored)
            QVERIFY(store(subject, kind, u"present"_s));
        const Answer answer = load(subject);
        QVERIFY2(answer.answered, noAnswer);
        QCOMPARE(answer.status, SecretStore::Status::NotFound);
        QVERIFY(answer.error);
        QVERIFY2(
            answer.error->contains(SecretStore::displayName(missing)), qPrintable(*answer.error));
        QVERIFY2(answer.error->contains(u"Live chat"_s), qPrintable(*answer.error));
        QVERIFY(answer.credentials.authSecret.isEmpty());
        QVERIFY(answer.credentials.password.isEmpty());
    }

    void anEmptyStoredSecretCountsAsMissing()
    {
        const Profile apiKey = profile(AuthMode::ApiKey);
        QVERIFY(store(apiKey, SecretKind::ApiKey, QString()));
        const Answer answer = load(apiKey);
        QVERIFY2(answer.answered, noAnswer);
        QCOMPARE(answer.status, SecretStore::Status::NotFound);
        QVERIFY(answer.error);
    }

    void anUnavailableStoreIsReportedAsSuch_data()
    {
        QTest::addColumn<SecretStore::Status>("status");
        QTest::newRow("unavailable") << SecretStore::Status::Unavailable;
        QTest::newRow("error") << SecretStore::Status::Error;
    }

    void anUnavailableStoreIsReportedAsSuch()
    {
        QFETCH(SecretStore::Status, status);
        const Profile session = profile(AuthMode::Session);
        m_store->failWith(status, u"the keychain said no"_s);
        const Answer answer = load(session);
        QVERIFY2(answer.answered, noAnswer);
        QCOMPARE(answer.status, status);
        QVERIFY(answer.error);
        QVERIFY2(answer.error->contains(u"the keychain said no"_s), qPrintable(*answer.error));
        QVERIFY2(answer.error->contains(u"Live chat"_s), qPrintable(*answer.error));
    }

    void secretsAlreadyKnownAreKeptAndNotRead()
    {
        const Profile session = profile(AuthMode::Session);
        QVERIFY(store(session, SecretKind::AuthSecret, u"stored-secret"_s));
        QVERIFY(store(session, SecretKind::Password, u"stored-password"_s));
        Credentials known;
        known.password = u"from-environment"_s;
        const Answer answer = load(session, known);
        QVERIFY2(answer.answered, noAnswer);
        QCOMPARE(answer.status, SecretStore::Status::Ok);
        QCOMPARE(answer.credentials.password, u"from-environment"_s);
        QCOMPARE(answer.credentials.authSecret, u"stored-secret"_s);
    }

    void withEverySecretKnownTheStoreIsNotAskedButTheAnswerIsStillLater()
    {
        const Profile apiKey = profile(AuthMode::ApiKey);
        // A failing store would show up in the answer if it were asked.
        m_store->failWith(SecretStore::Status::Unavailable);
        Credentials known;
        known.apiKey = u"from-environment"_s;
        bool answered = false;
        Answer answer;
        CredentialsLoader::load(apiKey, known, m_store.get(), this,
            [&](const Credentials &credentials, const std::optional<QString> &error,
                SecretStore::Status status) {
                answered = true;
                answer = Answer { true, credentials, error, status };
            });
        QVERIFY(!answered);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        QCOMPARE(answer.status, SecretStore::Status::Ok);
        QCOMPARE(answer.credentials.apiKey, u"from-environment"_s);
    }

    void anAnswerForADestroyedContextIsDropped()
    {
        const Profile apiKey = profile(AuthMode::ApiKey);
        QVERIFY(store(apiKey, SecretKind::ApiKey, u"the-key"_s));
        auto context = std::make_unique<QObject>();
        bool called = false;
        CredentialsLoader::load(apiKey, m_store.get(), context.get(),
            [&called](const Credentials &, const std::optional<QString> &, SecretStore::Status) {
                called = true;
            });
        context.reset();
        // Another load to a live context proves the queue has run past the dropped one.
        const Answer later = load(apiKey);
        QVERIFY2(later.answered, noAnswer);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestCredentialsLoader)
#include "TestCredentialsLoader.moc"

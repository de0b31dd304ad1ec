// SPDX-License-Identifier: Apache-2.0

#include "auth/KeychainSecretStore.h"

#include <QProcessEnvironment>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

// KeychainSecretStore against the real keychain: on Linux gnome-keyring in the private D-Bus
// session that scripts/test starts. Entries use a test service name and a fresh profile id per
// run, and are removed afterwards.
class TestKeychainSecretStore final : public QObject {
    Q_OBJECT

private:
    struct ReadAnswer {
        bool answered = false;
        std::optional<QString> value;
        SecretStore::Status status = SecretStore::Status::Error;
        QString errorText;
    };
    struct DoneAnswer {
        bool answered = false;
        SecretStore::Status status = SecretStore::Status::Error;
        QString errorText;
    };

    static constexpr int keychainTimeoutMs = 20000;

    ReadAnswer read(const QString &profileId, SecretKind kind)
    {
        auto answer = std::make_shared<ReadAnswer>();
        m_store->read(profileId, kind, this,
            [answer](const std::optional<QString> &value, SecretStore::Status status,
                const QString &errorText) {
                *answer = ReadAnswer { true, value, status, errorText };
            });
        static_cast<void>(
            QTest::qWaitFor([answer] { return answer->answered; }, keychainTimeoutMs));
        return *answer;
    }

    DoneAnswer write(const QString &profileId, SecretKind kind, const QString &value)
    {
        auto answer = std::make_shared<DoneAnswer>();
        m_store->write(profileId, kind, value, this,
            [answer](SecretStore::Status status, const QString &errorText) {
                *answer = DoneAnswer { true, status, errorText };
            });
        static_cast<void>(
            QTest::qWaitFor([answer] { return answer->answered; }, keychainTimeoutMs));
        return *answer;
    }

    DoneAnswer remove(const QString &profileId, SecretKind kind)
    {
        auto answer = std::make_shared<DoneAnswer>();
        m_store->remove(
            profileId, kind, this, [answer](SecretStore::Status status, const QString &errorText) {
                *answer = DoneAnswer { true, status, errorText };
            });
        static_cast<void>(
            QTest::qWaitFor([answer] { return answer->answered; }, keychainTimeoutMs));
        return *answer;
    }

    DoneAnswer removeAll(const QString &profileId)
    {
        auto answer = std::make_shared<DoneAnswer>();
        m_store->removeAll(
            profileId, this, [answer](SecretStore::Status status, const QString &errorText) {
                *answer = DoneAnswer { true, status, errorText };
            });
        static_cast<void>(
            QTest::qWaitFor([answer] { return answer->answered; }, keychainTimeoutMs));
        return *answer;
    }

    static QString freshProfileId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    std::unique_ptr<KeychainSecretStore> m_store;
    QStringList m_profiles;
    const char *m_skipReason = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        if (!QProcessEnvironment::systemEnvironment().contains(u"DBUS_SESSION_BUS_ADDRESS"_s)) {
            m_skipReason = "No D-Bus session bus, so no Secret Service keychain: run through "
                           "scripts/test, which starts gnome-keyring in a private D-Bus session.";
            return;
        }
#endif
        m_store = std::make_unique<KeychainSecretStore>(u"qbmod-tests"_s);
        bool answered = false;
        bool available = false;
        QString why;
        m_store->probe(this, [&](bool isAvailable, const QString &reason) {
            answered = true;
            available = isAvailable;
            why = reason;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, keychainTimeoutMs);
        // With a session bus the keychain must work: a silent skip would hide a broken setup.
        QVERIFY2(available, qPrintable(why));
        QVERIFY(why.isEmpty());
    }

    void cleanupTestCase()
    {
        if (!m_store)
            return;
        for (const QString &profileId : std::as_const(m_profiles))
            QCOMPARE(removeAll(profileId).status, SecretStore::Status::Ok);
    }

    void init()
    {
        // The status table needs no keychain; everything else does.
        if (m_skipReason && qstrcmp(QTest::currentTestFunction(), "errorsMapToStatuses") != 0)
            QSKIP(m_skipReason);
        m_profiles.append(freshProfileId());
        m_profiles.append(freshProfileId());
    }

    void aWrittenSecretReadsBack_data()
    {
        QTest::addColumn<SecretKind>("kind");
        QTest::addColumn<QString>("value");
        QTest::newRow("an API key") << SecretKind::ApiKey << u"ak_9f3b2c1d0e"_s;
        QTest::newRow("an auth secret") << SecretKind::AuthSecret << u"Ks8-2nQ_vL"_s;
        QTest::newRow("a password with spaces and non-ASCII")
            << SecretKind::Password << u"correct horse – bättery stäple"_s;
    }

    void aWrittenSecretReadsBack()
    {
        QFETCH(SecretKind, kind);
        QFETCH(QString, value);
        const QString profileId = m_profiles.at(m_profiles.size() - 2);
        const DoneAnswer written = write(profileId, kind, value);
        QVERIFY2(written.answered, "the keychain did not answer");
        QVERIFY2(written.status == SecretStore::Status::Ok, qPrintable(written.errorText));

        const ReadAnswer answer = read(profileId, kind);
        QVERIFY(answer.answered);
        QCOMPARE(answer.status, SecretStore::Status::Ok);
        QCOMPARE(answer.value, std::optional<QString>(value));
    }

    void anOverwriteReplacesTheValue()
    {
        const QString profileId = m_profiles.last();
        QCOMPARE(
            write(profileId, SecretKind::Password, u"first"_s).status, SecretStore::Status::Ok);
        QCOMPARE(
            write(profileId, SecretKind::Password, u"second"_s).status, SecretStore::Status::Ok);
        QCOMPARE(read(profileId, SecretKind::Password).value, std::optional<QString>(u"second"_s));
    }

    void aRemovedSecretIsNotFound()
    {
        const QString profileId = m_profiles.last();
        QCOMPARE(
            write(profileId, SecretKind::ApiKey, u"short-lived"_s).status, SecretStore::Status::Ok);
        QCOMPARE(remove(profileId, SecretKind::ApiKey).status, SecretStore::Status::Ok);
        const ReadAnswer answer = read(profileId, SecretKind::ApiKey);
        QCOMPARE(answer.status, SecretStore::Status::NotFound);
        QVERIFY(!answer.value);
    }

    void aSecretNeverWrittenIsNotFoundAndRemovingItIsOk()
    {
        const QString profileId = m_profiles.last();
        QCOMPARE(read(profileId, SecretKind::AuthSecret).status, SecretStore::Status::NotFound);
        QCOMPARE(remove(profileId, SecretKind::AuthSecret).status, SecretStore::Status::Ok);
    }

    void profilesAndKindsAreKeptApart()
    {
        const QString first = m_profiles.at(m_profiles.size() - 2);
        const QString second = m_profiles.last();
        QCOMPARE(write(first, SecretKind::Password, u"first-password"_s).status,
            SecretStore::Status::Ok);
        QCOMPARE(write(second, SecretKind::Password, u"second-password"_s).status,
            SecretStore::Status::Ok);
        QCOMPARE(write(first, SecretKind::AuthSecret, u"first-secret"_s).status,
            SecretStore::Status::Ok);

        QCOMPARE(
            read(first, SecretKind::Password).value, std::optional<QString>(u"first-password"_s));
        QCOMPARE(
            read(second, SecretKind::Password).value, std::optional<QString>(u"second-password"_s));
        QCOMPARE(
            read(first, SecretKind::AuthSecret).value, std::optional<QString>(u"first-secret"_s));
        QCOMPARE(read(second, SecretKind::AuthSecret).status, SecretStore::Status::NotFound);
        QCOMPARE(read(first, SecretKind::ApiKey).status, SecretStore::Status::NotFound);

        QCOMPARE(remove(first, SecretKind::Password).status, SecretStore::Status::Ok);
        QCOMPARE(
            read(second, SecretKind::Password).value, std::optional<QString>(u"second-password"_s));
        QCOMPARE(
            read(first, SecretKind::AuthSecret).value, std::optional<QString>(u"first-secret"_s));
    }

    void theServiceNameSeparatesStores()
    {
        const QString profileId = m_profiles.last();
        QCOMPARE(write(profileId, SecretKind::ApiKey, u"in-the-test-service"_s).status,
            SecretStore::Status::Ok);
        KeychainSecretStore other(u"qbmod-tests-other"_s);
        bool answered = false;
        SecretStore::Status status = SecretStore::Status::Error;
        other.read(profileId, SecretKind::ApiKey, this,
            [&](const std::optional<QString> &, SecretStore::Status s, const QString &) {
                answered = true;
                status = s;
            });
        QTRY_VERIFY_WITH_TIMEOUT(answered, keychainTimeoutMs);
        QCOMPARE(status, SecretStore::Status::NotFound);
    }

    void removeAllClearsEveryKindOfAProfile()
    {
        const QString profileId = m_profiles.last();
        for (const SecretKind kind : SecretStore::allKinds())
            QCOMPARE(write(profileId, kind, u"gone soon"_s).status, SecretStore::Status::Ok);
        QCOMPARE(removeAll(profileId).status, SecretStore::Status::Ok);
        for (const SecretKind kind : SecretStore::allKinds())
            QCOMPARE(read(profileId, kind).status, SecretStore::Status::NotFound);
    }

    void errorsMapToStatuses_data()
    {
        QTest::addColumn<QKeychain::Error>("error");
        QTest::addColumn<SecretStore::Status>("status");
        QTest::newRow("no error") << QKeychain::NoError << SecretStore::Status::Ok;
        QTest::newRow("entry not found")
            << QKeychain::EntryNotFound << SecretStore::Status::NotFound;
        QTest::newRow("no backend")
            << QKeychain::NoBackendAvailable << SecretStore::Status::Unavailable;
        QTest::newRow("not implemented")
            << QKeychain::NotImplemented << SecretStore::Status::Unavailable;
        QTest::newRow("access denied")
            << QKeychain::AccessDenied << SecretStore::Status::Unavailable;
        QTest::newRow("access denied by the user")
            << QKeychain::AccessDeniedByUser << SecretStore::Status::Unavailable;
        QTest::newRow("could not delete")
            << QKeychain::CouldNotDeleteEntry << SecretStore::Status::Error;
        QTest::newRow("other error") << QKeychain::OtherError << SecretStore::Status::Error;
    }

    void errorsMapToStatuses()
    {
        QFETCH(QKeychain::Error, error);
        QFETCH(SecretStore::Status, status);
        QCOMPARE(KeychainSecretStore::statusFor(error), status);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"

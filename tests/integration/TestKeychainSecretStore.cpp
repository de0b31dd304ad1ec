// SPDX-License-Identifier: Apache-2.0

#include "auth/KeychainSecretStore.h"

#include <QDebug>
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
        std::optional<QString> value;
        SecretStore::Status status = SecretStore::Status::Error;
        QString errorText;
    };
    struct DoneAnswer {
        SecretStore::Status status = SecretStore::Status::Error;
        QString errorText;
    };

    static constexpr int keychainTimeoutMs = 20000;

    // Each call's answer, waited for with a bound; none when the keychain did not answer, which
    // the caller checks first, naming the call whose answer did not arrive.
    [[nodiscard]] std::optional<ReadAnswer> read(const QString &profileId, SecretKind kind)
    {
        auto answer = std::make_shared<std::optional<ReadAnswer>>();
        m_store->read(profileId, kind, this,
            [answer](const std::optional<QString> &value, SecretStore::Status status,
                const QString &errorText) {
                *answer = ReadAnswer { value, status, errorText };
            });
        if (!QTest::qWaitFor([answer] { return answer->has_value(); }, keychainTimeoutMs))
            return std::nullopt;
        return *answer;
    }

    [[nodiscard]] std::optional<DoneAnswer> write(
        const QString &profileId, SecretKind kind, const QString &value)
    {
        auto answer = std::make_shared<std::optional<DoneAnswer>>();
        m_store->write(profileId, kind, value, this,
            [answer](SecretStore::Status status, const QString &errorText) {
                *answer = DoneAnswer { status, errorText };
            });
        if (!QTest::qWaitFor([answer] { return answer->has_value(); }, keychainTimeoutMs))
            return std::nullopt;
        return *answer;
    }

    [[nodiscard]] std::optional<DoneAnswer> remove(const QString &profileId, SecretKind kind)
    {
        auto answer = std::make_shared<std::optional<DoneAnswer>>();
        m_store->remove(
            profileId, kind, this, [answer](SecretStore::Status status, const QString &errorText) {
                *answer = DoneAnswer { status, errorText };
            });
        if (!QTest::qWaitFor([answer] { return answer->has_value(); }, keychainTimeoutMs))
            return std::nullopt;
        return *answer;
    }

    [[nodiscard]] std::optional<DoneAnswer> removeAll(const QString &profileId)
    {
        auto answer = std::make_shared<std::optional<DoneAnswer>>();
        m_store->removeAll(
            profileId, this, [answer](SecretStore::Status status, const QString &errorText) {
                *answer = DoneAnswer { status, errorText };
            });
        if (!QTest::qWaitFor([answer] { return answer->has_value(); }, keychainTimeoutMs))
            return std::nullopt;
        return *answer;
    }

    // A secret written as a test's starting point: true once the keychain said Ok.
    [[nodiscard]] bool put(const QString &profileId, SecretKind kind, const QString &value)
    {
        const std::optional<DoneAnswer> answer = write(profileId, kind, value);
        if (answer && answer->status != SecretStore::Status::Ok)
            qWarning("The keychain refused the write: %s", qPrintable(answer->errorText));
        return answer && answer->status == SecretStore::Status::Ok;
    }

    // What the keychain holds for profileId and kind: its value, or none when it answered
    // NotFound. False when it did not answer or answered anything else.
    [[nodiscard]] bool holds(
        const QString &profileId, SecretKind kind, const std::optional<QString> &expected)
    {
        const std::optional<ReadAnswer> answer = read(profileId, kind);
        if (!answer) {
            qWarning("The keychain did not answer the read within %d ms", keychainTimeoutMs);
            return false;
        }
        const SecretStore::Status status
            = expected ? SecretStore::Status::Ok : SecretStore::Status::NotFound;
        if (answer->status == status && answer->value == expected)
            return true;
        qWarning() << "The keychain answered" << answer->status
                   << (answer->value ? "with a value other than expected" : "with no value");
        return false;
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
        for (const QString &profileId : std::as_const(m_profiles)) {
            const std::optional<DoneAnswer> removed = removeAll(profileId);
            QVERIFY2(removed, "no answer to removing a test profile's secrets");
            QCOMPARE(removed->status, SecretStore::Status::Ok);
        }
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
        const std::optional<DoneAnswer> written = write(profileId, kind, value);
        QVERIFY2(written, "the keychain did not answer the write");
        QVERIFY2(written->status == SecretStore::Status::Ok, qPrintable(written->errorText));

        const std::optional<ReadAnswer> answer = read(profileId, kind);
        QVERIFY2(answer, "the keychain did not answer the read");
        QCOMPARE(answer->status, SecretStore::Status::Ok);
        QCOMPARE(answer->value, std::optional<QString>(value));
    }

    void anOverwriteReplacesTheValue()
    {
        const QString profileId = m_profiles.last();
        QVERIFY(put(profileId, SecretKind::Password, u"first"_s));
        QVERIFY(put(profileId, SecretKind::Password, u"second"_s));
        QVERIFY(holds(profileId, SecretKind::Password, u"second"_s));
    }

    void aRemovedSecretIsNotFound()
    {
        const QString profileId = m_profiles.last();
        QVERIFY(put(profileId, SecretKind::ApiKey, u"short-lived"_s));
        const std::optional<DoneAnswer> removed = remove(profileId, SecretKind::ApiKey);
        QVERIFY2(removed, "the keychain did not answer the remove");
        QCOMPARE(removed->status, SecretStore::Status::Ok);
        const std::optional<ReadAnswer> answer = read(profileId, SecretKind::ApiKey);
        QVERIFY2(answer, "the keychain did not answer the read");
        QCOMPARE(answer->status, SecretStore::Status::NotFound);
        QVERIFY(!answer->value);
    }

    void aSecretNeverWrittenIsNotFoundAndRemovingItIsOk()
    {
        const QString profileId = m_profiles.last();
        QVERIFY(holds(profileId, SecretKind::AuthSecret, std::nullopt));
        const std::optional<DoneAnswer> removed = remove(profileId, SecretKind::AuthSecret);
        QVERIFY2(removed, "the keychain did not answer the remove");
        QCOMPARE(removed->status, SecretStore::Status::Ok);
    }

    void profilesAndKindsAreKeptApart()
    {
        const QString first = m_profiles.at(m_profiles.size() - 2);
        const QString second = m_profiles.last();
        QVERIFY(put(first, SecretKind::Password, u"first-password"_s));
        QVERIFY(put(second, SecretKind::Password, u"second-password"_s));
        QVERIFY(put(first, SecretKind::AuthSecret, u"first-secret"_s));

        QVERIFY(holds(first, SecretKind::Password, u"first-password"_s));
        QVERIFY(holds(second, SecretKind::Password, u"second-password"_s));
        QVERIFY(holds(first, SecretKind::AuthSecret, u"first-secret"_s));
        QVERIFY(holds(second, SecretKind::AuthSecret, std::nullopt));
        QVERIFY(holds(first, SecretKind::ApiKey, std::nullopt));

        const std::optional<DoneAnswer> removed = remove(first, SecretKind::Password);
        QVERIFY2(removed, "the keychain did not answer the remove");
        QCOMPARE(removed->status, SecretStore::Status::Ok);
        QVERIFY(holds(second, SecretKind::Password, u"second-password"_s));
        QVERIFY(holds(first, SecretKind::AuthSecret, u"first-secret"_s));
    }

    void theServiceNameSeparatesStores()
    {
        const QString profileId = m_profiles.last();
        QVERIFY(put(profileId, SecretKind::ApiKey, u"in-the-test-service"_s));
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
            QVERIFY(put(profileId, kind, u"gone soon"_s));
        const std::optional<DoneAnswer> removed = removeAll(profileId);
        QVERIFY2(removed, "the keychain did not answer removeAll");
        QCOMPARE(removed->status, SecretStore::Status::Ok);
        for (const SecretKind kind : SecretStore::allKinds())
            QVERIFY(holds(profileId, kind, std::nullopt));
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

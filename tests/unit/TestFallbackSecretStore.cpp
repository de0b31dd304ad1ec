// SPDX-License-Identifier: Apache-2.0

#include "auth/FallbackSecretStore.h"
#include "auth/MemorySecretStore.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The applications' store: the keychain first, a session-only copy only on explicit request.
// A MemorySecretStore stands in for the keychain, failing on demand.
class TestFallbackSecretStore final : public QObject {
    Q_OBJECT

private:
    struct ReadAnswer {
        bool answered = false;
        std::optional<QString> value;
        SecretStore::Status status = SecretStore::Status::Error;
    };

    ReadAnswer read(SecretStore &store, SecretKind kind)
    {
        auto answer = std::make_shared<ReadAnswer>();
        store.read(u"p1"_s, kind, this,
            [answer](
                const std::optional<QString> &value, SecretStore::Status status, const QString &) {
                *answer = ReadAnswer { true, value, status };
            });
        static_cast<void>(QTest::qWaitFor([answer] { return answer->answered; }, 5000));
        return *answer;
    }

    // Ok, or what the store answered; Error when it did not answer.
    SecretStore::Status wait(const std::function<void(SecretStore::DoneCallback)> &call)
    {
        auto status = std::make_shared<std::optional<SecretStore::Status>>();
        call([status](SecretStore::Status answer, const QString &) { *status = answer; });
        static_cast<void>(QTest::qWaitFor([status] { return status->has_value(); }, 5000));
        return status->value_or(SecretStore::Status::Error);
    }

    SecretStore::Status write(SecretStore &store, SecretKind kind, const QString &value)
    {
        return wait([&](SecretStore::DoneCallback done) {
            store.write(u"p1"_s, kind, value, this, std::move(done));
        });
    }

    SecretStore::Status writeForSessionOnly(
        FallbackSecretStore &store, SecretKind kind, const QString &value)
    {
        return wait([&](SecretStore::DoneCallback done) {
            store.writeForSessionOnly(u"p1"_s, kind, value, this, std::move(done));
        });
    }

    SecretStore::Status remove(SecretStore &store, SecretKind kind)
    {
        return wait([&](SecretStore::DoneCallback done) {
            store.remove(u"p1"_s, kind, this, std::move(done));
        });
    }

    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<FallbackSecretStore> m_store;

private Q_SLOTS:
    void init()
    {
        m_keychain = std::make_unique<MemorySecretStore>();
        m_store = std::make_unique<FallbackSecretStore>(m_keychain.get());
    }

    void cleanup()
    {
        m_store.reset();
        m_keychain.reset();
    }

    void aWriteGoesToTheKeychainOnly()
    {
        QCOMPARE(write(*m_store, SecretKind::ApiKey, u"k"_s), SecretStore::Status::Ok);
        QVERIFY(m_keychain->contains(u"p1"_s, SecretKind::ApiKey));
        QVERIFY(!m_store->isSessionOnly(u"p1"_s, SecretKind::ApiKey));
        QCOMPARE(read(*m_store, SecretKind::ApiKey).value, std::optional<QString>(u"k"_s));
    }

    void anUnavailableKeychainIsReportedAndNothingIsKeptOnItsOwn()
    {
        m_keychain->failWith(SecretStore::Status::Unavailable, u"no keychain"_s);
        QCOMPARE(write(*m_store, SecretKind::ApiKey, u"k"_s), SecretStore::Status::Unavailable);
        QVERIFY(!m_store->isSessionOnly(u"p1"_s, SecretKind::ApiKey));
        QCOMPARE(read(*m_store, SecretKind::ApiKey).status, SecretStore::Status::Unavailable);
    }

    void aSecretKeptForTheSessionReadsBackWithoutTheKeychain()
    {
        m_keychain->failWith(SecretStore::Status::Unavailable, u"no keychain"_s);
        QCOMPARE(writeForSessionOnly(*m_store, SecretKind::Password, u"session"_s),
            SecretStore::Status::Ok);
        QVERIFY(m_store->isSessionOnly(u"p1"_s, SecretKind::Password));
        const ReadAnswer answer = read(*m_store, SecretKind::Password);
        QCOMPARE(answer.status, SecretStore::Status::Ok);
        QCOMPARE(answer.value, std::optional<QString>(u"session"_s));
        QVERIFY(!m_keychain->contains(u"p1"_s, SecretKind::Password));
    }

    void aSessionCopyWinsOverTheKeychain()
    {
        write(*m_store, SecretKind::Password, u"keychain"_s);
        writeForSessionOnly(*m_store, SecretKind::Password, u"session"_s);
        QCOMPARE(read(*m_store, SecretKind::Password).value, std::optional<QString>(u"session"_s));
    }

    void aSuccessfulKeychainWriteDropsTheSessionCopy()
    {
        writeForSessionOnly(*m_store, SecretKind::Password, u"session"_s);
        QCOMPARE(write(*m_store, SecretKind::Password, u"keychain"_s), SecretStore::Status::Ok);
        QVERIFY(!m_store->isSessionOnly(u"p1"_s, SecretKind::Password));
        QCOMPARE(read(*m_store, SecretKind::Password).value, std::optional<QString>(u"keychain"_s));
    }

    void removeClearsBothPlaces()
    {
        write(*m_store, SecretKind::ApiKey, u"keychain"_s);
        writeForSessionOnly(*m_store, SecretKind::ApiKey, u"session"_s);
        QCOMPARE(remove(*m_store, SecretKind::ApiKey), SecretStore::Status::Ok);
        QVERIFY(!m_store->isSessionOnly(u"p1"_s, SecretKind::ApiKey));
        QVERIFY(!m_keychain->contains(u"p1"_s, SecretKind::ApiKey));
        QCOMPARE(read(*m_store, SecretKind::ApiKey).status, SecretStore::Status::NotFound);
    }

    void removeReportsAnUnavailableKeychainButDropsTheSessionCopy()
    {
        writeForSessionOnly(*m_store, SecretKind::ApiKey, u"session"_s);
        m_keychain->failWith(SecretStore::Status::Unavailable, u"no keychain"_s);
        QCOMPARE(remove(*m_store, SecretKind::ApiKey), SecretStore::Status::Unavailable);
        QVERIFY(!m_store->isSessionOnly(u"p1"_s, SecretKind::ApiKey));
    }
};

QTEST_GUILESS_MAIN(TestFallbackSecretStore)
#include "TestFallbackSecretStore.moc"

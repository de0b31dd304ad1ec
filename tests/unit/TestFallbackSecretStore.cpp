// SPDX-License-Identifier: Apache-2.0

#include "auth/FallbackSecretStore.h"
#include "auth/MemorySecretStore.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// A store's answer as a failed QCOMPARE shows it, or that none arrived.
static char *toString(const std::optional<SecretStore::Status> &status)
{
    return status ? QTest::toString(*status) : qstrdup("no answer within 5 s");
}

// The applications' store: the keychain first, a session-only copy only on explicit request.
// A MemorySecretStore stands in for the keychain, failing on demand.
class TestFallbackSecretStore final : public QObject {
    Q_OBJECT

private:
    struct ReadAnswer {
        std::optional<QString> value;
        SecretStore::Status status = SecretStore::Status::Error;
    };

    // The read's answer, waited for with a bound; none when it did not come.
    [[nodiscard]] std::optional<ReadAnswer> read(SecretStore &store, SecretKind kind)
    {
        auto answer = std::make_shared<std::optional<ReadAnswer>>();
        store.read(u"p1"_s, kind, this,
            [answer](
                const std::optional<QString> &value, SecretStore::Status status, const QString &) {
                *answer = ReadAnswer { value, status };
            });
        if (!QTest::qWaitFor([answer] { return answer->has_value(); }, 5000))
            return std::nullopt;
        return *answer;
    }

    // What the store answered, waited for with a bound; none when it did not answer, which a
    // QCOMPARE against a status says (toString above).
    [[nodiscard]] std::optional<SecretStore::Status> wait(
        const std::function<void(SecretStore::DoneCallback)> &call)
    {
        auto status = std::make_shared<std::optional<SecretStore::Status>>();
        call([status](SecretStore::Status answer, const QString &) { *status = answer; });
        if (!QTest::qWaitFor([status] { return status->has_value(); }, 5000))
            return std::nullopt;
        return *status;
    }

    [[nodiscard]] std::optional<SecretStore::Status> write(
        SecretStore &store, SecretKind kind, const QString &value)
    {
        return wait([&](SecretStore::DoneCallback done) {
            store.write(u"p1"_s, kind, value, this, std::move(done));
        });
    }

    [[nodiscard]] std::optional<SecretStore::Status> writeForSessionOnly(
        FallbackSecretStore &store, SecretKind kind, const QString &value)
    {
        return wait([&](SecretStore::DoneCallback done) {
            store.writeForSessionOnly(u"p1"_s, kind, value, this, std::move(done));
        });
    }

    [[nodiscard]] std::optional<SecretStore::Status> remove(SecretStore &store, SecretKind kind)
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
        const std::optional<ReadAnswer> answer = read(*m_store, SecretKind::ApiKey);
        QVERIFY2(answer, "no answer to the read");
        QCOMPARE(answer->value, std::optional<QString>(u"k"_s));
    }

    void anUnavailableKeychainIsReportedAndNothingIsKeptOnItsOwn()
    {
        m_keychain->failWith(SecretStore::Status::Unavailable, u"no keychain"_s);
        QCOMPARE(write(*m_store, SecretKind::ApiKey, u"k"_s), SecretStore::Status::Unavailable);
        QVERIFY(!m_store->isSessionOnly(u"p1"_s, SecretKind::ApiKey));
        const std::optional<ReadAnswer> answer = read(*m_store, SecretKind::ApiKey);
        QVERIFY2(answer, "no answer to the read");
        QCOMPARE(answer->status, SecretStore::Status::Unavailable);
    }

    void aSecretKeptForTheSessionReadsBackWithoutTheKeychain()
    {
        m_keychain->failWith(SecretStore::Status::Unavailable, u"no keychain"_s);
        QCOMPARE(writeForSessionOnly(*m_store, SecretKind::Password, u"session"_s),
            SecretStore::Status::Ok);
        QVERIFY(m_store->isSessionOnly(u"p1"_s, SecretKind::Password));
        const std::optional<ReadAnswer> answer = read(*m_store, SecretKind::Password);
        QVERIFY2(answer, "no answer to the read");
        QCOMPARE(answer->status, SecretStore::Status::Ok);
        QCOMPARE(answer->value, std::optional<QString>(u"session"_s));
        QVERIFY(!m_keychain->contains(u"p1"_s, SecretKind::Password));
    }

    void aSessionCopyWinsOverTheKeychain()
    {
        QCOMPARE(write(*m_store, SecretKind::Password, u"keychain"_s), SecretStore::Status::Ok);
        QCOMPARE(writeForSessionOnly(*m_store, SecretKind::Password, u"session"_s),
            SecretStore::Status::Ok);
        const std::optional<ReadAnswer> answer = read(*m_store, SecretKind::Password);
        QVERIFY2(answer, "no answer to the read");
        QCOMPARE(answer->value, std::optional<QString>(u"session"_s));
    }

    void aSuccessfulKeychainWriteDropsTheSessionCopy()
    {
        QCOMPARE(writeForSessionOnly(*m_store, SecretKind::Password, u"session"_s),
            SecretStore::Status::Ok);
        QCOMPARE(write(*m_store, SecretKind::Password, u"keychain"_s), SecretStore::Status::Ok);
        QVERIFY(!m_store->isSessionOnly(u"p1"_s, SecretKind::Password));
        const std::optional<ReadAnswer> answer = read(*m_store, SecretKind::Password);
        QVERIFY2(answer, "no answer to the read");
        QCOMPARE(answer->value, std::optional<QString>(u"keychain"_s));
    }

    void removeClearsBothPlaces()
    {
        QCOMPARE(write(*m_store, SecretKind::ApiKey, u"keychain"_s), SecretStore::Status::Ok);
        QCOMPARE(writeForSessionOnly(*m_store, SecretKind::ApiKey, u"session"_s),
            SecretStore::Status::Ok);
        QCOMPARE(remove(*m_store, SecretKind::ApiKey), SecretStore::Status::Ok);
        QVERIFY(!m_store->isSessionOnly(u"p1"_s, SecretKind::ApiKey));
        QVERIFY(!m_keychain->contains(u"p1"_s, SecretKind::ApiKey));
        const std::optional<ReadAnswer> answer = read(*m_store, SecretKind::ApiKey);
        QVERIFY2(answer, "no answer to the read");
        QCOMPARE(answer->status, SecretStore::Status::NotFound);
    }

    void removeReportsAnUnavailableKeychainButDropsTheSessionCopy()
    {
        QCOMPARE(writeForSessionOnly(*m_store, SecretKind::ApiKey, u"session"_s),
            SecretStore::Status::Ok);
        m_keychain->failWith(SecretStore::Status::Unavailable, u"no keychain"_s);
        QCOMPARE(remove(*m_store, SecretKind::ApiKey), SecretStore::Status::Unavailable);
        QVERIFY(!m_store->isSessionOnly(u"p1"_s, SecretKind::ApiKey));
    }
};

QTEST_GUILESS_MAIN(TestFallbackSecretStore)
#include "TestFallbackSecretStore.moc"

// SPDX-License-Identifier: Apache-2.0

#include "auth/MemorySecretStore.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The in-memory store behaves like a keychain: one entry per profile and kind, answers always
// queued, dropped for a destroyed context, and a switch to stand in for a failing keychain.
class TestMemorySecretStore final : public QObject {
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

    // Each call's answer, waited for with a bound; none when it did not come, which the caller
    // checks first, naming the call whose answer did not arrive.
    [[nodiscard]] std::optional<ReadAnswer> read(
        SecretStore &store, const QString &profileId, SecretKind kind)
    {
        auto answer = std::make_shared<std::optional<ReadAnswer>>();
        store.read(profileId, kind, this,
            [answer](const std::optional<QString> &value, SecretStore::Status status,
                const QString &errorText) {
                *answer = ReadAnswer { value, status, errorText };
            });
        if (!QTest::qWaitFor([answer] { return answer->has_value(); }, 5000))
            return std::nullopt;
        return *answer;
    }

    [[nodiscard]] std::optional<DoneAnswer> write(
        SecretStore &store, const QString &profileId, SecretKind kind, const QString &value)
    {
        auto answer = std::make_shared<std::optional<DoneAnswer>>();
        store.write(profileId, kind, value, this,
            [answer](SecretStore::Status status, const QString &errorText) {
                *answer = DoneAnswer { status, errorText };
            });
        if (!QTest::qWaitFor([answer] { return answer->has_value(); }, 5000))
            return std::nullopt;
        return *answer;
    }

    [[nodiscard]] std::optional<DoneAnswer> remove(
        SecretStore &store, const QString &profileId, SecretKind kind)
    {
        auto answer = std::make_shared<std::optional<DoneAnswer>>();
        store.remove(
            profileId, kind, this, [answer](SecretStore::Status status, const QString &errorText) {
                *answer = DoneAnswer { status, errorText };
            });
        if (!QTest::qWaitFor([answer] { return answer->has_value(); }, 5000))
            return std::nullopt;
        return *answer;
    }

    // A secret written as the test's starting point: true once the store said Ok.
    [[nodiscard]] bool put(
        SecretStore &store, const QString &profileId, SecretKind kind, const QString &value)
    {
        const std::optional<DoneAnswer> answer = write(store, profileId, kind, value);
        return answer && answer->status == SecretStore::Status::Ok;
    }

private Q_SLOTS:
    void keysNameProfileAndKind_data()
    {
        QTest::addColumn<SecretKind>("kind");
        QTest::addColumn<QString>("key");
        QTest::newRow("auth secret") << SecretKind::AuthSecret << u"p1/auth-secret"_s;
        QTest::newRow("password") << SecretKind::Password << u"p1/password"_s;
        QTest::newRow("API key") << SecretKind::ApiKey << u"p1/api-key"_s;
    }

    void keysNameProfileAndKind()
    {
        QFETCH(SecretKind, kind);
        QFETCH(QString, key);
        QCOMPARE(SecretStore::keyFor(u"p1"_s, kind), key);
        QVERIFY(!SecretStore::displayName(kind).isEmpty());
    }

    void aWrittenSecretReadsBack()
    {
        MemorySecretStore store;
        const std::optional<DoneAnswer> written
            = write(store, u"p1"_s, SecretKind::ApiKey, u"key-1"_s);
        QVERIFY2(written, "no answer to the write");
        QCOMPARE(written->status, SecretStore::Status::Ok);
        const std::optional<ReadAnswer> answer = read(store, u"p1"_s, SecretKind::ApiKey);
        QVERIFY2(answer, "no answer to the read");
        QCOMPARE(answer->status, SecretStore::Status::Ok);
        QCOMPARE(answer->value, std::optional<QString>(u"key-1"_s));
        QVERIFY(answer->errorText.isEmpty());
        QVERIFY(store.contains(u"p1"_s, SecretKind::ApiKey));
    }

    void aSecretNeverWrittenIsNotFound()
    {
        MemorySecretStore store;
        const std::optional<ReadAnswer> answer = read(store, u"p1"_s, SecretKind::Password);
        QVERIFY2(answer, "no answer to the read");
        QCOMPARE(answer->status, SecretStore::Status::NotFound);
        QVERIFY(!answer->value);
    }

    void anOverwriteReplacesTheValue()
    {
        MemorySecretStore store;
        QVERIFY(put(store, u"p1"_s, SecretKind::Password, u"old"_s));
        QVERIFY(put(store, u"p1"_s, SecretKind::Password, u"new"_s));
        const std::optional<ReadAnswer> answer = read(store, u"p1"_s, SecretKind::Password);
        QVERIFY2(answer, "no answer to the read");
        QCOMPARE(answer->value, std::optional<QString>(u"new"_s));
    }

    void profilesAndKindsDoNotShareEntries()
    {
        MemorySecretStore store;
        QVERIFY(put(store, u"p1"_s, SecretKind::Password, u"p1-password"_s));
        QVERIFY(put(store, u"p2"_s, SecretKind::Password, u"p2-password"_s));
        QVERIFY(put(store, u"p1"_s, SecretKind::AuthSecret, u"p1-secret"_s));
        const struct {
            QString profileId;
            SecretKind kind;
            std::optional<QString> value;
        } expected[] = {
            { u"p1"_s, SecretKind::Password, u"p1-password"_s },
            { u"p2"_s, SecretKind::Password, u"p2-password"_s },
            { u"p1"_s, SecretKind::AuthSecret, u"p1-secret"_s },
            { u"p2"_s, SecretKind::AuthSecret, std::nullopt },
            { u"p1"_s, SecretKind::ApiKey, std::nullopt },
        };
        for (const auto &entry : expected) {
            const std::optional<ReadAnswer> answer = read(store, entry.profileId, entry.kind);
            QVERIFY2(answer, qPrintable(u"no answer to the read of "_s + entry.profileId));
            QCOMPARE(answer->value, entry.value);
            QCOMPARE(answer->status,
                entry.value ? SecretStore::Status::Ok : SecretStore::Status::NotFound);
        }
    }

    void aRemovedSecretIsNotFound()
    {
        MemorySecretStore store;
        QVERIFY(put(store, u"p1"_s, SecretKind::ApiKey, u"key-1"_s));
        const std::optional<DoneAnswer> removed = remove(store, u"p1"_s, SecretKind::ApiKey);
        QVERIFY2(removed, "no answer to the remove");
        QCOMPARE(removed->status, SecretStore::Status::Ok);
        const std::optional<ReadAnswer> answer = read(store, u"p1"_s, SecretKind::ApiKey);
        QVERIFY2(answer, "no answer to the read");
        QCOMPARE(answer->status, SecretStore::Status::NotFound);
        QVERIFY(!store.contains(u"p1"_s, SecretKind::ApiKey));
    }

    void removingWhatIsNotThereIsOk()
    {
        MemorySecretStore store;
        const std::optional<DoneAnswer> removed = remove(store, u"p1"_s, SecretKind::ApiKey);
        QVERIFY2(removed, "no answer to the remove");
        QCOMPARE(removed->status, SecretStore::Status::Ok);
    }

    void removeAllRemovesEveryKindOfOneProfileOnly()
    {
        MemorySecretStore store;
        for (const SecretKind kind : SecretStore::allKinds()) {
            QVERIFY(put(store, u"p1"_s, kind, u"one"_s));
            QVERIFY(put(store, u"p2"_s, kind, u"two"_s));
        }
        bool answered = false;
        SecretStore::Status status = SecretStore::Status::Error;
        store.removeAll(u"p1"_s, this, [&](SecretStore::Status s, const QString &) {
            answered = true;
            status = s;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        QCOMPARE(status, SecretStore::Status::Ok);
        for (const SecretKind kind : SecretStore::allKinds()) {
            QVERIFY(!store.contains(u"p1"_s, kind));
            QVERIFY(store.contains(u"p2"_s, kind));
        }
    }

    void answersComeLaterNeverFromInsideTheCall()
    {
        MemorySecretStore store;
        int answers = 0;
        store.write(u"p1"_s, SecretKind::ApiKey, u"v"_s, this,
            [&answers](SecretStore::Status, const QString &) { ++answers; });
        store.read(u"p1"_s, SecretKind::ApiKey, this,
            [&answers](const std::optional<QString> &, SecretStore::Status, const QString &) {
                ++answers;
            });
        store.remove(u"p1"_s, SecretKind::ApiKey, this,
            [&answers](SecretStore::Status, const QString &) { ++answers; });
        QCOMPARE(answers, 0);
        QTRY_COMPARE_WITH_TIMEOUT(answers, 3, 5000);
    }

    void aReadAnswersWithTheValueAtTheTimeOfTheCall()
    {
        MemorySecretStore store;
        QVERIFY(put(store, u"p1"_s, SecretKind::ApiKey, u"before"_s));
        std::optional<QString> seen;
        store.read(u"p1"_s, SecretKind::ApiKey, this,
            [&seen](const std::optional<QString> &value, SecretStore::Status, const QString &) {
                seen = value;
            });
        store.write(u"p1"_s, SecretKind::ApiKey, u"after"_s, this,
            [](SecretStore::Status, const QString &) {});
        QTRY_VERIFY_WITH_TIMEOUT(seen.has_value(), 5000);
        QCOMPARE(*seen, u"before"_s);
    }

    void anAnswerForADestroyedContextIsDropped()
    {
        MemorySecretStore store;
        auto context = std::make_unique<QObject>();
        bool called = false;
        store.read(u"p1"_s, SecretKind::ApiKey, context.get(),
            [&called](const std::optional<QString> &, SecretStore::Status, const QString &) {
                called = true;
            });
        context.reset();
        // A later answer to a live context proves the queue has run past the dropped one.
        bool laterAnswered = false;
        store.read(u"p1"_s, SecretKind::ApiKey, this,
            [&laterAnswered](const std::optional<QString> &, SecretStore::Status, const QString &) {
                laterAnswered = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(laterAnswered, 5000);
        QVERIFY(!called);
    }

    void aFailingStoreReportsItsStatusAndChangesNothing_data()
    {
        QTest::addColumn<SecretStore::Status>("status");
        QTest::newRow("unavailable") << SecretStore::Status::Unavailable;
        QTest::newRow("error") << SecretStore::Status::Error;
    }

    void aFailingStoreReportsItsStatusAndChangesNothing()
    {
        QFETCH(SecretStore::Status, status);
        MemorySecretStore store;
        QVERIFY(put(store, u"p1"_s, SecretKind::ApiKey, u"kept"_s));
        store.failWith(status, u"no keychain here"_s);

        const std::optional<ReadAnswer> readAnswer = read(store, u"p1"_s, SecretKind::ApiKey);
        QVERIFY2(readAnswer, "no answer to the read");
        QCOMPARE(readAnswer->status, status);
        QVERIFY(!readAnswer->value);
        QCOMPARE(readAnswer->errorText, u"no keychain here"_s);
        const std::optional<DoneAnswer> written
            = write(store, u"p1"_s, SecretKind::ApiKey, u"replaced"_s);
        QVERIFY2(written, "no answer to the write");
        QCOMPARE(written->status, status);
        const std::optional<DoneAnswer> removed = remove(store, u"p1"_s, SecretKind::ApiKey);
        QVERIFY2(removed, "no answer to the remove");
        QCOMPARE(removed->status, status);

        store.failWith(SecretStore::Status::Ok);
        const std::optional<ReadAnswer> recovered = read(store, u"p1"_s, SecretKind::ApiKey);
        QVERIFY2(recovered, "no answer to the read after recovery");
        QCOMPARE(recovered->status, SecretStore::Status::Ok);
        QCOMPARE(recovered->value, std::optional<QString>(u"kept"_s));
        QVERIFY(recovered->errorText.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "TestMemorySecretStore.moc"

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

    ReadAnswer read(SecretStore &store, const QString &profileId, SecretKind kind)
    {
        auto answer = std::make_shared<ReadAnswer>();
        store.read(profileId, kind, this,
            [answer](const std::optional<QString> &value, SecretStore::Status status,
                const QString &errorText) {
                *answer = ReadAnswer { true, value, status, errorText };
            });
        static_cast<void>(QTest::qWaitFor([answer] { return answer->answered; }, 5000));
        return *answer;
    }

    DoneAnswer write(
        SecretStore &store, const QString &profileId, SecretKind kind, const QString &value)
    {
        auto answer = std::make_shared<DoneAnswer>();
        store.write(profileId, kind, value, this,
            [answer](SecretStore::Status status, const QString &errorText) {
                *answer = DoneAnswer { true, status, errorText };
            });
        static_cast<void>(QTest::qWaitFor([answer] { return answer->answered; }, 5000));
        return *answer;
    }

    DoneAnswer remove(SecretStore &store, const QString &profileId, SecretKind kind)
    {
        auto answer = std::make_shared<DoneAnswer>();
        store.remove(
            profileId, kind, this, [answer](SecretStore::Status status, const QString &errorText) {
                *answer = DoneAnswer { true, status, errorText };
            });
        static_cast<void>(QTest::qWaitFor([answer] { return answer->answered; }, 5000));
        return *answer;
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
        QCOMPARE(
            write(store, u"p1"_s, SecretKind::ApiKey, u"key-1"_s).status, SecretStore::Status::Ok);
        const ReadAnswer answer = read(store, u"p1"_s, SecretKind::ApiKey);
        QVERIFY(answer.answered);
        QCOMPARE(answer.status, SecretStore::Status::Ok);
        QCOMPARE(answer.value, std::optional<QString>(u"key-1"_s));
        QVERIFY(answer.errorText.isEmpty());
        QVERIFY(store.contains(u"p1"_s, SecretKind::ApiKey));
    }

    void aSecretNeverWrittenIsNotFound()
    {
        MemorySecretStore store;
        const ReadAnswer answer = read(store, u"p1"_s, SecretKind::Password);
        QVERIFY(answer.answered);
        QCOMPARE(answer.status, SecretStore::Status::NotFound);
        QVERIFY(!answer.value);
    }

    void anOverwriteReplacesTheValue()
    {
        MemorySecretStore store;
        write(store, u"p1"_s, SecretKind::Password, u"old"_s);
        write(store, u"p1"_s, SecretKind::Password, u"new"_s);
        QCOMPARE(
            read(store, u"p1"_s, SecretKind::Password).value, std::optional<QString>(u"new"_s));
    }

    void profilesAndKindsDoNotShareEntries()
    {
        MemorySecretStore store;
        write(store, u"p1"_s, SecretKind::Password, u"p1-password"_s);
        write(store, u"p2"_s, SecretKind::Password, u"p2-password"_s);
        write(store, u"p1"_s, SecretKind::AuthSecret, u"p1-secret"_s);
        QCOMPARE(read(store, u"p1"_s, SecretKind::Password).value,
            std::optional<QString>(u"p1-password"_s));
        QCOMPARE(read(store, u"p2"_s, SecretKind::Password).value,
            std::optional<QString>(u"p2-password"_s));
        QCOMPARE(read(store, u"p1"_s, SecretKind::AuthSecret).value,
            std::optional<QString>(u"p1-secret"_s));
        QCOMPARE(
            read(store, u"p2"_s, SecretKind::AuthSecret).status, SecretStore::Status::NotFound);
        QCOMPARE(read(store, u"p1"_s, SecretKind::ApiKey).status, SecretStore::Status::NotFound);
    }

    void aRemovedSecretIsNotFound()
    {
        MemorySecretStore store;
        write(store, u"p1"_s, SecretKind::ApiKey, u"key-1"_s);
        QCOMPARE(remove(store, u"p1"_s, SecretKind::ApiKey).status, SecretStore::Status::Ok);
        QCOMPARE(read(store, u"p1"_s, SecretKind::ApiKey).status, SecretStore::Status::NotFound);
        QVERIFY(!store.contains(u"p1"_s, SecretKind::ApiKey));
    }

    void removingWhatIsNotThereIsOk()
    {
        MemorySecretStore store;
        QCOMPARE(remove(store, u"p1"_s, SecretKind::ApiKey).status, SecretStore::Status::Ok);
    }

    void removeAllRemovesEveryKindOfOneProfileOnly()
    {
        MemorySecretStore store;
        for (const SecretKind kind : SecretStore::allKinds()) {
            write(store, u"p1"_s, kind, u"one"_s);
            write(store, u"p2"_s, kind, u"two"_s);
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
        write(store, u"p1"_s, SecretKind::ApiKey, u"before"_s);
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
        write(store, u"p1"_s, SecretKind::ApiKey, u"kept"_s);
        store.failWith(status, u"no keychain here"_s);

        const ReadAnswer readAnswer = read(store, u"p1"_s, SecretKind::ApiKey);
        QCOMPARE(readAnswer.status, status);
        QVERIFY(!readAnswer.value);
        QCOMPARE(readAnswer.errorText, u"no keychain here"_s);
        QCOMPARE(write(store, u"p1"_s, SecretKind::ApiKey, u"replaced"_s).status, status);
        QCOMPARE(remove(store, u"p1"_s, SecretKind::ApiKey).status, status);

        store.failWith(SecretStore::Status::Ok);
        const ReadAnswer recovered = read(store, u"p1"_s, SecretKind::ApiKey);
        QCOMPARE(recovered.status, SecretStore::Status::Ok);
        QCOMPARE(recovered.value, std::optional<QString>(u"kept"_s));
        QVERIFY(recovered.errorText.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "TestMemorySecretStore.moc"

// SPDX-License-Identifier: Apache-2.0

#include "SandboxFixture.h"
#include "api/Clock.h"
#include "domain/ObjectId.h"
#include "moderation/BulkDeleteEngine.h"

#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;

using Result = ItemOutcome::Result;

namespace {
// Moves on by a fixed step every time it is read: a paced run goes at full speed while the
// pacing arithmetic sees time pass.
class SteppingClock final : public Clock {
public:
    explicit SteppingClock(qint64 step)
        : m_step(step)
    {
    }
    qint64 nowMs() const override { return m_now += m_step; }

private:
    qint64 m_step;
    mutable qint64 m_now = 0;
};
} // namespace

// The bulk delete engine against the real sandbox over loopback: what each mode does on the
// server, seen from several users, and that every reported outcome matches the server's truth
// under faults and cancellation.
class TestBulkDeleteSandbox final : public QObject {
    Q_OBJECT

private:
    static QList<ItemOutcome> runToEnd(
        ApiClient &client, const QStringList &ids, const BulkDeleteEngine::Options &options)
    {
        BulkDeleteEngine engine(&client);
        QSignalSpy finished(&engine, &BulkDeleteEngine::finished);
        engine.start(ids, options);
        if (!finished.wait(60000))
            return {};
        return engine.outcomes();
    }

    static QHash<QString, Result> byId(const QList<ItemOutcome> &outcomes)
    {
        QHash<QString, Result> results;
        for (const ItemOutcome &outcome : outcomes)
            results.insert(outcome.id, outcome.result);
        return results;
    }

    static QStringList sharedBy(SandboxServer &server, qint64 first, qint64 second)
    {
        const QStringList firstIds = server.dialogIdsVisibleTo(first);
        const QStringList secondIds = server.dialogIdsVisibleTo(second);
        const QSet<QString> secondSet(secondIds.cbegin(), secondIds.cend());
        QStringList shared;
        for (const QString &id : firstIds) {
            if (secondSet.contains(id))
                shared.append(id);
        }
        return shared;
    }

private Q_SLOTS:
    void perUserDeleteRemovesTheDialogFromTheRequesterOnly()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        const qint64 anna = fixture.operatorAt(0).userId;
        const qint64 ben = fixture.operatorAt(1).userId;
        const QStringList ids = sharedBy(fixture.server(), anna, ben).mid(0, 12);
        QVERIFY2(ids.size() >= 4, "the demo community shares dialogs between operators");

        auto client = fixture.sessionClient(0);
        BulkDeleteEngine::Options options;
        options.batchSize = 5;
        const auto outcomes = runToEnd(*client, ids, options);
        QCOMPARE(outcomes.size(), ids.size());
        for (const ItemOutcome &outcome : outcomes) {
            QCOMPARE(outcome.result, Result::Deleted);
            QVERIFY(!fixture.server().dialogVisibleTo(outcome.id, anna));
            QVERIFY(fixture.server().dialogVisibleTo(outcome.id, ben));
            QVERIFY(fixture.server().dialogExists(outcome.id));
        }
    }

    void forceDeleteByTheOwnerRemovesTheDialogForEveryone()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        const qint64 anna = fixture.operatorAt(0).userId;
        const QStringList owned = fixture.server().dialogIdsOwnedBy(anna).mid(0, 7);
        QVERIFY(owned.size() >= 3);

        auto client = fixture.sessionClient(0);
        BulkDeleteEngine::Options options;
        options.force = true;
        const auto outcomes = runToEnd(*client, owned, options);
        QCOMPARE(outcomes.size(), owned.size());
        for (const ItemOutcome &outcome : outcomes) {
            QCOMPARE(outcome.result, Result::Deleted);
            QVERIFY(!fixture.server().dialogExists(outcome.id));
        }
    }

    void forceDeleteByANonOwnerComesBackNotPermittedPerDialog_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::newRow("one batch answered with buckets") << 50;
        QTest::newRow("single-id requests answered 200 or 403") << 1;
        QTest::newRow("small batches") << 3;
    }

    void forceDeleteByANonOwnerComesBackNotPermittedPerDialog()
    {
        QFETCH(int, batchSize);
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const qint64 anna = fixture.operatorAt(0).userId;
        QStringList own, foreign;
        for (const QString &id : server.dialogIdsVisibleTo(anna)) {
            if (server.dialogOwner(id) == anna)
                own.append(id);
            else
                foreign.append(id);
        }
        QVERIFY(own.size() >= 3 && foreign.size() >= 3);
        const QStringList ids = own.mid(0, 4) + foreign.mid(0, 5);

        auto client = fixture.sessionClient(0);
        BulkDeleteEngine::Options options;
        options.force = true;
        options.batchSize = batchSize;
        const auto results = byId(runToEnd(*client, ids, options));
        QCOMPARE(results.size(), ids.size());
        for (const QString &id : own.mid(0, 4)) {
            QCOMPARE(results.value(id), Result::Deleted);
            QVERIFY(!server.dialogExists(id));
        }
        for (const QString &id : foreign.mid(0, 5)) {
            QCOMPARE(results.value(id), Result::NotPermitted);
            QVERIFY(server.dialogExists(id));
        }
    }

    void idsThatDoNotExistComeBackAlreadyGone()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        const qint64 anna = fixture.operatorAt(0).userId;
        const QStringList real = fixture.server().dialogIdsVisibleTo(anna).mid(0, 2);
        const QStringList missing { u"000000000000000000000001"_s, u"000000000000000000000002"_s };
        auto client = fixture.sessionClient(0);
        for (const int batchSize : { 1, 10 }) {
            BulkDeleteEngine::Options options;
            options.batchSize = batchSize;
            const auto results = byId(runToEnd(*client, missing, options));
            QCOMPARE(results.value(missing.at(0)), Result::AlreadyGone);
            QCOMPARE(results.value(missing.at(1)), Result::AlreadyGone);
        }
        const auto results = byId(runToEnd(*client, real + missing, {}));
        QCOMPARE(results.value(real.at(0)), Result::Deleted);
        QCOMPARE(results.value(missing.at(0)), Result::AlreadyGone);
    }

    void apiKeyActsForTheOnBehalfOfUser()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const qint64 anna = fixture.operatorAt(0).userId;
        const qint64 ben = fixture.operatorAt(1).userId;
        const QStringList ids = sharedBy(server, anna, ben).mid(0, 6);
        QVERIFY(ids.size() >= 3);

        auto client = fixture.apiKeyClient();
        BulkDeleteEngine::Options options;
        options.onBehalfOf = ben;
        const auto outcomes = runToEnd(*client, ids, options);
        for (const ItemOutcome &outcome : outcomes) {
            QCOMPARE(outcome.result, Result::Deleted);
            QVERIFY(!server.dialogVisibleTo(outcome.id, ben));
            QVERIFY(server.dialogVisibleTo(outcome.id, anna));
        }

        // Forced on behalf of a user, the owner rule applies to that user.
        const QStringList benOwns = server.dialogIdsOwnedBy(ben).mid(0, 2);
        // Anna's dialogs that Ben still sees: he may remove them from his list, not delete them.
        QStringList annaOwns;
        for (const QString &id : server.dialogIdsOwnedBy(anna)) {
            if (server.dialogVisibleTo(id, ben) && annaOwns.size() < 2)
                annaOwns.append(id);
        }
        QCOMPARE(annaOwns.size(), 2);
        options.force = true;
        const auto forced = byId(runToEnd(*client, benOwns + annaOwns, options));
        for (const QString &id : benOwns)
            QCOMPARE(forced.value(id), Result::Deleted);
        for (const QString &id : annaOwns) {
            QCOMPARE(forced.value(id), Result::NotPermitted);
            QVERIFY(server.dialogExists(id));
        }
    }

    void apiKeyWithoutOnBehalfOfDeletesForEveryone()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const QStringList ids = server.allDialogIds().mid(10, 8);
        auto client = fixture.apiKeyClient();
        const auto outcomes = runToEnd(*client, ids, {});
        for (const ItemOutcome &outcome : outcomes) {
            QCOMPARE(outcome.result, Result::Deleted);
            QVERIFY(!server.dialogExists(outcome.id));
        }
    }

    void aSessionThatExpiresMidRunIsRenewedAndEveryOutcomeStaysRight()
    {
        SandboxOptions sandboxOptions = SandboxFixture::defaultOptions();
        sandboxOptions.latencyMs = 5;
        SandboxFixture fixture(sandboxOptions);
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const qint64 anna = fixture.operatorAt(0).userId;
        const QStringList ids = server.dialogIdsVisibleTo(anna).mid(0, 60);

        auto client = fixture.sessionClient(0);
        QSignalSpy sessions(client.get(), &ApiClient::sessionCreated);
        BulkDeleteEngine engine(client.get());
        QSignalSpy finished(&engine, &BulkDeleteEngine::finished);
        bool expired = false;
        connect(&engine, &BulkDeleteEngine::progressChanged, this, [&](int settled, int) {
            if (!expired && settled >= 10) {
                expired = true;
                server.expireAllSessions();
            }
        });
        BulkDeleteEngine::Options options;
        options.batchSize = 5;
        options.maxBatchesInFlight = 2;
        engine.start(ids, options);
        QVERIFY(finished.wait(30000));
        QVERIFY(expired);
        QCOMPARE(sessions.size(), 2);
        for (const ItemOutcome &outcome : engine.outcomes()) {
            QCOMPARE(outcome.result, Result::Deleted);
            QVERIFY(!server.dialogVisibleTo(outcome.id, anna));
        }
    }

    void underServerErrorsAndLostRepliesEveryOutcomeMatchesTheServer()
    {
        SandboxOptions sandboxOptions = SandboxFixture::defaultOptions();
        sandboxOptions.errorRate = 0.25;
        sandboxOptions.loseRate = 0.15;
        SandboxFixture fixture(sandboxOptions);
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const qint64 anna = fixture.operatorAt(0).userId;
        QStringList ids = server.dialogIdsVisibleTo(anna).mid(0, 120);
        const QString neverExisted = u"00000000000000000000abcd"_s;
        ids.append(neverExisted);

        auto client = fixture.sessionClient(0);
        BulkDeleteEngine::Options options;
        options.force = true;
        options.batchSize = 4;
        const auto outcomes = runToEnd(*client, ids, options);
        QCOMPARE(outcomes.size(), ids.size());
        int deleted = 0;
        for (const ItemOutcome &outcome : outcomes) {
            const bool exists = server.dialogExists(outcome.id);
            switch (outcome.result) {
            case Result::Deleted:
                ++deleted;
                QVERIFY2(!exists, qPrintable(outcome.id));
                break;
            case Result::AlreadyGone:
                // Nobody else deletes here: only the id that never existed was already gone,
                // never one that a lost answer of ours deleted.
                QCOMPARE(outcome.id, neverExisted);
                break;
            case Result::NotPermitted:
                QVERIFY2(exists, qPrintable(outcome.id));
                QVERIFY(server.dialogOwner(outcome.id) != anna);
                break;
            case Result::Failed:
                // Only the sandbox's 500 (answered before anything is done) fails an id, and
                // only when no earlier attempt may have acted.
                QVERIFY2(exists, qPrintable(outcome.id));
                QVERIFY(!outcome.attempts.contains(0));
                break;
            case Result::Unknown:
                QVERIFY2(outcome.attempts.contains(0), qPrintable(outcome.id));
                break;
            default:
                QFAIL(qPrintable(u"unexpected outcome for "_s + outcome.id));
            }
        }
        QVERIFY2(deleted > 0, "most deletes get through the faults");
    }

    void aRateLimitedServerIsNotStormed()
    {
        SandboxOptions sandboxOptions = SandboxFixture::defaultOptions();
        sandboxOptions.rateLimit = 25;
        SandboxFixture fixture(sandboxOptions);
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const qint64 anna = fixture.operatorAt(0).userId;
        const QStringList ids = server.dialogIdsVisibleTo(anna).mid(0, 60);

        auto client = fixture.sessionClient(0);
        RetryPolicy policy = RetryPolicy::immediateForTests();
        policy.rateLimitBackoffMs = { 50, 100, 200, 400, 800, 800, 800, 800, 800, 800 };
        client->setRetryPolicy(policy);
        BulkDeleteEngine::Options options;
        options.batchSize = 1;
        const auto outcomes = runToEnd(*client, ids, options);
        QCOMPARE(outcomes.size(), ids.size());
        for (const ItemOutcome &outcome : outcomes)
            QCOMPARE(outcome.result, Result::Deleted);
        const int tooMany = server.answeredWithStatus(429);
        QVERIFY2(tooMany < 20, qPrintable(u"%1 answers were 429"_s.arg(tooMany)));
    }

    void aPacedRunDeletesEveryIdOnTheSchedule()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const qint64 anna = fixture.operatorAt(0).userId;
        const QStringList ids = server.dialogIdsVisibleTo(anna).mid(0, 40);
        QVERIFY(ids.size() >= 20);

        auto client = fixture.sessionClient(0);
        SteppingClock clock(7);
        client->setClock(&clock);
        client->setLimits({ 6, 20 });
        BulkDeleteEngine engine(client.get());
        QList<qint64> sentAt;
        engine.setWriteAhead([&clock, &sentAt](const QStringList &) {
            sentAt.append(clock.nowMs());
            return true;
        });
        QSignalSpy finished(&engine, &BulkDeleteEngine::finished);
        BulkDeleteEngine::Options options;
        options.batchSize = 2;
        engine.start(ids, options);
        QVERIFY(finished.wait(60000));

        QCOMPARE(
            engine.summary().count(ItemOutcome::Result::Deleted), static_cast<int>(ids.size()));
        for (const QString &id : ids)
            QVERIFY(!server.dialogVisibleTo(id, anna));
        QCOMPARE(client->currentRateCeiling(), 20.0);
        QVERIFY(engine.pace().requestsPerSecond <= 20.0 + 1e-9);
    }

    void aPausedRunSendsNothingUntilResumedAndThenFinishes()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const qint64 anna = fixture.operatorAt(0).userId;
        const QStringList ids = server.dialogIdsVisibleTo(anna).mid(0, 30);
        QVERIFY(ids.size() >= 20);

        auto client = fixture.sessionClient(0);
        client->setLimits({ 1, 0 });
        BulkDeleteEngine engine(client.get());
        QSignalSpy finished(&engine, &BulkDeleteEngine::finished);
        QSignalSpy paused(&engine, &BulkDeleteEngine::pausedChanged);
        int batchesSent = 0;
        engine.setWriteAhead([&](const QStringList &) {
            // Pause as the second batch leaves: it still settles, nothing after it goes.
            if (++batchesSent == 2)
                engine.pause();
            return true;
        });
        BulkDeleteEngine::Options options;
        options.batchSize = 5;
        engine.start(ids, options);
        QTRY_COMPARE_WITH_TIMEOUT(engine.settledCount(), 10, 10000);
        QVERIFY(engine.isPaused());
        QVERIFY(engine.isRunning());
        QCOMPARE(paused.count(), 1);
        // Every answer is in; had a third batch left, it would be settling by now.
        QTRY_COMPARE_WITH_TIMEOUT(client->pendingCalls(), 0, 10000);
        QCOMPARE(batchesSent, 2);
        QCOMPARE(engine.pace().secondsLeft, -1);
        const int gone = static_cast<int>(std::count_if(ids.begin(), ids.end(),
            [&server, anna](const QString &id) { return !server.dialogVisibleTo(id, anna); }));
        QCOMPARE(gone, 10);

        engine.resume();
        QVERIFY(finished.wait(60000));
        QCOMPARE(paused.count(), 2);
        QCOMPARE(
            engine.summary().count(ItemOutcome::Result::Deleted), static_cast<int>(ids.size()));
        for (const QString &id : ids)
            QVERIFY(!server.dialogVisibleTo(id, anna));
    }

    void cancellingStopsNewRequestsAndLeavesEveryIdKnownOrUnknown()
    {
        SandboxOptions sandboxOptions = SandboxFixture::defaultOptions();
        sandboxOptions.latencyMs = 40;
        SandboxFixture fixture(sandboxOptions);
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const qint64 anna = fixture.operatorAt(0).userId;
        const QStringList ids = server.dialogIdsVisibleTo(anna);
        QVERIFY(ids.size() > 50);

        auto client = fixture.sessionClient(0);
        BulkDeleteEngine engine(client.get());
        QSignalSpy finished(&engine, &BulkDeleteEngine::finished);
        int requestsAtCancel = -1;
        connect(&engine, &BulkDeleteEngine::progressChanged, this, [&](int settled, int) {
            if (settled >= 10 && requestsAtCancel < 0) {
                requestsAtCancel = server.requestCount();
                engine.cancel();
            }
        });
        BulkDeleteEngine::Options options;
        options.batchSize = 5;
        options.maxBatchesInFlight = 2;
        engine.start(ids, options);
        QVERIFY(finished.wait(30000));
        QVERIFY(engine.wasCancelled());
        // Requests already on their way may still arrive; none may leave after the cancel.
        QVERIFY(server.requestCount() <= requestsAtCancel + options.maxBatchesInFlight);

        int notAttempted = 0;
        for (const ItemOutcome &outcome : engine.outcomes()) {
            const bool visible = server.dialogVisibleTo(outcome.id, anna);
            switch (outcome.result) {
            case Result::Deleted:
            case Result::AlreadyGone:
                QVERIFY(!visible);
                break;
            case Result::NotAttempted:
                ++notAttempted;
                QVERIFY(visible);
                break;
            case Result::Unknown:
                break;
            default:
                QFAIL(qPrintable(u"unexpected outcome for "_s + outcome.id));
            }
        }
        // At most the first ten and the two batches in flight can have gone out.
        QVERIFY2(notAttempted >= ids.size() - 10 - 2 * options.batchSize,
            qPrintable(u"%1 not attempted"_s.arg(notAttempted)));
    }
};

QTEST_GUILESS_MAIN(TestBulkDeleteSandbox)
#include "TestBulkDeleteSandbox.moc"

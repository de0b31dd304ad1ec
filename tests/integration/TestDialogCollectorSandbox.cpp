// SPDX-License-Identifier: Apache-2.0

#include "SandboxFixture.h"
#include "api/DialogCollector.h"

#include <QDeadlineTimer>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;

// Loading every dialog through the parallel pager, checked against the sandbox's own data.
class TestDialogCollectorSandbox final : public QObject {
    Q_OBJECT

private:
    struct Load {
        QStringList ids;
        int pages = 0;
        int total = -1;
        bool finished = false;
        ApiError error;
    };

    static Load load(ApiClient &client, const DialogQuery &query, int maxItems = -1)
    {
        Load result;
        DialogCollector collector(&client);
        QSignalSpy finished(&collector, &DialogCollector::finished);
        QSignalSpy failed(&collector, &DialogCollector::failed);
        QObject::connect(
            &collector, &DialogCollector::pageLoaded, [&result](int, const QList<Dialog> &dialogs) {
                ++result.pages;
                for (const Dialog &dialog : dialogs)
                    result.ids.append(dialog.id);
            });
        collector.start(query, maxItems);
        QDeadlineTimer deadline(60000);
        while (finished.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
            finished.wait(100);
        result.finished = !finished.isEmpty();
        if (!failed.isEmpty())
            result.error = failed.first().first().value<ApiError>();
        result.total = collector.serverTotal();
        return result;
    }

    static QSet<QString> asSet(const QStringList &ids) { return { ids.cbegin(), ids.cend() }; }

private Q_SLOTS:
    void loadsEveryDialogTheOperatorCanSeeAcrossManyPages()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 2500;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        const qint64 anna = fixture.operatorAt(0).userId;
        const QStringList expected = fixture.server().dialogIdsVisibleTo(anna);
        QVERIFY(expected.size() > 300);

        auto client = fixture.sessionClient(0);
        const Load result = load(*client, {});
        QVERIFY(result.finished);
        QCOMPARE(result.total, expected.size());
        QCOMPARE(result.ids.size(), expected.size());
        QCOMPARE(asSet(result.ids), asSet(expected));
        QCOMPARE(result.pages, (expected.size() + 99) / 100);
    }

    void anApiKeyWithoutActingUserSeesEveryDialog()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        auto client = fixture.apiKeyClient();
        const Load result = load(*client, {});
        QVERIFY(result.finished);
        QCOMPARE(asSet(result.ids), asSet(fixture.server().allDialogIds()));
    }

    void anActingUserSeesTheirOwnDialogs()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        const qint64 ben = fixture.operatorAt(1).userId;
        auto client = fixture.apiKeyClient();
        DialogQuery query;
        query.onBehalfOf = ben;
        const Load result = load(*client, query);
        QVERIFY(result.finished);
        QCOMPARE(asSet(result.ids), asSet(fixture.server().dialogIdsVisibleTo(ben)));
    }

    void aLimitStopsAfterThatManyDialogs_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("less than a page") << 7;
        QTest::newRow("exactly a page") << 100;
        QTest::newRow("a page and a bit") << 130;
    }

    void aLimitStopsAfterThatManyDialogs()
    {
        QFETCH(int, limit);
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        auto client = fixture.apiKeyClient();
        const Load result = load(*client, {}, limit);
        QVERIFY(result.finished);
        QCOMPARE(result.ids.size(), limit);
        QCOMPARE(asSet(result.ids).size(), limit);
    }

    void serverSideFiltersNarrowTheList()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        auto client = fixture.apiKeyClient();
        DialogQuery query;
        query.types = { DialogType::Private };
        QStringList privateIds;
        {
            DialogCollector collector(client.get());
            QSignalSpy finished(&collector, &DialogCollector::finished);
            bool allPrivate = true;
            connect(&collector, &DialogCollector::pageLoaded, this,
                [&](int, const QList<Dialog> &dialogs) {
                    for (const Dialog &dialog : dialogs) {
                        allPrivate = allPrivate && dialog.type == DialogType::Private
                            && dialog.occupantIds.size() == 2;
                        privateIds.append(dialog.id);
                    }
                });
            collector.start(query);
            QVERIFY(finished.wait(30000));
            QVERIFY(allPrivate);
        }
        QVERIFY(!privateIds.isEmpty());
        QVERIFY(privateIds.size() < fixture.server().allDialogIds().size());
    }

    void aLoadUnderRateLimitingStillCompletes()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 1500;
        options.rateLimit = 30;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        auto client = fixture.apiKeyClient();
        RetryPolicy policy = RetryPolicy::immediateForTests();
        policy.rateLimitBackoffMs = { 50, 100, 200, 400, 800, 800, 800, 800, 800, 800 };
        client->setRetryPolicy(policy);
        const Load result = load(*client, {});
        QVERIFY(result.finished);
        QCOMPARE(result.ids.size(), 1500);
        QVERIFY(fixture.server().answeredWithStatus(429) < 15);
    }

    // Retry pressed at once after a failure: the calls cancelled by that failure answer later
    // ("cancelled"), for the very pages asked for again. They must not count as those pages'
    // answers: the load goes on to the end, with no second failure.
    void aResumeRightAfterAFailureIsNotUndoneByTheCallsItCancelled()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 1500;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        auto client = fixture.apiKeyClient();
        DialogCollector collector(client.get());
        QStringList ids;
        bool broken = false;
        QObject::connect(
            &collector, &DialogCollector::pageLoaded, [&](int, const QList<Dialog> &dialogs) {
                for (const Dialog &dialog : dialogs)
                    ids.append(dialog.id);
                if (ids.size() >= 300 && !broken) {
                    broken = true;
                    server.setErrorRate(1.0);
                }
            });
        int failures = 0;
        QObject::connect(&collector, &DialogCollector::failed, [&] {
            ++failures;
            server.setErrorRate(0);
            // Before the cancelled calls' answers have come back.
            if (failures == 1)
                collector.resume();
        });
        QSignalSpy finished(&collector, &DialogCollector::finished);
        collector.start({});
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || failures > 1, 60000);
        QCOMPARE(failures, 1);
        QCOMPARE(asSet(ids), asSet(server.allDialogIds()));
        QCOMPARE(ids.size(), 1500);
    }

    void wrongCredentialsFailTheLoadWithUnauthorised()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        auto client = std::make_unique<ApiClient>();
        Credentials credentials = fixture.sessionCredentials(0);
        credentials.password = u"not the password"_s;
        client->setConnection(fixture.sessionSettings(0), credentials);
        client->setRetryPolicy(RetryPolicy::immediateForTests());
        QSignalSpy authFailed(client.get(), &ApiClient::authenticationFailed);
        const Load result = load(*client, {});
        QVERIFY(!result.finished);
        QCOMPARE(result.error.kind(), ApiError::Kind::Unauthorised);
        QCOMPARE(authFailed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDialogCollectorSandbox)
#include "TestDialogCollectorSandbox.moc"

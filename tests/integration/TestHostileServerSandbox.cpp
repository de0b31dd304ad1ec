// SPDX-License-Identifier: Apache-2.0

#include "AwaitReply.h"
#include "PeakMemory.h"
#include "SandboxFixture.h"
#include "api/endpoints/DeleteDialogsEndpoint.h"
#include "api/endpoints/ListDialogsEndpoint.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

// The client against a sandbox that behaves like a hostile server or a hostile network: what
// must not happen is checked where it would happen (on the second server, in memory, in the
// number of requests), not only in the error that comes back.
class TestHostileServerSandbox final : public QObject {
    Q_OBJECT

private:
    // A second sandbox on another loopback address: another origin, like another host.
    static std::unique_ptr<SandboxFixture> elsewhere()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.address = QHostAddress(u"127.0.0.2"_s);
        options.dialogs = 10;
        auto fixture = std::make_unique<SandboxFixture>(options);
        if (!fixture->start())
            return nullptr;
        return fixture;
    }

    static SandboxOptions redirectingTo(const QUrl &target)
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 20;
        options.redirectTo = target;
        return options;
    }

private Q_SLOTS:
    void aRedirectToAnotherHostCarriesNothingThere()
    {
        const auto other = elsewhere();
        if (!other)
            QSKIP("127.0.0.2 is not a loopback address here");
        SandboxFixture fixture(redirectingTo(other->server().endpoint()));
        QVERIFY(fixture.start());
        auto client = fixture.apiKeyClient();
        const QString dialog = fixture.server().allDialogIds().constFirst();

        const auto listed = awaitReply(*client, ListDialogsEndpoint::build({}, 0, 10));
        QVERIFY(listed);
        QCOMPARE(listed->error.kind(), ApiError::Kind::Redirected);
        QVERIFY2(listed->error.message().contains(other->server().endpoint().toString()),
            qPrintable(listed->error.message()));

        const auto deleted
            = awaitReply(*client, DeleteDialogsEndpoint::build({ dialog }, true, std::nullopt));
        QVERIFY(deleted);
        QCOMPARE(deleted->error.kind(), ApiError::Kind::Redirected);

        // Neither the key, nor the delete, nor anything else reached the other host.
        QCOMPARE(other->server().requestCount(), 0);
        QVERIFY(fixture.server().dialogExists(dialog));
        QCOMPARE(fixture.server().requestCount(), 2);
    }

    void aRedirectedLoginSendsNoPasswordElsewhere()
    {
        const auto other = elsewhere();
        if (!other)
            QSKIP("127.0.0.2 is not a loopback address here");
        SandboxFixture fixture(redirectingTo(other->server().endpoint()));
        QVERIFY(fixture.start());
        auto client = fixture.sessionClient(0);
        QSignalSpy authFailed(client.get(), &ApiClient::authenticationFailed);
        const auto listed = awaitReply(*client, ListDialogsEndpoint::build({}, 0, 10));
        QVERIFY(listed);
        QCOMPARE(listed->error.kind(), ApiError::Kind::Redirected);
        QCOMPARE(authFailed.size(), 1);
        QCOMPARE(other->server().requestCount(), 0);
    }

    void anOversizeAnswerIsCutOffWithoutFillingMemory()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 20;
        options.oversizeBytes = 512LL * 1024 * 1024;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        auto client = fixture.apiKeyClient();
        RequestLimits limits;
        limits.maxResponseBytes = 1024 * 1024;
        client->setLimits(limits);

        PeakMemory::reset();
        const qint64 before = PeakMemory::peakBytes();
        const auto listed = awaitReply(*client, ListDialogsEndpoint::build({}, 0, 10), 60000);
        QVERIFY(listed);
        QCOMPARE(listed->error.kind(), ApiError::Kind::BadResponse);
        QVERIFY2(listed->error.message().contains(u"larger than"_s),
            qPrintable(listed->error.message()));
        // The transfer stopped near the cap: the server got rid of a few MB at most, and this
        // process (client and server both) grew by far less than the answer.
        QVERIFY2(fixture.server().bytesStreamed() < 32LL * 1024 * 1024,
            qPrintable(QString::number(fixture.server().bytesStreamed())));
        if (before > 0)
            QVERIFY2(PeakMemory::peakBytes() - before < 64LL * 1024 * 1024,
                qPrintable(QString::number(PeakMemory::peakBytes() - before)));
        QCOMPARE(fixture.server().requestCount(), 1); // refused, not retried
    }

    void aTricklingAnswerMeetsTheDeadline()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 20;
        options.trickle = true;
        options.trickleIntervalMs = 10;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        auto client = fixture.apiKeyClient();
        RetryPolicy policy = RetryPolicy::immediateForTests();
        policy.transferTimeoutMs = 5000; // bytes keep coming: the idle timeout never fires
        policy.totalDeadlineMs = 300;
        client->setRetryPolicy(policy);

        const auto listed = awaitReply(*client, ListDialogsEndpoint::build({}, 0, 10), 30000);
        QVERIFY(listed);
        QCOMPARE(listed->error.kind(), ApiError::Kind::Timeout);
        QVERIFY(listed->body.isEmpty());
        QCOMPARE(fixture.server().requestCount(), 1); // the same trickle again would not help
        QVERIFY(fixture.server().bytesStreamed() > 0);
    }
};

QTEST_GUILESS_MAIN(TestHostileServerSandbox)
#include "TestHostileServerSandbox.moc"

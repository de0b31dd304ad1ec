// SPDX-License-Identifier: Apache-2.0

#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxSessions.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// The sandbox as a safe neighbour: its secrets are its own each start, it says so loudly when
// other computers can reach it, and what it remembers of used nonces stays bounded.
class TestSandboxSafety final : public QObject {
    Q_OBJECT

private:
    struct Secrets {
        QString authKey;
        QString authSecret;
        QString apiKey;
        QString password;
        qint64 firstUser = 0;
        QStringList dialogs;
    };

    static Secrets secretsOf(bool fixed)
    {
        SandboxOptions options;
        options.dialogs = 5;
        options.fixedCredentials = fixed;
        SandboxServer server(options);
        if (!server.start())
            return {};
        return { server.authKey(), server.authSecret(), server.apiKey(),
            server.operators().constFirst().password, server.operators().constFirst().userId,
            server.allDialogIds() };
    }

private Q_SLOTS:
    void everyStartHasFreshCredentials()
    {
        const Secrets first = secretsOf(false);
        const Secrets second = secretsOf(false);
        QVERIFY(!first.apiKey.isEmpty());
        QVERIFY(first.authKey != second.authKey);
        QVERIFY(first.authSecret != second.authSecret);
        QVERIFY(first.apiKey != second.apiKey);
        QVERIFY(first.password != second.password);
        // The community itself still follows the seed.
        QCOMPARE(first.firstUser, second.firstUser);
        QCOMPARE(first.dialogs, second.dialogs);
    }

    void fixedCredentialsOnlyWhenAskedFor()
    {
        const Secrets first = secretsOf(true);
        const Secrets second = secretsOf(true);
        QCOMPARE(first.apiKey, second.apiKey);
        QCOMPARE(first.password, second.password);
        QVERIFY(secretsOf(false).apiKey != first.apiKey);
    }

    void onlyLoopbackCountsAsPrivate_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("reachable");
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << false;
        QTest::newRow("127.0.0.2") << u"127.0.0.2"_s << false;
        QTest::newRow("::1") << u"::1"_s << false;
        QTest::newRow("every IPv4 address") << u"0.0.0.0"_s << true;
        QTest::newRow("every address") << u"::"_s << true;
        QTest::newRow("a LAN address") << u"192.168.1.20"_s << true;
    }

    void onlyLoopbackCountsAsPrivate()
    {
        QFETCH(QString, address);
        QFETCH(bool, reachable);
        SandboxOptions options;
        options.address = QHostAddress(address);
        QCOMPARE(SandboxServer(options).isReachableFromOtherComputers(), reachable);
    }

    void usedNoncesAreForgottenOnceTheirTimestampExpires()
    {
        SandboxSessions sessions(7200);
        const qint64 now = 1'800'000'000;
        QVERIFY(sessions.claimNonce(now, u"1"_s, now, 3600));
        QVERIFY(!sessions.claimNonce(now, u"1"_s, now, 3600)); // a replay
        QVERIFY(sessions.claimNonce(now, u"2"_s, now, 3600));
        QCOMPARE(sessions.rememberedNonces(), 2);
        // An hour and a bit later those timestamps are refused by the clock check anyway.
        QVERIFY(sessions.claimNonce(now + 3700, u"1"_s, now + 3700, 3600));
        QCOMPARE(sessions.rememberedNonces(), 1);
    }

    void theNonceWindowIsBounded()
    {
        SandboxSessions sessions(7200);
        const qint64 now = 1'800'000'000;
        for (int i = 0; i < SandboxSessions::maxRememberedNonces; ++i)
            QVERIFY(sessions.claimNonce(now, QString::number(i), now, 3600));
        QVERIFY(!sessions.claimNonce(now, u"one more"_s, now, 3600));
        QCOMPARE(sessions.rememberedNonces(), SandboxSessions::maxRememberedNonces);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSafety)
#include "TestSandboxSafety.moc"

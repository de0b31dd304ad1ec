// SPDX-License-Identifier: Apache-2.0

#include "CtlRunner.h"
#include "ExitCode.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;

// Listings that page in parallel still deliver the server's list: every item exactly once, in
// the server's order where the output promises it, ending where the list ends.
class TestCtlListing final : public QObject {
    Q_OBJECT

private:
    static CtlRun ctl(SandboxServer &server, const QStringList &arguments)
    {
        CtlInvocation invocation;
        invocation.environment.insert(u"QBMOD_API_KEY"_s, server.apiKey());
        invocation.arguments
            = arguments + QStringList { u"--endpoint"_s, server.endpoint().toString() };
        return runCtl(invocation);
    }

    static QStringList linesField(const QString &out, const QString &field)
    {
        QStringList values;
        const auto lines = out.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QJsonValue value = QJsonDocument::fromJson(line.toUtf8()).object().value(field);
            values.append(value.isString() ? value.toString() : QString::number(value.toInteger()));
        }
        return values;
    }

    static QStringList userIdsOf(const SandboxServer &server)
    {
        QStringList ids;
        const QList<qint64> users = server.userIds();
        for (const qint64 id : users)
            ids.append(QString::number(id));
        return ids;
    }

    static QString dialogWith(const SandboxServer &server, int messages)
    {
        for (const QString &id : server.allDialogIds()) {
            if (server.messageIds(id).size() == messages)
                return id;
        }
        return {};
    }

    static void verifyEachOnce(const QStringList &listed, const QStringList &expected)
    {
        QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()).size(), listed.size());
        QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()),
            QSet<QString>(expected.cbegin(), expected.cend()));
    }

    static QStringList idsOf(const QJsonArray &items)
    {
        QStringList ids;
        for (const QJsonValue &item : items)
            ids.append(item.toObject().value(u"_id"_s).toString());
        return ids;
    }

private Q_SLOTS:
    void manyMessagePagesComeNewestFirstEachOnce_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("expected");
        // 430 messages: pages of 100 in flight together, the last one short.
        QTest::newRow("more than the dialog holds") << 1000 << 430;
        QTest::newRow("a limit within a page") << 250 << 250;
        QTest::newRow("a limit at a page boundary") << 400 << 400;
    }

    void manyMessagePagesComeNewestFirstEachOnce()
    {
        QFETCH(int, limit);
        QFETCH(int, expected);
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 3;
        options.messagesPerDialog = 430;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        QString dialog;
        for (const QString &id : fixture.server().allDialogIds()) {
            if (fixture.server().messageIds(id).size() == 430)
                dialog = id;
        }
        QVERIFY(!dialog.isEmpty());
        const CtlRun run = ctl(fixture.server(),
            { u"messages"_s, u"list"_s, dialog, u"--limit"_s, QString::number(limit),
                u"--json"_s });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        const QStringList ids
            = idsOf(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"items"_s).toArray());
        QCOMPARE(ids.size(), expected);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), expected);
        // The server holds them oldest first; the listing is newest first.
        QStringList newestFirst = fixture.server().messageIds(dialog);
        std::reverse(newestFirst.begin(), newestFirst.end());
        QCOMPARE(ids, newestFirst.mid(0, expected));
    }

    void aStreamedDialogListHasEveryDialogOnce()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 1234;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        const CtlRun run
            = ctl(fixture.server(), { u"dialogs"_s, u"list"_s, u"--all"_s, u"--jsonl"_s });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QStringList ids;
        const auto lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines)
            ids.append(QJsonDocument::fromJson(line.toUtf8()).object().value(u"_id"_s).toString());
        const QStringList expected = fixture.server().allDialogIds();
        QCOMPARE(ids.size(), expected.size());
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()),
            QSet<QString>(expected.cbegin(), expected.cend()));
    }

    void everyUserIsListedOnce_data()
    {
        QTest::addColumn<QStringList>("format");
        QTest::newRow("--all --jsonl") << QStringList { u"--all"_s, u"--jsonl"_s };
        QTest::newRow("--all --json") << QStringList { u"--all"_s, u"--json"_s };
    }

    void everyUserIsListedOnce()
    {
        QFETCH(QStringList, format);
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        const QStringList expected = userIdsOf(fixture.server());
        // More than three pages of the server's largest.
        QVERIFY(expected.size() > 3 * 100);
        const CtlRun run = ctl(fixture.server(), QStringList { u"users"_s, u"list"_s } + format);
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QStringList ids;
        if (format.contains(u"--jsonl"_s)) {
            ids = linesField(run.out, u"id"_s);
        } else {
            const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
            const QJsonArray items = document.value(u"items"_s).toArray();
            for (const QJsonValue &item : items)
                ids.append(QString::number(item.toObject().value(u"id"_s).toInteger()));
            QCOMPARE(document.value(u"total_entries"_s).toInt(), int(expected.size()));
        }
        verifyEachOnce(ids, expected);
    }

    void aUserPageThatFailsIsAskedForAgain()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        // The second page asked for is refused once; the client asks for it again.
        fixture.server().scriptFaults(
            u"GET"_s, { SandboxFault {}, SandboxFault { SandboxFault::Kind::RefuseBefore, 500 } });
        const CtlRun run
            = ctl(fixture.server(), { u"users"_s, u"list"_s, u"--all"_s, u"--jsonl"_s });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QVERIFY(fixture.server().answeredWithStatus(500) == 1);
        verifyEachOnce(linesField(run.out, u"id"_s), userIdsOf(fixture.server()));
    }

    void aUserLimitStreamsThatManyOnce()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        const CtlRun run = ctl(
            fixture.server(), { u"users"_s, u"list"_s, u"--limit"_s, u"250"_s, u"--jsonl"_s });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        const QStringList ids = linesField(run.out, u"id"_s);
        QCOMPARE(ids.size(), 250);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 250);
    }

    void everyMessageIsListedOnceWhileTheDialogGrows_data()
    {
        QTest::addColumn<QStringList>("format");
        QTest::newRow("--all --jsonl") << QStringList { u"--all"_s, u"--jsonl"_s };
        QTest::newRow("--all --json") << QStringList { u"--all"_s, u"--json"_s };
    }

    void everyMessageIsListedOnceWhileTheDialogGrows()
    {
        QFETCH(QStringList, format);
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 3;
        options.messagesPerDialog = 730;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const QString dialog = dialogWith(server, 730);
        QVERIFY(!dialog.isEmpty());
        const QStringList before = server.messageIds(dialog);
        const qint64 sender = server.dialogOccupants(dialog).value(0, server.userIds().first());
        // New messages arrive after the first page: every older one moves to a later offset.
        QStringList posted;
        QObject::connect(&server, &SandboxServer::requestAnswered, &server,
            [&](const QString &, const QString &path, int) {
                if (path.contains(u"Message"_s) && posted.isEmpty()) {
                    for (int i = 0; i < 30; ++i)
                        posted.append(server.postMessage(dialog, sender, u"meanwhile"_s));
                }
            });
        const CtlRun run = ctl(server, QStringList { u"messages"_s, u"list"_s, dialog } + format);
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QCOMPARE(posted.size(), 30);
        const QStringList ids = format.contains(u"--jsonl"_s)
            ? linesField(run.out, u"_id"_s)
            : idsOf(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"items"_s).toArray());
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        // Every message that was there is listed, once; nothing that never was.
        const QSet<QString> listed(ids.cbegin(), ids.cend());
        QVERIFY(listed.contains(QSet<QString>(before.cbegin(), before.cend())));
        const QStringList now = server.messageIds(dialog);
        QVERIFY(QSet<QString>(now.cbegin(), now.cend()).contains(listed));
    }

    // A page that fails is asked for again, in the first window or a later one.
    void aMessagePageThatFailsIsAskedForAgain_data()
    {
        QTest::addColumn<int>("messages");
        QTest::addColumn<int>("failingRequest");
        QTest::addColumn<int>("status");
        QTest::newRow("503 in the first window") << 430 << 3 << 503;
        QTest::newRow("500 in a later window") << 1030 << 4 << 500;
    }

    void aMessagePageThatFailsIsAskedForAgain()
    {
        QFETCH(int, messages);
        QFETCH(int, failingRequest);
        QFETCH(int, status);
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 3;
        options.messagesPerDialog = messages;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        const QString dialog = dialogWith(fixture.server(), messages);
        QVERIFY(!dialog.isEmpty());
        QList<SandboxFault> faults(failingRequest - 1);
        faults.append(SandboxFault { SandboxFault::Kind::RefuseBefore, status });
        fixture.server().scriptFaults(u"GET"_s, faults);
        const CtlRun run
            = ctl(fixture.server(), { u"messages"_s, u"list"_s, dialog, u"--all"_s, u"--jsonl"_s });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QCOMPARE(fixture.server().answeredWithStatus(status), 1);
        verifyEachOnce(linesField(run.out, u"_id"_s), fixture.server().messageIds(dialog));
    }

    // Around the page size, where the first short page ends the list; the empty dialog; past
    // the first window.
    void everyMessageOnceNewestFirstAroundThePageSize_data()
    {
        QTest::addColumn<int>("messages");
        QTest::newRow("none") << 0;
        QTest::newRow("one short page") << 99;
        QTest::newRow("one full page") << 100;
        QTest::newRow("one more than a page") << 101;
        QTest::newRow("a window and a page") << 701;
    }

    void everyMessageOnceNewestFirstAroundThePageSize()
    {
        QFETCH(int, messages);
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 20;
        options.messagesPerDialog = std::max(1, messages);
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        const QString dialog = dialogWith(fixture.server(), messages);
        QVERIFY(!dialog.isEmpty());
        const CtlRun run
            = ctl(fixture.server(), { u"messages"_s, u"list"_s, dialog, u"--all"_s, u"--jsonl"_s });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        const QStringList ids = linesField(run.out, u"_id"_s);
        QCOMPARE(ids.size(), messages);
        verifyEachOnce(ids, fixture.server().messageIds(dialog));
    }

    void badCombinationsSendNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("complaint");
        const QString dialog = u"5f0c1e2d3c4b5a6978877665"_s;
        QTest::newRow("users --all --limit") << QStringList { u"users"_s, u"list"_s, u"--all"_s,
            u"--limit"_s, u"5"_s } << u"--limit and --all"_s;
        QTest::newRow("users --json --jsonl") << QStringList { u"users"_s, u"list"_s, u"--all"_s,
            u"--json"_s, u"--jsonl"_s } << u"--json and --jsonl"_s;
        QTest::newRow("users --jsonl --limit 0") << QStringList { u"users"_s, u"list"_s,
            u"--jsonl"_s, u"--limit"_s, u"0"_s } << u"--limit needs"_s;
        QTest::newRow("users --all, a short name") << QStringList { u"users"_s, u"list"_s,
            u"--all"_s, u"--search"_s, u"ab"_s } << u"3 characters"_s;
        QTest::newRow("messages --all --limit") << QStringList { u"messages"_s, u"list"_s, dialog,
            u"--all"_s, u"--limit"_s, u"5"_s } << u"--limit and --all"_s;
        QTest::newRow("messages --json --jsonl") << QStringList { u"messages"_s, u"list"_s, dialog,
            u"--json"_s, u"--jsonl"_s } << u"--json and --jsonl"_s;
    }

    void badCombinationsSendNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, complaint);
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        const CtlRun run = ctl(fixture.server(), arguments);
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY2(run.err.contains(complaint), qPrintable(run.err));
        QCOMPARE(run.out, QString());
        QCOMPARE(fixture.server().requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCtlListing)
#include "TestCtlListing.moc"

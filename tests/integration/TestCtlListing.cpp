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
};

QTEST_GUILESS_MAIN(TestCtlListing)
#include "TestCtlListing.moc"

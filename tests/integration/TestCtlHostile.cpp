// SPDX-License-Identifier: Apache-2.0

#include "CtlRunner.h"
#include "ExitCode.h"
#include "SandboxFixture.h"
#include "sandbox/SandboxHostileAnswers.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// qbmodctl against a hostile server: chat text reaches the terminal inert, JSON stays exact, CSV
// cells cannot run as formulas, and a redirect to another host is an error that sends nothing
// there.
class TestCtlHostile final : public QObject {
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

    // Anything a terminal would act on: C0 and C1 controls but the line feed, DEL, and the bidi
    // embeddings, overrides and isolates.
    static bool hasTerminalControls(const QString &text)
    {
        static const QRegularExpression controls(
            u"[\\x{0}-\\x{9}\\x{B}-\\x{1F}\\x{7F}-\\x{9F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"_s);
        return text.contains(controls);
    }

    static SandboxOptions hostileOptions()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 40;
        options.hostileText = true;
        return options;
    }

private Q_SLOTS:
    void dialogNamesReachTheTerminalInert()
    {
        SandboxFixture fixture(hostileOptions());
        QVERIFY(fixture.start());
        const CtlRun run
            = ctl(fixture.server(), { u"dialogs"_s, u"list"_s, u"--limit"_s, u"30"_s });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QVERIFY2(!hasTerminalControls(run.out), qPrintable(run.out));
        QVERIFY2(!hasTerminalControls(run.err), qPrintable(run.err));
        // Still readable: the escapes are shown, not dropped.
        QVERIFY2(run.out.contains(u"\\x1B]0;owned\\x07"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"\\u202E"_s));
    }

    void jsonKeepsTheNamesExactly()
    {
        SandboxFixture fixture(hostileOptions());
        QVERIFY(fixture.start());
        const CtlRun run = ctl(
            fixture.server(), { u"dialogs"_s, u"list"_s, u"--limit"_s, u"30"_s, u"--json"_s });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        // JSON escapes C0 controls (ESC, BEL, CR) itself, and is exact once parsed.
        static const QRegularExpression c0(u"[\\x{0}-\\x{9}\\x{B}-\\x{1F}]"_s);
        QVERIFY(!run.out.contains(c0));
        const QJsonArray items = run.json().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 30);
        QSet<QString> prefixes;
        for (const QJsonValue &item : items) {
            const QString name = item.toObject().value(u"name"_s).toString();
            for (const QString &hostile : SandboxHostileAnswers::hostileTexts()) {
                if (name.startsWith(hostile))
                    prefixes.insert(hostile);
            }
        }
        QCOMPARE(prefixes.size(), SandboxHostileAnswers::hostileTexts().size());
    }

    void messagesAndUsersReachTheTerminalInert()
    {
        SandboxFixture fixture(hostileOptions());
        QVERIFY(fixture.start());
        QString busiest;
        for (const QString &id : fixture.server().allDialogIds()) {
            if (fixture.server().messageIds(id).size() > 5) {
                busiest = id;
                break;
            }
        }
        QVERIFY(!busiest.isEmpty());
        const CtlRun messages = ctl(fixture.server(), { u"messages"_s, u"list"_s, busiest });
        QCOMPARE(messages.exitCode, int(ExitSuccess));
        QVERIFY2(!hasTerminalControls(messages.out), qPrintable(messages.out));
        QVERIFY(messages.out.contains(u"\\x1B"_s));

        const CtlRun users
            = ctl(fixture.server(), { u"users"_s, u"list"_s, u"--limit"_s, u"20"_s });
        QCOMPARE(users.exitCode, int(ExitSuccess));
        QVERIFY2(!hasTerminalControls(users.out), qPrintable(users.out));
        QVERIFY(users.out.contains(u"\\x1B"_s));
    }

    void aRedirectToAnotherHostExitsFourAndNamesIt()
    {
        SandboxOptions otherOptions = SandboxFixture::defaultOptions();
        otherOptions.address = QHostAddress(u"127.0.0.2"_s);
        otherOptions.dialogs = 10;
        SandboxFixture other(otherOptions);
        if (!other.start())
            QSKIP("127.0.0.2 is not a loopback address here");
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 20;
        options.redirectTo = other.server().endpoint();
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        const QString dialog = fixture.server().allDialogIds().constFirst();
        QTemporaryDir dir;

        const CtlRun listed = ctl(fixture.server(), { u"dialogs"_s, u"list"_s });
        QCOMPARE(listed.exitCode, int(ExitUnreachable));
        QVERIFY2(
            listed.err.contains(u"redirected to %1"_s.arg(other.server().endpoint().toString())),
            qPrintable(listed.err));

        const CtlRun deleted = ctl(fixture.server(),
            { u"dialogs"_s, u"delete"_s, u"--force"_s, u"--yes"_s, u"--no-evidence"_s,
                u"--reason"_s, u"test"_s, u"--journal"_s, dir.filePath(u"journal.sqlite"_s),
                u"--json"_s, dialog });
        QVERIFY(deleted.exitCode != int(ExitSuccess));
        QCOMPARE(deleted.json().value(u"deleted"_s).toInt(), 0);
        QVERIFY(fixture.server().dialogExists(dialog));
        QCOMPARE(other.server().requestCount(), 0);
    }

    void journalCsvCellsCannotRunAsFormulas()
    {
        SandboxFixture fixture(hostileOptions());
        QVERIFY(fixture.start());
        QTemporaryDir dir;
        const QString journal = dir.filePath(u"journal.sqlite"_s);
        const QString dialog = fixture.server().allDialogIds().constFirst();
        const QString formula = u"=HYPERLINK(\"https://evil.example/\",\"report\")"_s;
        const CtlRun deleted = ctl(fixture.server(),
            { u"dialogs"_s, u"delete"_s, u"--yes"_s, u"--reason"_s, formula, u"--journal"_s,
                journal, u"--json"_s, u"--force"_s, dialog });
        QVERIFY2(deleted.exitCode == int(ExitSuccess) || deleted.exitCode == int(ExitPartial),
            qPrintable(deleted.err));

        const CtlRun exported = ctl(fixture.server(),
            { u"journal"_s, u"export"_s, u"--format"_s, u"csv"_s, u"--journal"_s, journal });
        QCOMPARE(exported.exitCode, int(ExitSuccess));
        QVERIFY2(exported.out.contains(u"'=HYPERLINK("_s), qPrintable(exported.out));
        // No cell, quoted or not, starts like a formula.
        static const QRegularExpression formulaCell(
            u"(^|,)\"?([=+\\-@\\t]|\\r(?!\\n))"_s, QRegularExpression::MultilineOption);
        QVERIFY2(!exported.out.contains(formulaCell), qPrintable(exported.out));
    }
};

QTEST_GUILESS_MAIN(TestCtlHostile)
#include "TestCtlHostile.moc"

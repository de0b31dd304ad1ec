// SPDX-License-Identifier: Apache-2.0

#include "CtlApplication.h"
#include "DeleteRunDialog.h"
#include "ExitCode.h"
#include "RecordingPrompter.h"
#include "SandboxFixture.h"
#include "models/DeleteResultModel.h"
#include "moderation/Journal.h"

#include <QBuffer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A journal's rows with what differs between two runs left out (ids, times, the sandbox's
// port): what each run recorded, item by item and attempt by attempt.
QStringList rowsOf(const QString &path)
{
    Journal journal;
    if (!journal.open(path))
        return { u"cannot open "_s + path };
    QStringList rows;
    for (const Journal::Run &run : journal.runs()) {
        rows.append(QStringList { run.status, run.authMode, run.apiKeyFingerprint,
            run.operatorLogin, RunKind::modeName(run.mode), RunKind::targetName(run.target),
            run.reason, run.protectionOverridden ? u"overridden"_s : u"-"_s,
            run.actingUserId ? QString::number(*run.actingUserId) : u"-"_s }
                        .join(u'|'));
        for (const Journal::Item &item : journal.items(run.id)) {
            rows.append(QStringList { item.objectId, Journal::stateName(item.state), item.outcome,
                item.error, item.containerId }
                            .join(u'|'));
        }
        for (const Journal::Attempt &attempt : journal.attempts(run.id))
            rows.append(
                u"%1 #%2: %3"_s.arg(attempt.objectId).arg(attempt.number).arg(attempt.status));
        rows.append(u"evidence %1"_s.arg(journal.evidence(run.id).size()));
    }
    return rows;
}

} // namespace

// The same plan through the console's run path (DeleteRunDialog over the core's run) and through
// qbmodctl, each against its own sandbox of the same seed: the journals must agree row for row.
class TestRunPathsAgree final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RecordingPrompter m_prompter;

    static SandboxOptions faultyOptions()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 60;
        return options;
    }

    // Lost answers and a 502 after acting, the same for both: scripted per request.
    static void scriptFaults(SandboxServer &server)
    {
        using Kind = SandboxFault::Kind;
        server.scriptFaults(u"DELETE"_s,
            { { Kind::LoseAfterActing, 0 }, {}, { Kind::AnswerAfterActing, 502 }, {},
                { Kind::RefuseBefore, 500 } });
    }

private Q_SLOTS:
    void initTestCase() { Prompter::setCurrent(&m_prompter); }
    void cleanupTestCase() { Prompter::setCurrent(nullptr); }

    void theConsoleAndQbmodctlJournalTheSamePlanAlike()
    {
        // The console.
        SandboxFixture console(faultyOptions());
        QVERIFY(console.start());
        const QStringList ids = console.server().allDialogIds().mid(0, 6);
        auto client = console.apiKeyClient();
        RequestLimits limits = client->limits();
        limits.maxInFlight = 1;
        client->setLimits(limits);
        scriptFaults(console.server());
        const QString consoleJournalPath = m_dir.filePath(u"console.sqlite"_s);
        {
            Journal journal;
            QVERIFY(journal.open(consoleJournalPath));
            DeletionPlan plan;
            plan.target = DeletionPlan::Target::Dialogs;
            // What the operator picked does not matter: an API key without an acting user
            // deletes for everyone, and both paths must say so.
            plan.mode = DeletionPlan::Mode::FromActingUsersList;
            plan.authMode = AuthMode::ApiKey;
            plan.reason = u"spam wave"_s;
            plan.batchSize = 2;
            plan.keepEvidence = true;
            for (const QString &id : ids) {
                Dialog dialog;
                dialog.id = id;
                plan.dialogs.append(dialog);
            }
            DeleteRunDialog dialog(client.get(), plan);
            dialog.setJournal(&journal,
                Journal::Run::forConnection(client->connection(), QString(),
                    Journal::apiKeyFingerprint(console.server().apiKey())));
            QSignalSpy finished(&dialog, &DeleteRunDialog::runFinished);
            dialog.show();
            dialog.start();
            QVERIFY(finished.wait(30000));
            QVERIFY(!dialog.isRunning());
        }

        // qbmodctl, in-process, on a sandbox of the same seed.
        SandboxFixture ctl(faultyOptions());
        QVERIFY(ctl.start());
        QCOMPARE(ctl.server().allDialogIds().mid(0, 6), ids);
        scriptFaults(ctl.server());
        const QString ctlJournalPath = m_dir.filePath(u"ctl.sqlite"_s);
        QBuffer out, err, in;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        in.open(QIODevice::ReadOnly);
        CtlIo io(&out, &err, &in);
        io.environment.insert(u"QBMOD_API_KEY"_s, ctl.server().apiKey());
        CtlApplication application(&io);
        application.setRetryPolicy(RetryPolicy::immediateForTests());
        QSignalSpy finished(&application, &CtlApplication::finished);
        application.start(QStringList { u"qbmodctl"_s, u"dialogs"_s, u"delete"_s, u"--yes"_s,
                              u"--reason"_s, u"spam wave"_s, u"--batch-size"_s, u"2"_s,
                              u"--concurrency"_s, u"1"_s, u"--journal"_s, ctlJournalPath,
                              u"--endpoint"_s, ctl.server().endpoint().toString() }
            + ids);
        QVERIFY(finished.wait(30000));
        io.err.flush();
        QCOMPARE(finished.first().first().toInt(), int(ExitSuccess));

        const QStringList consoleRows = rowsOf(consoleJournalPath);
        const QStringList ctlRows = rowsOf(ctlJournalPath);
        QCOMPARE(ctlRows, consoleRows);
        // And the rows say what happened: for everyone, and each outcome from its attempts.
        QVERIFY2(
            consoleRows.first().contains(u"|force|dialogs|"_s), qPrintable(consoleRows.first()));
        QVERIFY(consoleRows.contains(ids.at(0) + u"|answered|deleted||"_s));
        // Each journaled outcome against the server's own state.
        Journal journal;
        QVERIFY(journal.open(consoleJournalPath));
        for (const Journal::Item &item : journal.items(journal.runs().first().id)) {
            const bool exists = console.server().dialogExists(item.objectId);
            if (item.outcome == u"deleted"_s)
                QVERIFY2(!exists, qPrintable(item.objectId));
            else if (item.outcome == u"failed"_s || item.outcome == u"not_attempted"_s)
                QVERIFY2(exists, qPrintable(item.objectId));
            QCOMPARE(ctl.server().dialogExists(item.objectId), exists);
        }
    }

    void anExportThatCannotBeWrittenIsSaidThroughThePrompter()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        auto client = fixture.apiKeyClient();
        Journal journal;
        QVERIFY(journal.open(m_dir.filePath(u"export.sqlite"_s)));
        DeletionPlan plan;
        plan.authMode = AuthMode::ApiKey;
        plan.reason = u"export"_s;
        plan.keepEvidence = false;
        Dialog dialog;
        dialog.id = fixture.server().allDialogIds().first();
        plan.dialogs = { dialog };
        DeleteRunDialog run(client.get(), plan);
        run.setJournal(&journal, Journal::Run::forConnection(client->connection(), {}, {}));
        QSignalSpy finished(&run, &DeleteRunDialog::runFinished);
        run.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(m_prompter.warnings.isEmpty());

        m_prompter.savePath = m_dir.filePath(u"no-such-folder/results.csv"_s);
        auto *exportButton = run.findChild<QPushButton *>(u"exportResults"_s);
        QVERIFY(exportButton);
        exportButton->click();
        QCOMPARE(m_prompter.asked.last(), u"Export results"_s);
        QCOMPARE(m_prompter.warnings.size(), 1);
        QVERIFY(m_prompter.warnings.first().contains(u"no-such-folder"_s));
        m_prompter.warnings.clear();
    }

    void aRunThatCannotBeJournaledIsSaidThroughThePrompter()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        auto client = fixture.apiKeyClient();
        DeletionPlan plan;
        plan.authMode = AuthMode::ApiKey;
        plan.reason = u"no journal"_s;
        Dialog dialog;
        dialog.id = fixture.server().allDialogIds().first();
        plan.dialogs = { dialog };
        const int before = fixture.server().requestCount();
        DeleteRunDialog run(client.get(), plan); // no journal set
        QSignalSpy finished(&run, &DeleteRunDialog::runFinished);
        run.start();
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(m_prompter.warnings.size(), 1);
        QVERIFY2(m_prompter.warnings.first().contains(u"journal"_s),
            qPrintable(m_prompter.warnings.first()));
        QCOMPARE(fixture.server().requestCount(), before);
        QCOMPARE(run.results()->count(ItemOutcome::Result::NotAttempted), 1);
        QVERIFY(fixture.server().dialogExists(dialog.id));
        m_prompter.warnings.clear();
    }
};

QTEST_MAIN(TestRunPathsAgree)
#include "TestRunPathsAgree.moc"

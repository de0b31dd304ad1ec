// SPDX-License-Identifier: Apache-2.0

#include "CtlApplication.h"
#include "ExitCode.h"
#include "SandboxFixture.h"
#include "moderation/Journal.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The journal's promise under the worst case: a real qbmodctl killed with SIGKILL in the middle
// of a force delete against a slowed sandbox. Afterwards the journal must hold every id the
// server may have deleted, call none deleted that the server still has, and reconcile must
// settle every id in doubt the way the server's own state says.
class TestJournalCrash final : public QObject {
    Q_OBJECT

private:
    struct Counts {
        int pending = 0;
        int sent = 0;
        int answered = 0;
    };

    static Counts countsIn(const QString &path)
    {
        Counts counts;
        if (!QFileInfo::exists(path))
            return counts;
        Journal journal;
        if (!journal.open(path))
            return counts;
        const QList<Journal::Run> runs = journal.runs();
        if (runs.isEmpty())
            return counts;
        const QList<Journal::Item> items = journal.items(runs.first().id);
        for (const Journal::Item &item : items) {
            switch (item.state) {
            case Journal::ItemState::Pending:
                ++counts.pending;
                break;
            case Journal::ItemState::Sent:
                ++counts.sent;
                break;
            default:
                ++counts.answered;
                break;
            }
        }
        return counts;
    }

private Q_SLOTS:
    void aKilledRunLeavesAnHonestJournalAndReconcileSettlesIt()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.latencyMs = 300;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const QStringList ids = server.allDialogIds().mid(0, 100);
        QCOMPARE(ids.size(), 100);

        QTemporaryDir dir;
        const QString journalPath = dir.filePath(u"journal.sqlite"_s);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QBMOD_API_KEY"_s, server.apiKey());
        process.setProcessEnvironment(environment);
        QSignalSpy answered(&server, &SandboxServer::requestAnswered);
        process.start(QStringLiteral(QBMODCTL_PATH),
            QStringList { u"dialogs"_s, u"delete"_s, u"--force"_s, u"--reason"_s, u"crash test"_s,
                u"--no-evidence"_s, u"--yes"_s, u"--json"_s, u"--concurrency"_s, u"1"_s,
                u"--batch-size"_s, u"5"_s, u"--journal"_s, journalPath, u"--endpoint"_s,
                server.endpoint().toString() }
                + ids);
        QVERIFY(process.waitForStarted(10000));

        // Some batches answered, one in flight: then the process dies without any warning.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const Counts counts = countsIn(journalPath);
                return counts.answered >= 10 && counts.sent > 0;
            }(),
            20000);
        process.kill();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        // Let the sandbox take in and answer whatever had already reached it.
        QTRY_COMPARE_WITH_TIMEOUT(int(answered.count()), server.requestCount(), 5000);

        // The key the child ran with is nowhere in the files it left behind.
        QByteArray bytes;
        for (const QString &suffix : { u""_s, u"-wal"_s }) {
            QFile file(journalPath + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.size() > 0);
        QVERIFY(!bytes.contains(server.apiKey().toUtf8()));

        Journal journal;
        QVERIFY2(journal.open(journalPath), qPrintable(journal.errorString()));
        const QList<Journal::Run> runs = journal.runs();
        QCOMPARE(runs.size(), 1);
        const Journal::Run run = runs.first();
        QCOMPARE(run.status, u"running"_s); // it never wrote its end
        QCOMPARE(run.reason, u"crash test"_s);
        QCOMPARE(run.mode, u"force"_s);
        QCOMPARE(run.apiKeyFingerprint, Journal::apiKeyFingerprint(server.apiKey()));
        QVERIFY(run.unsettledCount > 0);
        QCOMPARE(journal.runsNeedingReconcile(), QList<qint64> { run.id });

        QList<Journal::Item> items = journal.items(run.id);
        QCOMPARE(items.size(), ids.size());
        int deletedOnServer = 0;
        int pending = 0;
        for (const Journal::Item &item : std::as_const(items)) {
            const bool exists = server.dialogExists(item.objectId);
            deletedOnServer += exists ? 0 : 1;
            // Every id the server may have deleted was on record as sent before it left.
            if (!exists)
                QVERIFY2(item.state != Journal::ItemState::Pending, qPrintable(item.objectId));
            if (item.state == Journal::ItemState::Pending) {
                ++pending;
                QVERIFY(exists);
            }
            // Nothing is called deleted that the server did not delete.
            if (item.outcome == u"deleted"_s)
                QVERIFY2(!exists, qPrintable(item.objectId));
        }
        QVERIFY(deletedOnServer >= 10);
        QVERIFY2(pending > 0, "the kill came before the end of the run");

        // Reconcile in-process, with the same kind of credentials.
        QBuffer out, err, in;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        in.open(QIODevice::ReadOnly);
        CtlIo io(&out, &err, &in);
        io.environment.insert(u"QBMOD_API_KEY"_s, server.apiKey());
        server.setLatencyMs(0);
        CtlApplication application(&io);
        application.setRetryPolicy(RetryPolicy::immediateForTests());
        QSignalSpy finished(&application, &CtlApplication::finished);
        application.start({ u"qbmodctl"_s, u"journal"_s, u"reconcile"_s, u"--json"_s,
            u"--journal"_s, journalPath, u"--endpoint"_s, server.endpoint().toString() });
        QVERIFY(finished.wait(20000));
        io.out.flush();
        io.err.flush();
        QCOMPARE(finished.first().first().toInt(), int(ExitSuccess));
        const QJsonObject summary = QJsonDocument::fromJson(out.data()).object();
        QCOMPARE(summary.value(u"checked"_s).toInt(), run.unsettledCount);
        QCOMPARE(summary.value(u"failed"_s).toInt(), 0);

        QVERIFY(journal.runsNeedingReconcile().isEmpty());
        const std::optional<Journal::Run> after = journal.run(run.id);
        QVERIFY(after);
        QCOMPARE(after->status, u"interrupted"_s);
        QCOMPARE(after->unsettledCount, 0);
        items = journal.items(run.id);
        for (const Journal::Item &item : std::as_const(items)) {
            const bool exists = server.dialogExists(item.objectId);
            QVERIFY2(item.state != Journal::ItemState::Sent, qPrintable(item.objectId));
            QVERIFY2(item.state != Journal::ItemState::Pending, qPrintable(item.objectId));
            if (item.state == Journal::ItemState::Settled) {
                QCOMPARE(item.settledBy, u"reconcile"_s);
                QVERIFY(item.settledAt.isValid());
                if (item.outcome == u"not_attempted"_s) {
                    // Never handed to the network: still there.
                    QVERIFY(exists);
                } else {
                    QCOMPARE(item.outcome, exists ? u"present"_s : u"gone"_s);
                }
            } else {
                // Answered before the kill: the server's own word, which must match its state.
                QCOMPARE(item.outcome == u"deleted"_s, !exists);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestJournalCrash)
#include "TestJournalCrash.moc"

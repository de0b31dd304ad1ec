// SPDX-License-Identifier: Apache-2.0

#include "CtlApplication.h"
#include "CtlRunner.h"
#include "ExitCode.h"
#include "SandboxFixture.h"
#include "index/SweepIndex.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// qbmodctl index, search and campaigns in-process against the sandbox: the index is built from
// the server, searched without it, and what comes back is what the sandbox generated.
class TestCtlSweep final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString indexPath() const { return m_dir->filePath(u"index.sqlite"_s); }

    // With the API key and the test's index file; offline leaves the connection out.
    CtlRun ctl(const QStringList &arguments, bool offline = false)
    {
        CtlInvocation invocation;
        invocation.arguments = arguments;
        invocation.arguments << u"--index"_s << indexPath();
        if (!offline) {
            invocation.arguments << u"--endpoint"_s << m_fixture->server().endpoint().toString();
            invocation.environment.insert(u"QBMOD_API_KEY"_s, m_fixture->server().apiKey());
        }
        return runCtl(invocation);
    }

    static QStringList sorted(QStringList list)
    {
        std::sort(list.begin(), list.end());
        return list;
    }

    static QStringList strings(const QJsonArray &array)
    {
        QStringList list;
        for (const QJsonValue &value : array)
            list.append(value.toString());
        return list;
    }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 200;
        options.spamCampaigns = 3;
        m_fixture = std::make_unique<SandboxFixture>(options);
        QVERIFY(m_fixture->start());
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        m_fixture.reset();
        m_dir.reset();
    }

    void updateStatusSearchCampaignsAndForget()
    {
        const CtlRun update = ctl({ u"index"_s, u"update"_s, u"--json"_s });
        QCOMPARE(update.exitCode, int(ExitSuccess));
        QCOMPARE(update.json().value(u"read_dialogs"_s).toInt(),
            int(m_fixture->server().allDialogIds().size()));

        const CtlRun status = ctl({ u"index"_s, u"status"_s, u"--json"_s }, true);
        QCOMPARE(status.exitCode, int(ExitSuccess));
        QCOMPARE(status.json().value(u"dialogs"_s).toInt(),
            int(m_fixture->server().allDialogIds().size()));
        QCOMPARE(status.json().value(u"pending_dialogs"_s).toInt(), 0);

        const SandboxCampaign wave = m_fixture->server().campaigns().front();
        const QString link = wave.text.section(u' ', -1);
        const CtlRun search = ctl({ u"search"_s, link, u"--json"_s }, true);
        QCOMPARE(search.exitCode, int(ExitSuccess));
        QStringList found;
        const QJsonArray messages = search.json().value(u"messages"_s).toArray();
        for (const QJsonValue &message : messages) {
            found.append(message.toObject().value(u"id"_s).toString());
            QCOMPARE(message.toObject().value(u"text"_s).toString(), wave.text);
        }
        QCOMPARE(sorted(found), sorted(wave.messageIds));

        // One sender's share, one line each.
        const qint64 sender = wave.senderIds.first();
        const CtlRun lines
            = ctl({ u"search"_s, link, u"--sender"_s, QString::number(sender), u"--since"_s,
                      u"2020-01-01"_s, u"--type"_s, u"group,public"_s, u"--jsonl"_s },
                true);
        QCOMPARE(lines.exitCode, int(ExitSuccess));
        const QStringList rows = lines.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!rows.isEmpty());
        for (const QString &row : rows) {
            const QJsonObject object = QJsonDocument::fromJson(row.toUtf8()).object();
            QCOMPARE(object.value(u"kind"_s).toString(), u"message"_s);
            QCOMPARE(object.value(u"sender_id"_s).toInteger(), sender);
        }

        // For people: the sender as "Name (login, id)".
        const CtlRun text = ctl({ u"search"_s, link }, true);
        QCOMPARE(text.exitCode, int(ExitSuccess));
        QVERIFY2(text.out.contains(u", %1)"_s.arg(sender)), qPrintable(text.out));

        const CtlRun campaigns = ctl(
            { u"campaigns"_s, u"--min-dialogs"_s, u"5"_s, u"--within"_s, u"24h"_s, u"--json"_s },
            true);
        QCOMPARE(campaigns.exitCode, int(ExitSuccess));
        const QJsonArray items = campaigns.json().value(u"campaigns"_s).toArray();
        for (const SandboxCampaign &generated : m_fixture->server().campaigns()) {
            if (generated.dialogIds.size() < 5)
                continue;
            const auto match = std::find_if(items.begin(), items.end(), [&](const QJsonValue &v) {
                return v.toObject().value(u"text"_s).toString() == generated.text;
            });
            QVERIFY(match != items.end());
            QCOMPARE(
                strings(match->toObject().value(u"dialog_ids"_s).toArray()), generated.dialogIds);
        }

        const CtlRun forget = ctl({ u"index"_s, u"forget"_s }, true);
        QCOMPARE(forget.exitCode, int(ExitSuccess));
        QVERIFY(!QFileInfo::exists(indexPath()));
    }

    void aKilledUpdateResumesWithoutGapsOrDuplicates()
    {
        SandboxServer &server = m_fixture->server();
        server.setLatencyMs(30);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QBMOD_API_KEY"_s, server.apiKey());
        process.setProcessEnvironment(environment);
        QSignalSpy answered(&server, &SandboxServer::requestAnswered);
        process.start(QStringLiteral(QBMODCTL_PATH),
            { u"index"_s, u"update"_s, u"--concurrency"_s, u"2"_s, u"--index"_s, indexPath(),
                u"--endpoint"_s, server.endpoint().toString() });
        QVERIFY(process.waitForStarted(10000));
        // Listed, and some dialogs read: then the process dies without any warning.
        QTRY_VERIFY_WITH_TIMEOUT(answered.count() >= 60, 20000);
        process.kill();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        server.setLatencyMs(0);

        int pendingBefore = 0;
        {
            SweepIndex index;
            QVERIFY2(index.open(indexPath()), qPrintable(index.errorString()));
            pendingBefore = index.status().pendingDialogs;
        }
        QVERIFY(pendingBefore > 0);
        QVERIFY(pendingBefore < server.allDialogIds().size());

        const CtlRun resumed = ctl({ u"index"_s, u"update"_s, u"--json"_s });
        QCOMPARE(resumed.exitCode, int(ExitSuccess));
        // Only what the killed run had not stored is read again.
        QCOMPARE(resumed.json().value(u"read_dialogs"_s).toInt(), pendingBefore);

        SweepIndex index;
        QVERIFY(index.open(indexPath()));
        QSqlQuery query(QSqlDatabase::database(index.connectionName(), false));
        QStringList dialogs;
        QVERIFY(query.exec(u"SELECT id FROM dialogs"_s));
        while (query.next())
            dialogs.append(query.value(0).toString());
        QCOMPARE(sorted(dialogs), sorted(server.allDialogIds()));
        QStringList messages;
        QVERIFY(query.exec(u"SELECT id FROM messages"_s));
        while (query.next())
            messages.append(query.value(0).toString());
        QStringList expected;
        for (const QString &dialog : std::as_const(dialogs))
            expected += server.messageIds(dialog);
        QCOMPARE(sorted(messages), sorted(expected));
        QCOMPARE(index.status().pendingDialogs, 0);
    }

    // Acting on a campaign: every dialog is checked with the server first; what is gone is said
    // to be gone, what cannot be checked is not touched, and the journal keeps the query.
    void actingOnACampaignChecksEachItemAndJournalsTheQuery()
    {
        QCOMPARE(ctl({ u"index"_s, u"update"_s }).exitCode, int(ExitSuccess));
        const CtlRun listed = ctl({ u"campaigns"_s, u"--json"_s }, true);
        QCOMPARE(listed.exitCode, int(ExitSuccess));
        QJsonArray campaigns = listed.json().value(u"campaigns"_s).toArray();
        QVERIFY(!campaigns.isEmpty());
        const QJsonObject campaign = campaigns.first().toObject();
        const QString hash = campaign.value(u"text_hash"_s).toString();
        const QStringList dialogs = strings(campaign.value(u"dialog_ids"_s).toArray());
        QVERIFY(dialogs.size() >= 5);
        const QString journal = m_dir->filePath(u"journal.sqlite"_s);
        SandboxServer &server = m_fixture->server();

        // One sender out of the dialogs where they posted the wave, and only those.
        const qint64 sender = campaign.value(u"sender_ids"_s).toArray().first().toInteger();
        QStringList theirs;
        for (const QJsonValue &id : campaign.value(u"message_ids"_s).toArray()) {
            if (server.messageSender(id.toString()) != sender)
                continue;
            for (const QString &dialog : dialogs) {
                if (server.messageIds(dialog).contains(id.toString()) && !theirs.contains(dialog))
                    theirs.append(dialog);
            }
        }
        QVERIFY(!theirs.isEmpty());
        const CtlRun removal = ctl(
            { u"campaigns"_s, u"--campaign"_s, hash, u"--remove-sender"_s, QString::number(sender),
                u"--reason"_s, u"spam wave"_s, u"--yes"_s, u"--journal"_s, journal, u"--json"_s });
        QCOMPARE(removal.exitCode, int(ExitSuccess));
        QCOMPARE(sorted(strings(removal.json().value(u"removed"_s).toArray())), sorted(theirs));
        QCOMPARE(
            removal.json().value(u"index_query"_s).toObject().value(u"sender_id"_s).toInteger(),
            sender);
        for (const QString &dialog : std::as_const(theirs))
            QVERIFY(!server.dialogOccupants(dialog).contains(sender));

        // Since the crawl one dialog went; the check of another fails (dialogs are checked in
        // id order).
        const QString gone = dialogs.at(1);
        const QString unreadable = dialogs.at(0);
        CtlInvocation deletion;
        deletion.arguments = QStringList { u"dialogs"_s, u"delete"_s, gone, u"--force"_s,
            u"--reason"_s, u"test"_s, u"--yes"_s, u"--journal"_s, journal, u"--endpoint"_s,
            server.endpoint().toString() };
        deletion.environment.insert(u"QBMOD_API_KEY"_s, server.apiKey());
        QCOMPARE(runCtl(deletion).exitCode, int(ExitSuccess));
        QVERIFY(!server.dialogExists(gone));
        server.scriptFaults(u"GET"_s, { SandboxFault { SandboxFault::Kind::RefuseBefore, 400 } });
        const CtlRun removed
            = ctl({ u"campaigns"_s, u"--campaign"_s, hash, u"--delete-dialogs"_s, u"--force"_s,
                u"--reason"_s, u"spam wave"_s, u"--yes"_s, u"--journal"_s, journal, u"--json"_s });
        QCOMPARE(removed.exitCode, int(ExitPartial));
        const QJsonObject report = removed.json();
        QCOMPARE(strings(report.value(u"not_found"_s).toArray()), QStringList { gone });
        const QJsonArray failed = report.value(u"failed"_s).toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().toObject().value(u"id"_s).toString(), unreadable);
        QCOMPARE(failed.first().toObject().value(u"result"_s).toString(), u"not_attempted"_s);
        QStringList deleted = dialogs;
        deleted.removeAll(gone);
        deleted.removeAll(unreadable);
        QCOMPARE(sorted(strings(report.value(u"deleted"_s).toArray())), sorted(deleted));
        QVERIFY(server.dialogExists(unreadable));
        for (const QString &dialog : std::as_const(deleted))
            QVERIFY(!server.dialogExists(dialog));

        // The journal: the query with the run, the gone dialog never sent.
        const qint64 runId = report.value(u"journal_run"_s).toInteger();
        CtlInvocation show;
        show.arguments = QStringList { u"journal"_s, u"show"_s, QString::number(runId),
            u"--journal"_s, journal, u"--json"_s };
        const CtlRun shown = runCtl(show);
        QCOMPARE(shown.exitCode, int(ExitSuccess));
        const QJsonObject run = shown.json().value(u"run"_s).toObject().isEmpty()
            ? shown.json()
            : shown.json().value(u"run"_s).toObject();
        const QJsonObject query = run.value(u"index_query"_s).toObject();
        QCOMPARE(query.value(u"kind"_s).toString(), u"campaign"_s);
        QCOMPARE(query.value(u"text_hash"_s).toString(), hash);
        bool sawGone = false;
        const QJsonArray items = shown.json().value(u"items"_s).toArray();
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            if (item.value(u"id"_s).toString() != gone)
                continue;
            sawGone = true;
            QCOMPARE(item.value(u"outcome"_s).toString(), u"not_found"_s);
            QVERIFY(item.value(u"sent_at"_s).isNull());
        }
        QVERIFY(sawGone);
    }

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("search with nothing to look for") << QStringList { u"search"_s };
        QTest::newRow("search with an unknown dialog type")
            << QStringList { u"search"_s, u"hello"_s, u"--type"_s, u"secret"_s };
        QTest::newRow("search with a date that is not one")
            << QStringList { u"search"_s, u"hello"_s, u"--since"_s, u"yesterday"_s };
        QTest::newRow("search with a sender that is not an id")
            << QStringList { u"search"_s, u"hello"_s, u"--sender"_s, u"bob"_s };
        QTest::newRow("campaigns within no time")
            << QStringList { u"campaigns"_s, u"--within"_s, u"soon"_s };
        QTest::newRow("campaigns in one dialog")
            << QStringList { u"campaigns"_s, u"--min-dialogs"_s, u"1"_s };
        QTest::newRow("both JSON forms")
            << QStringList { u"search"_s, u"hi"_s, u"--json"_s, u"--jsonl"_s };
    }

    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(QStringList, arguments);
        const CtlRun run = ctl(arguments, true);
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFileInfo::exists(indexPath()));
        QCOMPARE(m_fixture->server().requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCtlSweep)
#include "TestCtlSweep.moc"

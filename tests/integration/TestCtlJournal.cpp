// SPDX-License-Identifier: Apache-2.0

#include "CtlApplication.h"
#include "CtlRunner.h"
#include "ExitCode.h"
#include "SandboxFixture.h"
#include "moderation/Journal.h"
#include "moderation/JournalExport.h"
#include "moderation/ModerationSettings.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

// qbmodctl's operator safety, in-process against the sandbox: every delete is journalled with
// its reason, evidence is what the server held, protected users stay protected unless
// overridden, a dry run sends nothing, and reconcile settles answers that never came.
class TestCtlJournal final : public QObject {
    Q_OBJECT

private:
    using Run = CtlRun;

    Run ctl(const QStringList &arguments, const QProcessEnvironment &extra = {})
    {
        CtlInvocation invocation;
        invocation.arguments = arguments
            + QStringList { u"--journal"_s, journalPath(), u"--endpoint"_s,
                  m_fixture->server().endpoint().toString() };
        invocation.environment.insert(u"QBMOD_API_KEY"_s, m_fixture->server().apiKey());
        invocation.environment.insert(extra);
        // The console's settings come from this test's own file, never the user's.
        invocation.configure = [this](CtlApplication &application) {
            application.setProfileSources(m_settings.get(), nullptr);
        };
        return runCtl(invocation);
    }

    void saveSettings(const ModerationSettings &settings)
    {
        settings.save(m_settings.get());
        m_settings->sync();
    }

    QString journalPath() const { return m_dir->filePath(u"journal.sqlite"_s); }

    // Dialogs anna owns, and her user id.
    QStringList ownedByAnna(qint64 *anna) const
    {
        *anna = m_fixture->operatorAt(0).userId;
        return m_fixture->server().dialogIdsOwnedBy(*anna);
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->start());
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings
            = std::make_unique<QSettings>(m_dir->filePath(u"qbmod.ini"_s), QSettings::IniFormat);
    }

    void aReasonIsRequired_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("for everyone") << QStringList { u"--force"_s };
        QTest::newRow("on behalf of a user") << QStringList { u"--on-behalf-of"_s, u"anna"_s };
    }

    void aReasonIsRequired()
    {
        QFETCH(QStringList, options);
        qint64 anna = 0;
        const QStringList own = ownedByAnna(&anna);
        options.replaceInStrings(u"anna"_s, QString::number(anna));
        const int before = m_fixture->server().requestCount();
        const Run run
            = ctl(QStringList { u"dialogs"_s, u"delete"_s, u"--yes"_s, own.first() } + options);
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY2(run.err.contains(u"--reason"_s), qPrintable(run.err));
        QCOMPARE(m_fixture->server().requestCount(), before);
        QVERIFY(m_fixture->server().dialogVisibleTo(own.first(), anna));
    }

    void aForceDeleteKeepsEvidenceAndItsReason()
    {
        SandboxServer &server = m_fixture->server();
        qint64 anna = 0;
        const QStringList ids = ownedByAnna(&anna).mid(0, 2);
        QHash<QString, QStringList> messagesBefore;
        for (const QString &id : ids)
            messagesBefore.insert(id, server.messageIds(id));

        const Run run = ctl(QStringList { u"dialogs"_s, u"delete"_s, u"--force"_s, u"--yes"_s,
                                u"--json"_s, u"--on-behalf-of"_s, QString::number(anna),
                                u"--reason"_s, u"harassment report #12"_s }
            + ids);
        QCOMPARE(run.exitCode, int(ExitSuccess));
        const qint64 runId = run.json().value(u"journal_run"_s).toInteger();
        QVERIFY(runId > 0);
        for (const QString &id : ids)
            QVERIFY(!server.dialogExists(id));

        const Run shown = ctl({ u"journal"_s, u"show"_s, QString::number(runId), u"--json"_s });
        QCOMPARE(shown.exitCode, int(ExitSuccess));
        const QJsonObject json = shown.json();
        QCOMPARE(json.value(u"reason"_s).toString(), u"harassment report #12"_s);
        QCOMPARE(json.value(u"mode"_s).toString(), u"force"_s);
        QCOMPARE(json.value(u"acting_user_id"_s).toInteger(), anna);
        QCOMPARE(json.value(u"auth_mode"_s).toString(), u"api_key"_s);
        QCOMPARE(json.value(u"api_key_fingerprint"_s).toString(),
            Journal::apiKeyFingerprint(server.apiKey()));
        QCOMPARE(json.value(u"status"_s).toString(), u"finished"_s);
        const QJsonArray items = json.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 2);
        for (const QJsonValue &item : items)
            QCOMPARE(item.toObject().value(u"outcome"_s).toString(), u"deleted"_s);

        const QJsonArray evidence = json.value(u"evidence"_s).toArray();
        QCOMPARE(evidence.size(), 2);
        for (const QJsonValue &value : evidence) {
            const QJsonObject record = value.toObject();
            const QString id = record.value(u"dialog_id"_s).toString();
            QVERIFY(ids.contains(id));
            QCOMPARE(record.value(u"dialog"_s).toObject().value(u"_id"_s).toString(), id);
            QCOMPARE(record.value(u"dialog"_s).toObject().value(u"user_id"_s).toInteger(), anna);
            // The latest messages, newest first, as the server held them before the delete.
            const QStringList before = messagesBefore.value(id);
            QStringList expected = before.mid(std::max<qsizetype>(0, before.size() - 100));
            QStringList kept;
            for (const QJsonValue &message : record.value(u"messages"_s).toArray())
                kept.append(message.toObject().value(u"_id"_s).toString());
            QCOMPARE(kept.size(), expected.size());
            std::sort(kept.begin(), kept.end());
            std::sort(expected.begin(), expected.end());
            QCOMPARE(kept, expected);
        }
    }

    void noEvidenceKeepsNone()
    {
        const QString id = m_fixture->server().allDialogIds().first();
        const Run run = ctl({ u"dialogs"_s, u"delete"_s, u"--force"_s, u"--yes"_s, u"--json"_s,
            u"--no-evidence"_s, u"--reason"_s, u"test"_s, id });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        Journal journal;
        QVERIFY(journal.open(journalPath()));
        QVERIFY(journal.evidence(run.json().value(u"journal_run"_s).toInteger()).isEmpty());
    }

    void protectedUsersAreNotActedFor()
    {
        qint64 anna = 0;
        const QStringList own = ownedByAnna(&anna);
        const int before = m_fixture->server().requestCount();
        QProcessEnvironment environment;
        environment.insert(u"QBMOD_PROTECTED_USERS"_s, u"1, "_s + QString::number(anna));
        const Run run = ctl({ u"dialogs"_s, u"delete"_s, u"--yes"_s, u"--on-behalf-of"_s,
                                QString::number(anna), u"--reason"_s, u"test"_s, own.first() },
            environment);
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY2(run.err.contains(u"protected"_s), qPrintable(run.err));
        QCOMPARE(m_fixture->server().requestCount(), before);
        QVERIFY(m_fixture->server().dialogVisibleTo(own.first(), anna));
    }

    void protectedOwnersDialogsNeedAnOverrideThatIsRecorded()
    {
        SandboxServer &server = m_fixture->server();
        qint64 anna = 0;
        const QString id = ownedByAnna(&anna).first();
        const QStringList arguments { u"dialogs"_s, u"delete"_s, u"--force"_s, u"--yes"_s,
            u"--json"_s, u"--reason"_s, u"test"_s, u"--protected-users"_s, QString::number(anna),
            id };
        // Blocked, not deleted: the id comes out not attempted, with the reason.
        const Run refused = ctl(arguments);
        QCOMPARE(refused.exitCode, int(ExitPartial));
        const QJsonArray blocked = refused.json().value(u"failed"_s).toArray();
        QCOMPARE(blocked.size(), 1);
        QCOMPARE(blocked.first().toObject().value(u"id"_s).toString(), id);
        QCOMPARE(blocked.first().toObject().value(u"result"_s).toString(), u"not_attempted"_s);
        QVERIFY(blocked.first().toObject().value(u"error"_s).toString().contains(u"protected"_s));
        QVERIFY(server.dialogExists(id));

        // With the override, beside a dialog someone else owns: the journal names only the id
        // the override let through.
        QString othersId;
        for (const QString &candidate : server.allDialogIds()) {
            if (server.dialogOwner(candidate) != anna) {
                othersId = candidate;
                break;
            }
        }
        QVERIFY(!othersId.isEmpty());
        const Run overridden
            = ctl(arguments + QStringList { othersId, u"--override-protection"_s });
        QCOMPARE(overridden.exitCode, int(ExitSuccess));
        QVERIFY(!server.dialogExists(id));
        QVERIFY(!server.dialogExists(othersId));
        Journal journal;
        QVERIFY(journal.open(journalPath()));
        const qint64 runId = overridden.json().value(u"journal_run"_s).toInteger();
        const auto run = journal.run(runId);
        QVERIFY(run);
        QVERIFY(run->protectionOverridden);
        const QList<Journal::Item> items = journal.items(runId);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).objectId, id);
        QVERIFY(items.at(0).protectionOverridden);
        QCOMPARE(items.at(1).objectId, othersId);
        QVERIFY(!items.at(1).protectionOverridden);
    }

    void anOverrideThatWasNotNeededIsNotRecorded()
    {
        SandboxServer &server = m_fixture->server();
        qint64 anna = 0;
        const QString annas = ownedByAnna(&anna).first();
        QString othersId;
        for (const QString &candidate : server.allDialogIds()) {
            if (server.dialogOwner(candidate) != anna) {
                othersId = candidate;
                break;
            }
        }
        QVERIFY(!othersId.isEmpty());
        // Anna is protected and the override given, but the dialog deleted is not hers.
        const Run run = ctl({ u"dialogs"_s, u"delete"_s, u"--force"_s, u"--yes"_s, u"--json"_s,
            u"--reason"_s, u"test"_s, u"--protected-users"_s, QString::number(anna),
            u"--override-protection"_s, othersId });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QVERIFY(!server.dialogExists(othersId));
        QVERIFY(server.dialogExists(annas));
        Journal journal;
        QVERIFY(journal.open(journalPath()));
        const qint64 runId = run.json().value(u"journal_run"_s).toInteger();
        QVERIFY(!journal.run(runId)->protectionOverridden);
        const QList<Journal::Item> items = journal.items(runId);
        QCOMPARE(items.size(), 1);
        QVERIFY(!items.first().protectionOverridden);
        // Nor in the export, where each id carries its own mark.
        const QString exported
            = QString::fromUtf8(JournalExport::toJson(journal, { *journal.run(runId) }));
        QVERIFY2(exported.contains(u"\"protection_overridden\": false"_s), qPrintable(exported));
        QVERIFY(!exported.contains(u"\"protection_overridden\": true"_s));
    }

    void theConsolesSettingsApply()
    {
        SandboxServer &server = m_fixture->server();
        qint64 anna = 0;
        const QStringList own = ownedByAnna(&anna);
        QVERIFY(own.size() >= 3);

        // Protected in the console's settings: refused here too, without an override.
        ModerationSettings settings;
        settings.protectedUsers = { anna };
        saveSettings(settings);
        const Run refused = ctl({ u"dialogs"_s, u"delete"_s, u"--force"_s, u"--yes"_s,
            u"--reason"_s, u"test"_s, own.at(0) });
        QCOMPARE(refused.exitCode, int(ExitPartial));
        QVERIFY2(refused.out.contains(u"protected"_s), qPrintable(refused.out));
        QVERIFY(server.dialogExists(own.at(0)));

        // A reason rule relaxed there, and evidence switched off there.
        settings = ModerationSettings();
        settings.reasonForForce = false;
        settings.keepEvidence = false;
        saveSettings(settings);
        const Run run
            = ctl({ u"dialogs"_s, u"delete"_s, u"--force"_s, u"--yes"_s, u"--json"_s, own.at(1) });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QVERIFY(!server.dialogExists(own.at(1)));
        Journal journal;
        QVERIFY(journal.open(journalPath()));
        QVERIFY(journal.evidence(run.json().value(u"journal_run"_s).toInteger()).isEmpty());
    }

    void aDryRunPrintsEveryRequestAndSendsNothing()
    {
        qint64 anna = 0;
        const QStringList ids = ownedByAnna(&anna).mid(0, 3);
        const int before = m_fixture->server().requestCount();
        const Run run
            = ctl(QStringList { u"dialogs"_s, u"delete"_s, u"--force"_s, u"--dry-run"_s,
                      u"--batch-size"_s, u"2"_s, u"--on-behalf-of"_s, QString::number(anna) }
                + ids);
        QCOMPARE(run.exitCode, int(ExitSuccess));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(
                     u"DELETE /chat/Dialog/"_s + ids.at(0) + u","_s + ids.at(1) + u".json"_s),
            qPrintable(lines.at(0)));
        QVERIFY(lines.at(0).endsWith(u"force=1"_s)); // the body
        QVERIFY(lines.at(0).contains(u"On-Behalf-Of: "_s + QString::number(anna)));
        QVERIFY(lines.at(1).contains(ids.at(2)));
        QCOMPARE(m_fixture->server().requestCount(), before);
        QVERIFY(!QFileInfo::exists(journalPath()));
    }

    void listAndExportShowEveryRun()
    {
        const QStringList ids = m_fixture->server().allDialogIds().mid(0, 3);
        QCOMPARE(ctl(QStringList { u"dialogs"_s, u"delete"_s, u"--yes"_s, u"--reason"_s, u"spam"_s }
                     + ids.mid(0, 2))
                     .exitCode,
            int(ExitSuccess));
        QCOMPARE(ctl({ u"dialogs"_s, u"delete"_s, u"--yes"_s, u"--reason"_s, u"spam"_s, ids.at(2) })
                     .exitCode,
            int(ExitSuccess));

        const Run list = ctl({ u"journal"_s, u"list"_s, u"--json"_s });
        QCOMPARE(list.exitCode, int(ExitSuccess));
        const QJsonArray runs = list.json().value(u"runs"_s).toArray();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).toObject().value(u"ids"_s).toInt(), 1); // newest first
        // An API key without an acting user deletes for everyone: journaled as that.
        QCOMPARE(runs.at(1).toObject().value(u"mode"_s).toString(), u"force"_s);

        const Run text = ctl({ u"journal"_s, u"list"_s });
        QCOMPARE(text.exitCode, int(ExitSuccess));
        QVERIFY(text.out.contains(u"force"_s));

        const Run csv = ctl({ u"journal"_s, u"export"_s, u"--format"_s, u"csv"_s });
        QCOMPARE(csv.exitCode, int(ExitSuccess));
        const QStringList rows = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 4); // the header and one row per id
        QVERIFY(rows.at(0).startsWith(u"run_id,started_at"_s));
        for (const QString &id : ids)
            QVERIFY(csv.out.contains(id));

        const Run json = ctl({ u"journal"_s, u"export"_s, u"--format"_s, u"json"_s, u"1"_s });
        QCOMPARE(json.exitCode, int(ExitSuccess));
        const QJsonArray exported = json.json().value(u"runs"_s).toArray();
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.at(0).toObject().value(u"items"_s).toArray().size(), 2);

        const Run shown = ctl({ u"journal"_s, u"show"_s, u"1"_s });
        QCOMPARE(shown.exitCode, int(ExitSuccess));
        QVERIFY(shown.out.contains(ids.at(0)));
        QVERIFY(shown.out.contains(u"deleted"_s));

        QCOMPARE(ctl({ u"journal"_s, u"show"_s, u"99"_s }).exitCode, int(ExitUsage));
        QCOMPARE(
            ctl({ u"journal"_s, u"export"_s, u"--format"_s, u"xml"_s }).exitCode, int(ExitUsage));
    }

    void journalShowNamesTheDialogsItKept()
    {
        SandboxServer &server = m_fixture->server();
        qint64 anna = 0;
        const QString plain = ownedByAnna(&anna).first();
        // A name that would retitle the terminal.
        const QString hostile = server.createGroup(
            anna, { anna, m_fixture->operatorAt(1).userId }, u"Deals \x1B]0;owned\x07 now"_s);
        QVERIFY(!hostile.isEmpty());
        const Run run = ctl({ u"dialogs"_s, u"delete"_s, u"--force"_s, u"--yes"_s, u"--json"_s,
            u"--reason"_s, u"spam"_s, plain, hostile });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        const qint64 runId = run.json().value(u"journal_run"_s).toInteger();

        // The names come from the evidence the run kept.
        Journal journal;
        QVERIFY(journal.open(journalPath()));
        QString plainName;
        for (const Journal::Evidence &record : journal.evidence(runId)) {
            if (record.dialogId == plain)
                plainName = record.dialog.value(u"name"_s).toString();
        }
        QVERIFY(!plainName.isEmpty());
        QCOMPARE(journal.dialogNames(runId).value(plain), plainName);

        const Run shown = ctl({ u"journal"_s, u"show"_s, QString::number(runId) });
        QCOMPARE(shown.exitCode, int(ExitSuccess));
        QVERIFY(shown.out.contains(u"DIALOG NAME"_s));
        const QStringList lines = shown.out.split(u'\n');
        const auto lineOf = [&lines](const QString &id) {
            for (const QString &line : lines) {
                if (line.startsWith(id))
                    return line;
            }
            return QString();
        };
        QVERIFY2(lineOf(plain).contains(plainName), qPrintable(shown.out));
        QVERIFY2(
            lineOf(hostile).contains(u"Deals \\x1B]0;owned\\x07 now"_s), qPrintable(shown.out));
        QVERIFY(!shown.out.contains(QChar(0x1b)));

        // JSON keeps the name as it was, escaped by JSON itself.
        const Run json = ctl({ u"journal"_s, u"show"_s, QString::number(runId), u"--json"_s });
        QCOMPARE(json.exitCode, int(ExitSuccess));
        QHash<QString, QString> jsonNames;
        for (const QJsonValue &item : json.json().value(u"items"_s).toArray()) {
            jsonNames.insert(item.toObject().value(u"id"_s).toString(),
                item.toObject().value(u"dialog_name"_s).toString());
        }
        QCOMPARE(jsonNames.value(plain), plainName);
        QCOMPARE(jsonNames.value(hostile), u"Deals \x1B]0;owned\x07 now"_s);
    }

    void reconcileLeavesRunsItCannotCheck()
    {
        auto live = std::make_unique<Journal>();
        QVERIFY(live->open(journalPath()));
        Journal::Run elsewhere;
        elsewhere.endpoint = u"https://api.other.example"_s;
        elsewhere.authMode = u"api_key"_s;
        elsewhere.mode = RunMode::ForEveryone;
        elsewhere.target = RunTarget::Dialogs;
        const QString id = m_fixture->server().allDialogIds().first();
        const auto runId = live->beginRun(elsewhere, { id });
        QVERIFY(runId);
        QVERIFY(live->markSent(*runId, { id }));
        const int before = m_fixture->server().requestCount();

        // While this process executes the run, another one leaves it alone and says why.
        const Run whileLive = ctl({ u"journal"_s, u"reconcile"_s, u"--json"_s });
        QCOMPARE(whileLive.exitCode, int(ExitPartial));
        const QJsonArray skippedLive = whileLive.json().value(u"skipped"_s).toArray();
        QCOMPARE(skippedLive.size(), 1);
        QVERIFY2(skippedLive.first().toString().contains(u"still being executed"_s),
            qPrintable(skippedLive.first().toString()));

        // Once the run's owner is gone, the run is checked (here: it cannot be, elsewhere).
        live.reset();
        Journal journal;
        QVERIFY(journal.open(journalPath()));
        const Run reconcile = ctl({ u"journal"_s, u"reconcile"_s, u"--json"_s });
        QCOMPARE(reconcile.exitCode, int(ExitPartial));
        const QJsonArray skipped = reconcile.json().value(u"skipped"_s).toArray();
        QCOMPARE(skipped.size(), 1);
        QVERIFY(skipped.first().toString().contains(u"api.other.example"_s));
        QCOMPARE(m_fixture->server().requestCount(), before);
        QCOMPARE(journal.unsettledItems(*runId).size(), 1);
    }

    void evidenceIsPrunedByAge()
    {
        const QString id = m_fixture->server().allDialogIds().first();
        QCOMPARE(ctl({ u"dialogs"_s, u"delete"_s, u"--force"_s, u"--yes"_s, u"--reason"_s,
                         u"test"_s, id })
                     .exitCode,
            int(ExitSuccess));
        const Run kept = ctl({ u"journal"_s, u"prune"_s, u"--older-than"_s, u"30"_s, u"--json"_s });
        QCOMPARE(kept.exitCode, int(ExitSuccess));
        QCOMPARE(kept.json().value(u"pruned"_s).toInt(), 0);
        Journal journal;
        QVERIFY(journal.open(journalPath()));
        QCOMPARE(journal.evidence(1).size(), 1);
        QCOMPARE(journal.pruneEvidence(QDateTime::currentDateTimeUtc().addSecs(1)), 1);
        QCOMPARE(ctl({ u"journal"_s, u"prune"_s }).exitCode, int(ExitUsage));
    }

    void reconcileSettlesAnswersThatNeverCame_data()
    {
        QTest::addColumn<bool>("force");
        QTest::newRow("for everyone, checked without On-Behalf-Of") << true;
        QTest::newRow("from the acting user's list, checked as that user") << false;
    }

    void reconcileSettlesAnswersThatNeverCame()
    {
        QFETCH(bool, force);
        SandboxServer &server = m_fixture->server();
        qint64 anna = 0;
        const QStringList ids = ownedByAnna(&anna).mid(0, 4);
        const QString untouched = ownedByAnna(&anna).at(4);
        // Every answer is lost after the server carried the request out.
        server.setLoseRate(1.0);
        QStringList arguments { u"dialogs"_s, u"delete"_s, u"--yes"_s, u"--no-evidence"_s,
            u"--reason"_s, u"test"_s, u"--json"_s };
        arguments << (force ? QStringList { u"--force"_s }
                            : QStringList { u"--on-behalf-of"_s, QString::number(anna) });
        const Run run = ctl(arguments + ids);
        QVERIFY(run.exitCode != int(ExitSuccess));
        server.setLoseRate(0);
        Journal journal;
        QVERIFY(journal.open(journalPath()));
        const qint64 runId = run.json().value(u"journal_run"_s).toInteger();
        QCOMPARE(journal.unsettledItems(runId).size(), ids.size());
        // The next destructive run says that an earlier one is in doubt.
        const Run next = ctl({ u"dialogs"_s, u"delete"_s, u"--yes"_s, u"--dry-run"_s, untouched });
        QCOMPARE(next.exitCode, int(ExitSuccess));
        const Run real = ctl({ u"dialogs"_s, u"delete"_s, u"--yes"_s, u"--on-behalf-of"_s,
            QString::number(anna), u"--reason"_s, u"test"_s, untouched });
        QVERIFY2(real.err.contains(u"journal reconcile"_s), qPrintable(real.err));
        for (const QString &id : ids) {
            QCOMPARE(server.dialogExists(id), !force);
            QVERIFY(!server.dialogVisibleTo(id, anna));
        }

        const Run reconcile = ctl({ u"journal"_s, u"reconcile"_s, u"--json"_s });
        QCOMPARE(reconcile.exitCode, int(ExitSuccess));
        QCOMPARE(reconcile.json().value(u"gone"_s).toInt(), ids.size());
        const QList<Journal::Item> items = journal.items(runId);
        for (const Journal::Item &item : items) {
            QCOMPARE(item.state, Journal::ItemState::Settled);
            QCOMPARE(item.outcome, u"gone"_s);
            QCOMPARE(item.settledBy, u"reconcile"_s);
        }
        const Run again = ctl({ u"journal"_s, u"reconcile"_s });
        QCOMPARE(again.exitCode, int(ExitSuccess));
        QVERIFY(again.out.contains(u"Nothing to reconcile"_s));
    }
};

QTEST_GUILESS_MAIN(TestCtlJournal)
#include "TestCtlJournal.moc"

// SPDX-License-Identifier: Apache-2.0

#include "AwaitReply.h"
#include "SandboxFixture.h"
#include "TestStores.h"
#include "api/endpoints/DeleteDialogsEndpoint.h"
#include "api/endpoints/DeleteMessagesEndpoint.h"
#include "api/endpoints/UpdateDialogEndpoint.h"
#include "moderation/Journal.h"
#include "moderation/Reconciler.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The core Reconciler against the sandbox: journal rows left "sent" for message deletes and
// member removals are settled with what the server itself holds, each id in its own way, and
// what cannot be told stays in doubt. Every test runs with the journal on SQLite and on a real
// PostgreSQL team database.
class TestReconcilerSandbox final : public QObject {
    Q_OBJECT

private:
    Journal::Run runFor(const ConnectionSettings &connection, RunTarget target, RunMode mode,
        std::optional<qint64> actingUserId = std::nullopt) const
    {
        Journal::Run run = Journal::Run::forConnection(connection, u"sandbox"_s,
            connection.authMode == AuthMode::ApiKey
                ? Journal::apiKeyFingerprint(m_fixture->server().apiKey())
                : QString());
        run.target = target;
        run.mode = mode;
        run.actingUserId = actingUserId;
        return run;
    }

    // Journals a run whose ids all left but whose answers never came, by a journal that is
    // then closed, as a process that died would leave it.
    qint64 sentRun(const Journal::Run &run, const QStringList &ids,
        const QHash<QString, QString> &containerOf = {})
    {
        Journal died;
        if (!TestStores::open(died, m_journal->location()))
            return 0;
        const auto runId = died.beginRun(run, ids, containerOf);
        if (!runId || !died.markSent(*runId, ids))
            return 0;
        return *runId;
    }

    bool act(ApiClient &client, const ApiRequest &request)
    {
        const std::optional<ApiReply> reply = awaitReply(client, request);
        return reply && reply->isSuccess();
    }

    Reconciler::Summary reconcile(ApiClient *client, bool *finishedInTime)
    {
        Reconciler reconciler(m_journal.get(), client);
        QSignalSpy finished(&reconciler, &Reconciler::finished);
        reconciler.start();
        *finishedInTime = finished.wait(20000) && finished.count() == 1;
        return reconciler.summary();
    }

    QString outcomeOf(qint64 runId, const QString &objectId) const
    {
        const QList<Journal::Item> items = m_journal->items(runId);
        for (const Journal::Item &item : items) {
            if (item.objectId == objectId)
                return item.state == Journal::ItemState::Settled ? item.outcome : QString();
        }
        return {};
    }

    // Group dialogs a user is in without owning them.
    QStringList groupsWithMember(qint64 user) const
    {
        SandboxServer &server = m_fixture->server();
        QStringList groups;
        const QStringList all = server.allDialogIds();
        for (const QString &id : all) {
            if (server.dialogType(id) == 2 && server.dialogOwner(id) != user
                && server.dialogOccupants(id).contains(user))
                groups.append(id);
        }
        return groups;
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;

private Q_SLOTS:
    void initTestCase_data() { TestStores::addEngines(); }

    void init()
    {
        QBMOD_FETCH_ENGINE(engine);
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->start());
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<Journal>();
        QVERIFY2(TestStores::open(*m_journal, TestStores::fresh(engine, *m_dir, u"journal"_s)),
            qPrintable(m_journal->errorString()));
    }

    void messagesAreLookedUpInTheirDialog()
    {
        SandboxServer &server = m_fixture->server();
        const qint64 anna = m_fixture->operatorAt(0).userId;
        // A dialog of anna's with enough messages, and another one that will be deleted.
        QString dialog, doomed;
        const QStringList visible = server.dialogIdsVisibleTo(anna);
        for (const QString &id : visible) {
            const qsizetype count = server.messageIds(id).size();
            if (dialog.isEmpty() && count >= 5)
                dialog = id;
            else if (doomed.isEmpty() && count >= 1)
                doomed = id;
        }
        QVERIFY(!dialog.isEmpty());
        QVERIFY(!doomed.isEmpty());
        const QStringList messages = server.messageIds(dialog);
        const QString forEveryone = messages.at(0), keptForEveryone = messages.at(1);
        const QString forAnna = messages.at(2), keptForAnna = messages.at(3);
        const QString inDoomed = server.messageIds(doomed).first();
        const QString withoutDialog = messages.last();
        const QList<qint64> readBefore = server.messageReadIds(keptForAnna);

        // What the server carried out before its answers were lost.
        const auto client = m_fixture->apiKeyClient();
        QVERIFY(act(*client, DeleteMessagesEndpoint::build({ forEveryone }, true, std::nullopt)));
        QVERIFY(act(*client, DeleteMessagesEndpoint::build({ forAnna }, false, anna)));
        QVERIFY(act(*client, DeleteDialogsEndpoint::build({ doomed }, true, std::nullopt)));

        const ConnectionSettings apiKey = m_fixture->apiKeySettings();
        const qint64 force = sentRun(runFor(apiKey, RunTarget::Messages, RunMode::ForEveryone),
            { forEveryone, keptForEveryone, inDoomed },
            { { forEveryone, dialog }, { keptForEveryone, dialog }, { inDoomed, doomed } });
        const qint64 perUser
            = sentRun(runFor(apiKey, RunTarget::Messages, RunMode::FromActingUsersList, anna),
                { forAnna, keptForAnna }, { { forAnna, dialog }, { keptForAnna, dialog } });
        // As a journal written before messages kept their dialog.
        const qint64 old
            = sentRun(runFor(apiKey, RunTarget::Messages, RunMode::FromActingUsersList, anna),
                { withoutDialog });
        QVERIFY(force && perUser && old);

        bool inTime = false;
        const Reconciler::Summary summary = reconcile(client.get(), &inTime);
        QVERIFY(inTime);
        QCOMPARE(summary.checked, 5);
        QCOMPARE(summary.gone, 3);
        QCOMPARE(summary.present, 2);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(summary.runs, 2);
        QCOMPARE(summary.skipped.size(), 1);
        QVERIFY2(summary.skipped.first().contains(u"without their dialog"_s),
            qPrintable(summary.skipped.first()));

        // Each as the server sees it: for everyone, or from anna's view.
        QCOMPARE(outcomeOf(force, forEveryone),
            server.messageExists(forEveryone) ? u"present"_s : u"gone"_s);
        QCOMPARE(outcomeOf(force, forEveryone), u"gone"_s);
        QCOMPARE(outcomeOf(force, keptForEveryone),
            server.messageExists(keptForEveryone) ? u"present"_s : u"gone"_s);
        QCOMPARE(outcomeOf(force, keptForEveryone), u"present"_s);
        // A dialog that no longer exists has no messages for anyone.
        QVERIFY(!server.dialogExists(doomed));
        QCOMPARE(outcomeOf(force, inDoomed), u"gone"_s);
        QCOMPARE(outcomeOf(perUser, forAnna),
            server.messageVisibleTo(forAnna, anna) ? u"present"_s : u"gone"_s);
        QCOMPARE(outcomeOf(perUser, forAnna), u"gone"_s);
        QCOMPARE(outcomeOf(perUser, keptForAnna),
            server.messageVisibleTo(keptForAnna, anna) ? u"present"_s : u"gone"_s);
        QCOMPARE(outcomeOf(perUser, keptForAnna), u"present"_s);
        // Looking a message up as anna does not mark it read for her.
        QCOMPARE(server.messageReadIds(keptForAnna), readBefore);
        QCOMPARE(m_journal->unsettledItems(old).size(), 1);
        QCOMPARE(m_journal->runsNeedingReconcile(), QList<qint64> { old });
        QCOMPARE(m_journal->run(force)->status, u"interrupted"_s);
    }

    void membersAreLookedForAmongOccupants()
    {
        SandboxServer &server = m_fixture->server();
        // A user in two groups he does not own, and a dialog that will be deleted.
        qint64 user = 0;
        QStringList groups;
        const QList<qint64> users = server.userIds();
        for (const qint64 candidate : users) {
            groups = groupsWithMember(candidate);
            if (groups.size() >= 2) {
                user = candidate;
                break;
            }
        }
        QVERIFY(user != 0);
        const QString removedFrom = groups.at(0), stillIn = groups.at(1);
        QString doomed;
        const QStringList all = server.allDialogIds();
        for (const QString &id : all) {
            if (!groups.contains(id)) {
                doomed = id;
                break;
            }
        }

        const auto client = m_fixture->apiKeyClient();
        QVERIFY(act(*client,
            UpdateDialogEndpoint::buildRemoveOccupants(removedFrom, { user }, std::nullopt)));
        QVERIFY(act(*client, DeleteDialogsEndpoint::build({ doomed }, true, std::nullopt)));

        // Made by an operator's session; an API key sees every dialog, so it checks any removal.
        Journal::Run run = runFor(
            m_fixture->sessionSettings(0), RunTarget::Members, RunMode::RemoveMember, std::nullopt);
        run.subjectUserId = user;
        const qint64 runId = sentRun(run, { removedFrom, stillIn, doomed });
        Journal::Run old = run;
        old.subjectUserId.reset();
        const qint64 oldId = sentRun(old, { stillIn });
        QVERIFY(runId && oldId);

        const int before = server.requestCount();
        bool inTime = false;
        const Reconciler::Summary summary = reconcile(client.get(), &inTime);
        QVERIFY(inTime);
        QCOMPARE(summary.checked, 3);
        QCOMPARE(summary.gone, 2);
        QCOMPARE(summary.present, 1);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(summary.skipped.size(), 1);
        QVERIFY2(summary.skipped.first().contains(u"run %1"_s.arg(oldId)),
            qPrintable(summary.skipped.first()));
        QCOMPARE(server.requestCount() - before, 3);

        QCOMPARE(outcomeOf(runId, removedFrom),
            server.dialogOccupants(removedFrom).contains(user) ? u"still_member"_s : u"removed"_s);
        QCOMPARE(outcomeOf(runId, removedFrom), u"removed"_s);
        QCOMPARE(outcomeOf(runId, stillIn),
            server.dialogOccupants(stillIn).contains(user) ? u"still_member"_s : u"removed"_s);
        QCOMPARE(outcomeOf(runId, stillIn), u"still_member"_s);
        QVERIFY(!server.dialogExists(doomed));
        QCOMPARE(outcomeOf(runId, doomed), u"not_found"_s);
        QCOMPARE(m_journal->unsettledItems(oldId).size(), 1);
    }

    void aUserWhoNoLongerSeesTheDialogCannotTell()
    {
        SandboxServer &server = m_fixture->server();
        const qint64 anna = m_fixture->operatorAt(0).userId;
        // Two groups anna owns, each with another member: one is then deleted.
        QString kept, doomed;
        qint64 keptMember = 0, doomedMember = 0;
        const QStringList own = server.dialogIdsOwnedBy(anna);
        for (const QString &id : own) {
            const QList<qint64> occupants = server.dialogOccupants(id);
            if (server.dialogType(id) != 2 || occupants.size() < 2)
                continue;
            const qint64 other = occupants.at(occupants.at(0) == anna ? 1 : 0);
            if (kept.isEmpty()) {
                kept = id;
                keptMember = other;
            } else {
                doomed = id;
                doomedMember = other;
                break;
            }
        }
        QVERIFY(!doomed.isEmpty());
        const auto apiKey = m_fixture->apiKeyClient();
        QVERIFY(act(*apiKey, DeleteDialogsEndpoint::build({ doomed }, true, std::nullopt)));

        const ConnectionSettings session = m_fixture->sessionSettings(0);
        Journal::Run first = runFor(session, RunTarget::Members, RunMode::RemoveMember);
        first.subjectUserId = keptMember;
        Journal::Run second = first;
        second.subjectUserId = doomedMember;
        const qint64 keptRun = sentRun(first, { kept });
        const qint64 doomedRun = sentRun(second, { doomed });
        QVERIFY(keptRun && doomedRun);

        // Checked as anna herself: a 404 may only mean the dialog left her list.
        const auto client = m_fixture->sessionClient(0);
        bool inTime = false;
        const Reconciler::Summary summary = reconcile(client.get(), &inTime);
        QVERIFY(inTime);
        QCOMPARE(summary.checked, 2);
        QCOMPARE(summary.present, 1);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(outcomeOf(keptRun, kept), u"still_member"_s);
        QVERIFY(server.dialogOccupants(kept).contains(keptMember));
        QCOMPARE(m_journal->unsettledItems(doomedRun).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReconcilerSandbox)
#include "TestReconcilerSandbox.moc"

// SPDX-License-Identifier: Apache-2.0

#include "CtlApplication.h"
#include "CtlRunner.h"
#include "ExitCode.h"
#include "SandboxFixture.h"
#include "moderation/Journal.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// qbmodctl's per-user commands in-process against the sandbox: a user's details and dialogs,
// their messages, deleting messages and removing them from dialogs, each checked against what
// the server itself holds afterwards.
class TestCtlUsers final : public QObject {
    Q_OBJECT

private:
    using Run = CtlRun;

    // With no login the run uses the API key; with one it signs in as that demo user.
    Run ctl(const QStringList &arguments, const std::optional<SandboxOperator> &as = {})
    {
        CtlInvocation invocation;
        QStringList connection { u"--endpoint"_s, m_fixture->server().endpoint().toString() };
        if (arguments.contains(u"delete"_s) || arguments.contains(u"remove-member"_s))
            connection << u"--journal"_s << journalPath();
        if (as) {
            connection << u"--app-id"_s << QString::number(m_fixture->server().applicationId())
                       << u"--auth-key"_s << m_fixture->server().authKey() << u"--login"_s
                       << as->login;
            invocation.environment.insert(u"QBMOD_AUTH_SECRET"_s, m_fixture->server().authSecret());
            invocation.environment.insert(u"QBMOD_PASSWORD"_s, as->password);
        } else {
            invocation.environment.insert(u"QBMOD_API_KEY"_s, m_fixture->server().apiKey());
        }
        invocation.arguments = arguments + connection;
        return runCtl(invocation);
    }

    QString journalPath() const { return m_dir->filePath(u"journal.sqlite"_s); }

    static QStringList sorted(QStringList list)
    {
        std::sort(list.begin(), list.end());
        return list;
    }

    static QStringList idsOf(const QJsonArray &items)
    {
        QStringList ids;
        for (const QJsonValue &item : items)
            ids.append(item.toObject().value(u"_id"_s).toString());
        return ids;
    }

    static QStringList strings(const QJsonArray &array)
    {
        QStringList list;
        for (const QJsonValue &value : array)
            list.append(value.toString());
        return list;
    }

    // A group dialog of the operator's with a member who is not its owner and who sent some of
    // its messages (at least two), but not all.
    QString sharedGroup(qint64 operatorId, qint64 *member) const
    {
        SandboxServer &server = m_fixture->server();
        const QStringList visible = server.dialogIdsVisibleTo(operatorId);
        for (const QString &id : visible) {
            if (server.dialogType(id) != 2)
                continue;
            const QStringList messages = server.messageIds(id);
            const QList<qint64> occupants = server.dialogOccupants(id);
            for (const qint64 user : occupants) {
                if (user == operatorId || user == server.dialogOwner(id))
                    continue;
                const auto sent = std::count_if(messages.cbegin(), messages.cend(),
                    [&](const QString &message) { return server.messageSender(message) == user; });
                if (sent >= 2 && sent < messages.size()) {
                    *member = user;
                    return id;
                }
            }
        }
        return {};
    }

    // A group the operator is in but does not own, with another member who is not its owner
    // either: the operator may not remove that member.
    QString foreignGroup(qint64 operatorId, qint64 *other) const
    {
        SandboxServer &server = m_fixture->server();
        const QStringList visible = server.dialogIdsVisibleTo(operatorId);
        for (const QString &id : visible) {
            if (server.dialogType(id) != 2 || server.dialogOwner(id) == operatorId)
                continue;
            const QList<qint64> occupants = server.dialogOccupants(id);
            if (!occupants.contains(operatorId))
                continue;
            for (const qint64 user : occupants) {
                if (user != operatorId && user != server.dialogOwner(id)) {
                    *other = user;
                    return id;
                }
            }
        }
        return {};
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->start());
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void showPrintsOneUser()
    {
        const SandboxOperator anna = m_fixture->operatorAt(0);
        const Run json = ctl({ u"users"_s, u"show"_s, QString::number(anna.userId), u"--json"_s });
        QCOMPARE(json.exitCode, int(ExitSuccess));
        QCOMPARE(json.json().value(u"id"_s).toInteger(), anna.userId);
        QCOMPARE(json.json().value(u"login"_s).toString(), anna.login);

        const Run text = ctl({ u"users"_s, u"show"_s, QString::number(anna.userId) });
        QCOMPARE(text.exitCode, int(ExitSuccess));
        QVERIFY2(text.out.contains(anna.login), qPrintable(text.out));
    }

    void showOfAnUnknownUserFails()
    {
        const Run run = ctl({ u"users"_s, u"show"_s, u"999999999"_s });
        QCOMPARE(run.exitCode, int(ExitPartial));
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(ctl({ u"users"_s, u"show"_s, u"anna"_s }).exitCode, int(ExitUsage));
        QCOMPARE(ctl({ u"users"_s, u"show"_s }).exitCode, int(ExitUsage));
    }

    void dialogsWithAnApiKeyAreTheUsersOwn()
    {
        SandboxServer &server = m_fixture->server();
        qint64 member = 0;
        QVERIFY(!sharedGroup(m_fixture->operatorAt(0).userId, &member).isEmpty());
        const Run run
            = ctl({ u"users"_s, u"dialogs"_s, QString::number(member), u"--all"_s, u"--json"_s });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        const QStringList listed = idsOf(run.json().value(u"items"_s).toArray());
        QVERIFY(!listed.isEmpty());
        QCOMPARE(sorted(listed), sorted(server.dialogIdsVisibleTo(member)));
    }

    void dialogsWithASessionAreThoseSharedWithTheUser()
    {
        SandboxServer &server = m_fixture->server();
        const SandboxOperator anna = m_fixture->operatorAt(0);
        qint64 member = 0;
        QVERIFY(!sharedGroup(anna.userId, &member).isEmpty());
        QStringList expected;
        const QStringList visible = server.dialogIdsVisibleTo(anna.userId);
        for (const QString &id : visible) {
            if (server.dialogOccupants(id).contains(member))
                expected.append(id);
        }
        const Run run = ctl(
            { u"users"_s, u"dialogs"_s, QString::number(member), u"--all"_s, u"--json"_s }, anna);
        QCOMPARE(run.exitCode, int(ExitSuccess));
        const QStringList listed = idsOf(run.json().value(u"items"_s).toArray());
        QVERIFY(!listed.isEmpty());
        QCOMPARE(sorted(listed), sorted(expected));
        QVERIFY(listed.size() < visible.size());
    }

    void dialogsTakeOneUserId()
    {
        QCOMPARE(ctl({ u"users"_s, u"dialogs"_s }).exitCode, int(ExitUsage));
        QCOMPARE(ctl({ u"users"_s, u"dialogs"_s, u"1"_s, u"--on-behalf-of"_s, u"1"_s }).exitCode,
            int(ExitUsage));
    }

    void messagesBySender()
    {
        SandboxServer &server = m_fixture->server();
        qint64 member = 0;
        const QString dialog = sharedGroup(m_fixture->operatorAt(0).userId, &member);
        QStringList expected;
        const QStringList all = server.messageIds(dialog);
        for (const QString &id : all) {
            if (server.messageSender(id) == member)
                expected.append(id);
        }
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < all.size());
        const Run run = ctl({ u"messages"_s, u"list"_s, dialog, u"--sender"_s,
            QString::number(member), u"--limit"_s, u"1000"_s, u"--json"_s });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QCOMPARE(sorted(idsOf(run.json().value(u"items"_s).toArray())), sorted(expected));
        QCOMPARE(ctl({ u"messages"_s, u"list"_s, dialog, u"--sender"_s, u"x"_s }).exitCode,
            int(ExitUsage));
    }

    void messagesDeletedForOneUserStayForTheOthers()
    {
        SandboxServer &server = m_fixture->server();
        const qint64 anna = m_fixture->operatorAt(0).userId;
        qint64 member = 0;
        const QString dialog = sharedGroup(anna, &member);
        const QStringList messages = server.messageIds(dialog);
        const auto sentByMember = std::find_if(messages.begin(), messages.end(),
            [&](const QString &id) { return server.messageSender(id) == member; });
        QVERIFY(sentByMember != messages.end());
        const QString message = *sentByMember;

        const Run run = ctl({ u"messages"_s, u"delete"_s, u"--yes"_s, u"--json"_s,
            u"--on-behalf-of"_s, QString::number(anna), u"--reason"_s, u"spam"_s, message });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QCOMPARE(strings(run.json().value(u"deleted"_s).toArray()), QStringList { message });
        QCOMPARE(run.json().value(u"force"_s).toBool(), false);
        QVERIFY(server.messageExists(message));
        QVERIFY(!server.messageVisibleTo(message, anna));
        QVERIFY(server.messageVisibleTo(message, member));
    }

    void onlyTheSenderDeletesAMessageForEveryone()
    {
        SandboxServer &server = m_fixture->server();
        const qint64 anna = m_fixture->operatorAt(0).userId;
        qint64 member = 0;
        const QString dialog = sharedGroup(anna, &member);
        QStringList byMember;
        const QStringList messages = server.messageIds(dialog);
        for (const QString &id : messages) {
            if (server.messageSender(id) == member)
                byMember.append(id);
        }
        QVERIFY(byMember.size() >= 2);

        // Anna did not send it: refused, and it stays for everyone.
        const Run refused = ctl({ u"messages"_s, u"delete"_s, u"--force"_s, u"--yes"_s, u"--json"_s,
            u"--on-behalf-of"_s, QString::number(anna), u"--reason"_s, u"spam"_s, byMember.at(0) });
        QCOMPARE(refused.exitCode, int(ExitPartial));
        QCOMPARE(strings(refused.json().value(u"not_permitted"_s).toArray()),
            QStringList { byMember.at(0) });
        QVERIFY(server.messageExists(byMember.at(0)));
        QVERIFY(server.messageVisibleTo(byMember.at(0), anna));

        const Run deleted = ctl({ u"messages"_s, u"delete"_s, u"--force"_s, u"--yes"_s, u"--json"_s,
            u"--on-behalf-of"_s, QString::number(member), u"--reason"_s, u"spam"_s, byMember.at(0),
            byMember.at(1) });
        QCOMPARE(deleted.exitCode, int(ExitSuccess));
        QCOMPARE(sorted(strings(deleted.json().value(u"deleted"_s).toArray())),
            sorted(byMember.mid(0, 2)));
        QCOMPARE(deleted.json().value(u"force"_s).toBool(), true);
        QVERIFY(!server.messageExists(byMember.at(0)));
        QVERIFY(!server.messageExists(byMember.at(1)));

        Journal journal;
        QVERIFY(journal.open(journalPath()));
        const auto run = journal.run(deleted.json().value(u"journal_run"_s).toInteger());
        QVERIFY(run);
        QCOMPARE(run->target, u"messages"_s);
        QCOMPARE(run->mode, u"force"_s);
        QCOMPARE(run->reason, u"spam"_s);
        QCOMPARE(run->actingUserId, std::optional<qint64>(member));
        const QList<Journal::Item> items = journal.items(run->id);
        QCOMPARE(items.size(), 2);
        for (const Journal::Item &item : items)
            QCOMPARE(item.outcome, u"deleted"_s);
        const auto refusedRun = journal.run(refused.json().value(u"journal_run"_s).toInteger());
        QVERIFY(refusedRun);
        QCOMPARE(journal.items(refusedRun->id).first().outcome, u"not_permitted"_s);
    }

    void destructiveCommandsNeedAReason_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("messages delete for everyone")
            << QStringList { u"messages"_s, u"delete"_s, u"--force"_s, u"MESSAGE"_s };
        QTest::newRow("messages delete on behalf of a user") << QStringList { u"messages"_s,
            u"delete"_s, u"--on-behalf-of"_s, u"ANNA"_s, u"MESSAGE"_s };
        QTest::newRow("remove-member on behalf of a user")
            << QStringList { u"dialogs"_s, u"remove-member"_s, u"DIALOG"_s, u"--user"_s,
                   u"MEMBER"_s, u"--on-behalf-of"_s, u"ANNA"_s };
    }

    void destructiveCommandsNeedAReason()
    {
        QFETCH(QStringList, arguments);
        SandboxServer &server = m_fixture->server();
        const qint64 anna = m_fixture->operatorAt(0).userId;
        qint64 member = 0;
        const QString dialog = sharedGroup(anna, &member);
        const QString message = server.messageIds(dialog).first();
        arguments.replaceInStrings(u"MESSAGE"_s, message);
        arguments.replaceInStrings(u"DIALOG"_s, dialog);
        arguments.replaceInStrings(u"MEMBER"_s, QString::number(member));
        arguments.replaceInStrings(u"ANNA"_s, QString::number(anna));
        const int before = server.requestCount();
        const Run run = ctl(arguments + QStringList { u"--yes"_s });
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY2(run.err.contains(u"--reason"_s), qPrintable(run.err));
        QCOMPARE(server.requestCount(), before);
        QVERIFY(server.messageVisibleTo(message, anna));
        QVERIFY(server.dialogOccupants(dialog).contains(member));
    }

    void destructiveCommandsAskFirst()
    {
        const qint64 anna = m_fixture->operatorAt(0).userId;
        qint64 member = 0;
        const QString dialog = sharedGroup(anna, &member);
        const QString message = m_fixture->server().messageIds(dialog).first();
        QCOMPARE(ctl({ u"messages"_s, u"delete"_s, message }).exitCode, int(ExitUsage));
        QCOMPARE(
            ctl({ u"dialogs"_s, u"remove-member"_s, dialog, u"--user"_s, QString::number(member) })
                .exitCode,
            int(ExitUsage));
        QVERIFY(m_fixture->server().messageVisibleTo(message, anna));
        QVERIFY(m_fixture->server().dialogOccupants(dialog).contains(member));
        QCOMPARE(ctl({ u"dialogs"_s, u"remove-member"_s, dialog }).exitCode, int(ExitUsage));
        QCOMPARE(ctl({ u"dialogs"_s, u"remove-member"_s, u"--user"_s, u"5"_s }).exitCode,
            int(ExitUsage));
    }

    void theOwnerRemovesAMember()
    {
        SandboxServer &server = m_fixture->server();
        const SandboxOperator anna = m_fixture->operatorAt(0);
        // A group anna owns with another member, and one of hers without that member.
        QString owned;
        qint64 member = 0;
        const QStringList own = server.dialogIdsOwnedBy(anna.userId);
        for (const QString &id : own) {
            const QList<qint64> occupants = server.dialogOccupants(id);
            if (server.dialogType(id) == 2 && occupants.size() >= 3) {
                owned = id;
                member = occupants.at(occupants.at(0) == anna.userId ? 1 : 0);
                break;
            }
        }
        QVERIFY(!owned.isEmpty());
        QString without;
        for (const QString &id : own) {
            if (server.dialogType(id) == 2 && !server.dialogOccupants(id).contains(member)) {
                without = id;
                break;
            }
        }
        QVERIFY(!without.isEmpty());
        const QString missing = u"0123456789abcdef01234567"_s;
        QVERIFY(!server.dialogExists(missing));

        const Run run = ctl({ u"dialogs"_s, u"remove-member"_s, owned, without, missing,
                                u"--user"_s, QString::number(member), u"--yes"_s, u"--json"_s },
            anna);
        QCOMPARE(run.exitCode, int(ExitSuccess));
        const QJsonObject json = run.json();
        QCOMPARE(strings(json.value(u"removed"_s).toArray()), QStringList { owned });
        QCOMPARE(strings(json.value(u"not_member"_s).toArray()), QStringList { without });
        QCOMPARE(strings(json.value(u"not_found"_s).toArray()), QStringList { missing });
        QCOMPARE(json.value(u"user_id"_s).toInteger(), member);
        QVERIFY(!server.dialogOccupants(owned).contains(member));
        QVERIFY(server.dialogOccupants(owned).contains(anna.userId));

        Journal journal;
        QVERIFY(journal.open(journalPath()));
        const auto journalRun = journal.run(json.value(u"journal_run"_s).toInteger());
        QVERIFY(journalRun);
        QCOMPARE(journalRun->target, u"members"_s);
        QCOMPARE(journalRun->mode, u"remove_member"_s);
        QCOMPARE(journalRun->status, u"finished"_s);
        QCOMPARE(journalRun->operatorLogin, anna.login);
        QVERIFY(journalRun->reason.contains(QString::number(member)));
        const QList<Journal::Item> items = journal.items(journalRun->id);
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).objectId, owned);
        QCOMPARE(items.at(0).outcome, u"removed"_s);
        QCOMPARE(items.at(1).outcome, u"not_member"_s);
        QCOMPARE(items.at(2).outcome, u"not_found"_s);
    }

    void aMemberWhoIsNotTheOwnerIsNotPermitted()
    {
        SandboxServer &server = m_fixture->server();
        const SandboxOperator anna = m_fixture->operatorAt(0);
        qint64 other = 0;
        const QString dialog = foreignGroup(anna.userId, &other);
        QVERIFY(!dialog.isEmpty());

        // On behalf of anna with the API key: the same rule, and the reason is kept.
        const Run run = ctl({ u"dialogs"_s, u"remove-member"_s, dialog, u"--user"_s,
            QString::number(other), u"--on-behalf-of"_s, QString::number(anna.userId),
            u"--reason"_s, u"report #7"_s, u"--yes"_s, u"--json"_s });
        QCOMPARE(run.exitCode, int(ExitPartial));
        QCOMPARE(strings(run.json().value(u"not_permitted"_s).toArray()), QStringList { dialog });
        QVERIFY(server.dialogOccupants(dialog).contains(other));

        Journal journal;
        QVERIFY(journal.open(journalPath()));
        const auto journalRun = journal.run(run.json().value(u"journal_run"_s).toInteger());
        QVERIFY(journalRun);
        QCOMPARE(journalRun->actingUserId, std::optional<qint64>(anna.userId));
        QVERIFY(journalRun->reason.contains(u"report #7"_s));
        QCOMPARE(journal.items(journalRun->id).first().outcome, u"not_permitted"_s);

        // Leaving is always allowed: a member removes himself.
        const Run leave = ctl({ u"dialogs"_s, u"remove-member"_s, dialog, u"--user"_s,
                                  QString::number(anna.userId), u"--yes"_s, u"--json"_s },
            anna);
        QCOMPARE(leave.exitCode, int(ExitSuccess));
        QVERIFY(!server.dialogOccupants(dialog).contains(anna.userId));
    }

    void aRemovalWhoseAnswerIsLostIsUnknownNotRemoved()
    {
        SandboxServer &server = m_fixture->server();
        const qint64 anna = m_fixture->operatorAt(0).userId;
        qint64 member = 0;
        const QString dialog = sharedGroup(anna, &member);
        // Every answer is lost after the server carried the request out.
        server.setLoseRate(1.0);
        const Run run = ctl({ u"dialogs"_s, u"remove-member"_s, dialog, u"--user"_s,
            QString::number(member), u"--yes"_s, u"--json"_s });
        server.setLoseRate(0);
        QVERIFY(run.exitCode != int(ExitSuccess));
        const QJsonObject json = run.json();
        QVERIFY(json.value(u"removed"_s).toArray().isEmpty());
        const QJsonArray failed = json.value(u"failed"_s).toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().toObject().value(u"result"_s).toString(), u"unknown"_s);
        QVERIFY(!server.dialogOccupants(dialog).contains(member));

        Journal journal;
        QVERIFY(journal.open(journalPath()));
        const qint64 runId = json.value(u"journal_run"_s).toInteger();
        QCOMPARE(journal.unsettledItems(runId).size(), 1);
        QVERIFY(journal.runsNeedingReconcile().contains(runId));
    }

    void reconcileSettlesRemovalsWhoseAnswersWereLost()
    {
        SandboxServer &server = m_fixture->server();
        const qint64 anna = m_fixture->operatorAt(0).userId;
        qint64 member = 0;
        const QString removedFrom = sharedGroup(anna, &member);
        qint64 other = 0;
        const QString refusedIn = foreignGroup(anna, &other);
        QVERIFY(!removedFrom.isEmpty());
        QVERIFY(!refusedIn.isEmpty());
        QVERIFY(removedFrom != refusedIn);

        // Every answer is lost after the server acted: one removal was carried out, the other
        // refused (anna does not own that group), and the journal knows neither.
        server.setLoseRate(1.0);
        const Run removed = ctl({ u"dialogs"_s, u"remove-member"_s, removedFrom, u"--user"_s,
            QString::number(member), u"--yes"_s, u"--json"_s });
        const Run refused = ctl({ u"dialogs"_s, u"remove-member"_s, refusedIn, u"--user"_s,
            QString::number(other), u"--on-behalf-of"_s, QString::number(anna), u"--reason"_s,
            u"report #9"_s, u"--yes"_s, u"--json"_s });
        server.setLoseRate(0);
        QVERIFY(!server.dialogOccupants(removedFrom).contains(member));
        QVERIFY(server.dialogOccupants(refusedIn).contains(other));

        Journal journal;
        QVERIFY(journal.open(journalPath()));
        const qint64 removedRun = removed.json().value(u"journal_run"_s).toInteger();
        const qint64 refusedRun = refused.json().value(u"journal_run"_s).toInteger();
        QCOMPARE(journal.run(removedRun)->subjectUserId, std::optional<qint64>(member));
        QCOMPARE(journal.run(refusedRun)->subjectUserId, std::optional<qint64>(other));
        QCOMPARE(journal.unsettledItems(removedRun).size(), 1);
        QCOMPARE(journal.unsettledItems(refusedRun).size(), 1);

        const Run reconcile
            = ctl({ u"journal"_s, u"reconcile"_s, u"--json"_s, u"--journal"_s, journalPath() });
        QCOMPARE(reconcile.exitCode, int(ExitSuccess));
        QCOMPARE(reconcile.json().value(u"checked"_s).toInt(), 2);
        QCOMPARE(reconcile.json().value(u"gone"_s).toInt(), 1);
        QCOMPARE(reconcile.json().value(u"present"_s).toInt(), 1);
        // What the journal now says is what the server holds.
        const Journal::Item first = journal.items(removedRun).first();
        QCOMPARE(first.state, Journal::ItemState::Settled);
        QCOMPARE(first.settledBy, u"reconcile"_s);
        QCOMPARE(first.outcome,
            server.dialogOccupants(removedFrom).contains(member) ? u"still_member"_s
                                                                 : u"removed"_s);
        QCOMPARE(first.outcome, u"removed"_s);
        const Journal::Item second = journal.items(refusedRun).first();
        QCOMPARE(second.state, Journal::ItemState::Settled);
        QCOMPARE(second.outcome,
            server.dialogOccupants(refusedIn).contains(other) ? u"still_member"_s : u"removed"_s);
        QCOMPARE(second.outcome, u"still_member"_s);
        QVERIFY(journal.runsNeedingReconcile().isEmpty());
    }

    void reconcileSettlesMessageDeletesWhoseAnswersWereLost_data()
    {
        QTest::addColumn<bool>("force");
        QTest::newRow("for everyone by the sender, checked without On-Behalf-Of") << true;
        QTest::newRow("for the acting user only, checked as that user") << false;
    }

    void reconcileSettlesMessageDeletesWhoseAnswersWereLost()
    {
        QFETCH(bool, force);
        SandboxServer &server = m_fixture->server();
        const qint64 anna = m_fixture->operatorAt(0).userId;
        qint64 member = 0;
        const QString dialog = sharedGroup(anna, &member);
        QVERIFY(!dialog.isEmpty());
        const QStringList messages = server.messageIds(dialog);
        QString byMember, byOthers;
        for (const QString &id : messages) {
            QString &slot = server.messageSender(id) == member ? byMember : byOthers;
            if (slot.isEmpty())
                slot = id;
        }
        QVERIFY(!byMember.isEmpty());
        QVERIFY(!byOthers.isEmpty());
        const qint64 actor = force ? member : anna;
        // Whether the delete is in place, as the server itself sees it.
        auto stillThere = [&](const QString &id) {
            return force ? server.messageExists(id) : server.messageVisibleTo(id, anna);
        };

        // Every answer to the delete is lost after the server acted (the check that the
        // messages are in the dialog is answered first). For everyone: the member's own message
        // goes, the other is refused (only the sender may). For anna only: it goes from her view.
        const auto loseFromNowOn = connect(
            &server, &SandboxServer::requestAnswered, this, [&server](const QString &method) {
                if (method == u"GET"_s)
                    server.setLoseRate(1.0);
            });
        QStringList arguments { u"messages"_s, u"delete"_s, u"--dialog"_s, dialog,
            u"--on-behalf-of"_s, QString::number(actor), u"--reason"_s, u"spam"_s, u"--yes"_s,
            u"--json"_s, byMember };
        if (force)
            arguments << u"--force"_s << byOthers;
        const Run run = ctl(arguments);
        disconnect(loseFromNowOn);
        server.setLoseRate(0);
        QVERIFY(run.exitCode != int(ExitSuccess));
        QVERIFY(!stillThere(byMember));
        QVERIFY(stillThere(byOthers));

        Journal journal;
        QVERIFY(journal.open(journalPath()));
        const qint64 runId = run.json().value(u"journal_run"_s).toInteger();
        if (!force) {
            // A per-user delete always goes through; a journal row forced to "sent" stands for
            // one whose request never reached the server.
            Journal::Run copy = *journal.run(runId);
            const auto forced = journal.beginRun(copy, { byOthers }, { { byOthers, dialog } });
            QVERIFY(forced);
            QVERIFY(journal.markSent(*forced, { byOthers }));
        }
        QList<Journal::Item> unsettled;
        const QList<qint64> inDoubt = journal.runsNeedingReconcile();
        for (const qint64 id : inDoubt)
            unsettled += journal.unsettledItems(id);
        QCOMPARE(unsettled.size(), 2);
        for (const Journal::Item &item : std::as_const(unsettled))
            QCOMPARE(item.containerId, dialog);

        const Run reconcile
            = ctl({ u"journal"_s, u"reconcile"_s, u"--json"_s, u"--journal"_s, journalPath() });
        QCOMPARE(reconcile.exitCode, int(ExitSuccess));
        QCOMPARE(reconcile.json().value(u"checked"_s).toInt(), 2);
        QCOMPARE(reconcile.json().value(u"gone"_s).toInt(), 1);
        QCOMPARE(reconcile.json().value(u"present"_s).toInt(), 1);
        QHash<QString, QString> outcomes;
        for (const qint64 id : inDoubt) {
            const QList<Journal::Item> items = journal.items(id);
            for (const Journal::Item &item : items) {
                QCOMPARE(item.state, Journal::ItemState::Settled);
                QCOMPARE(item.settledBy, u"reconcile"_s);
                outcomes.insert(item.objectId, item.outcome);
            }
        }
        for (const QString &id : { byMember, byOthers })
            QCOMPARE(outcomes.value(id), stillThere(id) ? u"present"_s : u"gone"_s);
        QCOMPARE(outcomes.value(byMember), u"gone"_s);
        QCOMPARE(outcomes.value(byOthers), u"present"_s);
    }

    void reconcileCannotFindMessagesWithoutTheirDialog()
    {
        SandboxServer &server = m_fixture->server();
        const qint64 anna = m_fixture->operatorAt(0).userId;
        qint64 member = 0;
        const QString dialog = sharedGroup(anna, &member);
        const QString message = server.messageIds(dialog).first();
        server.setLoseRate(1.0);
        const Run run = ctl({ u"messages"_s, u"delete"_s, u"--on-behalf-of"_s,
            QString::number(anna), u"--reason"_s, u"spam"_s, u"--yes"_s, u"--json"_s, message });
        server.setLoseRate(0);
        const qint64 runId = run.json().value(u"journal_run"_s).toInteger();
        Journal journal;
        QVERIFY(journal.open(journalPath()));
        QCOMPARE(journal.unsettledItems(runId).size(), 1);
        QVERIFY(journal.unsettledItems(runId).first().containerId.isEmpty());

        const int before = server.requestCount();
        const Run reconcile
            = ctl({ u"journal"_s, u"reconcile"_s, u"--json"_s, u"--journal"_s, journalPath() });
        QCOMPARE(reconcile.exitCode, int(ExitPartial));
        QCOMPARE(reconcile.json().value(u"checked"_s).toInt(), 0);
        const QJsonArray skipped = reconcile.json().value(u"skipped"_s).toArray();
        QCOMPARE(skipped.size(), 1);
        QVERIFY2(skipped.first().toString().contains(u"without their dialog"_s),
            qPrintable(skipped.first().toString()));
        // No session is needed with an API key, so not one request left.
        QCOMPARE(server.requestCount(), before);
        QCOMPARE(journal.unsettledItems(runId).size(), 1);
        QCOMPARE(ctl({ u"messages"_s, u"delete"_s, u"--dialog"_s, u"nope"_s, u"--yes"_s, message })
                     .exitCode,
            int(ExitUsage));
    }

    void messagesAreDeletedOnlyFromTheDialogGiven()
    {
        // --dialog is what the journal records and reconcile looks in: a message from another
        // dialog is refused before anything is deleted.
        SandboxServer &server = m_fixture->server();
        const qint64 anna = m_fixture->operatorAt(0).userId;
        qint64 member = 0;
        const QString dialog = sharedGroup(anna, &member);
        QString elsewhere;
        for (const QString &other : server.dialogIdsVisibleTo(anna)) {
            if (other != dialog && !server.messageIds(other).isEmpty()) {
                elsewhere = server.messageIds(other).first();
                break;
            }
        }
        QVERIFY(!elsewhere.isEmpty());
        const QString inDialog = server.messageIds(dialog).first();
        const Run run
            = ctl({ u"messages"_s, u"delete"_s, u"--dialog"_s, dialog, u"--on-behalf-of"_s,
                QString::number(anna), u"--reason"_s, u"spam"_s, u"--yes"_s, inDialog, elsewhere });
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY2(run.err.contains(elsewhere) && !run.err.contains(inDialog), qPrintable(run.err));
        QVERIFY(server.messageVisibleTo(inDialog, anna));
        QVERIFY(server.messageVisibleTo(elsewhere, anna));
        Journal journal;
        QVERIFY(journal.open(journalPath()));
        QVERIFY(journal.runs().isEmpty());
    }

    void aDryRunOfRemoveMemberSendsNothing()
    {
        const qint64 anna = m_fixture->operatorAt(0).userId;
        qint64 member = 0;
        const QString dialog = sharedGroup(anna, &member);
        const int before = m_fixture->server().requestCount();
        const Run run = ctl({ u"dialogs"_s, u"remove-member"_s, dialog, u"--user"_s,
            QString::number(member), u"--dry-run"_s });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QVERIFY2(
            run.out.startsWith(u"PUT /chat/Dialog/"_s + dialog + u".json"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"pull_all"_s));
        QCOMPARE(m_fixture->server().requestCount(), before);
        QVERIFY(m_fixture->server().dialogOccupants(dialog).contains(member));
    }
};

QTEST_GUILESS_MAIN(TestCtlUsers)
#include "TestCtlUsers.moc"

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
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// qbmodctl's contract, run in-process against the sandbox: JSON shapes, exit codes,
// confirmation and input checks.
class TestCtlSandbox final : public QObject {
    Q_OBJECT

private:
    using Run = CtlRun;

    enum class Auth { ApiKey, Session, WrongPassword, None };

    Run ctl(const QStringList &arguments, Auth auth = Auth::ApiKey, const QByteArray &input = {},
        bool terminal = false)
    {
        CtlInvocation invocation;
        invocation.input = input;
        invocation.stdinIsTerminal = terminal;
        QStringList connection { u"--endpoint"_s, m_fixture->server().endpoint().toString() };
        switch (auth) {
        case Auth::ApiKey:
            invocation.environment.insert(u"QBMOD_API_KEY"_s, m_fixture->server().apiKey());
            break;
        case Auth::Session:
        case Auth::WrongPassword: {
            const ConnectionSettings settings = m_fixture->sessionSettings(0);
            connection << u"--app-id"_s << QString::number(settings.applicationId)
                       << u"--auth-key"_s << settings.authKey << u"--login"_s << settings.login;
            invocation.environment.insert(u"QBMOD_AUTH_SECRET"_s, m_fixture->server().authSecret());
            invocation.environment.insert(u"QBMOD_PASSWORD"_s,
                auth == Auth::Session ? m_fixture->sessionCredentials(0).password : u"wrong"_s);
            break;
        }
        case Auth::None:
            break;
        }
        // Deletes are journalled: keep the journal out of the user's own folder.
        if (arguments.contains(u"delete"_s))
            connection << u"--journal"_s << m_journalDir.filePath(u"journal.sqlite"_s);
        invocation.arguments = arguments + connection;
        return runCtl(invocation);
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    QTemporaryDir m_journalDir;

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->start());
    }

    void dialogsListJsonKeepsTheApiFieldNames()
    {
        const Run run = ctl({ u"dialogs"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"5"_s });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"total_entries"_s).toInt(), m_fixture->server().allDialogIds().size());
        const QJsonArray items = json.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 5);
        const QJsonObject first = items.first().toObject();
        for (const QString &key :
            { u"_id"_s, u"name"_s, u"type"_s, u"user_id"_s, u"occupants_ids"_s, u"last_message"_s,
                u"last_message_date_sent"_s, u"created_at"_s, u"updated_at"_s })
            QVERIFY2(first.contains(key), qPrintable(key));
    }

    void dialogsListAllReturnsEveryDialogInServerOrder()
    {
        const Run run = ctl({ u"--json"_s, u"dialogs"_s, u"list"_s, u"--all"_s });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QStringList ids;
        for (const QJsonValue &item : run.json().value(u"items"_s).toArray())
            ids.append(item.toObject().value(u"_id"_s).toString());
        QCOMPARE(ids, m_fixture->server().allDialogIds());
    }

    void dialogsListJsonLinesStreamsEveryDialogExactlyOnce()
    {
        const Run run = ctl({ u"dialogs"_s, u"list"_s, u"--all"_s, u"--jsonl"_s });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QStringList ids;
        const auto lines = QStringView(run.out).split(u'\n', Qt::SkipEmptyParts);
        for (const QStringView line : lines) {
            QJsonParseError error {};
            const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(),
                qPrintable(line.toString()));
            ids.append(document.object().value(u"_id"_s).toString());
        }
        QStringList expected = m_fixture->server().allDialogIds();
        QVERIFY(expected.size() > 100); // more than one page
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        ids.sort();
        expected.sort();
        QCOMPARE(ids, expected);
    }

    void jsonAndJsonLinesTogetherAreAUsageError()
    {
        const Run run = ctl({ u"dialogs"_s, u"list"_s, u"--json"_s, u"--jsonl"_s });
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY(run.out.isEmpty());
    }

    void optionsMayComeBeforeOrAfterTheCommandWords()
    {
        const Run before = ctl({ u"--json"_s, u"--type"_s, u"3"_s, u"dialogs"_s, u"list"_s });
        const Run after = ctl({ u"dialogs"_s, u"list"_s, u"--type"_s, u"3"_s, u"--json"_s });
        QCOMPARE(before.exitCode, int(ExitSuccess));
        QCOMPARE(before.out, after.out);
        for (const QJsonValue &item : before.json().value(u"items"_s).toArray())
            QCOMPARE(item.toObject().value(u"type"_s).toInt(), 3);
    }

    void deleteJsonReportsEveryBucket()
    {
        SandboxServer &server = m_fixture->server();
        const qint64 anna = m_fixture->operatorAt(0).userId;
        QStringList own, foreign;
        for (const QString &id : server.dialogIdsVisibleTo(anna))
            (server.dialogOwner(id) == anna ? own : foreign).append(id);
        const QString missing = u"0000000000000000000000ff"_s;
        const QStringList ids { own.at(0), own.at(1), foreign.at(0), missing, own.at(0) };

        const Run run
            = ctl(QStringList { u"dialogs"_s, u"delete"_s, u"--force"_s, u"--yes"_s, u"--json"_s,
                      u"--on-behalf-of"_s, QString::number(anna), u"--reason"_s, u"spam"_s }
                + ids);
        QCOMPARE(run.exitCode, int(ExitPartial));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"requested"_s).toInt(), 4); // the duplicate is sent once
        QCOMPARE(json.value(u"deleted"_s).toArray(), QJsonArray({ own.at(0), own.at(1) }));
        QCOMPARE(json.value(u"not_found"_s).toArray(), QJsonArray({ missing }));
        QCOMPARE(json.value(u"not_permitted"_s).toArray(), QJsonArray({ foreign.at(0) }));
        QCOMPARE(json.value(u"failed"_s).toArray(), QJsonArray());
        QCOMPARE(json.value(u"force"_s).toBool(), true);
        QCOMPARE(json.value(u"on_behalf_of"_s).toInteger(), anna);
        QVERIFY(!server.dialogExists(own.at(0)));
        QVERIFY(server.dialogExists(foreign.at(0)));
    }

    void deletingOnlyDeletableIdsExitsZero()
    {
        const QStringList ids = m_fixture->server().allDialogIds().mid(0, 3);
        const Run run = ctl(
            QStringList { u"dialogs"_s, u"delete"_s, u"--yes"_s, u"--reason"_s, u"spam"_s } + ids);
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QVERIFY(run.out.contains(u"Deleted 3 of 3 for everyone."_s));
    }

    void aDeleteFromOneListSaysWhoseList()
    {
        SandboxServer &server = m_fixture->server();
        const SandboxOperator anna = m_fixture->operatorAt(0);
        const QStringList ids = server.dialogIdsVisibleTo(anna.userId).mid(0, 2);
        const Run run
            = ctl(QStringList { u"dialogs"_s, u"delete"_s, u"--yes"_s, u"--on-behalf-of"_s,
                      QString::number(anna.userId), u"--reason"_s, u"spam"_s }
                + ids);
        QCOMPARE(run.exitCode, int(ExitSuccess));
        // Anna is named as the console names her, "Name (login, id)", read from the server.
        static const QRegularExpression removed(
            u"^Removed 2 of 2 from the list of \\S.* \\((.+), (\\d+)\\)\\.$"_s,
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = removed.match(run.out);
        QVERIFY2(match.hasMatch(), qPrintable(run.out));
        QCOMPARE(match.captured(1), anna.login);
        QCOMPARE(match.captured(2).toLongLong(), anna.userId);
        QVERIFY(!run.out.contains(u"Deleted"_s));
        for (const QString &id : ids)
            QVERIFY(!server.dialogVisibleTo(id, anna.userId));

        // A session login removes from its own list, and says so by its login.
        const QString next = server.dialogIdsVisibleTo(anna.userId).first();
        const Run session = ctl({ u"dialogs"_s, u"delete"_s, u"--yes"_s, next }, Auth::Session);
        QCOMPARE(session.exitCode, int(ExitSuccess));
        QVERIFY2(session.out.contains(u"Removed 1 of 1 from the list of %1."_s.arg(
                     m_fixture->sessionSettings(0).login)),
            qPrintable(session.out));
    }

    void anApiKeyWithoutAnActingUserDeletesForEveryoneAndSaysSo()
    {
        // Without --force too: the server removes the dialog for every member, so the run is
        // confirmed, reasoned, evidenced and journaled as a delete for everyone.
        SandboxServer &server = m_fixture->server();
        const QString id = server.allDialogIds().first();
        const int before = server.requestCount();
        const Run unreasoned = ctl({ u"dialogs"_s, u"delete"_s, u"--yes"_s, id });
        QCOMPARE(unreasoned.exitCode, int(ExitUsage));
        QVERIFY2(unreasoned.err.contains(u"everyone"_s), qPrintable(unreasoned.err));
        QCOMPARE(server.requestCount(), before);

        const Run run = ctl(
            { u"dialogs"_s, u"delete"_s, u"--yes"_s, u"--json"_s, u"--reason"_s, u"spam"_s, id });
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QCOMPARE(run.json().value(u"force"_s).toBool(), true);
        QVERIFY(!server.dialogExists(id));
        Journal journal;
        QVERIFY(journal.open(m_journalDir.filePath(u"journal.sqlite"_s)));
        const auto journaled = journal.run(run.json().value(u"journal_run"_s).toInteger());
        QVERIFY(journaled);
        QCOMPARE(journaled->mode, RunMode::ForEveryone);
        QCOMPARE(journal.evidence(journaled->id).size(), 1);
    }

    void invalidIdsAreRejectedBeforeAnyRequest()
    {
        const int before = m_fixture->server().requestCount();
        const Run run = ctl({ u"dialogs"_s, u"delete"_s, u"--yes"_s,
            m_fixture->server().allDialogIds().first(), u"not-an-id"_s });
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY(run.err.contains(u"not-an-id"_s));
        QCOMPARE(m_fixture->server().requestCount(), before);
    }

    void withoutYesItRefusesWhenStdinIsNotATerminal()
    {
        const QString id = m_fixture->server().allDialogIds().first();
        const Run run = ctl({ u"dialogs"_s, u"delete"_s, id });
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY(m_fixture->server().dialogExists(id));
    }

    void onATerminalForceNeedsTheCountTyped_data()
    {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<bool>("deleted");
        QTest::newRow("the count confirms") << QByteArray("2\n") << true;
        QTest::newRow("yes is not the count") << QByteArray("yes\n") << false;
        QTest::newRow("nothing typed") << QByteArray() << false;
    }

    void onATerminalForceNeedsTheCountTyped()
    {
        QFETCH(QByteArray, typed);
        QFETCH(bool, deleted);
        const QStringList ids = m_fixture->server().allDialogIds().mid(0, 2);
        const Run run = ctl(
            QStringList { u"dialogs"_s, u"delete"_s, u"--force"_s, u"--reason"_s, u"spam"_s } + ids,
            Auth::ApiKey, typed, true);
        QCOMPARE(run.exitCode, deleted ? int(ExitSuccess) : int(ExitUsage));
        QVERIFY(run.err.contains(u"cannot be undone"_s));
        QCOMPARE(m_fixture->server().dialogExists(ids.first()), !deleted);
    }

    void idsCanComeFromStandardInput()
    {
        const QStringList ids = m_fixture->server().allDialogIds().mid(5, 4);
        const QByteArray input = ids.mid(0, 2).join(u'\n').toUtf8() + "\n# a comment\n"
            + ids.mid(2).join(u',').toUtf8();
        const Run run = ctl({ u"dialogs"_s, u"delete"_s, u"--yes"_s, u"--json"_s, u"--reason"_s,
                                u"spam"_s, u"--from-file"_s, u"-"_s },
            Auth::ApiKey, input);
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QCOMPARE(run.json().value(u"deleted"_s).toArray().size(), 4);
    }

    void sessionLoginWorksAndAWrongPasswordExitsThree()
    {
        const Run good = ctl({ u"dialogs"_s, u"list"_s, u"--json"_s }, Auth::Session);
        QCOMPARE(good.exitCode, int(ExitSuccess));
        const Run bad = ctl({ u"dialogs"_s, u"list"_s }, Auth::WrongPassword);
        QCOMPARE(bad.exitCode, int(ExitAuthFailed));
        const QString id = m_fixture->server().allDialogIds().first();
        const Run badDelete
            = ctl({ u"dialogs"_s, u"delete"_s, u"--yes"_s, id }, Auth::WrongPassword);
        QCOMPARE(badDelete.exitCode, int(ExitAuthFailed));
        QVERIFY(m_fixture->server().dialogExists(id));
    }

    void onBehalfOfWithASessionLoginIsAUsageError()
    {
        const int before = m_fixture->server().requestCount();
        const Run run
            = ctl({ u"dialogs"_s, u"list"_s, u"--on-behalf-of"_s, u"5"_s }, Auth::Session);
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY(run.err.contains(u"API key"_s));
        QCOMPARE(m_fixture->server().requestCount(), before);
    }

    void missingCredentialsAreAUsageError()
    {
        const Run run = ctl({ u"dialogs"_s, u"list"_s }, Auth::None);
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY(run.err.contains(u"QBMOD_API_KEY"_s));
    }

    void anUnreachableEndpointExitsFour()
    {
        CtlInvocation invocation;
        invocation.environment.insert(u"QBMOD_API_KEY"_s, u"key"_s);
        // Port 9 (discard) on loopback: nothing listens there in a test environment.
        invocation.arguments
            = QStringList { u"dialogs"_s, u"list"_s, u"--endpoint"_s, u"http://127.0.0.1:9"_s };
        QCOMPARE(runCtl(invocation).exitCode, int(ExitUnreachable));
    }

    void plainHttpToARemoteHostIsRefused()
    {
        CtlInvocation invocation;
        invocation.environment.insert(u"QBMOD_API_KEY"_s, u"key"_s);
        invocation.arguments
            = QStringList { u"dialogs"_s, u"list"_s, u"--endpoint"_s, u"http://api.example.com"_s };
        const Run run = runCtl(invocation);
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY(run.err.contains(u"https"_s));
    }

    void messagesListNeverMarksMessagesRead()
    {
        SandboxServer &server = m_fixture->server();
        const qint64 anna = m_fixture->operatorAt(0).userId;
        QString dialogId;
        QString messageId;
        for (const QString &id : server.dialogIdsVisibleTo(anna)) {
            const QStringList messages = server.messageIds(id);
            for (const QString &message : messages) {
                if (!server.messageReadIds(message).contains(anna)) {
                    dialogId = id;
                    messageId = message;
                    break;
                }
            }
            if (!dialogId.isEmpty())
                break;
        }
        QVERIFY(!dialogId.isEmpty());
        const Run run = ctl({ u"messages"_s, u"list"_s, dialogId, u"--json"_s }, Auth::Session);
        QCOMPARE(run.exitCode, int(ExitSuccess));
        QCOMPARE(run.json().value(u"items"_s).toArray().size(), server.messageIds(dialogId).size());
        QVERIFY(!server.messageReadIds(messageId).contains(anna));
    }

    void usersListReturnsUsersAndSearches()
    {
        const Run all = ctl({ u"users"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"20"_s });
        QCOMPARE(all.exitCode, int(ExitSuccess));
        QCOMPARE(all.json().value(u"items"_s).toArray().size(), 20);
        QVERIFY(all.json().value(u"total_entries"_s).toInt() >= 100);

        const QString login = m_fixture->operatorAt(1).login;
        const Run byLogin = ctl({ u"users"_s, u"list"_s, u"--json"_s, u"--search"_s, login });
        QCOMPARE(byLogin.exitCode, int(ExitSuccess));
        bool found = false;
        for (const QJsonValue &item : byLogin.json().value(u"items"_s).toArray())
            found = found || item.toObject().value(u"login"_s).toString() == login;
        QVERIFY(found);

        const QString id = QString::number(m_fixture->operatorAt(2).userId);
        const Run byId = ctl({ u"users"_s, u"list"_s, u"--json"_s, u"--search"_s, id });
        QCOMPARE(byId.json().value(u"items"_s).toArray().size(), 1);
    }

    void optionsOfAnotherCommandAreRejected()
    {
        const Run run = ctl({ u"dialogs"_s, u"list"_s, u"--force"_s });
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY(run.err.contains(u"--force"_s));
    }
};

QTEST_GUILESS_MAIN(TestCtlSandbox)
#include "TestCtlSandbox.moc"

// SPDX-License-Identifier: Apache-2.0

#include "api/RequestPreview.h"
#include "models/MessageTableModel.h"
#include "models/UserListLoader.h"
#include "models/UserTableModel.h"
#include "moderation/DeletionPlan.h"
#include "support/Translations.h"

#include <QAbstractItemModelTester>
#include <QTimeZone>
#include <QtTest>

using namespace Qt::StringLiterals;

// The pieces behind the console's Users page that need no server: the user and message tables,
// the search box's reading of what was typed, and plans for messages and member removals.
class TestReviewModels final : public QObject {
    Q_OBJECT

private:
    static ChatUser user(qint64 id, const QString &login)
    {
        ChatUser user;
        user.id = id;
        user.login = login;
        user.fullName = login.toUpper();
        user.createdAt = QDateTime::fromSecsSinceEpoch(1'600'000'000 + id, QTimeZone::utc());
        return user;
    }

    static Message message(const QString &id, qint64 sender, const QString &text = {})
    {
        Message message;
        message.id = id;
        message.senderId = sender;
        message.text = text;
        return message;
    }

    static Dialog dialog(const QString &id, qint64 owner, QList<qint64> occupants)
    {
        Dialog dialog;
        dialog.id = id;
        dialog.name = id;
        dialog.type = DialogType::Group;
        dialog.ownerId = owner;
        dialog.occupantIds = std::move(occupants);
        return dialog;
    }

private Q_SLOTS:
    // Plural forms ("4 messages") come from the English translation.
    // English whatever language the environment asks for (LANGUAGE comes before LANG and LC_ALL
    // on Unix): the checks read English words, plurals included, which only the English
    // catalogue holds.
    void initTestCase() { Translations::install(QCoreApplication::instance(), u"en"_s); }

    void userPagesAppendAndReplaceWithoutDuplicates()
    {
        UserTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendPage({ user(3, u"c"_s), user(1, u"a"_s), user(3, u"c-again"_s) });
        QCOMPARE(model.rowCount(), 2);
        ChatUser renamed = user(1, u"a2"_s);
        model.appendPage({ renamed, user(2, u"b"_s) });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, UserTableModel::Login).data().toString(), u"a2"_s);
        QCOMPARE(model.rowOf(2), 2);
        QCOMPARE(model.index(0, UserTableModel::Id).data(UserTableModel::SortRole).toLongLong(), 3);
        QCOMPARE(
            model.index(0, UserTableModel::Created).data(UserTableModel::SortRole).toDateTime(),
            user(3, {}).createdAt);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.user(1));
    }

    void messagesShowOneLineOfPlainTextAndListAttachments()
    {
        MessageTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Message withFiles = message(u"m1"_s, 7, u"<img src=x>\nclick   here"_s);
        withFiles.attachments = { { u"image"_s, u"a1"_s, u"https://files/a1"_s, u"cat.jpg"_s },
            { QString(), u"a2"_s, QString(), QString() } };
        model.appendPage({ withFiles, message(u"m2"_s, 8, QString(300, u'x')) });
        model.appendPage({ message(u"m1"_s, 7) });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(
            model.index(0, MessageTableModel::Text).data().toString(), u"<img src=x> click here"_s);
        QCOMPARE(model.index(0, MessageTableModel::Attachments).data().toString(),
            u"cat.jpg (image), a2"_s);
        QCOMPARE(model.index(1, MessageTableModel::Text).data().toString().size(),
            MessageTableModel::previewLength);
        QCOMPARE(model.index(0, MessageTableModel::Sender).data().toString(), u"7"_s);
        model.setUserNames({ { 7, u"Ana"_s } });
        QCOMPARE(model.index(0, MessageTableModel::Sender).data().toString(), u"Ana"_s);
        model.removeMessages({ u"m1"_s, u"unknown"_s });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(u"m2"_s), 0);
    }

    void searchTextIsReadOrRefusedWithAReason_data()
    {
        QTest::addColumn<int>("by");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("problemPart");
        QTest::newRow("everyone ignores text")
            << int(UserSearch::By::Everyone) << u"x"_s << true << QString();
        QTest::newRow("ids") << int(UserSearch::By::Ids) << u" 12, 34;56 "_s << true << QString();
        QTest::newRow("bad id") << int(UserSearch::By::Ids) << u"12 x4"_s << false << u"x4"_s;
        QTest::newRow("no id") << int(UserSearch::By::Ids) << u" "_s << false << u"ids"_s;
        QTest::newRow("short name")
            << int(UserSearch::By::FullName) << u"ab"_s << false << u"3 characters"_s;
        QTest::newRow("name") << int(UserSearch::By::FullName) << u" ana "_s << true << QString();
        QTest::newRow("empty login")
            << int(UserSearch::By::Login) << QString() << false << u"search"_s;
        QTest::newRow("tag") << int(UserSearch::By::Tags) << u"vip"_s << true << QString();
    }

    void searchTextIsReadOrRefusedWithAReason()
    {
        QFETCH(int, by);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(QString, problemPart);
        QString problem;
        const auto search = UserListLoader::searchFor(UserSearch::By(by), text, &problem);
        QCOMPARE(search.has_value(), accepted);
        if (!accepted) {
            QVERIFY2(problem.contains(problemPart), qPrintable(problem));
            return;
        }
        QVERIFY(problem.isEmpty());
        if (UserSearch::By(by) == UserSearch::By::Ids)
            QCOMPARE(search->ids, QList<qint64>({ 12, 34, 56 }));
        else if (UserSearch::By(by) != UserSearch::By::Everyone)
            QCOMPARE(search->text, text.trimmed());
    }

    // What was typed decides the search; nothing typed is never "everyone".
    void detectReadsWhatWasTyped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("by");
        QTest::addColumn<int>("otherwise"); // -1: none
        QTest::newRow("one id") << u"131297414"_s << int(UserSearch::By::Ids) << -1;
        QTest::newRow("several ids") << u"5, 6;7 8"_s << int(UserSearch::By::Ids) << -1;
        QTest::newRow("email") << u"anna@example.com"_s << int(UserSearch::By::Email) << -1;
        QTest::newRow("name with a space")
            << u"Crypto Signals"_s << int(UserSearch::By::FullName) << -1;
        QTest::newRow("one word: login prefix, then full name")
            << u"crypto"_s << int(UserSearch::By::LoginPrefix) << int(UserSearch::By::FullName);
        QTest::newRow("short word: login prefix only")
            << u"ab"_s << int(UserSearch::By::LoginPrefix) << -1;
        QTest::newRow("nothing") << u"   "_s << -1 << -1;
    }

    void detectReadsWhatWasTyped()
    {
        QFETCH(QString, text);
        QFETCH(int, by);
        QFETCH(int, otherwise);
        QString problem;
        const auto search = UserListLoader::detect(text, &problem);
        if (by < 0) {
            QVERIFY(!search);
            QVERIFY2(problem.contains(u"All users"_s), qPrintable(problem));
            return;
        }
        QVERIFY2(search, qPrintable(problem));
        QCOMPARE(int(search->by), by);
        QCOMPARE(search->otherwise ? int(*search->otherwise) : -1, otherwise);
    }

    void loginPrefixAsksForARangeOfLogins()
    {
        UserSearch search;
        search.by = UserSearch::By::LoginPrefix;
        search.text = u"mod."_s;
        const ApiRequest request = ListUsersEndpoint::build(search, 2, 50);
        QCOMPARE(request.path, u"/users.json"_s);
        const QStringList filters
            = request.query.allQueryItemValues(u"filter[]"_s, QUrl::FullyDecoded);
        QCOMPARE(filters, QStringList({ u"string login ge mod."_s, u"string login lt mod/"_s }));
        QCOMPARE(request.query.queryItemValue(u"page"_s), u"2"_s);
    }

    void messagePlansPredictRefusalsAndTypedCounts()
    {
        DeletionPlan plan;
        plan.target = DeletionPlan::Target::Messages;
        plan.mode = DeletionPlan::Mode::ForEveryone;
        plan.dialogs = { dialog(u"d"_s, 1, { 1, 2 }) };
        plan.messages = { message(u"m1"_s, 2), message(u"m2"_s, 3), message(u"m3"_s, 2),
            message(u"m4"_s, 2) };
        QCOMPARE(plan.itemCount(), 4);
        QCOMPARE(plan.itemIds(), QStringList({ u"m1"_s, u"m2"_s, u"m3"_s, u"m4"_s }));
        QVERIFY(plan.requiresTypedCount());
        QVERIFY(plan.predictedNotPermittedMessages().isEmpty()); // the API key may do it all
        plan.actingUserId = 2;
        plan.onBehalfOf = 2;
        QCOMPARE(plan.predictedNotPermittedMessages().size(), 1);
        QCOMPARE(plan.predictedNotPermittedMessages().first().id, u"m2"_s);
        QVERIFY(plan.title().contains(u"4 messages"_s));
        // The dry run: one batch, for everyone, as the acting user.
        QList<ApiRequest> requests = plan.plannedRequests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().verb, QByteArray("DELETE"));
        QCOMPARE(requests.first().path, u"/chat/Message/m1,m2,m3,m4.json"_s);
        QCOMPARE(requests.first().body, QByteArray("force=1"));
        QCOMPARE(requests.first().onBehalfOf, std::optional<qint64>(2));

        plan.mode = DeletionPlan::Mode::FromActingUsersList;
        QVERIFY(!plan.requiresTypedCount());
        QVERIFY(plan.predictedNotPermittedMessages().isEmpty());
        requests = plan.plannedRequests();
        QVERIFY(requests.first().body.isEmpty());
    }

    void memberPlansNameTheUserAndGuardProtectedOnes()
    {
        DeletionPlan plan;
        plan.target = DeletionPlan::Target::Members;
        plan.subjectUserId = 5;
        plan.subjectUserName = u"Spammer (spam.5, 5)"_s;
        plan.dialogs = { dialog(u"own"_s, 1, { 1, 5 }), dialog(u"other"_s, 9, { 9, 5 }) };
        QVERIFY(!plan.isForce());
        QVERIFY(!plan.requiresTypedCount());
        QVERIFY(plan.title().contains(u"Spammer (spam.5, 5)"_s));
        QVERIFY(plan.predictedNotPermitted().isEmpty());
        plan.actingUserId = 1; // a session login that owns one of the two groups
        QCOMPARE(plan.predictedNotPermitted().size(), 1);
        QCOMPARE(plan.predictedNotPermitted().first().id, u"other"_s);
        plan.actingUserId = 5; // anyone may leave a group
        QVERIFY(plan.predictedNotPermitted().isEmpty());

        // The dry run: one update per dialog, pulling the user out.
        const QList<ApiRequest> requests = plan.plannedRequests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(1).verb, QByteArray("PUT"));
        QCOMPARE(requests.at(1).path, u"/chat/Dialog/other.json"_s);
        QVERIFY(RequestPreview::line(requests.at(1)).contains(u"pull_all"_s));

        QVERIFY(!plan.touchesProtectedUsers());
        plan.guard.setProtectedUsers({ 5 });
        QVERIFY(plan.touchesProtectedUsers());
    }
};

QTEST_MAIN(TestReviewModels)
#include "TestReviewModels.moc"

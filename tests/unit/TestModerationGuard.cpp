// SPDX-License-Identifier: Apache-2.0

#include "moderation/DeletionPlan.h"
#include "moderation/ModerationGuard.h"
#include "moderation/ModerationRun.h"
#include "moderation/ModerationSettings.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// The rules checked before anything destructive is sent.
class TestModerationGuard final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void protectedUserIdsAreParsed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("empty means nobody") << QString() << true << QList<qint64> {};
        QTest::newRow("commas") << u"1,2,3"_s << true << QList<qint64> { 1, 2, 3 };
        QTest::newRow("commas and spaces") << u" 7, 8  9 "_s << true << QList<qint64> { 7, 8, 9 };
        QTest::newRow("a name is refused") << u"1,anna"_s << false << QList<qint64> {};
        QTest::newRow("zero is refused") << u"0"_s << false << QList<qint64> {};
    }

    void protectedUserIdsAreParsed()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QList<qint64>, ids);
        QString error;
        const auto parsed = ModerationGuard::parseUserIds(text, &error);
        QCOMPARE(parsed.has_value(), valid);
        if (!valid) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QCOMPARE(*parsed, QSet<qint64>(ids.begin(), ids.end()));
    }

    void aReasonIsRequiredForForceAndOnBehalfOf_data()
    {
        QTest::addColumn<bool>("force");
        QTest::addColumn<bool>("onBehalfOf");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("refused");
        QTest::newRow("own list, no reason") << false << false << QString() << false;
        QTest::newRow("force without a reason") << true << false << QString() << true;
        QTest::newRow("force with only spaces") << true << false << u"  "_s << true;
        QTest::newRow("force with a reason") << true << false << u"spam"_s << false;
        QTest::newRow("on behalf without a reason") << false << true << QString() << true;
        QTest::newRow("on behalf with a reason") << false << true << u"report"_s << false;
    }

    void aReasonIsRequiredForForceAndOnBehalfOf()
    {
        QFETCH(bool, force);
        QFETCH(bool, onBehalfOf);
        QFETCH(QString, reason);
        QFETCH(bool, refused);
        const auto problem = ModerationGuard::reasonProblem(
            reason, force, onBehalfOf ? std::optional<qint64>(5) : std::nullopt);
        QCOMPARE(problem.has_value(), refused);
    }

    void aConfiguredGuardFollowsItsOwnReasonRule()
    {
        ModerationGuard guard;
        guard.setReasonRules(false, true);
        QVERIFY(!guard.isReasonRequired(true, std::nullopt));
        QVERIFY(!guard.missingReason(QString(), true, std::nullopt).has_value());
        // Forcing on someone's behalf still needs one, and the message names the acting user.
        const auto problem = guard.missingReason(QString(), true, 5);
        QVERIFY(problem.has_value());
        QVERIFY2(problem->contains(u"user 5"_s), qPrintable(*problem));
        guard.setReasonRules(true, false);
        QVERIFY(!guard.isReasonRequired(false, 5));
        QVERIFY(guard.isReasonRequired(true, 5));
        // The static helpers keep the defaults whatever an instance says.
        QVERIFY(ModerationGuard::reasonRequired(false, 5));
    }

    void protectedUsersAndTheirDialogsAreFound()
    {
        ModerationGuard guard;
        guard.setProtectedUsers({ 1, 2 });
        QVERIFY(guard.actingProblem(1).has_value());
        QVERIFY(!guard.actingProblem(3).has_value());
        QVERIFY(!guard.actingProblem(std::nullopt).has_value());
        Dialog staff;
        staff.id = u"a"_s;
        staff.ownerId = 2;
        Dialog member;
        member.id = u"b"_s;
        member.ownerId = 3;
        const QList<Dialog> found = guard.protectedDialogs({ staff, member });
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, u"a"_s);
    }

    void aTeamListThatWasNotReadRefusesEveryRun()
    {
        ModerationSettings settings;
        settings.protectedUsers = { 5 };
        QVERIFY(settings.guard().isProtected(5)); // this computer's list
        StoreLocation team;
        team.kind = StoreLocation::Kind::TeamDatabase;
        team.host = u"127.0.0.1"_s;
        team.database = u"qbmod"_s;
        team.user = u"alice"_s;
        team.tlsMode = u"disable"_s;
        // Without the team database open nobody can tell who the team protects; this
        // computer's list does not stand in for it.
        const ModerationGuard guard = settings.guard(team, nullptr);
        QVERIFY(guard.protectedUsersUnknown().has_value());
        QVERIFY(!guard.isProtected(5));
        DeletionPlan plan;
        plan.guard = guard;
        Dialog dialog;
        dialog.id = u"0123456789abcdef01234567"_s;
        dialog.ownerId = 3;
        plan.dialogs = { dialog };
        plan.mode = DeletionPlan::Mode::ForEveryone;
        plan.reason = u"spam"_s;
        plan.protectionOverridden = true; // an override does not make up for it
        const std::optional<QString> refusal = ModerationRun::refusalOf(plan);
        QVERIFY(refusal.has_value());
        QVERIFY2(refusal->contains(u"protected users cannot be read"_s), qPrintable(*refusal));
        plan.guard = settings.guard();
        QVERIFY(!ModerationRun::refusalOf(plan).has_value());
    }
};

QTEST_GUILESS_MAIN(TestModerationGuard)
#include "TestModerationGuard.moc"

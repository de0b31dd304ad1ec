// SPDX-License-Identifier: Apache-2.0

#include "moderation/OutcomeRule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Answer = OutcomeRule::Answer;
using Result = ItemOutcome::Result;

Q_DECLARE_METATYPE(OutcomeRule::Answer)
Q_DECLARE_METATYPE(ItemOutcome::Result)

namespace {

// What a call of this history ends in, as the ApiClient and the delete answer report it: the
// last status decides the answer, the ones before it the history.
Answer answerOfLastStatus(int status)
{
    switch (status) {
    case 0:
        return Answer::NoAnswer;
    case 200:
        return Answer::Done;
    case 403:
        return Answer::Refused;
    case 404:
        return Answer::Gone;
    case 502:
    case 503:
    case 504:
        return Answer::MayHaveActed;
    default:
        return Answer::Rejected;
    }
}

} // namespace

// The whole outcome rule as one table: for each history of attempts (HTTP status per attempt,
// 0 for no answer), the outcome a delete and a member removal get. Every row of
// OutcomeRule::table() is reached, alone and after an attempt that may have acted.
class TestOutcomeRule final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void outcomeFromHistory_data();
    void outcomeFromHistory();
    void answersNotTiedToAStatus_data();
    void answersNotTiedToAStatus();
    void everyAnswerHasOneRow();
};

void TestOutcomeRule::outcomeFromHistory_data()
{
    QTest::addColumn<QList<int>>("attempts");
    QTest::addColumn<Result>("deleteOutcome");
    QTest::addColumn<Result>("removalOutcome");

    const auto row = [](const char *name, QList<int> attempts, Result deleted, Result removed) {
        QTest::newRow(name) << attempts << deleted << removed;
    };
    // One attempt: the answer alone.
    row("200", { 200 }, Result::Deleted, Result::Removed);
    row("404", { 404 }, Result::AlreadyGone, Result::AlreadyGone);
    row("403", { 403 }, Result::NotPermitted, Result::NotPermitted);
    row("500", { 500 }, Result::Failed, Result::Failed);
    row("422", { 422 }, Result::Failed, Result::Failed);
    row("429 after every retry", { 429, 429 }, Result::Failed, Result::Failed);
    row("502", { 502 }, Result::Unknown, Result::Unknown);
    row("503", { 503 }, Result::Unknown, Result::Unknown);
    row("504", { 504 }, Result::Unknown, Result::Unknown);
    row("no answer", { 0 }, Result::Unknown, Result::Unknown);
    // The faults of the matrix: an attempt that may have acted, then the last answer.
    row("lost then 404", { 0, 404 }, Result::Deleted, Result::Removed);
    row("lost then 200", { 0, 200 }, Result::Deleted, Result::Removed);
    row("lost then 500", { 0, 500 }, Result::Unknown, Result::Unknown);
    row("lost then 502", { 0, 502 }, Result::Unknown, Result::Unknown);
    row("lost then 403", { 0, 403 }, Result::Unknown, Result::Unknown);
    row("502 then 404", { 502, 404 }, Result::Deleted, Result::Removed);
    row("504 then 500", { 504, 500 }, Result::Unknown, Result::Unknown);
    row("503 then lost", { 503, 0 }, Result::Unknown, Result::Unknown);
    row("500 then lost", { 500, 0 }, Result::Unknown, Result::Unknown);
    row("429 then lost", { 429, 0 }, Result::Unknown, Result::Unknown);
    // Attempts that cannot have acted leave the last answer alone.
    row("500 then 404", { 500, 404 }, Result::AlreadyGone, Result::AlreadyGone);
    row("429 then 404", { 429, 404 }, Result::AlreadyGone, Result::AlreadyGone);
    row("500 then 500", { 500, 500 }, Result::Failed, Result::Failed);
    row("401 then 200", { 401, 200 }, Result::Deleted, Result::Removed);
    // Only one earlier attempt needs to have possibly acted, however far back.
    row("lost, 500, 429, then 404", { 0, 500, 429, 404 }, Result::Deleted, Result::Removed);
}

void TestOutcomeRule::outcomeFromHistory()
{
    QFETCH(QList<int>, attempts);
    QFETCH(Result, deleteOutcome);
    QFETCH(Result, removalOutcome);

    const Answer answer = answerOfLastStatus(attempts.last());
    const bool earlier = OutcomeRule::earlierMayHaveActed(attempts);
    QCOMPARE(OutcomeRule::decide(answer, earlier, Result::Deleted), deleteOutcome);
    QCOMPARE(OutcomeRule::decide(answer, earlier, Result::Removed), removalOutcome);
}

void TestOutcomeRule::answersNotTiedToAStatus_data()
{
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<bool>("earlierMayHaveActed");
    QTest::addColumn<Result>("outcome");

    QTest::newRow("never sent") << Answer::NotSent << false << Result::NotAttempted;
    QTest::newRow("not sent again after a lost attempt")
        << Answer::NotSent << true << Result::Unknown;
    QTest::newRow("not a member, as read") << Answer::NotMember << false << Result::NotMember;
    QTest::newRow("not a member after a lost removal")
        << Answer::NotMember << true << Result::Removed;
    QTest::newRow("a success that does not say") << Answer::Unreadable << false << Result::Unknown;
}

void TestOutcomeRule::answersNotTiedToAStatus()
{
    QFETCH(Answer, answer);
    QFETCH(bool, earlierMayHaveActed);
    QFETCH(Result, outcome);
    QCOMPARE(OutcomeRule::decide(answer, earlierMayHaveActed, Result::Removed), outcome);
}

void TestOutcomeRule::everyAnswerHasOneRow()
{
    const QList<OutcomeRule::Row> &table = OutcomeRule::table();
    for (const Answer answer :
        { Answer::Done, Answer::Gone, Answer::NotMember, Answer::Refused, Answer::Rejected,
            Answer::MayHaveActed, Answer::NoAnswer, Answer::NotSent, Answer::Unreadable }) {
        const auto rows = std::count_if(table.cbegin(), table.cend(),
            [answer](const OutcomeRule::Row &row) { return row.answer == answer; });
        QCOMPARE(rows, 1);
    }
    // After an attempt that may have acted, nothing is "already gone" or "failed".
    for (const OutcomeRule::Row &row : table) {
        QVERIFY(row.afterPossibleAction != Result::AlreadyGone);
        QVERIFY(row.afterPossibleAction != Result::Failed);
        QVERIFY(row.afterPossibleAction != Result::NotPermitted);
    }
}

QTEST_GUILESS_MAIN(TestOutcomeRule)
#include "TestOutcomeRule.moc"

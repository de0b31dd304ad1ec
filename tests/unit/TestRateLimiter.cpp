// SPDX-License-Identifier: Apache-2.0

#include "api/Clock.h"
#include "api/RateLimiter.h"

#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;

class TestRateLimiter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void withoutCeilingNothingWaits();
    void firstRequestNeverWaits();
    void ceilingSpacesRequests_data();
    void ceilingSpacesRequests();
    void scheduleKeepsTheRateNeverFaster_data();
    void scheduleKeepsTheRateNeverFaster();
    void lateRequestsCatchUpWithinTheWindow_data();
    void lateRequestsCatchUpWithinTheWindow();
    void idleTimeIsNotSavedUpForABurst();
    void aRateLimitStartsTheScheduleAgain();
    void firstRateLimitTeachesTheServersRate();
    void aRateLimitWithinTheFirstSecondTeachesOnlyAfterThePause();
    void aRateLimitAtTheFirstRequestHoldsForTheServersSecond();
    void aSecondRateLimitLowersTheLearnedRate();
    void aRateLimitSoonAfterThePauseLowersTheLearnedRateALittle();
    void learnedRateStaysWithoutCreepingUp();
    void fewSuccessesTeachNothingAndTheAdaptiveModeTakesOver();
    void windowClearsOneSecondAfterTheOldestSuccess();
    void measuredRateFollowsDispatches();
    void waitShrinksAsTimePasses();
    void rateLimitHalvesTheMeasuredRate();
    void burstOfRateLimitsCutsOnce();
    void nextSecondsRateLimitCutsAgain();
    void cutNeverGoesBelowOneRequestPerSecond();
    void cutRateNeverExceedsTheCeiling();
    void successIncreasesAdditivelyUpToTheCeiling();
    void successWithoutACutChangesNothing();
    void loweringTheCeilingClampsTheAdaptiveRate();

private:
    // count requests, one every intervalMs, starting now.
    static void dispatch(RateLimiter &limiter, ManualClock &clock, int count, int intervalMs);
    // The same, each request answered at once.
    static void sendAndSucceed(RateLimiter &limiter, ManualClock &clock, int count, int intervalMs);
    // After a 429 that taught nothing: no rate, every request held for holdMs; then a second
    // that holds this client's requests alone, 80 of them 3 ms apart, teaches 76 per second.
    static void verifyHeldThenTaughtAfterThePause(
        RateLimiter &limiter, ManualClock &clock, int holdMs);
};

void TestRateLimiter::dispatch(RateLimiter &limiter, ManualClock &clock, int count, int intervalMs)
{
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            clock.advance(intervalMs);
        limiter.recordDispatch();
    }
}

void TestRateLimiter::sendAndSucceed(
    RateLimiter &limiter, ManualClock &clock, int count, int intervalMs)
{
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            clock.advance(intervalMs);
        limiter.recordDispatch();
        limiter.recordSuccess();
    }
}

void TestRateLimiter::verifyHeldThenTaughtAfterThePause(
    RateLimiter &limiter, ManualClock &clock, int holdMs)
{
    QCOMPARE(limiter.learnedRate(), 0.0);
    QCOMPARE(limiter.effectiveRate(), 0.0);
    QCOMPARE(limiter.delayBeforeNext(), holdMs);
    clock.advance(holdMs);
    QCOMPARE(limiter.delayBeforeNext(), 0);
    sendAndSucceed(limiter, clock, 80, 3);
    limiter.recordRateLimited();
    QCOMPARE(limiter.learnedRate(), 76.0);
}

void TestRateLimiter::withoutCeilingNothingWaits()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    QCOMPARE(limiter.ceiling(), 0.0);
    QCOMPARE(limiter.effectiveRate(), 0.0);
    for (int i = 0; i < 500; ++i) {
        QCOMPARE(limiter.delayBeforeNext(), 0);
        limiter.recordDispatch();
        limiter.recordSuccess();
    }
    QCOMPARE(limiter.effectiveRate(), 0.0);
}

void TestRateLimiter::firstRequestNeverWaits()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    limiter.setCeiling(1);
    QCOMPARE(limiter.delayBeforeNext(), 0);
}

void TestRateLimiter::ceilingSpacesRequests_data()
{
    QTest::addColumn<double>("ceiling");
    QTest::addColumn<qint64>("spacing");

    QTest::newRow("10 per second leaves 100 ms between requests") << 10.0 << qint64(100);
    // A known rate: never more than its worth of requests within a second and 40 ms.
    QTest::newRow("1 per second leaves a second and 40 ms") << 1.0 << qint64(1040);
    QTest::newRow("3 per second rounds the first wait up, never faster") << 3.0 << qint64(334);
    QTest::newRow("Basic plan 80 per second") << 80.0 << qint64(13);
    QTest::newRow("1000 per second leaves 1 ms") << 1000.0 << qint64(1);
}

void TestRateLimiter::ceilingSpacesRequests()
{
    QFETCH(double, ceiling);
    QFETCH(qint64, spacing);

    ManualClock clock;
    RateLimiter limiter(&clock);
    limiter.setCeiling(ceiling);
    QCOMPARE(limiter.ceiling(), ceiling);
    QCOMPARE(limiter.effectiveRate(), ceiling);

    limiter.recordDispatch();
    QCOMPARE(limiter.delayBeforeNext(), spacing);
    clock.advance(spacing - 1);
    QCOMPARE(limiter.delayBeforeNext(), 1);
    clock.advance(1);
    QCOMPARE(limiter.delayBeforeNext(), 0);
}

void TestRateLimiter::scheduleKeepsTheRateNeverFaster_data()
{
    QTest::addColumn<double>("rate");
    QTest::newRow("80 per second, 12.5 ms apart") << 80.0;
    QTest::newRow("3 per second") << 3.0;
    QTest::newRow("76 per second, learned") << 76.0;
}

// A client that sends whenever it is let out: the n-th request never leaves before n / rate,
// the rounding of each wait to whole milliseconds does not add up over a long run, and the
// only time given up is the 40 ms that each window of a second's requests is longer by.
void TestRateLimiter::scheduleKeepsTheRateNeverFaster()
{
    QFETCH(double, rate);

    ManualClock clock;
    RateLimiter limiter(&clock);
    limiter.setCeiling(rate);
    const int requests = 400;
    for (int n = 0; n < requests; ++n) {
        clock.advance(limiter.delayBeforeNext());
        QCOMPARE(limiter.delayBeforeNext(), 0);
        const double earliest = n * 1000.0 / rate;
        QVERIFY2(static_cast<double>(clock.nowMs()) >= earliest - 1e-6,
            qPrintable(u"request %1 left at %2 ms"_s.arg(n).arg(clock.nowMs())));
        limiter.recordDispatch();
    }
    const int perWindow = static_cast<int>(rate);
    const double last = (requests - 1) * 1000.0 / rate + ((requests - 1) / perWindow) * 40.0;
    QVERIFY2(static_cast<double>(clock.nowMs()) <= last + 1,
        qPrintable(u"the last request left at %1 ms, due at %2"_s.arg(clock.nowMs()).arg(last)));
}

void TestRateLimiter::lateRequestsCatchUpWithinTheWindow_data()
{
    QTest::addColumn<int>("stallEvery");
    QTest::addColumn<int>("stallMs");
    QTest::newRow("40 ms late every 7th request") << 7 << 40;
    QTest::newRow("200 ms late every 50th request") << 50 << 200;
    QTest::newRow("13 ms late every other request") << 2 << 13;
}

// An event loop busy writing the journal lets requests out late, now and then by more than one
// interval. The late ones catch up, so that 400 requests at 80 per second still take about five
// seconds, and no window of a second and 40 ms ever holds more than 80 of them.
void TestRateLimiter::lateRequestsCatchUpWithinTheWindow()
{
    QFETCH(int, stallEvery);
    QFETCH(int, stallMs);

    ManualClock clock;
    RateLimiter limiter(&clock);
    limiter.setCeiling(80);
    std::vector<qint64> departures;
    for (int n = 0; n < 400; ++n) {
        clock.advance(limiter.delayBeforeNext() + (n % stallEvery == stallEvery - 1 ? stallMs : 0));
        departures.push_back(clock.nowMs());
        limiter.recordDispatch();
    }
    for (size_t n = 80; n < departures.size(); ++n) {
        QVERIFY2(departures[n] - departures[n - 80] >= 1040,
            qPrintable(u"requests %1 and %2 left %3 ms apart"_s.arg(n - 80).arg(n).arg(
                departures[n] - departures[n - 80])));
    }
    // The schedule's 4 988 ms and 40 ms for each of four windows; a stall delays the request a
    // window later too, so at most one stall's worth is lost per window (of five), where starting
    // the schedule again after each one would lose nearly every stall.
    QVERIFY2(departures.back() <= 4988 + 160 + 5 * stallMs + 1,
        qPrintable(u"the last request left at %1 ms"_s.arg(departures.back())));
}

void TestRateLimiter::idleTimeIsNotSavedUpForABurst()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    limiter.setCeiling(10);
    limiter.recordDispatch();
    clock.advance(5000);
    QCOMPARE(limiter.delayBeforeNext(), 0);
    limiter.recordDispatch();
    QCOMPARE(limiter.delayBeforeNext(), 100);
}

// The pause after a 429 is not caught up on in a burst: the server's second is still nearly
// full when it ends.
void TestRateLimiter::aRateLimitStartsTheScheduleAgain()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    limiter.setCeiling(80);
    sendAndSucceed(limiter, clock, 41, 25);
    limiter.recordRateLimited();
    QCOMPARE(limiter.effectiveRate(), 38.0); // 40 let through in the last second, less 5 %
    clock.advance(600);
    QCOMPARE(limiter.delayBeforeNext(), 0);
    limiter.recordDispatch();
    QCOMPARE(limiter.delayBeforeNext(), 27); // 1000 / 38 ms on, not at once

    // Without a 429 the same pause, shorter than a window, is caught up on.
    RateLimiter late(&clock);
    late.setCeiling(80);
    dispatch(late, clock, 40, 13);
    clock.advance(600);
    late.recordDispatch();
    QCOMPARE(late.delayBeforeNext(), 0);
}

void TestRateLimiter::firstRateLimitTeachesTheServersRate()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    // Sending for a second and a half, unpaced at 100 per second; 100 admitted within the last
    // second, then a 429: the plan's rate, with a little room.
    sendAndSucceed(limiter, clock, 150, 10);
    QCOMPARE(limiter.learnedRate(), 0.0);
    limiter.recordRateLimited();
    QCOMPARE(limiter.learnedRate(), 95.0);
    QCOMPARE(limiter.effectiveRate(), 95.0);
}

void TestRateLimiter::aRateLimitWithinTheFirstSecondTeachesOnlyAfterThePause()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    // A listing just before filled most of the server's second: 28 got through, then a 429.
    sendAndSucceed(limiter, clock, 28, 4);
    limiter.recordRateLimited();
    // Nothing leaves until the server's second has cleared, a second after the first success;
    // after the pause that second holds this client's requests alone.
    verifyHeldThenTaughtAfterThePause(limiter, clock, 1000 - 108);
}

void TestRateLimiter::aRateLimitAtTheFirstRequestHoldsForTheServersSecond()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    // The server's second is full before this client sent anything: its first requests are
    // answered 429 with none let through. That says nothing of the rate; nothing leaves until
    // a second after the first request, and then unpaced.
    dispatch(limiter, clock, 6, 2);
    limiter.recordRateLimited();
    verifyHeldThenTaughtAfterThePause(limiter, clock, 1000 - 10);
}

void TestRateLimiter::aSecondRateLimitLowersTheLearnedRate()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    sendAndSucceed(limiter, clock, 41, 25);
    limiter.recordRateLimited();
    QCOMPARE(limiter.learnedRate(), 38.0);
    // Other clients share the limit: after the pause, a whole second got 20 through before a
    // 429.
    clock.advance(1000);
    sendAndSucceed(limiter, clock, 21, 50);
    limiter.recordRateLimited();
    QCOMPARE(limiter.learnedRate(), 19.0);
}

void TestRateLimiter::aRateLimitSoonAfterThePauseLowersTheLearnedRateALittle()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    sendAndSucceed(limiter, clock, 101, 10);
    limiter.recordRateLimited();
    QCOMPARE(limiter.learnedRate(), 95.0);
    // 300 ms after the pause: the 30 admitted since are not the server's rate.
    clock.advance(1000);
    sendAndSucceed(limiter, clock, 30, 10);
    limiter.recordRateLimited();
    QCOMPARE(limiter.learnedRate(), 95.0 * 0.95);
}

void TestRateLimiter::learnedRateStaysWithoutCreepingUp()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    sendAndSucceed(limiter, clock, 41, 25);
    limiter.recordRateLimited();
    const double learned = limiter.learnedRate();
    QCOMPARE(learned, 38.0);
    for (int i = 0; i < 500; ++i)
        limiter.recordSuccess();
    QCOMPARE(limiter.effectiveRate(), learned);
}

void TestRateLimiter::fewSuccessesTeachNothingAndTheAdaptiveModeTakesOver()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    dispatch(limiter, clock, 21, 50);
    limiter.recordSuccess();
    limiter.recordRateLimited();
    QCOMPARE(limiter.learnedRate(), 0.0);
    QCOMPARE(limiter.effectiveRate(), 10.0);
}

void TestRateLimiter::windowClearsOneSecondAfterTheOldestSuccess()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    QCOMPARE(limiter.windowClearsInMs(), 0);
    limiter.recordSuccess();
    clock.advance(300);
    limiter.recordSuccess();
    QCOMPARE(limiter.windowClearsInMs(), 700);
    clock.advance(700);
    QCOMPARE(limiter.windowClearsInMs(), 300);
    clock.advance(300);
    QCOMPARE(limiter.windowClearsInMs(), 0);
}

void TestRateLimiter::measuredRateFollowsDispatches()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    QCOMPARE(limiter.measuredRate(), 0.0);
    dispatch(limiter, clock, 41, 25);
    QCOMPARE(limiter.measuredRate(), 40.0);
    clock.advance(3000);
    QCOMPARE(limiter.measuredRate(), 0.0);
}

void TestRateLimiter::waitShrinksAsTimePasses()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    limiter.setCeiling(10);
    limiter.recordDispatch();
    clock.advance(40);
    QCOMPARE(limiter.delayBeforeNext(), 60);
    clock.advance(59);
    QCOMPARE(limiter.delayBeforeNext(), 1);
    clock.advance(500);
    QCOMPARE(limiter.delayBeforeNext(), 0);
}

void TestRateLimiter::rateLimitHalvesTheMeasuredRate()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    // 20 requests in the last second, unpaced, after a second of sending.
    dispatch(limiter, clock, 21, 50);
    QCOMPARE(limiter.delayBeforeNext(), 0);

    limiter.recordRateLimited();
    QCOMPARE(limiter.effectiveRate(), 10.0);
    QCOMPARE(limiter.delayBeforeNext(), 100);
}

void TestRateLimiter::burstOfRateLimitsCutsOnce()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    dispatch(limiter, clock, 21, 50);

    // Everything in flight comes back 429 together: one signal.
    limiter.recordRateLimited();
    clock.advance(5);
    limiter.recordRateLimited();
    clock.advance(300);
    limiter.recordRateLimited();
    clock.advance(694);
    limiter.recordRateLimited();
    QCOMPARE(limiter.effectiveRate(), 10.0);
}

void TestRateLimiter::nextSecondsRateLimitCutsAgain()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    dispatch(limiter, clock, 21, 50);
    limiter.recordRateLimited();
    QCOMPARE(limiter.effectiveRate(), 10.0);

    clock.advance(1000);
    limiter.recordRateLimited();
    QCOMPARE(limiter.effectiveRate(), 5.0);
    clock.advance(1000);
    limiter.recordRateLimited();
    QCOMPARE(limiter.effectiveRate(), 2.5);
}

void TestRateLimiter::cutNeverGoesBelowOneRequestPerSecond()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    limiter.recordDispatch();
    clock.advance(1000);
    limiter.recordRateLimited();
    QCOMPARE(limiter.effectiveRate(), 1.0);
    for (int i = 0; i < 5; ++i) {
        clock.advance(1000);
        limiter.recordRateLimited();
    }
    QCOMPARE(limiter.effectiveRate(), 1.0);
    limiter.recordDispatch();
    QCOMPARE(limiter.delayBeforeNext(), 1000);
}

void TestRateLimiter::cutRateNeverExceedsTheCeiling()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    dispatch(limiter, clock, 51, 20);
    limiter.setCeiling(8);
    limiter.recordRateLimited();
    QCOMPARE(limiter.effectiveRate(), 8.0);
}

void TestRateLimiter::successIncreasesAdditivelyUpToTheCeiling()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    limiter.setCeiling(12);
    dispatch(limiter, clock, 21, 50);
    limiter.recordRateLimited();
    QCOMPARE(limiter.effectiveRate(), 10.0);

    // About 2 more requests per second for every second's worth of successes: at 10 per
    // second, each success adds 2/10.
    limiter.recordSuccess();
    QVERIFY(qFuzzyCompare(limiter.effectiveRate(), 10.2));
    limiter.recordSuccess();
    QVERIFY(limiter.effectiveRate() > 10.39 && limiter.effectiveRate() < 10.4);

    // A second of successes at this rate (about 10) adds about 2, never beyond the ceiling.
    for (int i = 0; i < 8; ++i)
        limiter.recordSuccess();
    QVERIFY2(limiter.effectiveRate() > 11.5 && limiter.effectiveRate() < 12.0,
        qPrintable(QString::number(limiter.effectiveRate())));
    for (int i = 0; i < 100; ++i)
        limiter.recordSuccess();
    QCOMPARE(limiter.effectiveRate(), 12.0);
    QCOMPARE(limiter.ceiling(), 12.0);
}

void TestRateLimiter::successWithoutACutChangesNothing()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    limiter.setCeiling(5);
    for (int i = 0; i < 10; ++i)
        limiter.recordSuccess();
    QCOMPARE(limiter.effectiveRate(), 5.0);
}

void TestRateLimiter::loweringTheCeilingClampsTheAdaptiveRate()
{
    ManualClock clock;
    RateLimiter limiter(&clock);
    dispatch(limiter, clock, 21, 50);
    limiter.recordRateLimited();
    QCOMPARE(limiter.effectiveRate(), 10.0);
    limiter.setCeiling(4);
    QCOMPARE(limiter.effectiveRate(), 4.0);
    limiter.setCeiling(0);
    QCOMPARE(limiter.effectiveRate(), 4.0);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "TestRateLimiter.moc"

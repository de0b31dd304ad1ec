// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>

#include <deque>

class Clock;

// Paces requests. When the rate is known, because the user gave it or because the server's first
// 429 showed it, requests leave on a fixed schedule at that rate. Requests let out late catch up
// on the schedule, so that a busy event loop does not lower the rate, but never more than the
// rate's worth leave within one second and 40 ms: the server's sliding window of one second never
// sees one too many, even when requests bunch up on the way.
// The first 429 teaches the rate only when the server's second held this client's requests
// alone: within a second of its first request it may also hold others' (a listing just before),
// so the client then waits for that second to clear and learns from the next 429.
// Without a known rate, 429s halve an adaptive rate that creeps back up with every success
// (additive increase, multiplicative decrease), so that the client settles just under the limit
// instead of storming it.
class RateLimiter final {
public:
    explicit RateLimiter(const Clock *clock);

    void setCeiling(double requestsPerSecond); // 0 means none
    double ceiling() const { return m_ceiling; }
    // The rate read from the server's answers around its first 429; 0 while none is known.
    double learnedRate() const { return m_learned; }
    double effectiveRate() const; // 0 means unpaced
    // Requests actually sent per second over the last two seconds; 0 when idle.
    double measuredRate() const;

    // Milliseconds to wait before the next request may leave; 0 when it may leave now.
    qint64 delayBeforeNext() const;
    // Milliseconds until the successes of the last second have left the server's window: the
    // wait after a 429 once the rate is known. 0 when none.
    qint64 windowClearsInMs() const;
    void recordDispatch();
    void recordRateLimited();
    void recordSuccess();

private:
    void forgetOld() const;
    int countSince(const std::deque<qint64> &times, qint64 since) const;

    const Clock *m_clock;
    double m_ceiling = 0;
    double m_learned = 0;
    double m_adaptive = 0;
    // The schedule slot of the last request, in fractional milliseconds, so that a rate of 80
    // per second is 12.5 ms apart on average and not rounded to 13.
    double m_slot = 0;
    bool m_anyDispatched = false;
    qint64 m_lastCut = -1;
    // After a 429 that taught nothing, nothing leaves before this time (ms); -1 when none.
    qint64 m_holdUntil = -1;
    mutable std::deque<qint64> m_dispatched;
    mutable std::deque<qint64> m_succeeded;
};

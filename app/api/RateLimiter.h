// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>

#include <deque>

class Clock;

// Paces requests: a fixed ceiling from the user, and an adaptive one that halves after a 429 and
// creeps back up with every success (additive increase, multiplicative decrease), so that a
// client meeting a server's rate limit settles just under it instead of storming it.
class RateLimiter final {
public:
    explicit RateLimiter(const Clock *clock);

    void setCeiling(double requestsPerSecond); // 0 means none
    double ceiling() const { return m_ceiling; }
    double effectiveRate() const; // 0 means unpaced

    // Milliseconds to wait before the next request may leave; 0 when it may leave now.
    qint64 delayBeforeNext() const;
    void recordDispatch();
    void recordRateLimited();
    void recordSuccess();

private:
    double sentInLastSecond() const;

    const Clock *m_clock;
    double m_ceiling = 0;
    double m_adaptive = 0;
    qint64 m_lastDispatch = -1;
    qint64 m_lastCut = -1;
    mutable std::deque<qint64> m_recent;
};

// SPDX-License-Identifier: Apache-2.0

#include "RateLimiter.h"

#include "Clock.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr qint64 windowMs = 1000;
// Longer than any pacing window at one request per second or more.
constexpr qint64 measureWindowMs = 2000;
constexpr double minimumRate = 1.0;
constexpr double increasePerSecond = 2.0;
// Fewer successes than this in the second before a 429 say nothing about the server's rate (it
// may count per minute, or other clients share the limit): the adaptive mode takes over.
constexpr int minimumToLearn = 4;
// Arrivals at the server are not as evenly spaced as departures; a little room absorbs that.
constexpr double learnedMargin = 0.95;
// Requests that leave a window apart can arrive closer together (the network thread, the
// server's own event loop): a window is this much longer than the rate's second, so that such
// bunching never puts one request too many into the server's second.
constexpr double arrivalSpreadMs = 40;

// The most requests the rate lets leave within one window, and that window's length: never
// more than the rate's worth of requests within its second plus the spread.
int windowRequests(double rate)
{
    return std::max(1, static_cast<int>(std::floor(rate)));
}

double windowSpanMs(double rate)
{
    return windowRequests(rate) * 1000.0 / rate + arrivalSpreadMs;
}
} // namespace

RateLimiter::RateLimiter(const Clock *clock)
    : m_clock(clock)
{
}

void RateLimiter::setCeiling(double requestsPerSecond)
{
    m_ceiling = std::max(0.0, requestsPerSecond);
    if (m_ceiling > 0 && m_adaptive > m_ceiling)
        m_adaptive = m_ceiling;
}

double RateLimiter::effectiveRate() const
{
    double rate = 0;
    for (const double candidate : { m_ceiling, m_learned, m_adaptive }) {
        if (candidate > 0)
            rate = rate > 0 ? std::min(rate, candidate) : candidate;
    }
    return rate;
}

void RateLimiter::forgetOld() const
{
    const qint64 now = m_clock->nowMs();
    while (!m_dispatched.empty() && m_dispatched.front() <= now - measureWindowMs)
        m_dispatched.pop_front();
    while (!m_succeeded.empty() && m_succeeded.front() <= now - windowMs)
        m_succeeded.pop_front();
}

int RateLimiter::countSince(const std::deque<qint64> &times, qint64 since) const
{
    const auto first = std::upper_bound(times.begin(), times.end(), since);
    return static_cast<int>(std::distance(first, times.end()));
}

double RateLimiter::measuredRate() const
{
    forgetOld();
    if (m_dispatched.size() < 2)
        return 0;
    const qint64 span = m_dispatched.back() - m_dispatched.front();
    if (span <= 0)
        return 0;
    return static_cast<double>(m_dispatched.size() - 1) * 1000.0 / static_cast<double>(span);
}

qint64 RateLimiter::delayBeforeNext() const
{
    const qint64 held = std::max<qint64>(0, m_holdUntil - m_clock->nowMs());
    const double rate = effectiveRate();
    if (rate <= 0 || !m_anyDispatched)
        return held;
    const double now = static_cast<double>(m_clock->nowMs());
    double wait = m_slot + 1000.0 / rate - now;
    // At a known rate a request catching up on the schedule still waits for the window: the one
    // that left a window's worth of requests ago must be a whole window back. (The adaptive rate
    // only probes; it keeps the plain schedule.)
    forgetOld();
    const auto allowed = static_cast<size_t>(windowRequests(rate));
    if (m_adaptive <= 0 && m_dispatched.size() >= allowed) {
        const auto oldest = static_cast<double>(m_dispatched[m_dispatched.size() - allowed]);
        wait = std::max(wait, oldest + windowSpanMs(rate) - now);
    }
    return std::max(held, wait > 0 ? static_cast<qint64>(std::ceil(wait)) : 0);
}

qint64 RateLimiter::windowClearsInMs() const
{
    forgetOld();
    if (m_succeeded.empty())
        return 0;
    return std::max<qint64>(0, m_succeeded.front() + windowMs - m_clock->nowMs());
}

void RateLimiter::recordDispatch()
{
    const qint64 now = m_clock->nowMs();
    const double nowMs = static_cast<double>(now);
    const double rate = effectiveRate();
    // A request let out late (waits are whole milliseconds, and a busy event loop, writing the
    // journal, wakes late) takes its slot, so the next ones may catch up and the delays do not
    // add up to a slower rate. At a known rate that is up to a window late, the window keeping
    // the catching up from crowding the server's second; at the adaptive rate, one interval, so
    // that at most two requests leave back to back. Later than that, after an idle spell, or
    // unpaced, the schedule starts again from now.
    const double interval = rate > 0 ? 1000.0 / rate : 0;
    const double next = m_slot + interval;
    const double catchUp = m_adaptive <= 0 && rate > 0 ? windowSpanMs(rate) : interval;
    // After a 429 the schedule starts again rather than catching up on the pause: the server's
    // second is still nearly full when the pause ends.
    const bool cutSinceLastSlot = m_lastCut >= 0 && static_cast<double>(m_lastCut) >= m_slot;
    const bool onSchedule
        = m_anyDispatched && !cutSinceLastSlot && rate > 0 && next >= nowMs - catchUp;
    m_slot = onSchedule ? next : nowMs;
    m_anyDispatched = true;
    m_dispatched.push_back(now);
    forgetOld();
}

void RateLimiter::recordRateLimited()
{
    const qint64 now = m_clock->nowMs();
    // Several requests in flight come back 429 together: that is one signal, not several.
    if (m_lastCut >= 0 && now - m_lastCut < windowMs)
        return;
    const qint64 previousCut = m_lastCut;
    m_lastCut = now;
    forgetOld();
    const int admitted = countSince(m_succeeded, now - windowMs);
    // The successes of the last second show the server's rate only when the server's second
    // held this client's requests alone, sent throughout it. Within a second of this client's
    // first request it may also hold requests sent just before (a listing, another client);
    // within a second of the pause after a 429 it holds fewer than the rate allows.
    const bool serversSecondIsOurs
        = previousCut >= 0 || (!m_dispatched.empty() && m_dispatched.front() <= now - windowMs);
    const bool wholeSecondSinceCut = previousCut < 0 || previousCut <= now - 2 * windowMs;
    if (m_learned <= 0 && m_adaptive <= 0 && !serversSecondIsOurs) {
        // Nothing leaves until that second has cleared (it began before this client's first
        // request); the next 429 teaches.
        m_holdUntil = std::max(
            m_dispatched.empty() ? now : m_dispatched.front() + windowMs, now + windowClearsInMs());
        return;
    }
    if (admitted >= minimumToLearn) {
        // The server let this many through in its last second and refused the next: that is
        // its rate. A second 429 at a learned rate means the limit is shared or lower.
        double rate = m_learned > 0 ? m_learned * learnedMargin : admitted * learnedMargin;
        if (m_learned > 0 && wholeSecondSinceCut)
            rate = std::min(rate, admitted * learnedMargin);
        m_learned = std::max(minimumRate, rate);
        m_adaptive = 0;
        return;
    }
    if (m_learned > 0) {
        m_learned = std::max(minimumRate, m_learned / 2);
        return;
    }
    const double current = m_adaptive > 0
        ? m_adaptive
        : static_cast<double>(countSince(m_dispatched, now - windowMs));
    m_adaptive = std::max(minimumRate, current / 2);
    if (m_ceiling > 0)
        m_adaptive = std::min(m_adaptive, m_ceiling);
}

void RateLimiter::recordSuccess()
{
    m_succeeded.push_back(m_clock->nowMs());
    forgetOld();
    if (m_adaptive <= 0)
        return;
    // About increasePerSecond more requests per second for every second of success.
    m_adaptive += increasePerSecond / m_adaptive;
    if (m_ceiling > 0 && m_adaptive >= m_ceiling)
        m_adaptive = m_ceiling;
}

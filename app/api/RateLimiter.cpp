// SPDX-License-Identifier: Apache-2.0

#include "RateLimiter.h"

#include "Clock.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr qint64 windowMs = 1000;
constexpr double minimumRate = 1.0;
constexpr double increasePerSecond = 2.0;
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
    if (m_adaptive > 0 && m_ceiling > 0)
        return std::min(m_adaptive, m_ceiling);
    return m_adaptive > 0 ? m_adaptive : m_ceiling;
}

qint64 RateLimiter::delayBeforeNext() const
{
    const double rate = effectiveRate();
    if (rate <= 0 || m_lastDispatch < 0)
        return 0;
    const auto interval = static_cast<qint64>(std::ceil(1000.0 / rate));
    return std::max<qint64>(0, m_lastDispatch + interval - m_clock->nowMs());
}

double RateLimiter::sentInLastSecond() const
{
    const qint64 now = m_clock->nowMs();
    while (!m_recent.empty() && m_recent.front() <= now - windowMs)
        m_recent.pop_front();
    return static_cast<double>(m_recent.size());
}

void RateLimiter::recordDispatch()
{
    m_lastDispatch = m_clock->nowMs();
    m_recent.push_back(m_lastDispatch);
    sentInLastSecond();
}

void RateLimiter::recordRateLimited()
{
    const qint64 now = m_clock->nowMs();
    // Several requests in flight come back 429 together: that is one signal, not several.
    if (m_lastCut >= 0 && now - m_lastCut < windowMs)
        return;
    m_lastCut = now;
    const double current = m_adaptive > 0 ? m_adaptive : sentInLastSecond();
    m_adaptive = std::max(minimumRate, current / 2);
    if (m_ceiling > 0)
        m_adaptive = std::min(m_adaptive, m_ceiling);
}

void RateLimiter::recordSuccess()
{
    if (m_adaptive <= 0)
        return;
    // About increasePerSecond more requests per second for every second of success.
    m_adaptive += increasePerSecond / m_adaptive;
    if (m_ceiling > 0 && m_adaptive >= m_ceiling)
        m_adaptive = m_ceiling;
}

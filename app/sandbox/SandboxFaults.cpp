// SPDX-License-Identifier: Apache-2.0

#include "SandboxFaults.h"

#include "SandboxOptions.h"

SandboxFaults::SandboxFaults(const SandboxOptions &options)
    : m_errors(SandboxRandom::combine(options.seed, 0x4552524f52))
    , m_losses(SandboxRandom::combine(options.seed, 0x4c4f5353))
    , m_latencyMs(std::max(0, options.latencyMs))
    , m_rateLimit(std::max(0, options.rateLimit))
    , m_retryAfterSeconds(options.retryAfterSeconds)
    , m_errorRate(options.errorRate)
    , m_loseRate(options.loseRate)
{
    m_clock.start();
}

bool SandboxFaults::admit()
{
    const qint64 now = m_clock.elapsed();
    while (!m_admitted.empty() && now - m_admitted.front() >= 1000)
        m_admitted.pop_front();
    if (m_rateLimit > 0 && int(m_admitted.size()) >= m_rateLimit)
        return false;
    m_admitted.push_back(now);
    // Without a limit only the window's bookkeeping is kept, bounded by the pop above.
    return true;
}

void SandboxFaults::setRateLimit(int perSecond)
{
    m_rateLimit = std::max(0, perSecond);
}

bool SandboxFaults::failNext()
{
    // Always draw, so that request n meets the same fate whatever the rate.
    const double roll = m_errors.unit();
    return roll < m_errorRate;
}

bool SandboxFaults::loseNext()
{
    const double roll = m_losses.unit();
    return roll < m_loseRate;
}

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SandboxRandom.h"

#include <QElapsedTimer>

#include <algorithm>
#include <deque>

struct SandboxOptions;

// The faults a sandbox injects: rate limiting, server errors, lost replies and latency. Error
// and loss draws come from seeded generators so that a run with the same seed and request order
// fails the same requests.
class SandboxFaults final {
public:
    explicit SandboxFaults(const SandboxOptions &options);

    // Counts the request against the sliding one-second window; false means answer 429.
    // Refused requests do not count, so a client that backs off gets through again.
    bool admit();
    bool failNext();
    bool loseNext();

    int latencyMs() const { return m_latencyMs; }
    int rateLimit() const { return m_rateLimit; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }

    void setLatencyMs(int milliseconds) { m_latencyMs = std::max(0, milliseconds); }
    void setRateLimit(int perSecond);
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }
    void setErrorRate(double rate) { m_errorRate = rate; }
    void setLoseRate(double rate) { m_loseRate = rate; }

private:
    QElapsedTimer m_clock;
    std::deque<qint64> m_admitted; // ms on m_clock, within the last second
    SandboxRandom m_errors;
    SandboxRandom m_losses;
    int m_latencyMs;
    int m_rateLimit;
    int m_retryAfterSeconds;
    double m_errorRate;
    double m_loseRate;
};

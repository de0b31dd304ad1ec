// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SandboxRandom.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <algorithm>
#include <deque>

struct SandboxOptions;

// One fault for one request, given in advance for tests that need an exact sequence.
struct SandboxFault {
    enum class Kind {
        None, // answered normally
        RefuseBefore, // answered with status, nothing applied (500, 429, …)
        AnswerAfterActing, // applied, then answered with status (502, 504, …)
        LoseAfterActing, // applied, then the connection breaks off inside the answer
        // Applied, and the connection closed without a byte of answer, as a server closes a
        // kept-alive connection just as the next request arrives. A client that re-sends on
        // its own shows here as a second request.
        CloseOnArrival,
    };
    Kind kind = Kind::None;
    int status = 0;
};

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
    bool answerAfterActNext();
    int jitterMs();
    // The next requests with this method meet these faults, in order, before any drawn one.
    void script(const QString &method, const QList<SandboxFault> &faults);
    SandboxFault nextScripted(const QString &method);

    int latencyMs() const { return m_latencyMs; }
    int rateLimit() const { return m_rateLimit; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    int afterActStatus() const { return m_afterActStatus; }

    void setLatencyMs(int milliseconds) { m_latencyMs = std::max(0, milliseconds); }
    void setRateLimit(int perSecond);
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }
    void setErrorRate(double rate) { m_errorRate = rate; }
    void setLoseRate(double rate) { m_loseRate = rate; }
    void setAfterAct(double rate, int status)
    {
        m_afterActRate = rate;
        m_afterActStatus = status;
    }
    void setAnswerJitterMs(int milliseconds) { m_answerJitterMs = std::max(0, milliseconds); }

private:
    QElapsedTimer m_clock;
    std::deque<qint64> m_admitted; // ms on m_clock, within the last second
    SandboxRandom m_errors;
    SandboxRandom m_losses;
    SandboxRandom m_afterActs;
    SandboxRandom m_jitter;
    QHash<QString, std::deque<SandboxFault>> m_scripted;
    int m_latencyMs;
    int m_rateLimit;
    int m_retryAfterSeconds;
    double m_errorRate;
    double m_loseRate;
    double m_afterActRate;
    int m_afterActStatus;
    int m_answerJitterMs;
};

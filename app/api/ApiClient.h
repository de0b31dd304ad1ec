// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiRequest.h"
#include "ConnectionSettings.h"
#include "RateLimiter.h"
#include "RetryPolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>

class AccessManager;
class Clock;
class QNetworkReply;
class QTimer;

// Transports the calls that endpoint classes describe, and is the one place that knows about
// faults: it creates the session (and re-creates it once when it expires), paces requests,
// caps how many are in flight, backs off after 429s for every call at once, and retries calls
// lost on the network, timed out or answered 5xx. Callers get exactly one answer per call,
// always asynchronously.
class ApiClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    using CallId = quint64;
    using Callback = std::function<void(const ApiReply &)>;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setConnection(const ConnectionSettings &settings, const Credentials &credentials);
    ConnectionSettings connection() const { return m_settings; }
    void setLimits(const RequestLimits &limits);
    RequestLimits limits() const { return m_limits; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }
    // The clock must outlive the client.
    void setClock(const Clock *clock);

    // Queues a call. The callback runs once, later, unless the context object is gone by then.
    CallId send(const ApiRequest &request, QObject *context, Callback callback);
    // A queued call is dropped; a call in flight is aborted. Its callback gets a Cancelled error
    // with wasSent telling whether the server may have seen it.
    void cancel(CallId id);
    int pendingCalls() const;
    // The user a session login acts as, once the session exists (0 before, and in API-key mode).
    qint64 sessionUserId() const { return m_sessionUserId; }
    // The rate requests are paced at (0: unpaced), and the rate they actually leave at over
    // the last two seconds.
    double currentRateCeiling() const { return m_rateLimiter.effectiveRate(); }
    double measuredRate() const { return m_rateLimiter.measuredRate(); }

Q_SIGNALS:
    void sessionCreated(qint64 userId);
    void authenticationFailed(const ApiError &error);
    void rateLimited(int waitMs);
    // The server's 429s showed its rate; requests are paced at it from now on.
    void rateLearned(double requestsPerSecond);

private:
    struct Call;
    using CallPtr = std::shared_ptr<Call>;

    void schedulePump();
    void pump();
    bool isDispatchable(const Call &call) const;
    void ensureSessionCall();
    void dispatch(const CallPtr &call);
    static void abortUnlessEnding(QNetworkReply *reply);
    void guardAnswerSize(const CallPtr &call, QNetworkReply *reply);
    void onReplyFinished(const CallPtr &call, QNetworkReply *reply);
    void retryLater(const CallPtr &call, qint64 delayMs);
    void finish(const CallPtr &call, ApiReply reply);
    void onSessionReply(const ApiReply &reply);
    void failWaitingForSession(const ApiError &error);
    qint64 withJitter(qint64 ms) const;
    qint64 nowMs() const;

    AccessManager *m_network;
    QTimer *m_wakeTimer;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    RateLimiter m_rateLimiter;
    ConnectionSettings m_settings;
    Credentials m_credentials;
    RequestLimits m_limits;
    RetryPolicy m_policy;
    std::deque<CallPtr> m_queue;
    QHash<CallId, CallPtr> m_inFlight;
    CallId m_nextId = 1;
    qint64 m_pausedUntil = 0;
    bool m_sessionCallPending = false;
    bool m_pumpScheduled = false;
    quint64 m_sessionGeneration = 0;
    qint64 m_sessionUserId = 0;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>

// Every number that governs waiting and retrying, in one value so that tests can pass a table of
// a few milliseconds instead of sleeping through real back-off times.
struct RetryPolicy {
    // Waits before retrying a call lost on the network, timed out or answered 5xx; its length is
    // the number of retries.
    QList<int> transientBackoffMs { 250, 1000, 3000 };
    // Waits after a 429 without Retry-After, the last one repeated; then the call fails.
    QList<int> rateLimitBackoffMs { 500, 1000, 2000, 4000, 8000, 8000, 8000, 8000 };
    // A server's Retry-After is honoured up to this bound.
    int maxRetryAfterMs = 60000;
    // Each wait is stretched by a random share up to this fraction, so that clients that failed
    // together do not come back together.
    double jitter = 0.2;
    // A call fails when no byte arrives for transferTimeoutMs, and when the whole answer has
    // not arrived within totalDeadlineMs even though bytes keep trickling in.
    int transferTimeoutMs = 30000;
    int totalDeadlineMs = 300000;

    static RetryPolicy immediateForTests()
    {
        RetryPolicy policy;
        policy.transientBackoffMs = { 1, 2, 4 };
        policy.rateLimitBackoffMs = { 5, 10, 20, 40, 80, 160, 320, 640 };
        policy.maxRetryAfterMs = 50;
        policy.jitter = 0;
        policy.transferTimeoutMs = 10000;
        policy.totalDeadlineMs = 60000;
        return policy;
    }
};

struct RequestLimits {
    int maxInFlight = 6; // Qt opens at most six connections per host anyway
    double requestsPerSecond = 0; // 0: no fixed cap; 429s still slow the client down
    // An answer larger than this is refused, and the transfer stopped, before it fills memory.
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
};

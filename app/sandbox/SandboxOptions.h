// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QHostAddress>
#include <QUrl>

// Everything that shapes a sandbox run: where it listens, how large and which demo community it
// generates, and the faults it injects. The fault settings can also be changed at run time
// through SandboxServer.
struct SandboxOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0 picks a free port
    // Messages are generated lazily per dialog from seed and dialog index, so 100000 dialogs
    // still start in well under two seconds.
    int dialogs = 1000;
    quint32 seed = 1;
    // Messages in every dialog that has any; 0 keeps the generated mix of 1 to 40 a dialog.
    int messagesPerDialog = 0;
    // Users in the community, the three demo moderators included; 0 keeps the generated 303.
    // More users spread over the same two years, for listing users at scale.
    int users = 0;
    // Spam waves: each has two or three spammer accounts post one text with a link into many
    // groups within a few hours, after the rest of the history. 0 (the default) adds none, so
    // that a seed keeps giving the same community.
    int spamCampaigns = 0;
    // Added to every answer without serialising concurrent requests.
    int latencyMs = 0;
    // Answer 429 above this many admitted requests in a sliding one-second window; 0 is off.
    int rateLimit = 0;
    // When >= 0, 429 answers carry Retry-After. QuickBlox documents no such header, so by
    // default there is none.
    int retryAfterSeconds = -1;
    // Share of requests answered 500 before anything is done (seeded, deterministic).
    double errorRate = 0;
    // Share of requests that are applied but whose answer is lost: the connection is closed
    // without a response, like a reply lost on the network.
    double loseRate = 0;
    // Share of requests that are applied and then answered with afterActStatus, as a gateway
    // does when the server behind it acted but its answer did not come back in time.
    double afterActRate = 0;
    int afterActStatus = 502;
    // Each answer waits a seeded random 0..N ms more, so that concurrent answers come back in
    // an order the seed decides.
    int answerJitterMs = 0;
    // Sessions expire this long after their last use.
    int sessionTtlSeconds = 7200;
    // The application's keys and the users' passwords are fresh random ones every start; only
    // with this set do they follow the seed, the same every time (for tests and screenshots).
    bool fixedCredentials = false;

    // A hostile or broken server, for testing clients' defences.
    // Not empty: every request is answered 307 to the same path and query on this origin.
    QUrl redirectTo;
    // List answers claim two billion entries and a limit of one.
    bool absurdTotals = false;
    // Above 0: answers to GET requests are this many bytes of JSON, streamed as fast as the
    // client reads.
    qint64 oversizeBytes = 0;
    // Answers to GET requests announce a body and then send one byte every trickleIntervalMs,
    // never finishing.
    bool trickle = false;
    int trickleIntervalMs = 50;
    // Names and message texts carry terminal controls, bidi overrides and formula cells.
    bool hostileText = false;
};

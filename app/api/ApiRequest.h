// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <optional>

// One call as an endpoint class describes it: the wire format lives in the endpoint classes, the
// client only transports it.
struct ApiRequest {
    QByteArray verb = QByteArrayLiteral("GET");
    QString path; // e.g. /chat/Dialog.json, already percent-encoded where needed
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    bool needsAuth = true;
    std::optional<qint64> onBehalfOf;
    // Safe to send again after a lost answer or a 5xx: true for everything this client sends,
    // since deletes and pull_all are idempotent and a session can be made twice.
    bool retryable = true;
};

struct ApiReply {
    int httpStatus = 0;
    QByteArray body;
    QByteArray retryAfter;
    ApiError error;
    // Whether any attempt of this call reached the network: a cancelled call that was sent
    // may still have been carried out by the server.
    bool wasSent = false;
    int attempts = 0;
    // Attempts that got no HTTP answer at all: the server may have carried them out.
    int unansweredAttempts = 0;

    bool isSuccess() const { return !error.isError(); }
};

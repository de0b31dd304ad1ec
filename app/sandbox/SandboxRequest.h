// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QString>

// A request as the sandbox sees it: copied out of QHttpServerRequest at once, so that answers
// can be produced later (latency) without touching Qt HttpServer's per-connection objects, whose
// API differs between Qt versions.
struct SandboxRequest {
    QByteArray method; // "GET", "POST", ...
    QString path; // decoded
    QByteArray query; // still percent-encoded
    QByteArray body;
    QByteArray contentType;
    QByteArray qbToken;
    QByteArray authorization;
    QByteArray onBehalfOf;
    // It came on a connection kept alive after an earlier request.
    bool reusedConnection = false;
};

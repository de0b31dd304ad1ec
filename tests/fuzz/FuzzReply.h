// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiRequest.h"
#include "support/InertText.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// The fuzzer's bytes as what the client would hand a parser: a successful answer with that body.
inline ApiReply fuzzReply(const uint8_t *data, size_t size, int httpStatus = 200)
{
    ApiReply reply;
    reply.httpStatus = httpStatus;
    reply.body = QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    reply.wasSent = true;
    reply.attempts = 1;
    return reply;
}

// What qbmodctl and the exports do with parsed text: a parser may hand over any string.
inline void showInert(const QString &text)
{
    const QString shown = InertText::forTerminal(text);
    const QString cell = InertText::csvCell(text);
    if (shown.size() < text.size() || cell.size() < text.size())
        __builtin_trap(); // escaping only ever adds
}

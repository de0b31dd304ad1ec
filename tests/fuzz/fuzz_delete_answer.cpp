// SPDX-License-Identifier: Apache-2.0

#include "FuzzReply.h"
#include "api/endpoints/DeleteAnswer.h"

#include <QSet>
#include <QStringList>

// The answer to DELETE /chat/Dialog/{ids}.json and /chat/Message/{ids}.json: the buckets, any
// of which may be missing. The first byte picks the HTTP status, so error answers are read too.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const int statuses[] = { 200, 200, 200, 403, 404, 422, 500 };
    const int status = statuses[data[0] % (sizeof(statuses) / sizeof(statuses[0]))];
    ApiReply reply = fuzzReply(data + 1, size - 1, status);
    if (status != 200)
        reply.error = ApiError::fromHttp(status, reply.body);
    const QStringList ids { QStringLiteral("5d75626e8b3b1f2a1c000001"),
        QStringLiteral("5d75626e8b3b1f2a1c000002"), QStringLiteral("5d75626e8b3b1f2a1c000003") };
    const DeleteAnswer::Interpretation answer = DeleteAnswer::interpret(ids, reply);
    // Every outcome is about an id that was asked for: nothing the server names is taken in.
    const QSet<QString> asked(ids.cbegin(), ids.cend());
    for (const DeleteOutcome &outcome : answer.outcomes) {
        if (!asked.contains(outcome.id))
            __builtin_trap();
    }
    return 0;
}

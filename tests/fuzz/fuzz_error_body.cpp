// SPDX-License-Identifier: Apache-2.0

#include "FuzzReply.h"
#include "api/ApiError.h"

// Error bodies in any of the four known shapes, or none: the first byte picks the status.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int status = 400 + data[0] % 200;
    const QByteArray body(
        reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const ApiError error = ApiError::fromHttp(status, body);
    if (!error.isError())
        __builtin_trap();
    showInert(error.message());
    for (const QString &words : error.serverMessages())
        showInert(words);
    return 0;
}

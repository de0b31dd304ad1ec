// SPDX-License-Identifier: Apache-2.0

#include "FuzzReply.h"
#include "api/endpoints/CreateSessionEndpoint.h"

// The answer to POST /session.json: the token and the user it belongs to.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto session = CreateSessionEndpoint::parse(fuzzReply(data, size, 201));
    if (session && session->token.isEmpty())
        __builtin_trap(); // a session without a token is no session
    return 0;
}

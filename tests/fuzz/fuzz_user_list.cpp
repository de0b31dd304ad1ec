// SPDX-License-Identifier: Apache-2.0

#include "FuzzReply.h"
#include "api/endpoints/GetUserEndpoint.h"
#include "api/endpoints/ListUsersEndpoint.h"

// GET /users.json and the user searches, and GET /users/{id}.json.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ApiReply reply = fuzzReply(data, size);
    const ApiResult<UserPage> page = ListUsersEndpoint::parse(reply);
    if (page.ok()) {
        if (page.value.totalEntries < 0 || page.value.perPage < 0 || page.value.currentPage < 0)
            __builtin_trap();
        for (const ChatUser &user : page.value.items) {
            showInert(user.identity());
            (void)user.toJson();
        }
    }
    const auto one = GetUserEndpoint::parse(reply);
    if (one.ok())
        showInert(one.value.fullName);
    return 0;
}

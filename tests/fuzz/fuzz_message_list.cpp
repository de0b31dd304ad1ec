// SPDX-License-Identifier: Apache-2.0

#include "FuzzReply.h"
#include "api/endpoints/ListMessagesEndpoint.h"

// GET /chat/Message.json: the list envelope and every message, attachments included.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ApiResult<MessagePage> page = ListMessagesEndpoint::parse(fuzzReply(data, size));
    if (!page.ok())
        return 0;
    if (page.value.skip < 0 || page.value.limit < 0)
        __builtin_trap();
    for (const Message &message : page.value.items) {
        showInert(message.text);
        (void)message.toJson();
    }
    return 0;
}

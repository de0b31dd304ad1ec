// SPDX-License-Identifier: Apache-2.0

#include "FuzzReply.h"
#include "api/endpoints/ListDialogsEndpoint.h"

// GET /chat/Dialog.json: the list envelope, its paging numbers and every dialog in it.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ApiResult<DialogPage> page = ListDialogsEndpoint::parse(fuzzReply(data, size));
    if (!page.ok())
        return 0;
    if (page.value.totalEntries < 0 || page.value.skip < 0 || page.value.limit < 0)
        __builtin_trap(); // the paging numbers are checked counts
    for (const Dialog &dialog : page.value.items) {
        showInert(dialog.name);
        showInert(dialog.lastMessage);
        (void)dialog.toJson();
    }
    return 0;
}

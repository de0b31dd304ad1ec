// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiRequest.h"
#include "api/ApiResult.h"
#include "domain/Dialog.h"

// PUT /chat/Dialog/{id}.json with a JSON body; answers the full updated dialog.
class UpdateDialogEndpoint final {
public:
    // {"pull_all":{"occupants_ids":[...]}}: removes members (the owner may remove anyone, a
    // member only himself).
    static ApiRequest buildRemoveOccupants(
        const QString &dialogId, const QList<qint64> &userIds, std::optional<qint64> onBehalfOf);
    static ApiResult<Dialog> parse(const ApiReply &reply);
};

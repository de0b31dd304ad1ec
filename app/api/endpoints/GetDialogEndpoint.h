// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiRequest.h"
#include "api/ApiResult.h"
#include "domain/Dialog.h"

// GET /chat/Dialog/{id}.json → the bare dialog object.
class GetDialogEndpoint final {
public:
    static ApiRequest build(const QString &dialogId, std::optional<qint64> onBehalfOf);
    static ApiResult<Dialog> parse(const ApiReply &reply);
};

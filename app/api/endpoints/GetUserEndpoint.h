// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiRequest.h"
#include "api/ApiResult.h"
#include "domain/ChatUser.h"

// GET /users/{id}.json → {"user":{...}}; 404 {"code":null,"message":"Couldn't find user"}.
class GetUserEndpoint final {
public:
    static ApiRequest build(qint64 userId);
    static ApiResult<ChatUser> parse(const ApiReply &reply);
};

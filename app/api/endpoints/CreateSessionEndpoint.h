// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiRequest.h"
#include "api/ConnectionSettings.h"

#include <optional>

struct SessionInfo {
    QByteArray token; // opaque: 40 hex digits or a JWT, never parsed
    qint64 userId = 0;
};

// POST /session.json with the operator's login: signed with the auth secret, sent form-encoded,
// answered 201 {"session":{"token":...,"user_id":...}}.
class CreateSessionEndpoint final {
public:
    static ApiRequest build(const ConnectionSettings &settings, const Credentials &credentials,
        qint64 timestamp, int nonce);
    static std::optional<SessionInfo> parse(const ApiReply &reply);
};

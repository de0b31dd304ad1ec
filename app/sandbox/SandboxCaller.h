// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

// Who a request acts as once its credentials are checked.
struct SandboxCaller {
    enum class Kind { ApplicationSession, UserSession, ApiKey };

    Kind kind = Kind::ApplicationSession;
    qint64 userId = 0; // 0 for an application session and for an API key without On-Behalf-Of
    QString token; // the session token, empty for API key requests

    // An API key without On-Behalf-Of is not a user: it may see and remove anything.
    bool hasFullRights() const { return kind == Kind::ApiKey && userId == 0; }
    bool actsAsUser() const { return userId != 0; }
    bool usesToken() const { return kind != Kind::ApiKey; }
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SandboxResponse.h"

class SandboxCommunity;
class SandboxParameters;
class SandboxSessions;
struct SandboxCaller;
struct SandboxSession;

// POST/GET/DELETE /session.json and POST/DELETE /login.json.
class SandboxSessionEndpoints final {
public:
    SandboxSessionEndpoints(SandboxCommunity &community, SandboxSessions &sessions);

    SandboxResponse create(const SandboxParameters &parameters);
    SandboxResponse show(const SandboxCaller &caller);
    SandboxResponse destroy(const SandboxCaller &caller);
    SandboxResponse logIn(const SandboxParameters &parameters, const SandboxCaller &caller);
    SandboxResponse logOut(const SandboxCaller &caller);

private:
    bool signatureMatches(const SandboxParameters &parameters) const;
    QJsonObject sessionJson(const SandboxSession &session) const;

    SandboxCommunity &m_community;
    SandboxSessions &m_sessions;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SandboxDialogEndpoints.h"
#include "SandboxMessageEndpoints.h"
#include "SandboxResponse.h"
#include "SandboxSessionEndpoints.h"
#include "SandboxUserEndpoints.h"

#include <optional>

class SandboxCommunity;
class SandboxSessions;
struct SandboxCaller;
struct SandboxRequest;

// Routes a request to its endpoint after checking its credentials: QB-Token, or
// Authorization: ApiKey with an optional On-Behalf-Of. Paths work with and without ".json".
class SandboxApi final {
public:
    SandboxApi(SandboxCommunity &community, SandboxSessions &sessions);

    SandboxResponse handle(const SandboxRequest &request);

private:
    std::optional<SandboxResponse> authenticate(
        const SandboxRequest &request, SandboxCaller *caller);

    SandboxCommunity &m_community;
    SandboxSessions &m_sessions;
    SandboxSessionEndpoints m_sessionEndpoints;
    SandboxDialogEndpoints m_dialogEndpoints;
    SandboxMessageEndpoints m_messageEndpoints;
    SandboxUserEndpoints m_userEndpoints;
};

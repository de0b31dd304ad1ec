// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SandboxResponse.h"

class SandboxCommunity;
class SandboxParameters;
struct SandboxCaller;

// GET /chat/Message.json and DELETE /chat/Message/{ids}.json.
class SandboxMessageEndpoints final {
public:
    static constexpr int DefaultLimit = 100;
    static constexpr int MaxLimit = 1000;

    explicit SandboxMessageEndpoints(SandboxCommunity &community);

    SandboxResponse list(const SandboxParameters &parameters, const SandboxCaller &caller);
    SandboxResponse remove(
        const QString &ids, const SandboxParameters &parameters, const SandboxCaller &caller);

private:
    SandboxCommunity &m_community;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SandboxResponse.h"

class SandboxCommunity;
class SandboxParameters;
struct SandboxCaller;
struct SandboxDialog;

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
    SandboxResponse generatedPage(const SandboxDialog &dialog, const SandboxParameters &parameters,
        int skip, int limit, bool descending) const;

    SandboxCommunity &m_community;
};

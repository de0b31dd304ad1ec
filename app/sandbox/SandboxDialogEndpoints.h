// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SandboxResponse.h"

class SandboxCommunity;
class SandboxParameters;
struct SandboxCaller;

// GET /chat/Dialog.json, GET, PUT and DELETE /chat/Dialog/{id}.json.
class SandboxDialogEndpoints final {
public:
    static constexpr int DefaultLimit = 100;
    static constexpr int MaxLimit = 100;

    explicit SandboxDialogEndpoints(SandboxCommunity &community);

    SandboxResponse list(const SandboxParameters &parameters, const SandboxCaller &caller);
    SandboxResponse show(const QString &id, const SandboxCaller &caller);
    SandboxResponse update(
        const QString &id, const SandboxParameters &parameters, const SandboxCaller &caller);
    SandboxResponse remove(
        const QString &ids, const SandboxParameters &parameters, const SandboxCaller &caller);

private:
    SandboxCommunity &m_community;
};

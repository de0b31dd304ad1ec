// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SandboxResponse.h"

#include <QList>

class SandboxCommunity;
class SandboxParameters;
class SandboxSessions;
struct SandboxCaller;
struct SandboxUser;

// GET /users.json and the single-user lookups, plus POST /users/{id}/tokens (API key only).
class SandboxUserEndpoints final {
public:
    SandboxUserEndpoints(SandboxCommunity &community, SandboxSessions &sessions);

    SandboxResponse list(const SandboxParameters &parameters);
    SandboxResponse show(const QString &id);
    SandboxResponse byLogin(const SandboxParameters &parameters);
    SandboxResponse byEmail(const SandboxParameters &parameters);
    SandboxResponse byFullName(const SandboxParameters &parameters);
    SandboxResponse byTags(const SandboxParameters &parameters);
    SandboxResponse byExternalId(const QString &externalId);
    SandboxResponse createToken(const QString &id, const SandboxCaller &caller);

private:
    SandboxResponse page(const QList<const SandboxUser *> &users,
        const SandboxParameters &parameters, bool notFoundWhenEmpty) const;
    static SandboxResponse one(const SandboxUser *user);

    SandboxCommunity &m_community;
    SandboxSessions &m_sessions;
};

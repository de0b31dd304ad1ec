// SPDX-License-Identifier: Apache-2.0

#include "SandboxApi.h"

#include "SandboxCaller.h"
#include "SandboxCommunity.h"
#include "SandboxJson.h"
#include "SandboxParameters.h"
#include "SandboxRequest.h"
#include "SandboxSessions.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace {

struct Route {
    bool authenticated = true;
    bool chat = false; // chat endpoints want a user, never a bare application session
    std::function<SandboxResponse(const SandboxCaller &)> run;
};

SandboxResponse unknownRoute()
{
    return SandboxResponse::errorList(404, u"The resource wasn't found"_s);
}

} // namespace

SandboxApi::SandboxApi(SandboxCommunity &community, SandboxSessions &sessions)
    : m_community(community)
    , m_sessions(sessions)
    , m_sessionEndpoints(community, sessions)
    , m_dialogEndpoints(community)
    , m_messageEndpoints(community)
    , m_userEndpoints(community, sessions)
{
}

std::optional<SandboxResponse> SandboxApi::authenticate(
    const SandboxRequest &request, SandboxCaller *caller)
{
    // The API key wins when a request carries both kinds of credentials (S2: "QB-Token is
    // ignored" where the key is expected).
    if (!request.authorization.isEmpty()) {
        const QByteArray prefix = "ApiKey ";
        const QByteArray given = request.authorization.trimmed();
        if (!given.startsWith(prefix)
            || QString::fromUtf8(given.mid(prefix.size()).trimmed())
                != m_community.application().apiKey)
            return SandboxResponse::errorBase(401, u"Invalid Authorization header"_s);
        caller->kind = SandboxCaller::Kind::ApiKey;
        caller->userId = 0;
        const QByteArray onBehalfOf = request.onBehalfOf.trimmed();
        if (!onBehalfOf.isEmpty()) {
            bool ok = false;
            const qint64 userId = onBehalfOf.toLongLong(&ok);
            if (!ok || !m_community.user(userId))
                return SandboxResponse::errorBase(404, u"User not found"_s);
            caller->userId = userId;
        }
        return std::nullopt;
    }
    if (request.qbToken.isEmpty())
        return SandboxResponse::errorList(401, u"Token is required"_s);
    const QString token = QString::fromUtf8(request.qbToken.trimmed());
    const SandboxSession *session = m_sessions.use(token);
    if (!session)
        return SandboxResponse::errorBase(401, u"Required session does not exist"_s);
    caller->token = token;
    caller->userId = session->userId;
    caller->kind = session->userId != 0 ? SandboxCaller::Kind::UserSession
                                        : SandboxCaller::Kind::ApplicationSession;
    return std::nullopt;
}

SandboxResponse SandboxApi::handle(const SandboxRequest &request)
{
    QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    if (!segments.isEmpty() && segments.last().endsWith(u".json"_s))
        segments.last().chop(5);
    SandboxParameters parameters = SandboxParameters::fromUrlEncoded(request.query);
    parameters.append(SandboxParameters::fromBody(request.body));

    const QByteArray &method = request.method;
    const qsizetype depth = segments.size();
    const QString first = segments.value(0);
    const QString second = segments.value(1);
    const QString third = segments.value(2);

    Route route;
    if (depth == 1 && first == u"session"_s) {
        if (method == "POST") {
            route.authenticated = false;
            route.run
                = [&](const SandboxCaller &) { return m_sessionEndpoints.create(parameters); };
        } else if (method == "GET") {
            route.run = [&](const SandboxCaller &c) { return m_sessionEndpoints.show(c); };
        } else if (method == "DELETE") {
            route.run = [&](const SandboxCaller &c) { return m_sessionEndpoints.destroy(c); };
        }
    } else if (depth == 1 && first == u"login"_s) {
        if (method == "POST")
            route.run
                = [&](const SandboxCaller &c) { return m_sessionEndpoints.logIn(parameters, c); };
        else if (method == "DELETE")
            route.run = [&](const SandboxCaller &c) { return m_sessionEndpoints.logOut(c); };
    } else if (first == u"chat"_s && second == u"Dialog"_s && depth <= 3) {
        route.chat = true;
        if (depth == 2 && method == "GET")
            route.run
                = [&](const SandboxCaller &c) { return m_dialogEndpoints.list(parameters, c); };
        else if (depth == 3 && method == "GET")
            route.run = [&](const SandboxCaller &c) { return m_dialogEndpoints.show(third, c); };
        else if (depth == 3 && method == "PUT")
            route.run = [&](const SandboxCaller &c) {
                return m_dialogEndpoints.update(third, parameters, c);
            };
        else if (depth == 3 && method == "DELETE")
            route.run = [&](const SandboxCaller &c) {
                return m_dialogEndpoints.remove(third, parameters, c);
            };
    } else if (first == u"chat"_s && second == u"Message"_s && depth <= 3) {
        route.chat = true;
        if (depth == 2 && method == "GET")
            route.run
                = [&](const SandboxCaller &c) { return m_messageEndpoints.list(parameters, c); };
        else if (depth == 3 && method == "DELETE")
            route.run = [&](const SandboxCaller &c) {
                return m_messageEndpoints.remove(third, parameters, c);
            };
    } else if (first == u"users"_s && method == "GET") {
        if (depth == 1)
            route.run = [&](const SandboxCaller &) { return m_userEndpoints.list(parameters); };
        else if (depth == 2 && second == u"by_login"_s)
            route.run = [&](const SandboxCaller &) { return m_userEndpoints.byLogin(parameters); };
        else if (depth == 2 && second == u"by_email"_s)
            route.run = [&](const SandboxCaller &) { return m_userEndpoints.byEmail(parameters); };
        else if (depth == 2 && second == u"by_full_name"_s)
            route.run
                = [&](const SandboxCaller &) { return m_userEndpoints.byFullName(parameters); };
        else if (depth == 2 && second == u"by_tags"_s)
            route.run = [&](const SandboxCaller &) { return m_userEndpoints.byTags(parameters); };
        else if (depth == 3 && second == u"external"_s)
            route.run = [&](const SandboxCaller &) { return m_userEndpoints.byExternalId(third); };
        else if (depth == 2)
            route.run = [&](const SandboxCaller &) { return m_userEndpoints.show(second); };
    } else if (first == u"users"_s && method == "POST" && depth == 3 && third == u"tokens"_s) {
        route.run = [&](const SandboxCaller &c) { return m_userEndpoints.createToken(second, c); };
    }

    if (!route.run)
        return unknownRoute();

    SandboxCaller caller;
    if (route.authenticated) {
        if (std::optional<SandboxResponse> refusal = authenticate(request, &caller))
            return *refusal;
    }
    SandboxResponse response = route.chat && caller.kind == SandboxCaller::Kind::ApplicationSession
            && route.authenticated
        ? SandboxResponse::errorBase(403, u"Forbidden. Need user."_s)
        : route.run(caller);
    // Every answer to a request with a live token tells when that token expires.
    if (caller.usesToken() && !caller.token.isEmpty()) {
        if (const SandboxSession *session = m_sessions.find(caller.token))
            response.setHeader("QB-Token-ExpirationDate",
                SandboxJson::expirationTime(m_sessions.expiresAt(*session)));
    }
    return response;
}

// SPDX-License-Identifier: Apache-2.0

#include "SandboxSessionEndpoints.h"

#include "SandboxCaller.h"
#include "SandboxCommunity.h"
#include "SandboxJson.h"
#include "SandboxParameters.h"
#include "SandboxSessions.h"
#include "api/RequestSigner.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// The service accepts a timestamp within an hour of its own clock.
constexpr qint64 TimestampToleranceSeconds = 3600;

const SandboxUser *authenticate(const SandboxCommunity &community, const QString &login,
    const QString &email, const QString &password)
{
    const SandboxUser *user
        = !login.isEmpty() ? community.userByLogin(login) : community.userByEmail(email);
    if (!user || user->password != password)
        return nullptr;
    return user;
}

} // namespace

SandboxSessionEndpoints::SandboxSessionEndpoints(
    SandboxCommunity &community, SandboxSessions &sessions)
    : m_community(community)
    , m_sessions(sessions)
{
}

bool SandboxSessionEndpoints::signatureMatches(const SandboxParameters &parameters) const
{
    const QByteArray given = parameters.value(u"signature"_s).trimmed().toLower().toLatin1();
    if (given.isEmpty())
        return false;
    const QByteArray secret = m_community.application().authSecret.toUtf8();

    // Clients disagree on whether values are signed raw (JS SDK) or percent-encoded (older
    // Ruby clients), so both are accepted, raw first.
    RequestSigner::Parameters raw;
    RequestSigner::Parameters encoded;
    for (const auto &[name, value] : parameters.items()) {
        raw.append({ name, value });
        encoded.append({ name, QString::fromLatin1(QUrl::toPercentEncoding(value)) });
    }
    return RequestSigner::sign(raw, secret) == given
        || RequestSigner::sign(encoded, secret) == given;
}

QJsonObject SandboxSessionEndpoints::sessionJson(const SandboxSession &session) const
{
    return QJsonObject {
        { u"application_id"_s, session.applicationId },
        { u"created_at"_s, SandboxJson::isoTime(session.createdAt) },
        { u"id"_s, session.id },
        { u"nonce"_s, session.nonce },
        { u"token"_s, session.token },
        { u"ts"_s, session.timestamp },
        { u"updated_at"_s, SandboxJson::isoTime(session.updatedAt) },
        { u"user_id"_s, session.userId },
        { u"_id"_s, QString::number(session.id) },
    };
}

SandboxResponse SandboxSessionEndpoints::create(const SandboxParameters &parameters)
{
    const SandboxApplication &application = m_community.application();
    bool idOk = false;
    const qint64 applicationId = parameters.value(u"application_id"_s).trimmed().toLongLong(&idOk);
    if (!idOk || applicationId != application.id
        || parameters.value(u"auth_key"_s) != application.authKey)
        return SandboxResponse::errorBase(422, u"No application found"_s);

    if (!signatureMatches(parameters))
        return SandboxResponse::errorBase(422, u"Unexpected signature"_s);

    bool timestampOk = false;
    const qint64 timestamp = parameters.value(u"timestamp"_s).trimmed().toLongLong(&timestampOk);
    const qint64 now = SandboxSessions::nowMs() / 1000;
    if (!timestampOk || qAbs(now - timestamp) > TimestampToleranceSeconds)
        return SandboxResponse::errorBase(422, u"Unexpected timestamp"_s);

    const QString nonce = parameters.value(u"nonce"_s).trimmed();
    if (nonce.isEmpty() || !m_sessions.claimNonce(timestamp, nonce, now, TimestampToleranceSeconds))
        return SandboxResponse::errorBase(422, u"Unexpected nonce"_s);

    qint64 userId = 0;
    const bool wantsUser = parameters.contains(u"user[login]"_s)
        || parameters.contains(u"user[email]"_s) || parameters.contains(u"user[password]"_s);
    if (parameters.contains(u"provider"_s))
        return SandboxResponse::errorList(401, u"Unauthorized"_s);
    if (wantsUser) {
        const SandboxUser *user = authenticate(m_community, parameters.value(u"user[login]"_s),
            parameters.value(u"user[email]"_s), parameters.value(u"user[password]"_s));
        if (!user)
            return SandboxResponse::errorList(401, u"Unauthorized"_s);
        userId = user->id;
    }

    const SandboxSession &session
        = m_sessions.create(application.id, userId, nonce.toLongLong(), timestamp);
    SandboxResponse response
        = SandboxResponse::json(201, QJsonObject { { u"session"_s, sessionJson(session) } });
    response.setHeader(
        "QB-Token-ExpirationDate", SandboxJson::expirationTime(m_sessions.expiresAt(session)));
    return response;
}

SandboxResponse SandboxSessionEndpoints::show(const SandboxCaller &caller)
{
    const SandboxSession *session = m_sessions.find(caller.token);
    if (!caller.usesToken() || !session)
        return SandboxResponse::errorList(401, u"Token is required"_s);
    return SandboxResponse::json(200, QJsonObject { { u"session"_s, sessionJson(*session) } });
}

SandboxResponse SandboxSessionEndpoints::destroy(const SandboxCaller &caller)
{
    if (!caller.usesToken())
        return SandboxResponse::errorList(401, u"Token is required"_s);
    m_sessions.remove(caller.token);
    return SandboxResponse::empty(200);
}

SandboxResponse SandboxSessionEndpoints::logIn(
    const SandboxParameters &parameters, const SandboxCaller &caller)
{
    SandboxSession *session = caller.usesToken() ? m_sessions.use(caller.token) : nullptr;
    if (!session)
        return SandboxResponse::errorList(401, u"Token is required"_s);
    auto given = [&parameters](const QString &name) {
        const QString flat = parameters.value(name);
        return flat.isEmpty() ? parameters.value(u"user["_s + name + u']') : flat;
    };
    const SandboxUser *user
        = authenticate(m_community, given(u"login"_s), given(u"email"_s), given(u"password"_s));
    if (!user)
        return SandboxResponse::errorList(401, u"Unauthorized"_s);
    session->userId = user->id;
    session->updatedAt = SandboxSessions::nowMs() / 1000;
    return SandboxResponse::json(200, QJsonObject { { u"user"_s, SandboxJson::user(*user) } });
}

SandboxResponse SandboxSessionEndpoints::logOut(const SandboxCaller &caller)
{
    SandboxSession *session = caller.usesToken() ? m_sessions.use(caller.token) : nullptr;
    if (!session)
        return SandboxResponse::errorList(401, u"Token is required"_s);
    session->userId = 0;
    session->updatedAt = SandboxSessions::nowMs() / 1000;
    return SandboxResponse::empty(200);
}

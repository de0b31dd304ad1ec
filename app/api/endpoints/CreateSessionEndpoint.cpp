// SPDX-License-Identifier: Apache-2.0

#include "CreateSessionEndpoint.h"

#include "QueryEncoding.h"
#include "api/ApiResult.h"
#include "api/RequestSigner.h"
#include "domain/JsonValues.h"

using namespace Qt::StringLiterals;

ApiRequest CreateSessionEndpoint::build(
    const ConnectionSettings &settings, const Credentials &credentials, qint64 timestamp, int nonce)
{
    RequestSigner::Parameters parameters {
        { u"application_id"_s, QString::number(settings.applicationId) },
        { u"auth_key"_s, settings.authKey },
        { u"nonce"_s, QString::number(nonce) },
        { u"timestamp"_s, QString::number(timestamp) },
    };
    if (!settings.login.isEmpty()) {
        parameters.append({ u"user[login]"_s, settings.login });
        parameters.append({ u"user[password]"_s, credentials.password });
    }
    const QByteArray signature = RequestSigner::sign(parameters, credentials.authSecret.toUtf8());
    parameters.append({ u"signature"_s, QString::fromLatin1(signature) });

    ApiRequest request;
    request.verb = "POST";
    request.path = u"/session.json"_s;
    request.needsAuth = false;
    request.contentType = QueryEncoding::formContentType;
    request.body = QueryEncoding::formBody(parameters);
    return request;
}

std::optional<SessionInfo> CreateSessionEndpoint::parse(const ApiReply &reply)
{
    const auto object = jsonObjectOf(reply);
    if (!object.ok())
        return std::nullopt;
    const QJsonObject session = object.value.value(u"session"_s).toObject();
    const QString token = JsonValues::toText(session.value(u"token"_s));
    if (token.isEmpty())
        return std::nullopt;
    return SessionInfo { token.toUtf8(), JsonValues::toInt64(session.value(u"user_id"_s), 0) };
}

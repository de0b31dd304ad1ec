// SPDX-License-Identifier: Apache-2.0

#include "ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

using namespace Qt::StringLiterals;

ApiError::ApiError(Kind kind, int httpStatus, QStringList serverMessages, QString detail)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_serverMessages(std::move(serverMessages))
    , m_detail(std::move(detail))
{
}

ApiError::Kind ApiError::kindForStatus(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return Kind::None;
    switch (httpStatus) {
    case 401:
        return Kind::Unauthorised;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 400:
    case 422:
        return Kind::Validation;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 500)
        return Kind::Server;
    return Kind::BadResponse;
}

static QString joinedStrings(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray()) {
            const QString text = joinedStrings(item);
            if (!text.isEmpty())
                parts.append(text);
        }
        return parts.join(u"; "_s);
    }
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

QStringList ApiError::serverMessagesFromBody(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        const QString text = QString::fromUtf8(body).trimmed();
        if (text.isEmpty() || text.startsWith(u'<'))
            return {};
        return { text.left(200) };
    }
    const QJsonObject object = document.object();
    QStringList messages;
    const QJsonValue errors = object.value(u"errors"_s);
    if (errors.isArray()) {
        for (const QJsonValue &item : errors.toArray()) {
            const QString text = joinedStrings(item);
            if (!text.isEmpty())
                messages.append(text);
        }
    } else if (errors.isObject()) {
        const QJsonObject fields = errors.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QString text = joinedStrings(it.value());
            if (text.isEmpty())
                continue;
            // "base" carries whole-request messages; other keys name the field at fault.
            messages.append(it.key() == u"base"_s ? text : it.key() + u' ' + text);
        }
    } else if (errors.isString()) {
        messages.append(errors.toString());
    }
    if (messages.isEmpty()) {
        const QString text = object.value(u"message"_s).toString();
        if (!text.isEmpty())
            messages.append(text);
    }
    return messages;
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body)
{
    Kind kind = kindForStatus(httpStatus);
    if (kind == Kind::None)
        kind = Kind::BadResponse;
    return ApiError(kind, httpStatus, serverMessagesFromBody(body));
}

bool ApiError::mentions(QLatin1String text) const
{
    for (const QString &message : m_serverMessages) {
        if (message.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Unauthorised:
        return u"unauthorised"_s;
    case Kind::Forbidden:
        return u"forbidden"_s;
    case Kind::NotFound:
        return u"not_found"_s;
    case Kind::Validation:
        return u"validation"_s;
    case Kind::RateLimited:
        return u"rate_limited"_s;
    case Kind::Server:
        return u"server"_s;
    case Kind::BadResponse:
        return u"bad_response"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Redirected:
        return u"redirected"_s;
    }
    return {};
}

QString ApiError::message() const
{
    QString summary;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        summary = tr("The server could not be reached.");
        break;
    case Kind::Timeout:
        summary = tr("The server did not answer in time.");
        break;
    case Kind::Unauthorised:
        summary = tr("The server refused the credentials.");
        break;
    case Kind::Forbidden:
        summary = tr("Not permitted.");
        break;
    case Kind::NotFound:
        summary = tr("Not found.");
        break;
    case Kind::Validation:
        summary = tr("The request was rejected as invalid.");
        break;
    case Kind::RateLimited:
        summary = tr("Too many requests: the application's rate limit was exceeded.");
        break;
    case Kind::Server:
        summary = tr("The server reported an internal error (HTTP %1).").arg(m_httpStatus);
        break;
    case Kind::BadResponse:
        summary = tr("The server sent an answer that could not be understood.");
        break;
    case Kind::Cancelled:
        summary = tr("Cancelled.");
        break;
    case Kind::Redirected:
        return tr("The endpoint redirected to %1; if you trust it, use it as the endpoint.")
            .arg(m_detail);
    }
    QStringList details = m_serverMessages;
    if (!m_detail.isEmpty())
        details.append(m_detail);
    if (details.isEmpty())
        return summary;
    return tr("%1 (%2)").arg(summary, details.join(u"; "_s));
}

// SPDX-License-Identifier: Apache-2.0

#include "SandboxResponse.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

SandboxResponse SandboxResponse::json(int status, const QJsonObject &object)
{
    SandboxResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse SandboxResponse::empty(int status)
{
    SandboxResponse response;
    response.status = status;
    return response;
}

SandboxResponse SandboxResponse::errorList(int status, const QString &message)
{
    return json(status, QJsonObject { { u"errors"_s, QJsonArray { message } } });
}

SandboxResponse SandboxResponse::errorBase(int status, const QString &message)
{
    return errorField(status, u"base"_s, message);
}

SandboxResponse SandboxResponse::errorField(
    int status, const QString &field, const QString &message)
{
    return json(
        status, QJsonObject { { u"errors"_s, QJsonObject { { field, QJsonArray { message } } } } });
}

SandboxResponse SandboxResponse::codeMessage(int status, const QString &message)
{
    return json(status, QJsonObject { { u"code"_s, QJsonValue::Null }, { u"message"_s, message } });
}

void SandboxResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

QByteArray SandboxResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

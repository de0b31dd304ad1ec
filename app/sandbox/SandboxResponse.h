// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

// An answer before it goes on the wire. The factories produce the four error-body shapes the
// real service uses (see docs/sandbox.md): their wording is wire format and never translated.
struct SandboxResponse {
    using Header = QPair<QByteArray, QByteArray>;

    int status = 200;
    QByteArray body; // empty: no body and no Content-Type
    QList<Header> headers;

    static SandboxResponse json(int status, const QJsonObject &object);
    static SandboxResponse empty(int status = 200);
    // {"errors":["..."]} - the chat service and a few auth errors
    static SandboxResponse errorList(int status, const QString &message);
    // {"errors":{"base":["..."]}} - sessions, API key, core errors
    static SandboxResponse errorBase(int status, const QString &message);
    // {"errors":{"<field>":["..."]}} - validation
    static SandboxResponse errorField(int status, const QString &field, const QString &message);
    // {"code":null,"message":"..."} - the users service
    static SandboxResponse codeMessage(int status, const QString &message);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

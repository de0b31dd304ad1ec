// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Signs POST /session.json the way QuickBlox expects: HMAC-SHA1 with the application's auth
// secret over every other parameter written as name=value (nested ones flat, user[login]=...),
// sorted and joined with '&', values raw rather than percent-encoded, lowercase hex.
class RequestSigner final {
public:
    using Parameters = QList<QPair<QString, QString>>;

    static QByteArray canonicalText(const Parameters &parameters);
    static QByteArray sign(const Parameters &parameters, const QByteArray &authSecret);
    static QByteArray signText(const QByteArray &text, const QByteArray &authSecret);
};

// SPDX-License-Identifier: Apache-2.0

#include "RequestSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QStringList>

#include <algorithm>

QByteArray RequestSigner::canonicalText(const Parameters &parameters)
{
    QStringList pairs;
    pairs.reserve(parameters.size());
    for (const auto &[name, value] : parameters) {
        if (name == QLatin1String("signature"))
            continue;
        pairs.append(name + QLatin1Char('=') + value);
    }
    std::sort(pairs.begin(), pairs.end());
    return pairs.join(QLatin1Char('&')).toUtf8();
}

QByteArray RequestSigner::sign(const Parameters &parameters, const QByteArray &authSecret)
{
    return signText(canonicalText(parameters), authSecret);
}

QByteArray RequestSigner::signText(const QByteArray &text, const QByteArray &authSecret)
{
    return QMessageAuthenticationCode::hash(text, authSecret, QCryptographicHash::Sha1).toHex();
}

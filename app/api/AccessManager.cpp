// SPDX-License-Identifier: Apache-2.0

#include "AccessManager.h"

#include <QStringList>
#include <QSysInfo>

using namespace Qt::StringLiterals;

AccessManager::AccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
    // Never follow a redirect from https to http.
    setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

QByteArray AccessManager::userAgent()
{
    return "qbmod/" QBMOD_VERSION " (" + QSysInfo::productType().toUtf8() + ")";
}

QNetworkReply *AccessManager::createRequest(
    Operation operation, const QNetworkRequest &request, QIODevice *outgoingData)
{
    QNetworkRequest authorised(request);
    authorised.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    authorised.setRawHeader("Accept", "application/json");
    if (!request.attribute(NoAuthAttribute).toBool()) {
        if (!m_apiKey.isEmpty()) {
            authorised.setRawHeader("Authorization", "ApiKey " + m_apiKey);
            const QVariant actingUser = request.attribute(OnBehalfOfAttribute);
            if (actingUser.isValid())
                authorised.setRawHeader(
                    "On-Behalf-Of", QByteArray::number(actingUser.toLongLong()));
        } else if (!m_sessionToken.isEmpty()) {
            authorised.setRawHeader("QB-Token", m_sessionToken);
        }
    }
    return QNetworkAccessManager::createRequest(operation, authorised, outgoingData);
}

QString AccessManager::describeHeadersRedacted(const QNetworkRequest &request)
{
    static const QList<QByteArray> secretHeaders { "qb-token", "authorization" };
    QStringList lines;
    const auto headers = request.rawHeaderList();
    for (const QByteArray &name : headers) {
        const bool secret = secretHeaders.contains(name.toLower());
        lines.append(QString::fromLatin1(name) + u": "_s
            + (secret ? u"<redacted>"_s : QString::fromLatin1(request.rawHeader(name))));
    }
    return lines.join(u", "_s);
}

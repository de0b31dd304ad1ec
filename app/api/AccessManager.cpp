// SPDX-License-Identifier: Apache-2.0

#include "AccessManager.h"

#include "support/Version.h"

#include <QStringList>
#include <QSysInfo>

using namespace Qt::StringLiterals;

AccessManager::AccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
    // A redirect comes back to ApiClient as an answer, which reports it and goes nowhere.
    setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void AccessManager::setCredentialOrigin(const QUrl &endpoint)
{
    m_credentialOrigin = endpoint;
}

bool AccessManager::sameOrigin(const QUrl &a, const QUrl &b)
{
    if (!a.isValid() || !b.isValid() || a.host().isEmpty())
        return false;
    const QString scheme = a.scheme().toLower();
    const int defaultPort = scheme == u"https"_s ? 443 : 80;
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort) == b.port(defaultPort);
}

QByteArray AccessManager::userAgent()
{
    return "qbmod/" + QByteArray(Version::text) + " (" + QSysInfo::productType().toUtf8() + ")";
}

QNetworkReply *AccessManager::createRequest(
    Operation operation, const QNetworkRequest &request, QIODevice *outgoingData)
{
    QNetworkRequest authorised(request);
    authorised.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    authorised.setRawHeader("Accept", "application/json");
    if (!request.attribute(NoAuthAttribute).toBool()
        && sameOrigin(request.url(), m_credentialOrigin)) {
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

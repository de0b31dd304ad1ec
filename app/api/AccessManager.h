// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QNetworkAccessManager>
#include <QUrl>

#include <optional>

// The one place where requests get their headers: User-Agent, Accept, and either QB-Token or
// Authorization: ApiKey plus On-Behalf-Of. Endpoint classes never touch auth headers.
// Credentials and On-Behalf-Of go only to the configured endpoint's origin (scheme, host and
// port), and no redirect is followed: Qt would carry the raw headers, credentials included, to
// wherever a redirect points, and turn a POST or DELETE into something else on the way.
class AccessManager final : public QNetworkAccessManager {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessManager)

public:
    // Request attributes that tell createRequest() what to add.
    static constexpr auto NoAuthAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 1);
    static constexpr auto OnBehalfOfAttribute
        = QNetworkRequest::Attribute(QNetworkRequest::User + 2);

    explicit AccessManager(QObject *parent = nullptr);

    void setSessionToken(const QByteArray &token) { m_sessionToken = token; }
    QByteArray sessionToken() const { return m_sessionToken; }
    void setApiKey(const QByteArray &apiKey) { m_apiKey = apiKey; }
    // Where credentials may go: the configured endpoint. Without one they go nowhere.
    void setCredentialOrigin(const QUrl &endpoint);
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    bool usesApiKey() const { return !m_apiKey.isEmpty(); }

    static QByteArray userAgent();
    // The request's headers for a debug log, with every credential replaced.
    static QString describeHeadersRedacted(const QNetworkRequest &request);

protected:
    QNetworkReply *createRequest(
        Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QByteArray m_sessionToken;
    QByteArray m_apiKey;
    QUrl m_credentialOrigin;
};

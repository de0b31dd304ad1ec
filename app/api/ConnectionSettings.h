// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiError.h"

#include <QString>
#include <QUrl>

#include <optional>

enum class AuthMode {
    // Application credentials plus an operator's login: POST /session.json, then QB-Token.
    Session,
    // Authorization: ApiKey, optionally acting for a user through On-Behalf-Of.
    ApiKey,
};

// Where and as whom to connect, without any secret: safe to keep in settings.
struct ConnectionSettings {
    QUrl endpoint = QUrl(QStringLiteral("https://api.quickblox.com"));
    AuthMode authMode = AuthMode::Session;
    qint64 applicationId = 0;
    QString authKey;
    QString login;

    // A clear reason when these settings cannot be used, before any request leaves.
    std::optional<QString> validationError() const;
    static std::optional<QString> endpointError(const QUrl &endpoint);
};

// The secrets that go with ConnectionSettings. Never written to settings, logs or arguments.
struct Credentials {
    QString authSecret;
    QString password;
    QString apiKey;
    // The team database's, when the profile keeps its journal there. Defaulted, so that lists
    // of the three above still initialise the whole struct.
    QString storePassword = {};
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ConnectionSettings.h"
#include "store/StoreLocation.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// A named connection the operator picks from a list: where and as whom to connect, and which
// environment it is, so the console can warn before acting on production. Holds no secret; they
// live in a SecretStore under the profile's id.
class Profile final {
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    enum class Environment {
        Production,
        Staging,
        Sandbox,
    };

    // Stable for the profile's life, also when it is renamed: the keychain entries hang on it.
    QString id;
    QString name;
    ConnectionSettings settings;
    // Production unless said otherwise: an untagged profile gets the most careful treatment.
    Environment environment = Environment::Production;
    // The requests per second the application's plan allows. Requests are paced at exactly that
    // rate; 0 leaves the rate to be learned from the server's first 429s.
    int rateLimit = 0;
    static constexpr int maxRateLimit = 100000;
    // Where the journal is kept: this computer (the default journal file; path stays empty) or
    // a team database, whose password is the profile's SecretKind::StorePassword.
    StoreLocation store;

    // A fresh profile with a new id.
    static Profile create(const QString &name);
    // A UUID without braces.
    static QString newId();
    // Letters, digits, '-' and '_' only, so an id is safe in settings keys and keychain entries.
    static bool isValidId(const QString &id);

    static QList<Environment> environments();
    // For people: "Production", "Staging", "Sandbox".
    static QString environmentName(Environment environment);
    // The banner colour as 0xRRGGBB, kept free of QColor so the core stays GUI-free: red for
    // production, amber for staging, green for the sandbox.
    static quint32 environmentColor(Environment environment);
    // Stable words for settings and scripts: "production", "staging", "sandbox".
    static QString environmentKey(Environment environment);
    static std::optional<Environment> environmentFromKey(const QString &key);
};

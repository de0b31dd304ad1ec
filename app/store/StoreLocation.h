// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Where a profile's journal, evidence and claims live: a file on this computer (SQLite, the
// default) or a team database (PostgreSQL) shared by every moderator of the team. A value:
// it never holds the database password, which comes from the keychain or QBMOD_STORE_PASSWORD.
struct StoreLocation {
    Q_DECLARE_TR_FUNCTIONS(StoreLocation)

public:
    enum class Kind { ThisComputer, TeamDatabase };

    Kind kind = Kind::ThisComputer;
    QString path; // this computer: the SQLite file
    // A team database.
    QString host;
    int port = 5432;
    QString database;
    QString user;
    // libpq's sslmode. verify-full (the certificate and the host name checked) is the default
    // and the only mode allowed for a host other than the loopback.
    QString tlsMode = QStringLiteral("verify-full");
    // How long reaching the database may take before it counts as unreachable (libpq's
    // connect_timeout). Not part of where the database is: left out of ==.
    int connectTimeoutSeconds = 10;

    static StoreLocation thisComputer(const QString &path);
    // libpq's sslmode words, the most careful last.
    static QStringList tlsModes();
    // The console's application-data folder, whichever program asks (qbmodctl shares it).
    static QString defaultFolder();
    // postgres://user@host:port/database?sslmode=verify-full, optionally &connect_timeout=S
    // (seconds, 2 to 3600). A password in the URL is refused
    // (it would end up in shell histories and process lists). nullopt with *error set when the
    // URL is not one.
    static std::optional<StoreLocation> fromUrl(const QString &url, QString *error);
    // The URL without password, fit for settings and logs.
    QString toUrl() const;
    bool isTeam() const { return kind == Kind::TeamDatabase; }
    bool isLoopback() const;
    // Empty when the location may be used; otherwise why not (e.g. TLS off for a remote host).
    QString problem() const;
    // For people: the file, or user@host:port/database.
    QString displayName() const;

    friend bool operator==(const StoreLocation &a, const StoreLocation &b)
    {
        return a.kind == b.kind && a.path == b.path && a.host == b.host && a.port == b.port
            && a.database == b.database && a.user == b.user && a.tlsMode == b.tlsMode;
    }
};

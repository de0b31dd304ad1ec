// SPDX-License-Identifier: Apache-2.0

#include "StoreLocation.h"

#include <QHostAddress>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

QStringList StoreLocation::tlsModes()
{
    return { u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s,
        u"verify-full"_s };
}

StoreLocation StoreLocation::thisComputer(const QString &path)
{
    StoreLocation location;
    location.path = path;
    return location;
}

std::optional<StoreLocation> StoreLocation::fromUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgres"_s && url.scheme() != u"postgresql"_s)) {
        *error = tr("The store must be a URL like postgres://user@host:5432/qbmod.");
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = tr("The store URL must not hold a password: give it in QBMOD_STORE_PASSWORD or "
                    "the profile's keychain entry.");
        return std::nullopt;
    }
    StoreLocation location;
    location.kind = Kind::TeamDatabase;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        bool number = false;
        const int seconds = value.toInt(&number);
        if (key == u"sslmode"_s && tlsModes().contains(value)) {
            location.tlsMode = value;
        } else if (key == u"connect_timeout"_s && number && seconds >= 2 && seconds <= 3600) {
            location.connectTimeoutSeconds = seconds;
        } else {
            *error = tr("The store URL has an unknown setting: %1=%2.").arg(key, value);
            return std::nullopt;
        }
    }
    if (location.host.isEmpty() || location.user.isEmpty() || location.database.isEmpty()
        || location.database.contains(u'/')) {
        *error = tr("The store URL needs a user, a host and a database: "
                    "postgres://user@host:5432/qbmod.");
        return std::nullopt;
    }
    return location;
}

QString StoreLocation::defaultFolder()
{
    // AppDataLocation is built from these names on every platform.
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(u"qbmod"_s);
    QCoreApplication::setApplicationName(u"qbmod"_s);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    return folder;
}

QString StoreLocation::toUrl() const
{
    if (!isTeam())
        return path;
    QUrl url;
    url.setScheme(u"postgres"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u"/"_s + database);
    QString query = u"sslmode="_s + tlsMode;
    if (connectTimeoutSeconds != StoreLocation().connectTimeoutSeconds)
        query += u"&connect_timeout=%1"_s.arg(connectTimeoutSeconds);
    url.setQuery(query);
    return url.toString();
}

bool StoreLocation::isLoopback() const
{
    if (host == u"localhost"_s)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString StoreLocation::problem() const
{
    if (!isTeam())
        return path.isEmpty() ? tr("No journal file is set.") : QString();
    if (host.trimmed().isEmpty() || database.trimmed().isEmpty() || user.trimmed().isEmpty())
        return tr("A team database needs a host, a database and a user.");
    if (port <= 0 || port > 65535)
        return tr("The team database's port must be between 1 and 65535.");
    if (!tlsModes().contains(tlsMode))
        return tr("Unknown TLS mode %1.").arg(tlsMode);
    if (!isLoopback() && tlsMode != u"verify-full"_s)
        return tr("The team database %1 is not on this computer: it is reached only with TLS "
                  "that checks its certificate and name (sslmode=verify-full).")
            .arg(host);
    return {};
}

QString StoreLocation::displayName() const
{
    if (!isTeam())
        return path;
    return u"%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

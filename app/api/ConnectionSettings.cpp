// SPDX-License-Identifier: Apache-2.0

#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace {
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)
};
} // namespace

static bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> ConnectionSettings::endpointError(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return Texts::tr("The endpoint \"%1\" is not a valid URL.")
            .arg(endpoint.toString(QUrl::RemoveUserInfo));
    if (!endpoint.userInfo().isEmpty())
        return Texts::tr("The endpoint must not contain a user name or password.");
    const QString scheme = endpoint.scheme().toLower();
    if (scheme == u"https"_s)
        return std::nullopt;
    if (scheme == u"http"_s && isLoopbackHost(endpoint.host()))
        return std::nullopt;
    if (scheme == u"http"_s)
        return Texts::tr("Plain http is only allowed to this computer (a local sandbox); use "
                         "https for \"%1\".")
            .arg(endpoint.host());
    return Texts::tr("The endpoint must start with https://.");
}

std::optional<QString> ConnectionSettings::validationError() const
{
    if (auto error = endpointError(endpoint))
        return error;
    if (authMode == AuthMode::Session) {
        if (applicationId <= 0)
            return Texts::tr("An application id is required.");
        if (authKey.isEmpty())
            return Texts::tr("An auth key is required.");
        if (login.isEmpty())
            return Texts::tr("An operator login is required.");
    }
    return std::nullopt;
}

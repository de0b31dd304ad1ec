// SPDX-License-Identifier: Apache-2.0

#include "ConnectionCheck.h"

#include "endpoints/ListDialogsEndpoint.h"

#include <utility>

ConnectionCheck::ConnectionCheck(QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(this))
{
}

void ConnectionCheck::start(const ConnectionSettings &settings, const Credentials &credentials)
{
    cancel();
    m_client->setConnection(settings, credentials);
    const AuthMode mode = settings.authMode;
    m_call = m_client->send(
        ListDialogsEndpoint::build({}, 0, 1), this, [this, mode](const ApiReply &reply) {
            m_call = 0;
            const auto page = ListDialogsEndpoint::parse(reply);
            if (page.ok())
                Q_EMIT succeeded();
            else
                Q_EMIT failed(page.error, suspectOf(mode, page.error));
        });
}

void ConnectionCheck::cancel()
{
    if (m_call)
        m_client->cancel(std::exchange(m_call, 0));
}

ConnectionCheck::Suspect ConnectionCheck::suspectOf(AuthMode mode, const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Unauthorised:
    case ApiError::Kind::Forbidden:
        return mode == AuthMode::ApiKey ? Suspect::ApiKey : Suspect::Password;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::BadResponse:
        return Suspect::Endpoint;
    default:
        return Suspect::Server;
    }
}

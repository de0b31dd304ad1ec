// SPDX-License-Identifier: Apache-2.0

#include "SandboxFixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;

SandboxFixture::SandboxFixture(const SandboxOptions &options)
    : m_server(std::make_unique<SandboxServer>(options))
{
}

SandboxOptions SandboxFixture::defaultOptions()
{
    SandboxOptions options;
    options.dialogs = 600;
    options.seed = 7;
    options.fixedCredentials = true;
    return options;
}

bool SandboxFixture::start()
{
    QString error;
    if (!m_server->start(&error)) {
        qWarning("sandbox did not start: %s", qPrintable(error));
        return false;
    }
    return true;
}

SandboxOperator SandboxFixture::operatorAt(int index) const
{
    return m_server->operators().at(index);
}

ConnectionSettings SandboxFixture::sessionSettings(int operatorIndex) const
{
    ConnectionSettings settings;
    settings.endpoint = m_server->endpoint();
    settings.authMode = AuthMode::Session;
    settings.applicationId = m_server->applicationId();
    settings.authKey = m_server->authKey();
    settings.login = operatorAt(operatorIndex).login;
    return settings;
}

Credentials SandboxFixture::sessionCredentials(int operatorIndex) const
{
    Credentials credentials;
    credentials.authSecret = m_server->authSecret();
    credentials.password = operatorAt(operatorIndex).password;
    return credentials;
}

ConnectionSettings SandboxFixture::apiKeySettings() const
{
    ConnectionSettings settings;
    settings.endpoint = m_server->endpoint();
    settings.authMode = AuthMode::ApiKey;
    return settings;
}

Credentials SandboxFixture::apiKeyCredentials() const
{
    Credentials credentials;
    credentials.apiKey = m_server->apiKey();
    return credentials;
}

std::unique_ptr<ApiClient> SandboxFixture::sessionClient(int operatorIndex) const
{
    auto client = std::make_unique<ApiClient>();
    client->setConnection(sessionSettings(operatorIndex), sessionCredentials(operatorIndex));
    client->setRetryPolicy(RetryPolicy::immediateForTests());
    return client;
}

std::unique_ptr<ApiClient> SandboxFixture::apiKeyClient() const
{
    auto client = std::make_unique<ApiClient>();
    client->setConnection(apiKeySettings(), apiKeyCredentials());
    client->setRetryPolicy(RetryPolicy::immediateForTests());
    return client;
}

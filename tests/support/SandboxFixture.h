// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiClient.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"

#include <memory>

// An in-process sandbox on a free loopback port, and clients connected to it that retry on a
// table of milliseconds instead of seconds.
class SandboxFixture final {
public:
    explicit SandboxFixture(const SandboxOptions &options = defaultOptions());

    static SandboxOptions defaultOptions();

    // Call through QVERIFY(fixture.start()).
    bool start();
    SandboxServer &server() { return *m_server; }

    SandboxOperator operatorAt(int index) const;
    ConnectionSettings sessionSettings(int operatorIndex = 0) const;
    Credentials sessionCredentials(int operatorIndex = 0) const;
    ConnectionSettings apiKeySettings() const;
    Credentials apiKeyCredentials() const;

    std::unique_ptr<ApiClient> sessionClient(int operatorIndex = 0) const;
    std::unique_ptr<ApiClient> apiKeyClient() const;

private:
    std::unique_ptr<SandboxServer> m_server;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiClient.h"
#include "ConnectionSettings.h"

#include <QObject>

// Tries a profile's settings and secrets on the server before anything is switched or saved:
// one harmless read (the first dialog), through a client of its own, so that a session login
// also creates its session. The caller keeps its current connection until this succeeds.
class ConnectionCheck final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCheck)

public:
    // What the failure points at, so that a form can mark the field to correct.
    enum class Suspect { Endpoint, Password, ApiKey, Server };
    Q_ENUM(Suspect)

    explicit ConnectionCheck(QObject *parent = nullptr);

    void start(const ConnectionSettings &settings, const Credentials &credentials);
    void cancel();
    bool isRunning() const { return m_call != 0; }
    // For tests: how patient the check's client is.
    ApiClient *client() const { return m_client; }

    static Suspect suspectOf(AuthMode mode, const ApiError &error);

Q_SIGNALS:
    void succeeded();
    void failed(const ApiError &error, ConnectionCheck::Suspect suspect);

private:
    ApiClient *m_client;
    ApiClient::CallId m_call = 0;
};

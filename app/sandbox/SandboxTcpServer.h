// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

// A QTcpServer that remembers its connections, so that the sandbox can find the socket behind a
// request and close it without an answer (a lost reply). From Qt 6.5 on, Qt HttpServer no
// longer hands the socket to the request handler.
class SandboxTcpServer final : public QTcpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxTcpServer)

public:
    explicit SandboxTcpServer(QObject *parent = nullptr);

    QTcpSocket *socketForPeer(const QHostAddress &address, quint16 port) const;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QList<QPointer<QTcpSocket>> m_sockets;
};

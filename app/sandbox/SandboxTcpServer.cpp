// SPDX-License-Identifier: Apache-2.0

#include "SandboxTcpServer.h"

#include <QTcpSocket>

SandboxTcpServer::SandboxTcpServer(QObject *parent)
    : QTcpServer(parent)
{
}

QTcpSocket *SandboxTcpServer::socketForPeer(const QHostAddress &address, quint16 port) const
{
    for (const QPointer<QTcpSocket> &socket : m_sockets) {
        if (socket && socket->peerPort() == port && socket->peerAddress().isEqual(address))
            return socket;
    }
    return nullptr;
}

void SandboxTcpServer::incomingConnection(qintptr socketDescriptor)
{
    m_sockets.removeIf([](const QPointer<QTcpSocket> &socket) { return socket.isNull(); });
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Without TCP_NODELAY, Nagle's algorithm and the client's delayed ACK add 40 ms to answers
    // on a reused connection.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_sockets.append(socket);
    addPendingConnection(socket);
}

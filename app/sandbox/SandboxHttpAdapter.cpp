// SPDX-License-Identifier: Apache-2.0

#include "SandboxHttpAdapter.h"

#include "SandboxLogging.h"
#include "SandboxTcpServer.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

using namespace Qt::StringLiterals;

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

SandboxRequest toSandboxRequest(const QHttpServerRequest &request)
{
    SandboxRequest copy;
    copy.method = methodName(request.method());
    const QUrl url = request.url();
    copy.path = url.path(QUrl::FullyDecoded);
    copy.query = url.query(QUrl::FullyEncoded).toUtf8();
    copy.body = request.body();
    copy.contentType = request.value("Content-Type");
    copy.qbToken = request.value("QB-Token");
    copy.authorization = request.value("Authorization");
    copy.onBehalfOf = request.value("On-Behalf-Of");
    return copy;
}

} // namespace

SandboxHttpAdapter::SandboxHttpAdapter(QObject *parent)
    : QAbstractHttpServer(parent)
{
}

SandboxHttpAdapter::~SandboxHttpAdapter()
{
    // Responders refer to Qt HttpServer's connection objects: let them go while those live.
    m_pending.clear();
}

void SandboxHttpAdapter::setRequestHandler(RequestHandler handler)
{
    m_handler = std::move(handler);
}

bool SandboxHttpAdapter::attach(SandboxTcpServer *server)
{
    m_server = server;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return bind(server);
#else
    bind(server);
    return server->isListening();
#endif
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

bool SandboxHttpAdapter::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    accept(request, makeResponder(request, socket), socket);
    return true;
}

void SandboxHttpAdapter::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, SandboxResponse::errorList(404, u"The resource wasn't found"_s));
}

#else

bool SandboxHttpAdapter::handleRequest(
    const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QTcpSocket *socket = m_server
        ? m_server->socketForPeer(request.remoteAddress(), request.remotePort())
        : nullptr;
    accept(request, std::move(responder), socket);
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
void SandboxHttpAdapter::missingHandler(
    const QHttpServerRequest &, QHttpServerResponder &&responder)
#else
void SandboxHttpAdapter::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
#endif
{
    write(responder, SandboxResponse::errorList(404, u"The resource wasn't found"_s));
}

#endif

void SandboxHttpAdapter::accept(
    const QHttpServerRequest &request, QHttpServerResponder &&responder, QTcpSocket *socket)
{
    const quint64 ticket = ++m_nextTicket;
    SandboxRequest copy = toSandboxRequest(request);
    if (socket) {
        // Counted on the socket itself, which goes away with its connection.
        static const char *const served = "sandboxRequestsServed";
        const int before = socket->property(served).toInt();
        socket->setProperty(served, before + 1);
        copy.reusedConnection = before > 0;
    }
    m_pending.emplace(ticket,
        std::make_unique<Pending>(
            Pending { std::move(responder), QPointer<QTcpSocket>(socket), socket != nullptr }));
    if (m_handler)
        m_handler(copy, ticket);
    else
        answer(ticket, SandboxResponse::errorList(404, u"The resource wasn't found"_s));
}

std::unique_ptr<SandboxHttpAdapter::Pending> SandboxHttpAdapter::take(quint64 ticket)
{
    const auto it = m_pending.find(ticket);
    if (it == m_pending.end())
        return nullptr;
    std::unique_ptr<Pending> pending = std::move(it->second);
    m_pending.erase(it);
    return pending;
}

void SandboxHttpAdapter::answer(quint64 ticket, const SandboxResponse &response)
{
    const std::unique_ptr<Pending> pending = take(ticket);
    if (!pending)
        return;
    if (pending->socketKnown
        && (!pending->socket || pending->socket->state() != QAbstractSocket::ConnectedState)) {
        qCDebug(lcSandbox, "Client left before its answer was ready");
        return;
    }
    write(pending->responder, response);
}

void SandboxHttpAdapter::drop(quint64 ticket)
{
    const std::unique_ptr<Pending> pending = take(ticket);
    if (!pending || !pending->socket)
        return;
    // The answer starts and the connection breaks off inside it. Closing before the first byte
    // would not do: an HTTP client may then send the request again on its own, unseen by the
    // caller, and the loss would never show.
    pending->socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                           "Content-Length: 4096\r\n\r\n{");
    pending->socket->flush();
    pending->socket->disconnectFromHost();
}

void SandboxHttpAdapter::close(quint64 ticket)
{
    const std::unique_ptr<Pending> pending = take(ticket);
    if (!pending || !pending->socket)
        return;
    pending->socket->disconnectFromHost();
}

void SandboxHttpAdapter::stream(
    quint64 ticket, int status, qint64 bodyBytes, int chunkBytes, int intervalMs)
{
    const std::unique_ptr<Pending> pending = take(ticket);
    if (!pending)
        return;
    QTcpSocket *socket = pending->socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        qCDebug(lcSandbox, "No socket to stream an answer on");
        return;
    }
    // Without Content-Length, ended by closing the connection: a client learns the size only by
    // reading, the way a chunked or unannounced answer arrives.
    socket->write("HTTP/1.1 " + QByteArray::number(status)
        + " OK\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n");
    // The filler opens like a list answer, so that only its size is wrong.
    auto remaining = std::make_shared<qint64>(bodyBytes);
    auto opening = std::make_shared<QByteArray>(R"({"skip":0,"limit":100,"items":[],"pad":")");
    const auto writeChunk = [this, socket, remaining, opening, chunkBytes] {
        if (*remaining <= 0 || socket->state() != QAbstractSocket::ConnectedState)
            return;
        qint64 size = std::min<qint64>(chunkBytes, *remaining);
        QByteArray chunk = opening->left(size);
        opening->remove(0, chunk.size());
        chunk.append(QByteArray(size - chunk.size(), 'x'));
        if (*remaining == size && size >= 2)
            chunk.replace(size - 2, 2, "\"}");
        *remaining -= size;
        m_streamedBytes += socket->write(chunk);
        if (*remaining == 0)
            socket->disconnectFromHost();
    };
    if (intervalMs > 0) {
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, writeChunk);
        timer->start(intervalMs);
        return;
    }
    // Only refill when the client has taken most of what was written: memory stays small
    // whatever the size.
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket, writeChunk, chunkBytes] {
        while (socket->bytesToWrite() < 4 * qint64(chunkBytes)
            && socket->state() == QAbstractSocket::ConnectedState) {
            const qint64 before = socket->bytesToWrite();
            writeChunk();
            if (socket->bytesToWrite() == before)
                break;
        }
    });
    writeChunk();
}

void SandboxHttpAdapter::write(QHttpServerResponder &responder, const SandboxResponse &response)
{
    const auto status = QHttpServerResponder::StatusCode(response.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    for (const auto &[name, value] : response.headers)
        headers.append(name, value);
    responder.write(response.body, headers, status); // adds Content-Length itself
#else
    responder.writeStatusLine(status);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
#endif
}

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>

class SandboxTcpServer;
class QTcpSocket;

// The one place that knows Qt HttpServer's request-handling API, which changed in Qt 6.5 (the
// handler receives a responder instead of a socket) and again in 6.8 (headers as QHttpHeaders,
// bind() returning bool). Requests are copied into SandboxRequest and answered later through a
// ticket, so an answer may be delayed without blocking other requests.
class SandboxHttpAdapter final : public QAbstractHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHttpAdapter)

public:
    using RequestHandler = std::function<void(const SandboxRequest &request, quint64 ticket)>;

    explicit SandboxHttpAdapter(QObject *parent = nullptr);
    ~SandboxHttpAdapter() override;

    void setRequestHandler(RequestHandler handler);
    // server must already listen; the adapter does not take it over.
    bool attach(SandboxTcpServer *server);

    void answer(quint64 ticket, const SandboxResponse &response);
    // Starts the answer and breaks the connection off inside it.
    void drop(quint64 ticket);
    // Closes the connection without a byte of answer.
    void close(quint64 ticket);
    // Answers with a body of bodyBytes of JSON-looking filler written on the socket itself:
    // chunkBytes at a time whenever the client has read the last ones, or with intervalMs > 0
    // one chunk per interval. A hostile server's oversize or trickling answer.
    void stream(quint64 ticket, int status, qint64 bodyBytes, int chunkBytes, int intervalMs);
    // Body bytes that stream() handed to the network so far.
    qint64 streamedBytes() const { return m_streamedBytes; }
    int pendingCount() const { return int(m_pending.size()); }

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(
        const QHttpServerRequest &request, QHttpServerResponder &&responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(
        const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#endif

private:
    struct Pending {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        bool socketKnown = false;
    };

    void accept(
        const QHttpServerRequest &request, QHttpServerResponder &&responder, QTcpSocket *socket);
    static void write(QHttpServerResponder &responder, const SandboxResponse &response);
    std::unique_ptr<Pending> take(quint64 ticket);

    RequestHandler m_handler;
    SandboxTcpServer *m_server = nullptr;
    quint64 m_nextTicket = 0;
    std::map<quint64, std::unique_ptr<Pending>> m_pending;
    qint64 m_streamedBytes = 0;
};

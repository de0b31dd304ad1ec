// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <deque>

class QTcpSocket;

// A tiny HTTP/1.1 server on a free loopback port that records every request exactly as it came
// off the wire and answers each with the next scripted response. For tests that assert on what a
// client sends (headers present or absent, bodies, how often it asks again), where the sandbox
// would hide the wire behind its own behaviour.
class RecordingServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingServer)

public:
    struct Request {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int connection = 0; // which TCP connection carried it, counted from 1

        QByteArray path() const;
        QByteArray rawQuery() const;
        bool hasHeader(const QByteArray &name) const; // case-insensitive
        QByteArray header(const QByteArray &name) const; // case-insensitive, empty when absent
        // name=value pairs of the query (or of a form body), decoded the way a server decodes
        // them: '+' is a space, then percent-decoding.
        static QList<QPair<QString, QString>> formFields(const QByteArray &encoded);
    };

    struct Response {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body = QByteArrayLiteral("{}");
        int delayMs = 0; // answer this much later, so that requests overlap
        bool dropConnection = false; // close the connection instead of answering

        static Response json(int status, const QByteArray &body);
        static Response dropped();
        Response &withHeader(const QByteArray &name, const QByteArray &value);
        Response &delayedBy(int ms);
    };

    explicit RecordingServer(QObject *parent = nullptr);
    ~RecordingServer() override;

    // Listens on 127.0.0.1 at a port the system picks. Call through QVERIFY(server.listen()).
    bool listen();
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:<port>

    // Responses are used in order; when none is left, every request gets the default response.
    void enqueue(const Response &response);
    void setDefaultResponse(const Response &response) { m_defaultResponse = response; }
    int queuedResponses() const { return static_cast<int>(m_responses.size()); }

    QList<Request> requests() const { return m_requests; }
    int requestCount() const { return static_cast<int>(m_requests.size()); }
    Request request(int index) const { return m_requests.at(index); }
    QList<QByteArray> paths() const;
    int connectionCount() const { return m_connectionCount; }
    // Requests received and not yet answered, now and at most at any one time.
    int openRequests() const { return m_openRequests; }
    int maxOpenRequests() const { return m_maxOpenRequests; }

Q_SIGNALS:
    void requestReceived(int index);
    void responseSent(int index);

private:
    struct Connection {
        int number = 0;
        QByteArray buffer;
        bool answering = false;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int index, const Response &response);
    Response nextResponse();

    QTcpServer m_server;
    QHash<QTcpSocket *, Connection> m_connections;
    std::deque<Response> m_responses;
    Response m_defaultResponse;
    QList<Request> m_requests;
    int m_connectionCount = 0;
    int m_openRequests = 0;
    int m_maxOpenRequests = 0;
};

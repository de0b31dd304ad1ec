// SPDX-License-Identifier: Apache-2.0

#include "RecordingServer.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

QByteArray RecordingServer::Request::path() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? target : target.left(question);
}

QByteArray RecordingServer::Request::rawQuery() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? QByteArray() : target.mid(question + 1);
}

bool RecordingServer::Request::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.cbegin(), headers.cend(), [&name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray RecordingServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<QPair<QString, QString>> RecordingServer::Request::formFields(const QByteArray &encoded)
{
    const auto decode = [](QByteArray text) {
        text.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
    };
    QList<QPair<QString, QString>> fields;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            fields.append({ decode(pair), QString() });
        else
            fields.append({ decode(pair.left(equals)), decode(pair.mid(equals + 1)) });
    }
    return fields;
}

RecordingServer::Response RecordingServer::Response::json(int status, const QByteArray &body)
{
    Response response;
    response.status = status;
    response.body = body;
    return response;
}

RecordingServer::Response RecordingServer::Response::dropped()
{
    Response response;
    response.dropConnection = true;
    return response;
}

RecordingServer::Response &RecordingServer::Response::withHeader(
    const QByteArray &name, const QByteArray &value)
{
    headers.append({ name, value });
    return *this;
}

RecordingServer::Response &RecordingServer::Response::delayedBy(int ms)
{
    delayMs = ms;
    return *this;
}

RecordingServer::RecordingServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &RecordingServer::onNewConnection);
}

RecordingServer::~RecordingServer()
{
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

bool RecordingServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 RecordingServer::port() const
{
    return m_server.serverPort();
}

QUrl RecordingServer::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

void RecordingServer::enqueue(const Response &response)
{
    m_responses.push_back(response);
}

QList<QByteArray> RecordingServer::paths() const
{
    QList<QByteArray> result;
    result.reserve(m_requests.size());
    for (const Request &request : m_requests)
        result.append(request.path());
    return result;
}

RecordingServer::Response RecordingServer::nextResponse()
{
    if (m_responses.empty())
        return m_defaultResponse;
    Response response = m_responses.front();
    m_responses.pop_front();
    return response;
}

void RecordingServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, Connection { ++m_connectionCount, {}, false });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void RecordingServer::onReadyRead(QTcpSocket *socket)
{
    auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    Connection &connection = found.value();
    connection.buffer += socket->readAll();
    // One request at a time per connection: the next one is read once this one is answered.
    if (connection.answering)
        return;

    const qsizetype headerEnd = connection.buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = connection.buffer.left(headerEnd).split('\n');
    Request request;
    request.connection = connection.number;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() >= 2) {
        request.method = requestLine.at(0);
        request.target = requestLine.at(1);
    }
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({ name, value });
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (connection.buffer.size() < bodyStart + contentLength)
        return;
    request.body = connection.buffer.mid(bodyStart, contentLength);
    connection.buffer.remove(0, bodyStart + contentLength);
    connection.answering = true;

    const int index = static_cast<int>(m_requests.size());
    m_requests.append(request);
    ++m_openRequests;
    m_maxOpenRequests = std::max(m_maxOpenRequests, m_openRequests);
    Q_EMIT requestReceived(index);

    const Response response = nextResponse();
    if (response.delayMs <= 0) {
        answer(socket, index, response);
        return;
    }
    QTimer::singleShot(
        response.delayMs, this, [this, target = QPointer<QTcpSocket>(socket), index, response] {
            answer(target, index, response);
        });
}

static QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

void RecordingServer::answer(QTcpSocket *socket, int index, const Response &response)
{
    --m_openRequests;
    // The client may have gone away while the answer was delayed.
    if (!socket || !m_connections.contains(socket))
        return;
    if (response.dropConnection) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    bool hasContentType = false;
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
        hasContentType = hasContentType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!hasContentType)
        head += "Content-Type: application/json; charset=utf-8\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Connection: keep-alive\r\n\r\n";
    socket->write(head + response.body);
    m_connections[socket].answering = false;
    Q_EMIT responseSent(index);
    // A client that does not wait for the answer may already have sent the next request.
    if (!m_connections[socket].buffer.isEmpty())
        QMetaObject::invokeMethod(
            this,
            [this, target = QPointer<QTcpSocket>(socket)] {
                if (target)
                    onReadyRead(target);
            },
            Qt::QueuedConnection);
}

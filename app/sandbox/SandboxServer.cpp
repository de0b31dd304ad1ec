// SPDX-License-Identifier: Apache-2.0

#include "SandboxServer.h"

#include "SandboxApi.h"
#include "SandboxCommunity.h"
#include "SandboxFaults.h"
#include "SandboxHostileAnswers.h"
#include "SandboxHttpAdapter.h"
#include "SandboxLogging.h"
#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxSessions.h"
#include "SandboxTcpServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_community(std::make_unique<SandboxCommunity>())
    , m_sessions(std::make_unique<SandboxSessions>(options.sessionTtlSeconds))
    , m_faults(std::make_unique<SandboxFaults>(options))
    , m_api(std::make_unique<SandboxApi>(*m_community, *m_sessions))
{
}

SandboxServer::~SandboxServer()
{
    // The HTTP side goes first: pending answers must not outlive the state they came from.
    delete m_http;
    m_http = nullptr;
}

bool SandboxServer::start(QString *errorMessage)
{
    if (m_http) {
        if (errorMessage)
            *errorMessage = tr("The sandbox is already running.");
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    m_community->build(m_options.seed, m_options.dialogs, m_options.messagesPerDialog,
        m_options.spamCampaigns, m_options.users);
    if (!m_options.fixedCredentials)
        m_community->randomiseSecrets();
    qCDebug(lcSandbox, "Built %d users and %d dialogs in %lld ms", int(m_community->users().size()),
        m_community->dialogCount(), timer.elapsed());

    m_http = new SandboxHttpAdapter(this);
    m_tcp = new SandboxTcpServer(m_http);
    if (!m_tcp->listen(m_options.address, m_options.port)) {
        if (errorMessage)
            *errorMessage = tr("Cannot listen on %1 port %2: %3")
                                .arg(m_options.address.toString())
                                .arg(m_options.port)
                                .arg(m_tcp->errorString());
        delete m_http;
        m_http = nullptr;
        m_tcp = nullptr;
        return false;
    }
    m_http->setRequestHandler(
        [this](const SandboxRequest &request, quint64 ticket) { onRequest(request, ticket); });
    if (!m_http->attach(m_tcp)) {
        if (errorMessage)
            *errorMessage = tr("Cannot serve HTTP on port %1.").arg(m_tcp->serverPort());
        delete m_http;
        m_http = nullptr;
        m_tcp = nullptr;
        return false;
    }
    qCDebug(lcSandbox, "Listening on %s", qUtf8Printable(endpoint().toString()));
    if (isReachableFromOtherComputers())
        qCWarning(lcSandbox,
            "The sandbox listens on %s, which other computers can reach. Anyone who can reach it "
            "can sign in with its credentials and read or delete its demo data.",
            qUtf8Printable(m_options.address.toString()));
    return true;
}

bool SandboxServer::isReachableFromOtherComputers() const
{
    return !m_options.address.isLoopback();
}

bool SandboxServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

void SandboxServer::onRequest(const SandboxRequest &request, quint64 ticket)
{
    ++m_requestCount;
    m_peakInFlight = std::max(m_peakInFlight, m_http->pendingCount());
    const QString method = QString::fromLatin1(request.method);
    ++m_requestsByMethod[method];
    SandboxResponse response;
    bool lose = false;
    const SandboxFault scripted = m_faults->nextScripted(method);
    if (!m_options.redirectTo.isEmpty()) {
        // Nothing is applied: the request only learns where to go.
        QUrl target = m_options.redirectTo;
        target.setPath(request.path);
        target.setQuery(QString::fromUtf8(request.query));
        response = SandboxResponse::empty(307);
        response.setHeader("Location", target.toEncoded());
    } else if (scripted.kind == SandboxFault::Kind::RefuseBefore) {
        response = SandboxResponse::errorList(scripted.status, u"Scripted refusal"_s);
    } else if (!m_faults->admit()) {
        response
            = SandboxResponse::errorList(429, u"Rate limit for your current plan is exceeded"_s);
        if (m_faults->retryAfterSeconds() >= 0)
            response.setHeader("Retry-After", QByteArray::number(m_faults->retryAfterSeconds()));
    } else if (m_faults->failNext()) {
        response = SandboxResponse::errorList(500, u"Internal server error"_s);
    } else {
        response = m_api->handle(request);
        lose = m_faults->loseNext();
        const bool afterAct = m_faults->answerAfterActNext();
        if (scripted.kind == SandboxFault::Kind::CloseOnArrival) {
            // At once, whatever the latency: the connection is gone as the request lands.
            if (request.reusedConnection)
                ++m_keptAliveClosed;
            deliver(method, request.path, ticket, response, Delivery::Close);
            return;
        }
        if (scripted.kind == SandboxFault::Kind::LoseAfterActing) {
            lose = true;
        } else if (scripted.kind == SandboxFault::Kind::AnswerAfterActing) {
            lose = false;
            response = SandboxResponse::errorList(scripted.status, u"Bad Gateway"_s);
        } else if (scripted.kind == SandboxFault::Kind::None && !lose && afterAct) {
            response = SandboxResponse::errorList(m_faults->afterActStatus(), u"Bad Gateway"_s);
        }
        if (m_options.absurdTotals)
            SandboxHostileAnswers::claimAbsurdTotals(response);
        if (m_options.hostileText)
            SandboxHostileAnswers::makeTextHostile(response);
    }
    if (!response.body.isEmpty())
        response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.setHeader("QuickBlox-REST-API-Version", "0.1.1");

    const Delivery delivery = lose ? Delivery::Lose : Delivery::Answer;
    const int latency = m_faults->latencyMs() + m_faults->jitterMs();
    if (latency <= 0) {
        deliver(method, request.path, ticket, response, delivery);
        return;
    }
    // A timer per answer: concurrent requests overlap instead of queueing behind each other.
    QTimer::singleShot(
        latency, this, [this, method, path = request.path, ticket, response, delivery] {
            deliver(method, path, ticket, response, delivery);
        });
}

void SandboxServer::deliver(const QString &method, const QString &path, quint64 ticket,
    const SandboxResponse &response, Delivery delivery)
{
    if (!m_http)
        return;
    const int status = delivery == Delivery::Answer ? response.status : 0;
    ++m_answered[status];
    if (delivery == Delivery::Lose) {
        qCDebug(
            lcSandbox, "%s %s: applied, reply lost", qUtf8Printable(method), qUtf8Printable(path));
        m_http->drop(ticket);
    } else if (delivery == Delivery::Close) {
        qCDebug(lcSandbox, "%s %s: applied, connection closed without an answer",
            qUtf8Printable(method), qUtf8Printable(path));
        m_http->close(ticket);
    } else if (method == u"GET"_s && m_options.trickle) {
        qCDebug(lcSandbox, "%s %s: trickling", qUtf8Printable(method), qUtf8Printable(path));
        m_http->stream(ticket, 200, 1000000, 1, std::max(1, m_options.trickleIntervalMs));
    } else if (method == u"GET"_s && m_options.oversizeBytes > 0) {
        qCDebug(lcSandbox, "%s %s: oversize", qUtf8Printable(method), qUtf8Printable(path));
        m_http->stream(ticket, 200, m_options.oversizeBytes, 64 * 1024, 0);
    } else {
        qCDebug(lcSandbox, "%s %s: %d", qUtf8Printable(method), qUtf8Printable(path), status);
        m_http->answer(ticket, response);
    }
    Q_EMIT requestAnswered(method, path, status);
}

QUrl SandboxServer::endpoint() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    // Nobody can connect to a wildcard address: point at the loopback behind it instead.
    auto is = [this](QHostAddress::SpecialAddress special) {
        return m_options.address.isEqual(QHostAddress(special), QHostAddress::StrictConversion);
    };
    QHostAddress host = m_options.address;
    if (is(QHostAddress::AnyIPv6))
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    else if (is(QHostAddress::Any) || is(QHostAddress::AnyIPv4))
        host = QHostAddress(QHostAddress::LocalHost);
    url.setHost(host.toString());
    url.setPort(port());
    return url;
}

quint16 SandboxServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : m_options.port;
}

qint64 SandboxServer::applicationId() const
{
    return m_community->application().id;
}

QString SandboxServer::authKey() const
{
    return m_community->application().authKey;
}

QString SandboxServer::authSecret() const
{
    return m_community->application().authSecret;
}

QString SandboxServer::apiKey() const
{
    return m_community->application().apiKey;
}

QList<SandboxOperator> SandboxServer::operators() const
{
    QList<SandboxOperator> result;
    for (const SandboxUser &user : m_community->users()) {
        if (user.moderator)
            result.append({ user.login, user.password, user.id });
    }
    return result;
}

std::optional<SandboxOperator> SandboxServer::userCredentials(qint64 userId) const
{
    const SandboxUser *user = m_community->user(userId);
    if (!user)
        return std::nullopt;
    return SandboxOperator { user->login, user->password, user->id };
}

QJsonObject SandboxServer::connectionInfo() const
{
    QJsonArray accounts;
    const QList<SandboxOperator> moderators = operators();
    for (const SandboxOperator &moderator : moderators) {
        accounts.append(QJsonObject {
            { u"login"_s, moderator.login },
            { u"password"_s, moderator.password },
            { u"user_id"_s, moderator.userId },
        });
    }
    return QJsonObject {
        { u"endpoint"_s, endpoint().toString() },
        { u"application_id"_s, applicationId() },
        { u"auth_key"_s, authKey() },
        { u"auth_secret"_s, authSecret() },
        { u"api_key"_s, apiKey() },
        { u"operators"_s, accounts },
    };
}

void SandboxServer::setLatencyMs(int milliseconds)
{
    m_faults->setLatencyMs(milliseconds);
}

void SandboxServer::setRateLimit(int perSecond)
{
    m_faults->setRateLimit(perSecond);
}

void SandboxServer::setRetryAfterSeconds(int seconds)
{
    m_faults->setRetryAfterSeconds(seconds);
}

void SandboxServer::setErrorRate(double rate)
{
    m_faults->setErrorRate(rate);
}

void SandboxServer::scriptFaults(const QString &method, const QList<SandboxFault> &faults)
{
    m_faults->script(method, faults);
}

void SandboxServer::setAfterAct(double rate, int status)
{
    m_faults->setAfterAct(rate, status);
}

void SandboxServer::setLoseRate(double rate)
{
    m_faults->setLoseRate(rate);
}

void SandboxServer::setSessionTtlSeconds(int seconds)
{
    m_sessions->setTtlSeconds(seconds);
}

void SandboxServer::expireAllSessions()
{
    m_sessions->expireAll();
}

int SandboxServer::deleteRequestsFor(const QString &dialogId) const
{
    return m_community->deleteRequestsFor(dialogId);
}

bool SandboxServer::dialogExists(const QString &dialogId) const
{
    return m_community->dialog(dialogId) != nullptr;
}

bool SandboxServer::dialogVisibleTo(const QString &dialogId, qint64 userId) const
{
    const SandboxDialog *dialog = m_community->dialog(dialogId);
    return dialog && m_community->isListedFor(*dialog, userId);
}

std::optional<qint64> SandboxServer::dialogOwner(const QString &dialogId) const
{
    const SandboxDialog *dialog = m_community->dialog(dialogId);
    if (!dialog)
        return std::nullopt;
    return dialog->ownerId;
}

int SandboxServer::dialogType(const QString &dialogId) const
{
    const SandboxDialog *dialog = m_community->dialog(dialogId);
    return dialog ? dialog->type : 0;
}

QList<qint64> SandboxServer::dialogOccupants(const QString &dialogId) const
{
    const SandboxDialog *dialog = m_community->dialog(dialogId);
    return dialog ? dialog->occupantIds : QList<qint64>();
}

QStringList SandboxServer::dialogIdsVisibleTo(qint64 userId) const
{
    QStringList ids;
    const QList<int> listed = m_community->listedDialogs(userId);
    ids.reserve(listed.size());
    for (const int index : listed)
        ids.append(m_community->dialogAt(index).id);
    return ids;
}

QStringList SandboxServer::dialogIdsOwnedBy(qint64 userId) const
{
    QStringList ids;
    for (int index = 0; index < m_community->dialogCount(); ++index) {
        const SandboxDialog &dialog = m_community->dialogAt(index);
        if (!dialog.deleted && dialog.ownerId == userId)
            ids.append(dialog.id);
    }
    return ids;
}

QStringList SandboxServer::allDialogIds() const
{
    return dialogIdsVisibleTo(0);
}

QStringList SandboxServer::messageIds(const QString &dialogId) const
{
    QStringList ids;
    const SandboxDialog *dialog = m_community->dialog(dialogId);
    if (!dialog)
        return ids;
    const QList<SandboxMessage> messages = m_community->messages(*dialog);
    for (const SandboxMessage &message : messages)
        ids.append(message.id);
    return ids;
}

bool SandboxServer::messageExists(const QString &messageId) const
{
    return m_community->findMessage(messageId).has_value();
}

bool SandboxServer::messageVisibleTo(const QString &messageId, qint64 userId) const
{
    const std::optional<SandboxMessage> message = m_community->findMessage(messageId);
    if (!message)
        return false;
    const SandboxDialog *dialog = m_community->dialog(message->dialogId);
    return dialog && m_community->canAccess(*dialog, userId)
        && !message->hiddenFor.contains(userId);
}

std::optional<qint64> SandboxServer::messageSender(const QString &messageId) const
{
    const std::optional<SandboxMessage> message = m_community->findMessage(messageId);
    if (!message)
        return std::nullopt;
    return message->senderId;
}

QList<qint64> SandboxServer::messageReadIds(const QString &messageId) const
{
    const std::optional<SandboxMessage> message = m_community->findMessage(messageId);
    return message ? message->readIds : QList<qint64>();
}

QList<qint64> SandboxServer::userIds() const
{
    QList<qint64> ids;
    for (const SandboxUser &user : m_community->users())
        ids.append(user.id);
    return ids;
}

QList<qint64> SandboxServer::spammerIds() const
{
    QList<qint64> ids;
    for (const SandboxUser &user : m_community->users()) {
        if (user.spammer)
            ids.append(user.id);
    }
    return ids;
}

std::vector<SandboxCampaign> SandboxServer::campaigns() const
{
    return m_community->campaigns();
}

QString SandboxServer::postMessage(const QString &dialogId, qint64 senderId, const QString &text)
{
    SandboxDialog *dialog = m_community->dialog(dialogId);
    return dialog ? m_community->postMessage(*dialog, senderId, text) : QString();
}

QString SandboxServer::createGroup(
    qint64 ownerId, const QList<qint64> &occupants, const QString &name)
{
    return m_community->createGroup(ownerId, occupants, name);
}

int SandboxServer::requestCount() const
{
    return m_requestCount;
}

int SandboxServer::requestCount(const QString &method) const
{
    return m_requestsByMethod.value(method);
}

int SandboxServer::answeredWithStatus(int httpStatus) const
{
    return m_answered.value(httpStatus);
}

qint64 SandboxServer::bytesStreamed() const
{
    return m_http ? m_http->streamedBytes() : 0;
}

int SandboxServer::peakAnswersInFlight() const
{
    return m_peakInFlight;
}

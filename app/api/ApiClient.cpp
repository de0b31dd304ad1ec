// SPDX-License-Identifier: Apache-2.0

#include "ApiClient.h"

#include "AccessManager.h"
#include "ApiLogging.h"
#include "Clock.h"
#include "OneShotBody.h"
#include "endpoints/CreateSessionEndpoint.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

struct ApiClient::Call {
    CallId id = 0;
    ApiRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback callback;
    bool isSessionCall = false;
    int transientRetries = 0;
    int rateLimitRetries = 0;
    bool sessionRenewed = false;
    bool wasSent = false;
    bool cancelled = false;
    bool tooLarge = false;
    bool pastDeadline = false;
    QByteArray body; // the current attempt's answer so far
    int attempts = 0;
    int unansweredAttempts = 0;
    QList<int> attemptStatuses;
    qint64 notBefore = 0;
    quint64 sessionGeneration = 0;
    QPointer<QNetworkReply> reply;
};

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new AccessManager(this))
    , m_wakeTimer(new QTimer(this))
    , m_ownClock(std::make_unique<SteadyClock>())
    , m_clock(m_ownClock.get())
    , m_rateLimiter(m_clock)
{
    m_wakeTimer->setSingleShot(true);
    // Pacing at 80 requests per second waits 12.5 ms at a time: a coarse timer's 5 % slack
    // would cost a twentieth of the rate.
    m_wakeTimer->setTimerType(Qt::PreciseTimer);
    connect(m_wakeTimer, &QTimer::timeout, this, &ApiClient::pump);
}

ApiClient::~ApiClient()
{
    for (const CallPtr &call : std::as_const(m_inFlight)) {
        if (call->reply) {
            call->reply->disconnect(this);
            call->reply->abort();
        }
    }
}

void ApiClient::setConnection(const ConnectionSettings &settings, const Credentials &credentials)
{
    m_settings = settings;
    m_credentials = credentials;
    m_network->setSessionToken({});
    m_sessionUserId = 0;
    m_network->setCredentialOrigin(settings.endpoint);
    m_network->setApiKey(
        settings.authMode == AuthMode::ApiKey ? credentials.apiKey.toUtf8() : QByteArray());
    ++m_sessionGeneration;
}

void ApiClient::setLimits(const RequestLimits &limits)
{
    m_limits = limits;
    m_limits.maxInFlight = std::max(1, limits.maxInFlight);
    m_limits.maxResponseBytes = std::max<qint64>(1, limits.maxResponseBytes);
    m_rateLimiter.setCeiling(limits.requestsPerSecond);
    schedulePump();
}

void ApiClient::setClock(const Clock *clock)
{
    m_clock = clock;
    m_rateLimiter = RateLimiter(clock);
    m_rateLimiter.setCeiling(m_limits.requestsPerSecond);
}

qint64 ApiClient::nowMs() const
{
    return m_clock->nowMs();
}

ApiClient::CallId ApiClient::send(const ApiRequest &request, QObject *context, Callback callback)
{
    auto call = std::make_shared<Call>();
    call->id = m_nextId++;
    call->request = request;
    call->context = context;
    call->hasContext = context != nullptr;
    call->callback = std::move(callback);

    if (auto problem = m_settings.validationError()) {
        finish(call, ApiReply { 0, {}, {}, ApiError(ApiError::Kind::Validation, 0, {}, *problem) });
        return call->id;
    }
    if (request.onBehalfOf && m_settings.authMode != AuthMode::ApiKey) {
        const QString why = tr("Acting on behalf of a user needs an API key; a session login "
                               "always acts as its own user.");
        finish(call, ApiReply { 0, {}, {}, ApiError(ApiError::Kind::Validation, 0, {}, why) });
        return call->id;
    }
    m_queue.push_back(call);
    schedulePump();
    return call->id;
}

void ApiClient::cancel(CallId id)
{
    const auto queued = std::find_if(
        m_queue.begin(), m_queue.end(), [id](const CallPtr &call) { return call->id == id; });
    if (queued != m_queue.end()) {
        CallPtr call = *queued;
        m_queue.erase(queued);
        ApiReply reply;
        reply.error = ApiError(ApiError::Kind::Cancelled);
        reply.wasSent = call->wasSent;
        reply.attempts = call->attempts;
        finish(call, reply);
        return;
    }
    const CallPtr call = m_inFlight.value(id);
    if (call && call->reply) {
        call->cancelled = true;
        abortUnlessEnding(call->reply);
    }
}

int ApiClient::pendingCalls() const
{
    return static_cast<int>(m_queue.size()) + static_cast<int>(m_inFlight.size());
}

void ApiClient::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &ApiClient::pump, Qt::QueuedConnection);
}

bool ApiClient::isDispatchable(const Call &call) const
{
    if (call.isSessionCall || !call.request.needsAuth || m_settings.authMode == AuthMode::ApiKey)
        return true;
    return !m_network->sessionToken().isEmpty();
}

void ApiClient::ensureSessionCall()
{
    if (m_settings.authMode != AuthMode::Session || m_sessionCallPending
        || !m_network->sessionToken().isEmpty())
        return;
    const bool needed = std::any_of(m_queue.begin(), m_queue.end(),
        [](const CallPtr &call) { return call->request.needsAuth; });
    if (!needed)
        return;
    auto call = std::make_shared<Call>();
    call->id = m_nextId++;
    call->isSessionCall = true;
    call->callback = [this](const ApiReply &reply) { onSessionReply(reply); };
    m_queue.push_front(call);
    m_sessionCallPending = true;
}

void ApiClient::pump()
{
    m_pumpScheduled = false;
    ensureSessionCall();
    const qint64 now = nowMs();
    qint64 wakeAt = -1;
    while (static_cast<int>(m_inFlight.size()) < m_limits.maxInFlight && !m_queue.empty()) {
        if (now < m_pausedUntil) {
            wakeAt = m_pausedUntil;
            break;
        }
        auto ready = m_queue.end();
        for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
            if (!isDispatchable(**it))
                continue;
            if ((*it)->notBefore <= now) {
                ready = it;
                break;
            }
            wakeAt = wakeAt < 0 ? (*it)->notBefore : std::min(wakeAt, (*it)->notBefore);
        }
        if (ready == m_queue.end())
            break;
        const qint64 pace = m_rateLimiter.delayBeforeNext();
        if (pace > 0) {
            wakeAt = now + pace;
            break;
        }
        CallPtr call = *ready;
        m_queue.erase(ready);
        dispatch(call);
    }
    if (wakeAt >= 0)
        m_wakeTimer->start(static_cast<int>(std::max<qint64>(0, wakeAt - now)));
}

void ApiClient::dispatch(const CallPtr &call)
{
    if (call->isSessionCall) {
        // A fresh timestamp and nonce on every attempt: the server refuses a pair it has seen.
        call->request = CreateSessionEndpoint::build(m_settings, m_credentials,
            QDateTime::currentSecsSinceEpoch(),
            QRandomGenerator::global()->bounded(1, std::numeric_limits<int>::max()));
    }
    ++call->attempts;
    call->wasSent = true;
    call->sessionGeneration = m_sessionGeneration;

    QUrl url = m_settings.endpoint;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    // Endpoint paths arrive percent-encoded (ids may hold any character); taking them as decoded
    // text would encode every '%' a second time.
    url.setPath(basePath + call->request.path, QUrl::TolerantMode);
    url.setQuery(call->request.query);

    QNetworkRequest request(url);
    request.setTransferTimeout(m_policy.transferTimeoutMs);
    if (!call->request.needsAuth)
        request.setAttribute(AccessManager::NoAuthAttribute, true);
    if (call->request.onBehalfOf)
        request.setAttribute(AccessManager::OnBehalfOfAttribute, *call->request.onBehalfOf);
    if (!call->request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call->request.contentType);

    QNetworkReply *reply = nullptr;
    if (call->request.verb == "GET") {
        reply = m_network->get(request);
    } else {
        // A request that changes something leaves once per attempt, never again behind our back
        // (see OneShotBody): every send is one this client counted and can account for.
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(call->request.body);
        reply = m_network->sendCustomRequest(request, call->request.verb, body);
        body->setParent(reply);
    }
    call->reply = reply;
    m_inFlight.insert(call->id, call);
    m_rateLimiter.recordDispatch();
    qCDebug(lcApi).noquote() << call->request.verb << url.path() << "attempt" << call->attempts;
    connect(reply, &QNetworkReply::finished, this,
        [this, call, reply] { onReplyFinished(call, reply); });
    guardAnswerSize(call, reply);
    // The transfer timeout only notices silence; a server that trickles a byte at a time is
    // stopped by this deadline on the whole call.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [call, reply] {
        // The reply may have finished, and the call gone on to its next attempt, before the
        // timer goes with the reply: that attempt has its own deadline.
        if (call->reply != reply)
            return;
        call->pastDeadline = true;
        abortUnlessEnding(reply);
    });
    deadline->start(std::max(1, m_policy.totalDeadlineMs));
}

void ApiClient::abortUnlessEnding(QNetworkReply *reply)
{
    // Qt hands a reply its error and its end as two events. Between them the reply is already
    // ending: aborting it there would report a second error (Qt warns that its error path "must
    // only be called once") for nothing, and its finished() follows anyway.
    if (reply->error() == QNetworkReply::NoError)
        reply->abort();
}

void ApiClient::guardAnswerSize(const CallPtr &call, QNetworkReply *reply)
{
    // The answer is read as it arrives, with Qt's own buffer kept small, so that the cap bounds
    // what is held at any time.
    call->body.clear();
    reply->setReadBufferSize(256 * 1024);
    const qint64 cap = m_limits.maxResponseBytes;
    const auto refuse = [call, reply] {
        call->tooLarge = true;
        call->body.clear();
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, cap, refuse] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap)
            refuse();
    });
    connect(reply, &QIODevice::readyRead, reply, [call, reply, cap, refuse] {
        if (call->tooLarge)
            return;
        call->body.append(reply->read(cap + 1 - call->body.size()));
        if (call->body.size() > cap)
            refuse();
    });
}

// Where a redirect would have taken the endpoint: the target without the call's own path, so
// that the message names what a person would configure. Never more than the origin and a path,
// percent-encoded, so that no text from the server reaches the message raw.
static QString redirectedEndpoint(const QString &requestPath, const QUrl &target)
{
    QUrl endpoint
        = target.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString path = endpoint.path(QUrl::FullyEncoded);
    if (path.endsWith(requestPath))
        endpoint.setPath(path.left(path.size() - requestPath.size()), QUrl::TolerantMode);
    QString text = endpoint.toString(QUrl::FullyEncoded);
    if (text.size() > 200)
        text = text.left(200) + u"…"_s;
    return text;
}

static qint64 retryAfterMs(const QByteArray &header)
{
    if (header.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = header.trimmed().toLongLong(&isNumber);
    if (isNumber)
        return std::max<qint64>(0, seconds * 1000);
    const QDateTime when
        = QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

void ApiClient::onReplyFinished(const CallPtr &call, QNetworkReply *reply)
{
    m_inFlight.remove(call->id);
    ApiReply result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen() && !call->tooLarge)
        call->body.append(reply->read(m_limits.maxResponseBytes + 1 - call->body.size()));
    if (call->body.size() > m_limits.maxResponseBytes)
        call->tooLarge = true;
    result.body = std::exchange(call->body, {});
    result.retryAfter = reply->rawHeader("Retry-After");
    result.wasSent = true;
    result.attempts = call->attempts;
    // A transport failure after the status line (the connection dropped mid-answer) leaves a
    // status but no answer: it is no answer, whatever the status said.
    if (reply->error() > QNetworkReply::NoError
        && reply->error() < QNetworkReply::ProxyConnectionRefusedError)
        result.httpStatus = 0;
    call->attemptStatuses.append(result.httpStatus);
    // Read from the raw header: Qt versions differ in what they make of a Location that is not
    // a valid URL, and the message must name the target the same way on each.
    const QUrl redirectTarget = reply->url().resolved(
        QUrl::fromEncoded(reply->rawHeader("Location").trimmed(), QUrl::TolerantMode));
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString networkErrorText = reply->errorString();
    reply->deleteLater();
    call->reply = nullptr;
    schedulePump();

    qCDebug(lcApi).noquote() << call->request.verb << call->request.path << "->"
                             << result.httpStatus;

    if (call->cancelled) {
        result.error = ApiError(ApiError::Kind::Cancelled);
        finish(call, result);
        return;
    }
    // Neither is retried: the same server would send the same again.
    if (call->tooLarge) {
        result.body.clear();
        result.error = ApiError(ApiError::Kind::BadResponse, result.httpStatus, {},
            tr("the answer was larger than %1, the most accepted")
                .arg(QLocale::system().formattedDataSize(m_limits.maxResponseBytes)));
        finish(call, result);
        return;
    }
    if (call->pastDeadline) {
        result.body.clear();
        result.error = ApiError(ApiError::Kind::Timeout, result.httpStatus, {},
            tr("no complete answer within %n second(s)", nullptr,
                std::max(1, m_policy.totalDeadlineMs / 1000)));
        finish(call, result);
        return;
    }
    if (result.httpStatus >= 300 && result.httpStatus < 400) {
        result.error = ApiError(ApiError::Kind::Redirected, result.httpStatus, {},
            redirectedEndpoint(call->request.path, redirectTarget));
        finish(call, result);
        return;
    }

    const auto &transientTable = m_policy.transientBackoffMs;
    const bool mayRetryTransient
        = call->request.retryable && call->transientRetries < transientTable.size();

    if (result.httpStatus == 0) {
        // No HTTP answer at all. Our own aborts are marked cancelled above, so an aborted reply
        // here is the transfer timeout.
        const bool timedOut = networkError == QNetworkReply::OperationCanceledError
            || networkError == QNetworkReply::TimeoutError;
        result.error = ApiError(
            timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network, 0, {}, networkErrorText);
        ++call->unansweredAttempts;
        if (mayRetryTransient) {
            retryLater(call, withJitter(transientTable.at(call->transientRetries++)));
            return;
        }
        finish(call, result);
        return;
    }

    if (result.httpStatus >= 200 && result.httpStatus < 300) {
        m_rateLimiter.recordSuccess();
        finish(call, result);
        return;
    }

    result.error = ApiError::fromHttp(result.httpStatus, result.body);

    if (result.httpStatus == 429) {
        const double knownBefore = m_rateLimiter.learnedRate();
        m_rateLimiter.recordRateLimited();
        if (m_rateLimiter.learnedRate() > 0 && m_rateLimiter.learnedRate() != knownBefore) {
            qCInfo(lcApi, "the server's rate limit is about %.0f requests/s; pacing at that",
                m_rateLimiter.learnedRate());
            Q_EMIT rateLearned(m_rateLimiter.learnedRate());
        }
        const auto &table = m_policy.rateLimitBackoffMs;
        if (table.isEmpty() || call->rateLimitRetries >= table.size()) {
            finish(call, result);
            return;
        }
        qint64 wait = retryAfterMs(result.retryAfter);
        if (wait >= 0)
            wait = std::min<qint64>(wait, m_policy.maxRetryAfterMs);
        else if (m_rateLimiter.learnedRate() > 0)
            // The rate is known: what remains is to let the server's window of the last second
            // empty (at most a second), and the schedule keeps it from filling up again.
            wait = std::max(
                withJitter(table.at(call->rateLimitRetries)), m_rateLimiter.windowClearsInMs());
        else
            wait = withJitter(table.at(call->rateLimitRetries));
        ++call->rateLimitRetries;
        // Everyone waits, not just this call: the limit is the application's, not the call's.
        m_pausedUntil = std::max(m_pausedUntil, nowMs() + wait);
        Q_EMIT rateLimited(static_cast<int>(wait));
        call->notBefore = 0;
        m_queue.push_front(call);
        schedulePump();
        return;
    }

    if (result.httpStatus == 401 && m_settings.authMode == AuthMode::Session && !call->isSessionCall
        && !call->sessionRenewed
        && result.error.mentions(QLatin1String("session does not exist"))) {
        call->sessionRenewed = true;
        if (call->sessionGeneration == m_sessionGeneration)
            m_network->setSessionToken({});
        m_queue.push_front(call);
        schedulePump();
        return;
    }

    if (result.httpStatus >= 500 && mayRetryTransient) {
        retryLater(call, withJitter(transientTable.at(call->transientRetries++)));
        return;
    }
    finish(call, result);
}

void ApiClient::retryLater(const CallPtr &call, qint64 delayMs)
{
    call->notBefore = nowMs() + delayMs;
    m_queue.push_front(call);
    schedulePump();
}

qint64 ApiClient::withJitter(qint64 ms) const
{
    if (m_policy.jitter <= 0 || ms <= 0)
        return ms;
    const double stretch = QRandomGenerator::global()->generateDouble() * m_policy.jitter;
    return ms + static_cast<qint64>(static_cast<double>(ms) * stretch);
}

void ApiClient::finish(const CallPtr &call, ApiReply reply)
{
    if (reply.attempts == 0)
        reply.attempts = call->attempts;
    reply.unansweredAttempts = call->unansweredAttempts;
    reply.attemptStatuses = call->attemptStatuses;
    QMetaObject::invokeMethod(
        this,
        [call, reply] {
            if (call->hasContext && !call->context)
                return;
            if (call->callback)
                call->callback(reply);
        },
        Qt::QueuedConnection);
}

void ApiClient::onSessionReply(const ApiReply &reply)
{
    m_sessionCallPending = false;
    if (reply.isSuccess()) {
        const auto session = CreateSessionEndpoint::parse(reply);
        if (session) {
            m_network->setSessionToken(session->token);
            m_sessionUserId = session->userId;
            ++m_sessionGeneration;
            qCInfo(lcApi) << "session created for user" << session->userId;
            Q_EMIT sessionCreated(session->userId);
            schedulePump();
            return;
        }
        failWaitingForSession(ApiError(ApiError::Kind::BadResponse, reply.httpStatus, {},
            tr("The session answer carried no token.")));
        return;
    }
    failWaitingForSession(reply.error);
}

void ApiClient::failWaitingForSession(const ApiError &error)
{
    Q_EMIT authenticationFailed(error);
    std::deque<CallPtr> keep;
    for (const CallPtr &call : m_queue) {
        if (call->request.needsAuth) {
            ApiReply reply;
            reply.error = error;
            reply.httpStatus = error.httpStatus();
            reply.wasSent = call->wasSent;
            finish(call, reply);
        } else {
            keep.push_back(call);
        }
    }
    m_queue.swap(keep);
}

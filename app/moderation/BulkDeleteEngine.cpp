// SPDX-License-Identifier: Apache-2.0

#include "BulkDeleteEngine.h"

#include "api/endpoints/DeleteAnswer.h"
#include "api/endpoints/DeleteDialogsEndpoint.h"
#include "api/endpoints/DeleteMessagesEndpoint.h"

#include <QLoggingCategory>
#include <QStringList>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcBulkDelete, "qbmod.moderation", QtInfoMsg)

QString BulkDeleteEngine::Summary::text() const
{
    QStringList parts;
    if (notPermitted)
        parts.append(BulkDeleteEngine::tr("%n not permitted", nullptr, notPermitted));
    if (alreadyGone)
        parts.append(BulkDeleteEngine::tr("%n already gone", nullptr, alreadyGone));
    if (failed)
        parts.append(BulkDeleteEngine::tr("%n failed", nullptr, failed));
    if (unknown)
        parts.append(BulkDeleteEngine::tr(
            "%n unknown (no answer; may have been deleted)", nullptr, unknown));
    if (notAttempted)
        parts.append(BulkDeleteEngine::tr("%n not attempted", nullptr, notAttempted));
    QString text = BulkDeleteEngine::tr("Deleted %1 of %n.", nullptr, total()).arg(deleted);
    if (!parts.isEmpty())
        text += u' ' + parts.join(BulkDeleteEngine::tr(", ")) + u'.';
    return text;
}

QString BulkDeleteEngine::Pace::text() const
{
    if (requestsPerSecond <= 0)
        return {};
    const int rounded = static_cast<int>(std::lround(requestsPerSecond));
    const QString rate = BulkDeleteEngine::tr("%n request(s)/s", nullptr, rounded);
    if (secondsLeft < 0)
        return rate;
    if (secondsLeft >= 120) {
        return BulkDeleteEngine::tr("%1, about %n min left", nullptr, (secondsLeft + 59) / 60)
            .arg(rate);
    }
    return BulkDeleteEngine::tr("%1, about %n s left", nullptr, secondsLeft).arg(rate);
}

BulkDeleteEngine::BulkDeleteEngine(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void BulkDeleteEngine::start(const QStringList &ids, const Options &options)
{
    Q_ASSERT(!m_running);
    m_options = options;
    m_options.batchSize = std::max(1, options.batchSize);
    m_pending.clear();
    m_inFlight.clear();
    m_outcomes.clear();
    m_isSettled.clear();
    m_indexOf.clear();
    m_settledCount = 0;
    m_cancelled = false;
    m_paused = false;
    m_running = true;

    m_outcomes.reserve(ids.size());
    for (const QString &id : ids) {
        m_indexOf.insert(id, static_cast<int>(m_outcomes.size()));
        m_outcomes.append(DeleteOutcome { id, DeleteOutcome::Result::NotAttempted, {} });
        m_isSettled.append(false);
    }
    for (qsizetype first = 0; first < ids.size(); first += m_options.batchSize)
        m_pending.push_back(ids.mid(first, m_options.batchSize));

    Q_EMIT progressChanged(0, total());
    launchMore();
    // Deliver finished() asynchronously even for an empty list, like every other answer.
    QMetaObject::invokeMethod(this, &BulkDeleteEngine::finishIfDone, Qt::QueuedConnection);
}

QList<ApiRequest> BulkDeleteEngine::plannedRequests(const QStringList &ids, const Options &options)
{
    QList<ApiRequest> requests;
    const int batchSize = std::max(1, options.batchSize);
    for (qsizetype first = 0; first < ids.size(); first += batchSize) {
        const QStringList batch = ids.mid(first, batchSize);
        requests.append(options.target == Target::Dialogs
                ? DeleteDialogsEndpoint::build(batch, options.force, options.onBehalfOf)
                : DeleteMessagesEndpoint::build(batch, options.force, options.onBehalfOf));
    }
    return requests;
}

void BulkDeleteEngine::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    QList<DeleteOutcome> notSent;
    for (const QStringList &batch : m_pending) {
        for (const QString &id : batch)
            notSent.append(DeleteOutcome { id, DeleteOutcome::Result::NotAttempted, {} });
    }
    m_pending.clear();
    settle(notSent);
    const auto flights = m_inFlight.values();
    for (const Flight &flight : flights)
        m_client->cancel(flight.callId);
    finishIfDone();
}

void BulkDeleteEngine::pause()
{
    if (!m_running || m_cancelled || m_paused)
        return;
    m_paused = true;
    qCInfo(lcBulkDelete) << "paused with" << m_pending.size() << "batches not sent";
    Q_EMIT pausedChanged(true);
}

void BulkDeleteEngine::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    qCInfo(lcBulkDelete) << "resumed";
    Q_EMIT pausedChanged(false);
    launchMore();
}

BulkDeleteEngine::Pace BulkDeleteEngine::pace() const
{
    Pace pace;
    pace.requestsPerSecond = m_client->measuredRate();
    const double rate
        = pace.requestsPerSecond > 0 ? pace.requestsPerSecond : m_client->currentRateCeiling();
    const auto requestsLeft = static_cast<double>(m_pending.size() + m_inFlight.size());
    if (rate > 0 && !m_paused)
        pace.secondsLeft = static_cast<int>(std::ceil(requestsLeft / rate));
    return pace;
}

BulkDeleteEngine::Summary BulkDeleteEngine::summary() const
{
    Summary summary;
    for (const DeleteOutcome &outcome : m_outcomes) {
        switch (outcome.result) {
        case DeleteOutcome::Result::Deleted:
            ++summary.deleted;
            break;
        case DeleteOutcome::Result::AlreadyGone:
            ++summary.alreadyGone;
            break;
        case DeleteOutcome::Result::NotPermitted:
            ++summary.notPermitted;
            break;
        case DeleteOutcome::Result::Failed:
            ++summary.failed;
            break;
        case DeleteOutcome::Result::Unknown:
            ++summary.unknown;
            break;
        case DeleteOutcome::Result::NotAttempted:
            ++summary.notAttempted;
            break;
        }
    }
    return summary;
}

void BulkDeleteEngine::launchMore()
{
    const int limit = m_options.maxBatchesInFlight > 0 ? m_options.maxBatchesInFlight
                                                       : m_client->limits().maxInFlight;
    while (!m_cancelled && !m_paused && !m_pending.empty() && m_inFlight.size() < limit) {
        const QStringList ids = m_pending.front();
        m_pending.pop_front();
        const ApiRequest request = m_options.target == Target::Dialogs
            ? DeleteDialogsEndpoint::build(ids, m_options.force, m_options.onBehalfOf)
            : DeleteMessagesEndpoint::build(ids, m_options.force, m_options.onBehalfOf);
        Q_EMIT batchSending(ids);
        const quint64 token = m_nextToken++;
        const ApiClient::CallId callId = m_client->send(request, this,
            [this, token, ids](const ApiReply &reply) { onBatchAnswered(token, ids, reply); });
        m_inFlight.insert(token, Flight { ids, callId });
    }
}

void BulkDeleteEngine::onBatchAnswered(quint64 token, const QStringList &ids, const ApiReply &reply)
{
    m_inFlight.remove(token);
    const DeleteAnswer::Interpretation answer = DeleteAnswer::interpret(ids, reply);
    settle(answer.outcomes);

    std::deque<QStringList> again;
    if (answer.splitBatch) {
        const auto half = ids.size() / 2;
        again.push_back(ids.mid(0, half));
        again.push_back(ids.mid(half));
        qCDebug(lcBulkDelete) << "splitting a batch of" << ids.size() << "after"
                              << reply.httpStatus;
    }
    for (const QString &id : answer.resendEach)
        again.push_back({ id });

    if (m_cancelled) {
        QList<DeleteOutcome> notSent;
        for (const QStringList &batch : again) {
            for (const QString &id : batch)
                notSent.append(DeleteOutcome { id, DeleteOutcome::Result::NotAttempted, {} });
        }
        settle(notSent);
    } else {
        // Follow-ups go first so that a split batch finishes before new ids start.
        for (auto it = again.rbegin(); it != again.rend(); ++it)
            m_pending.push_front(*it);
        launchMore();
    }
    finishIfDone();
}

void BulkDeleteEngine::settle(const QList<DeleteOutcome> &outcomes)
{
    if (outcomes.isEmpty())
        return;
    for (const DeleteOutcome &outcome : outcomes) {
        const int index = m_indexOf.value(outcome.id, -1);
        if (index < 0)
            continue;
        m_outcomes[index] = outcome;
        if (!m_isSettled.at(index)) {
            m_isSettled[index] = true;
            ++m_settledCount;
        }
    }
    Q_EMIT outcomesSettled(outcomes);
    Q_EMIT progressChanged(m_settledCount, total());
}

void BulkDeleteEngine::finishIfDone()
{
    if (!m_running || !m_pending.empty() || !m_inFlight.isEmpty())
        return;
    m_running = false;
    Q_EMIT finished();
}

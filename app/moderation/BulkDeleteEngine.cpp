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

void BulkDeleteEngine::start(
    const QStringList &ids, const Options &options, const QHash<QString, QList<int>> &attemptsSoFar)
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
    m_stopped = false;
    m_running = true;
    m_attempts = attemptsSoFar;

    m_outcomes.reserve(ids.size());
    for (const QString &id : ids) {
        m_indexOf.insert(id, static_cast<int>(m_outcomes.size()));
        m_outcomes.append(decided(id, OutcomeRule::Answer::NotSent, {}));
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
    settleNotSent(m_pending);
    m_pending.clear();
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

void BulkDeleteEngine::launchMore()
{
    const int limit = m_options.maxBatchesInFlight > 0 ? m_options.maxBatchesInFlight
                                                       : m_client->limits().maxInFlight;
    while (!m_cancelled && !m_stopped && !m_paused && !m_pending.empty()
        && m_inFlight.size() < limit) {
        const QStringList ids = m_pending.front();
        const ApiRequest request = m_options.target == Target::Dialogs
            ? DeleteDialogsEndpoint::build(ids, m_options.force, m_options.onBehalfOf)
            : DeleteMessagesEndpoint::build(ids, m_options.force, m_options.onBehalfOf);
        if (m_writeAhead && !m_writeAhead(ids)) {
            // The record of what leaves could not be made: nothing more leaves.
            m_stopped = true;
            qCWarning(lcBulkDelete)
                << "write-ahead refused; stopping before" << ids.size() << "ids";
            settleNotSent(m_pending);
            m_pending.clear();
            return;
        }
        m_pending.pop_front();
        const quint64 token = m_nextToken++;
        const ApiClient::CallId callId = m_client->send(request, this,
            [this, token, ids](const ApiReply &reply) { onBatchAnswered(token, ids, reply); });
        m_inFlight.insert(token, Flight { ids, callId });
    }
}

void BulkDeleteEngine::onBatchAnswered(quint64 token, const QStringList &ids, const ApiReply &reply)
{
    m_inFlight.remove(token);
    for (const QString &id : ids)
        m_attempts[id].append(reply.attemptStatuses);
    const DeleteAnswer::Interpretation answer = DeleteAnswer::interpret(ids, reply);
    QList<ItemOutcome> outcomes;
    for (const DeleteAnswer::Said &said : answer.said)
        outcomes.append(decided(said.id, said.answer, said.error));
    settle(outcomes);

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

    if (m_cancelled || m_stopped) {
        settleNotSent(again);
    } else {
        // Follow-ups go first so that a split batch finishes before new ids start.
        for (auto it = again.rbegin(); it != again.rend(); ++it)
            m_pending.push_front(*it);
        launchMore();
    }
    finishIfDone();
}

void BulkDeleteEngine::settle(const QList<ItemOutcome> &outcomes)
{
    if (outcomes.isEmpty())
        return;
    for (const ItemOutcome &outcome : outcomes) {
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

ItemOutcome BulkDeleteEngine::decided(
    const QString &id, OutcomeRule::Answer answer, const ApiError &error) const
{
    const QList<int> attempts = m_attempts.value(id);
    // A fresh answer is the last attempt; an id never sent again is judged on all of them.
    const bool earlier = answer == OutcomeRule::Answer::NotSent
        ? std::any_of(attempts.cbegin(), attempts.cend(), OutcomeRule::mayHaveActed)
        : OutcomeRule::earlierMayHaveActed(attempts);
    return ItemOutcome { id, OutcomeRule::decide(answer, earlier, ItemOutcome::Result::Deleted),
        error, {}, attempts };
}

void BulkDeleteEngine::settleNotSent(const std::deque<QStringList> &batches)
{
    QList<ItemOutcome> notSent;
    for (const QStringList &batch : batches) {
        for (const QString &id : batch)
            notSent.append(decided(id, OutcomeRule::Answer::NotSent, {}));
    }
    settle(notSent);
}

void BulkDeleteEngine::finishIfDone()
{
    if (!m_running || !m_pending.empty() || !m_inFlight.isEmpty())
        return;
    m_running = false;
    Q_EMIT finished();
}

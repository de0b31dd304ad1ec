// SPDX-License-Identifier: Apache-2.0

#include "MemberRemovalEngine.h"

#include "api/endpoints/GetDialogEndpoint.h"
#include "api/endpoints/UpdateDialogEndpoint.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

MemberRemovalEngine::MemberRemovalEngine(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QList<ApiRequest> MemberRemovalEngine::plannedRequests(
    const QStringList &dialogIds, qint64 userId, std::optional<qint64> onBehalfOf)
{
    QList<ApiRequest> requests;
    for (const QString &id : dialogIds)
        requests.append(UpdateDialogEndpoint::buildRemoveOccupants(id, { userId }, onBehalfOf));
    return requests;
}

void MemberRemovalEngine::start(const QStringList &dialogIds, qint64 userId,
    std::optional<qint64> onBehalfOf, const QHash<QString, QList<int>> &attemptsSoFar)
{
    Q_ASSERT(!m_running);
    m_userId = userId;
    m_onBehalfOf = onBehalfOf;
    m_pending.assign(dialogIds.cbegin(), dialogIds.cend());
    m_inFlight.clear();
    m_outcomes.clear();
    m_indexOf.clear();
    m_settledCount = 0;
    m_cancelled = false;
    m_stopped = false;
    m_running = true;
    m_attempts = attemptsSoFar;
    for (const QString &id : dialogIds) {
        m_indexOf.insert(id, static_cast<int>(m_outcomes.size()));
        m_outcomes.append(decided(id, OutcomeRule::Answer::NotSent));
    }
    Q_EMIT progressChanged(0, static_cast<int>(m_outcomes.size()));
    launchMore();
    // finished() comes asynchronously even for an empty list, like every other answer.
    QMetaObject::invokeMethod(this, &MemberRemovalEngine::finishIfDone, Qt::QueuedConnection);
}

void MemberRemovalEngine::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    stopSending();
    const QList<ApiClient::CallId> calls = m_inFlight.values();
    for (const ApiClient::CallId call : calls)
        m_client->cancel(call);
    finishIfDone();
}

void MemberRemovalEngine::launchMore()
{
    // Each dialog holds one call at a time (its read, then its update), so the client's cap on
    // calls in flight bounds the dialogs in progress.
    const int limit = m_client->limits().maxInFlight;
    while (!m_cancelled && !m_stopped && !m_pending.empty() && m_inFlight.size() < limit) {
        const QString id = m_pending.front();
        m_pending.pop_front();
        m_inFlight.insert(id,
            m_client->send(GetDialogEndpoint::build(id, m_onBehalfOf), this,
                [this, id](const ApiReply &reply) { onDialogRead(id, reply); }));
    }
}

void MemberRemovalEngine::onDialogRead(const QString &dialogId, const ApiReply &reply)
{
    m_inFlight.remove(dialogId);
    if (m_cancelled || m_stopped) {
        settle(decided(dialogId, OutcomeRule::Answer::NotSent));
        finishIfDone();
        return;
    }
    // Only a dialog read successfully can show that the user is not a member. Public dialogs
    // list no members. Anything else goes on to the update, whose answer is the server's word.
    const ApiResult<Dialog> dialog = GetDialogEndpoint::parse(reply);
    if (dialog.ok() && dialog.value.type != DialogType::Public
        && !dialog.value.occupantIds.contains(m_userId)) {
        settle(decided(dialogId, OutcomeRule::Answer::NotMember));
        launchMore();
        finishIfDone();
        return;
    }
    sendUpdate(dialogId);
}

void MemberRemovalEngine::sendUpdate(const QString &dialogId)
{
    const ApiRequest request
        = UpdateDialogEndpoint::buildRemoveOccupants(dialogId, { m_userId }, m_onBehalfOf);
    if (m_writeAhead && !m_writeAhead({ dialogId })) {
        m_stopped = true;
        settle(decided(dialogId, OutcomeRule::Answer::NotSent));
        stopSending();
        finishIfDone();
        return;
    }
    m_inFlight.insert(dialogId,
        m_client->send(request, this,
            [this, dialogId](const ApiReply &reply) { onUpdateAnswered(dialogId, reply); }));
}

void MemberRemovalEngine::onUpdateAnswered(const QString &dialogId, const ApiReply &reply)
{
    m_inFlight.remove(dialogId);
    m_attempts[dialogId].append(reply.attemptStatuses);
    const ItemOutcome outcome = decided(dialogId, OutcomeRule::answerForError(reply), reply.error);
    settle(outcome);
    launchMore();
    finishIfDone();
}

ItemOutcome MemberRemovalEngine::decided(
    const QString &dialogId, OutcomeRule::Answer answer, const ApiError &error) const
{
    const QList<int> attempts = m_attempts.value(dialogId);
    // A fresh answer is the last attempt; a dialog not sent again is judged on all of them.
    const bool earlier
        = answer == OutcomeRule::Answer::NotSent || answer == OutcomeRule::Answer::NotMember
        ? std::any_of(attempts.cbegin(), attempts.cend(), OutcomeRule::mayHaveActed)
        : OutcomeRule::earlierMayHaveActed(attempts);
    return ItemOutcome { dialogId,
        OutcomeRule::decide(answer, earlier, ItemOutcome::Result::Removed), error, {}, attempts };
}

void MemberRemovalEngine::stopSending()
{
    const std::deque<QString> notSent = std::exchange(m_pending, {});
    for (const QString &id : notSent)
        settle(decided(id, OutcomeRule::Answer::NotSent));
}

void MemberRemovalEngine::settle(const ItemOutcome &outcome)
{
    const int index = m_indexOf.value(outcome.id, -1);
    if (index < 0)
        return;
    m_outcomes[index] = outcome;
    ++m_settledCount;
    Q_EMIT outcomesSettled({ outcome });
    Q_EMIT progressChanged(m_settledCount, static_cast<int>(m_outcomes.size()));
}

void MemberRemovalEngine::finishIfDone()
{
    if (!m_running || !m_pending.empty() || !m_inFlight.isEmpty())
        return;
    m_running = false;
    Q_EMIT finished();
}

// SPDX-License-Identifier: Apache-2.0

#include "MemberRemovalEngine.h"

#include "api/endpoints/GetDialogEndpoint.h"
#include "api/endpoints/UpdateDialogEndpoint.h"

using namespace Qt::StringLiterals;

QString MemberRemovalEngine::Outcome::resultName(Result result)
{
    switch (result) {
    case Result::Removed:
        return u"removed"_s;
    case Result::NotMember:
        return u"not_member"_s;
    case Result::NotFound:
        return u"not_found"_s;
    case Result::NotPermitted:
        return u"not_permitted"_s;
    case Result::Failed:
        return u"failed"_s;
    case Result::Unknown:
        return u"unknown"_s;
    case Result::NotAttempted:
        return u"not_attempted"_s;
    }
    return {};
}

QString MemberRemovalEngine::Outcome::resultText(Result result)
{
    switch (result) {
    case Result::Removed:
        return tr("Removed");
    case Result::NotMember:
        return tr("Not a member");
    case Result::NotFound:
        return tr("Not found");
    case Result::NotPermitted:
        return tr("Not permitted");
    case Result::Failed:
        return tr("Failed");
    case Result::Unknown:
        return tr("Unknown: no answer, may have been removed");
    case Result::NotAttempted:
        return tr("Not attempted: cancelled before sending");
    }
    return {};
}

QString MemberRemovalEngine::Summary::text() const
{
    QStringList parts;
    if (notMember)
        parts.append(MemberRemovalEngine::tr("%n not a member", nullptr, notMember));
    if (notPermitted)
        parts.append(MemberRemovalEngine::tr("%n not permitted", nullptr, notPermitted));
    if (notFound)
        parts.append(MemberRemovalEngine::tr("%n not found", nullptr, notFound));
    if (failed)
        parts.append(MemberRemovalEngine::tr("%n failed", nullptr, failed));
    if (unknown)
        parts.append(MemberRemovalEngine::tr(
            "%n unknown (no answer; may have been removed)", nullptr, unknown));
    if (notAttempted)
        parts.append(MemberRemovalEngine::tr("%n not attempted", nullptr, notAttempted));
    QString text = MemberRemovalEngine::tr("Removed from %1 of %n dialog(s).", nullptr, total())
                       .arg(removed);
    if (!parts.isEmpty())
        text += u' ' + parts.join(MemberRemovalEngine::tr(", ")) + u'.';
    return text;
}

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

void MemberRemovalEngine::start(
    const QStringList &dialogIds, qint64 userId, std::optional<qint64> onBehalfOf)
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
    m_running = true;
    for (const QString &id : dialogIds) {
        m_indexOf.insert(id, static_cast<int>(m_outcomes.size()));
        m_outcomes.append(Outcome { id, Outcome::Result::NotAttempted, {} });
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
    QList<Outcome> notSent;
    for (const QString &id : m_pending)
        notSent.append(Outcome { id, Outcome::Result::NotAttempted, {} });
    m_pending.clear();
    for (const Outcome &outcome : std::as_const(notSent))
        settle(outcome);
    const QList<ApiClient::CallId> calls = m_inFlight.values();
    for (const ApiClient::CallId call : calls)
        m_client->cancel(call);
    finishIfDone();
}

MemberRemovalEngine::Summary MemberRemovalEngine::summary() const
{
    Summary summary;
    for (const Outcome &outcome : m_outcomes) {
        switch (outcome.result) {
        case Outcome::Result::Removed:
            ++summary.removed;
            break;
        case Outcome::Result::NotMember:
            ++summary.notMember;
            break;
        case Outcome::Result::NotFound:
            ++summary.notFound;
            break;
        case Outcome::Result::NotPermitted:
            ++summary.notPermitted;
            break;
        case Outcome::Result::Failed:
            ++summary.failed;
            break;
        case Outcome::Result::Unknown:
            ++summary.unknown;
            break;
        case Outcome::Result::NotAttempted:
            ++summary.notAttempted;
            break;
        }
    }
    return summary;
}

void MemberRemovalEngine::launchMore()
{
    // Each dialog holds one call at a time (its read, then its update), so the client's cap on
    // calls in flight bounds the dialogs in progress.
    const int limit = m_client->limits().maxInFlight;
    while (!m_cancelled && !m_pending.empty() && m_inFlight.size() < limit) {
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
    if (m_cancelled) {
        settle(Outcome { dialogId, Outcome::Result::NotAttempted, {} });
        finishIfDone();
        return;
    }
    // Only a dialog read successfully can show that the user is not a member. Public dialogs
    // list no members. Anything else goes on to the update, whose answer is the server's word.
    const ApiResult<Dialog> dialog = GetDialogEndpoint::parse(reply);
    if (dialog.ok() && dialog.value.type != DialogType::Public
        && !dialog.value.occupantIds.contains(m_userId)) {
        settle(Outcome { dialogId, Outcome::Result::NotMember, {} });
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
    Q_EMIT batchSending({ dialogId });
    m_inFlight.insert(dialogId,
        m_client->send(request, this,
            [this, dialogId](const ApiReply &reply) { onUpdateAnswered(dialogId, reply); }));
}

void MemberRemovalEngine::onUpdateAnswered(const QString &dialogId, const ApiReply &reply)
{
    m_inFlight.remove(dialogId);
    Outcome outcome { dialogId, Outcome::Result::Removed, reply.error };
    if (reply.error.isError()) {
        switch (reply.error.kind()) {
        case ApiError::Kind::Forbidden:
            outcome.result = Outcome::Result::NotPermitted;
            break;
        case ApiError::Kind::NotFound:
            outcome.result = Outcome::Result::NotFound;
            break;
        case ApiError::Kind::Cancelled:
        case ApiError::Kind::Network:
        case ApiError::Kind::Timeout:
            // Without an answer we cannot know whether an update that left was carried out.
            outcome.result
                = reply.wasSent ? Outcome::Result::Unknown : Outcome::Result::NotAttempted;
            break;
        default:
            outcome.result
                = reply.unansweredAttempts > 0 ? Outcome::Result::Unknown : Outcome::Result::Failed;
            break;
        }
    }
    settle(outcome);
    launchMore();
    finishIfDone();
}

void MemberRemovalEngine::settle(const Outcome &outcome)
{
    const int index = m_indexOf.value(outcome.dialogId, -1);
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

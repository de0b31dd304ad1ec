// SPDX-License-Identifier: Apache-2.0

#include "Reconciler.h"

#include "JournalLogging.h"
#include "api/endpoints/GetDialogEndpoint.h"
#include "api/endpoints/ListMessagesEndpoint.h"

#include <algorithm>

using namespace Qt::StringLiterals;

Reconciler::Reconciler(Journal *journal, ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_client(client)
{
}

std::optional<QString> Reconciler::cannotCheck(
    const Journal::Run &run, std::optional<qint64> *onBehalfOf) const
{
    const ConnectionSettings connection = m_client->connection();
    if (run.target != u"dialogs"_s && run.target != u"messages"_s && run.target != u"members"_s)
        return tr("run %1 changed %2, which reconcile cannot check").arg(run.id).arg(run.target);
    if (!run.endpoint.isEmpty() && QUrl(run.endpoint) != connection.endpoint)
        return tr("run %1 was made against %2; connect there to check it")
            .arg(run.id)
            .arg(run.endpoint);
    const bool apiKey = connection.authMode == AuthMode::ApiKey;
    if (run.target == u"members"_s) {
        if (!run.subjectUserId)
            return tr("run %1 removed a user whom the journal does not name (it was written by "
                      "an older version); reconcile cannot check it")
                .arg(run.id);
        // Membership looks the same to everyone: with full rights, read it as is.
        if (apiKey) {
            *onBehalfOf = std::nullopt;
            return std::nullopt;
        }
    }
    if (run.mode == u"force"_s && run.authMode == u"api_key"_s && apiKey) {
        // Full rights: whether the dialog or message exists at all is the whole question.
        *onBehalfOf = std::nullopt;
        return std::nullopt;
    }
    if (run.actingUserId) {
        if (!apiKey)
            return tr("run %1 acted for user %2; checking it needs an API key")
                .arg(run.id)
                .arg(*run.actingUserId);
        *onBehalfOf = run.actingUserId;
        return std::nullopt;
    }
    if (run.authMode == u"session"_s) {
        if (apiKey || connection.login != run.operatorLogin)
            return tr("run %1 was made by the operator %2; sign in as %2 to check it")
                .arg(run.id)
                .arg(run.operatorLogin);
        *onBehalfOf = std::nullopt;
        return std::nullopt;
    }
    if (!apiKey)
        return tr("run %1 was made with an API key; checking it needs one").arg(run.id);
    *onBehalfOf = std::nullopt;
    return std::nullopt;
}

void Reconciler::start(std::optional<qint64> runId)
{
    m_summary = Summary();
    m_runs.clear();
    QList<Check> checks;
    const bool apiKey = m_client->connection().authMode == AuthMode::ApiKey;
    const QList<qint64> candidates
        = runId ? QList<qint64> { *runId } : m_journal->runsNeedingReconcile();
    for (const qint64 id : candidates) {
        const std::optional<Journal::Run> run = m_journal->run(id);
        if (!run)
            continue;
        std::optional<qint64> onBehalfOf;
        if (const auto problem = cannotCheck(*run, &onBehalfOf)) {
            m_summary.skipped.append(*problem);
            continue;
        }
        Check check;
        check.runId = id;
        check.onBehalfOf = onBehalfOf;
        check.seesEveryDialog = apiKey && !onBehalfOf;
        if (run->target == u"messages"_s)
            check.kind = Kind::Message;
        else if (run->target == u"members"_s)
            check.kind = Kind::Member;
        check.subjectUserId = run->subjectUserId.value_or(0);

        const QList<Journal::Item> items = m_journal->unsettledItems(id);
        int withoutDialog = 0;
        for (const Journal::Item &item : items) {
            if (check.kind == Kind::Message && item.containerId.isEmpty()) {
                ++withoutDialog;
                continue;
            }
            check.objectId = item.objectId;
            check.containerId = item.containerId;
            checks.append(check);
        }
        if (withoutDialog > 0) {
            m_summary.skipped.append(tr("run %1 has %n message(s) journalled without their "
                                        "dialog, which reconcile cannot look up",
                nullptr, withoutDialog)
                                         .arg(id));
            if (withoutDialog == items.size())
                continue;
        }
        m_runs.append(id);
    }
    m_summary.runs = static_cast<int>(m_runs.size());
    m_waiting = static_cast<int>(checks.size());
    if (m_waiting == 0) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                closeRunsIfDone();
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
        return;
    }
    for (const Check &check : std::as_const(checks)) {
        m_client->send(requestFor(check), this,
            [this, check](const ApiReply &reply) { onAnswer(check, reply); });
    }
}

ApiRequest Reconciler::requestFor(const Check &check)
{
    if (check.kind != Kind::Message)
        return GetDialogEndpoint::build(check.objectId, check.onBehalfOf);
    MessageQuery query;
    query.dialogId = check.containerId;
    query.messageIds = { check.objectId };
    query.onBehalfOf = check.onBehalfOf;
    return ListMessagesEndpoint::build(query, 0, 1);
}

QString Reconciler::outcomeOf(const Check &check, const ApiReply &reply)
{
    const bool notFound = reply.error.kind() == ApiError::Kind::NotFound;
    switch (check.kind) {
    case Kind::Dialog:
        if (reply.isSuccess() && reply.httpStatus == 200)
            return u"present"_s;
        return notFound ? u"gone"_s : QString();
    case Kind::Message: {
        if (notFound)
            return u"gone"_s;
        const ApiResult<MessagePage> page = ListMessagesEndpoint::parse(reply);
        if (!page.ok())
            return {};
        const bool listed = std::any_of(
            page.value.items.cbegin(), page.value.items.cend(), [&check](const Message &message) {
                return message.id.compare(check.objectId, Qt::CaseInsensitive) == 0;
            });
        return listed ? u"present"_s : u"gone"_s;
    }
    case Kind::Member: {
        if (notFound)
            return check.seesEveryDialog ? u"not_found"_s : QString();
        const ApiResult<Dialog> dialog = GetDialogEndpoint::parse(reply);
        // A public dialog lists no members: it cannot show whether the user is still in it.
        if (!dialog.ok() || dialog.value.type == DialogType::Public)
            return {};
        return dialog.value.occupantIds.contains(check.subjectUserId) ? u"still_member"_s
                                                                      : u"removed"_s;
    }
    }
    return {};
}

void Reconciler::onAnswer(const Check &check, const ApiReply &reply)
{
    ++m_summary.checked;
    const QString outcome = outcomeOf(check, reply);
    if (outcome.isEmpty()) {
        ++m_summary.failed;
        qCWarning(lcJournal) << "could not check" << check.objectId << reply.httpStatus
                             << reply.error.message();
    } else if (!m_journal->settleItem(
                   check.runId, check.objectId, outcome, QString::fromLatin1(settledBy))) {
        ++m_summary.failed;
    } else if (outcome == u"present"_s || outcome == u"still_member"_s) {
        ++m_summary.present;
    } else {
        ++m_summary.gone;
    }
    if (--m_waiting == 0) {
        closeRunsIfDone();
        Q_EMIT finished();
    }
}

void Reconciler::closeRunsIfDone()
{
    for (const qint64 runId : std::as_const(m_runs)) {
        const std::optional<Journal::Run> run = m_journal->run(runId);
        if (run && run->status == u"running"_s && run->unsettledCount == 0)
            m_journal->closeInterruptedRun(runId, QString::fromLatin1(settledBy));
    }
}

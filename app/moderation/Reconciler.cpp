#include "Reconciler.h"

#include "JournalLogging.h"
#include "api/endpoints/GetDialogEndpoint.h"

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
    if (run.target != u"dialogs"_s)
        return tr("run %1 deleted %2, which reconcile cannot check yet")
            .arg(run.id)
            .arg(run.target);
    if (!run.endpoint.isEmpty() && QUrl(run.endpoint) != connection.endpoint)
        return tr("run %1 was made against %2; connect there to check it")
            .arg(run.id)
            .arg(run.endpoint);
    const bool apiKey = connection.authMode == AuthMode::ApiKey;
    if (run.mode == u"force"_s && run.authMode == u"api_key"_s && apiKey) {
        // Full rights: whether the dialog exists at all is the whole question.
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
    QList<std::optional<qint64>> actingFor;
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
        m_runs.append(id);
        const QList<Journal::Item> items = m_journal->unsettledItems(id);
        for (const Journal::Item &item : items) {
            checks.append(Check { id, item.objectId });
            actingFor.append(onBehalfOf);
        }
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
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const Check check = checks.at(i);
        m_client->send(GetDialogEndpoint::build(check.objectId, actingFor.at(i)), this,
            [this, check](const ApiReply &reply) { onAnswer(check, reply); });
    }
}

void Reconciler::onAnswer(const Check &check, const ApiReply &reply)
{
    ++m_summary.checked;
    QString outcome;
    if (reply.isSuccess() && reply.httpStatus == 200) {
        outcome = u"present"_s;
        ++m_summary.present;
    } else if (reply.error.kind() == ApiError::Kind::NotFound) {
        outcome = u"gone"_s;
        ++m_summary.gone;
    } else {
        ++m_summary.failed;
        qCWarning(lcJournal) << "could not check" << check.objectId << reply.error.message();
    }
    if (!outcome.isEmpty()
        && !m_journal->settleItem(
            check.runId, check.objectId, outcome, QString::fromLatin1(settledBy)))
        ++m_summary.failed;
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

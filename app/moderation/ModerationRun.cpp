// SPDX-License-Identifier: Apache-2.0

#include "ModerationRun.h"

#include "JournalLogging.h"
#include "api/ApiClient.h"
#include "moderation/BulkDeleteEngine.h"
#include "moderation/MemberRemovalEngine.h"

#include <algorithm>

using Result = ItemOutcome::Result;

ModerationRun::ModerationRun(ApiClient *client, Journal *journal, const DeletionPlan &plan,
    const Journal::Run &context, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_plan(plan)
    , m_context(context)
{
    m_ids = m_plan.itemIds();
    for (const QString &id : std::as_const(m_ids)) {
        m_indexOf.insert(id, static_cast<int>(m_outcomes.size()));
        m_outcomes.append(ItemOutcome { id, Result::NotAttempted, {}, {}, {} });
    }
    // Answers wait at most this long for a write-ahead to go with.
    m_answersTimer.setSingleShot(true);
    m_answersTimer.setInterval(100);
    connect(&m_answersTimer, &QTimer::timeout, this, &ModerationRun::writeAnswers);
}

ModerationRun::~ModerationRun() = default;

void ModerationRun::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

std::optional<QString> ModerationRun::refusalOf(const DeletionPlan &plan)
{
    if (plan.itemCount() == 0)
        return tr("There is nothing to do.");
    // Fail closed: without the list nobody can tell whose dialogs must be spared.
    if (const auto unknown = plan.guard.protectedUsersUnknown())
        return tr("The protected users cannot be read, so nothing is done: %1").arg(*unknown);
    if (plan.requiresReason() && plan.reason.trimmed().isEmpty()) {
        return plan.isForcedByCredentials()
            ? tr("A reason is required: with an API key and no acting user this deletes for "
                 "everyone.")
            : tr("A reason is required for this action.");
    }
    if (!plan.protectionOverridden) {
        if (plan.actsForProtectedUser())
            return tr("User %1 is protected: acting for them needs the protection overridden.")
                .arg(*plan.onBehalfOf);
        if (plan.target == DeletionPlan::Target::Members
            && plan.guard.isProtected(plan.subjectUserId))
            return tr("User %1 is protected: removing them needs the protection overridden.")
                .arg(plan.subjectUserId);
    }
    return std::nullopt;
}

void ModerationRun::start()
{
    Q_ASSERT(m_stage == Stage::NotStarted);
    for (ItemOutcome &outcome : m_outcomes) {
        outcome.attempts = m_earlierAttempts.value(outcome.id);
        const bool mayHaveActed = std::any_of(
            outcome.attempts.cbegin(), outcome.attempts.cend(), OutcomeRule::mayHaveActed);
        outcome.result = OutcomeRule::decide(OutcomeRule::Answer::NotSent, mayHaveActed,
            m_plan.target == DeletionPlan::Target::Members ? Result::Removed : Result::Deleted);
    }
    if (const auto problem = refusalOf(m_plan)) {
        finishWithoutSending(*problem);
        return;
    }
    if (!m_journal) {
        finishWithoutSending(tr("No journal is open, so nothing is sent."));
        return;
    }
    m_candidates = m_ids;
    if (!m_plan.indexQuery.isEmpty()) {
        startIndexCheck();
        return;
    }
    afterIndexCheck();
}

void ModerationRun::startIndexCheck()
{
    setStage(Stage::Checking);
    auto *check = new SweepCheck(m_client, this);
    check->setOnBehalfOf(m_plan.onBehalfOf);
    connect(check, &SweepCheck::finished, this, [this, check](const SweepCheck::Result &result) {
        check->deleteLater();
        onIndexChecked(result);
    });
    switch (m_plan.target) {
    case DeletionPlan::Target::Dialogs:
        check->checkDialogs(m_ids);
        break;
    case DeletionPlan::Target::Members: {
        QHash<QString, QList<qint64>> members;
        for (const QString &id : std::as_const(m_ids))
            members.insert(id, { m_plan.subjectUserId });
        check->checkMembers(members);
        break;
    }
    case DeletionPlan::Target::Messages: {
        QHash<QString, QString> dialogOf;
        for (const QString &id : std::as_const(m_ids))
            dialogOf.insert(id, m_plan.dialogs.isEmpty() ? QString() : m_plan.dialogs.first().id);
        check->checkMessages(dialogOf);
        break;
    }
    }
}

void ModerationRun::onIndexChecked(const SweepCheck::Result &result)
{
    if (m_cancelled) {
        finishWithoutSending(tr("Cancelled before anything was sent."));
        return;
    }
    const bool members = m_plan.target == DeletionPlan::Target::Members;
    QList<ItemOutcome> decided;
    m_candidates.clear();
    for (const QString &id : std::as_const(m_ids)) {
        const QString key = members ? SweepCheck::memberKey(id, m_plan.subjectUserId) : id;
        ItemOutcome outcome = m_outcomes.at(m_indexOf.value(id));
        switch (result.stateOf(key)) {
        case SweepCheck::State::Present:
            m_candidates.append(id);
            continue;
        case SweepCheck::State::Gone:
            // Never reported as done by us: the server had already let it go.
            outcome.result = members ? Result::NotMember : Result::AlreadyGone;
            outcome.blockedBecause = members
                ? tr("not a member any more when checked before the run")
                : tr("already gone when checked before the run");
            break;
        case SweepCheck::State::Unknown:
            // What the index says is not evidence: what cannot be checked is not acted on.
            outcome.result = Result::NotAttempted;
            outcome.blockedBecause = tr("could not be checked with the server before the run (%1)")
                                         .arg(result.unknown.value(key, tr("no answer")));
            break;
        }
        decided.append(outcome);
    }
    apply(decided);
    afterIndexCheck();
}

void ModerationRun::afterIndexCheck()
{
    if (needsChecks()) {
        startChecks();
        return;
    }
    m_sendIds = m_candidates;
    QList<EvidenceCollector::Record> evidence;
    if (m_plan.target == DeletionPlan::Target::Messages && m_plan.isForce() && m_plan.keepEvidence
        && !m_plan.dialogs.isEmpty())
        evidence.append(chosenMessagesEvidence());
    beginJournal(evidence);
}

bool ModerationRun::needsChecks() const
{
    // Only a delete for everyone destroys what others hold, and only dialogs have owners.
    return m_plan.target == DeletionPlan::Target::Dialogs && m_plan.isForce()
        && (m_plan.keepEvidence || !m_plan.guard.protectedUsers().isEmpty());
}

void ModerationRun::startChecks()
{
    setStage(Stage::Checking);
    m_evidence = new EvidenceCollector(m_client, this);
    connect(m_evidence, &EvidenceCollector::finished, this, &ModerationRun::onChecked);
    // Owners are needed for the protection check even when no evidence is kept.
    m_evidence->start(m_candidates, m_plan.onBehalfOf,
        m_plan.keepEvidence ? EvidenceCollector::defaultMessageCount : 0);
}

QString ModerationRun::protectionConcern(const EvidenceCollector::Record &record) const
{
    if (m_plan.guard.protectedUsers().isEmpty())
        return {};
    // A dialog the server no longer has holds nothing to protect: its delete will say so.
    if (record.readError && record.readError->kind() == ApiError::Kind::NotFound)
        return {};
    if (record.dialog && m_plan.guard.isProtected(record.dialog->ownerId))
        return tr("owned by protected user %1").arg(record.dialog->ownerId);
    if (!record.dialog)
        return tr("its owner could not be read for the protection check (%1)")
            .arg(record.readError ? record.readError->message() : record.error);
    return {};
}

QString ModerationRun::blockReason(const EvidenceCollector::Record &record) const
{
    const bool gone = record.readError && record.readError->kind() == ApiError::Kind::NotFound;
    if (gone)
        return {};
    const QString concern = protectionConcern(record);
    if (!concern.isEmpty() && !m_plan.protectionOverridden)
        return concern;
    if (m_plan.keepEvidence && !record.error.isEmpty())
        return tr("its evidence could not be saved (%1)").arg(record.error);
    return {};
}

QSet<QString> ModerationRun::overriddenIds() const
{
    if (!m_plan.protectionOverridden)
        return {};
    const bool removesProtectedUser = m_plan.target == DeletionPlan::Target::Members
        && m_plan.guard.isProtected(m_plan.subjectUserId);
    // Acting for, or removing, a protected user needs the override for every id.
    if (m_plan.actsForProtectedUser() || removesProtectedUser)
        return QSet<QString>(m_sendIds.cbegin(), m_sendIds.cend());
    QSet<QString> ids = m_checkedOverridden;
    if (m_plan.target == DeletionPlan::Target::Messages && m_plan.isForce()) {
        for (const Message &message : m_plan.messages) {
            if (m_plan.guard.isProtected(message.senderId) && m_sendIds.contains(message.id))
                ids.insert(message.id);
        }
    }
    return ids;
}

void ModerationRun::onChecked()
{
    if (m_cancelled) {
        // Nothing has been sent: every id stays not attempted.
        finishWithoutSending(tr("Cancelled before anything was sent."));
        return;
    }
    QList<EvidenceCollector::Record> evidence;
    QList<ItemOutcome> blocked;
    const QList<EvidenceCollector::Record> records = m_evidence->records();
    for (const EvidenceCollector::Record &record : records) {
        const QString reason = blockReason(record);
        if (!reason.isEmpty()) {
            ItemOutcome outcome = m_outcomes.at(m_indexOf.value(record.dialogId));
            outcome.blockedBecause = reason;
            blocked.append(outcome);
            continue;
        }
        m_sendIds.append(record.dialogId);
        if (!protectionConcern(record).isEmpty())
            m_checkedOverridden.insert(record.dialogId);
        if (m_plan.keepEvidence)
            evidence.append(record);
    }
    m_evidence->deleteLater();
    apply(blocked);
    beginJournal(evidence);
}

EvidenceCollector::Record ModerationRun::chosenMessagesEvidence() const
{
    // The messages as the moderator saw them when choosing them: once deleted for everyone
    // they cannot be read again.
    EvidenceCollector::Record record;
    record.dialog = m_plan.dialogs.first();
    record.dialogId = record.dialog->id;
    record.dialogJson = record.dialog->toJson();
    for (const Message &message : m_plan.messages)
        record.messages.append(message.toJson());
    return record;
}

void ModerationRun::beginJournal(const QList<EvidenceCollector::Record> &evidence)
{
    Journal::Run run = m_context;
    run.actingUserId = m_plan.onBehalfOf;
    run.reason = m_plan.reason;
    // Recorded where the override made a difference, not merely because it was given.
    const QSet<QString> overridden = overriddenIds();
    run.protectionOverridden = !overridden.isEmpty();
    run.indexQuery = m_plan.indexQuery;
    run.target = m_plan.target;
    run.mode = m_plan.effectiveMode();
    if (m_plan.target == DeletionPlan::Target::Members)
        run.setMemberRemoval(m_plan.subjectUserId, m_plan.reason);
    // Messages are looked up in their dialog: reconcile needs it to check them later.
    QHash<QString, QString> containerOf;
    if (m_plan.target == DeletionPlan::Target::Messages && !m_plan.dialogs.isEmpty()) {
        for (const QString &id : std::as_const(m_ids))
            containerOf.insert(id, m_plan.dialogs.first().id);
    }

    const std::optional<qint64> runId = m_journal->beginRun(run, m_ids, containerOf, overridden);
    if (!runId) {
        finishWithoutSending(tr("The journal could not be written, so nothing was sent: %1")
                                 .arg(m_journal->errorString()));
        return;
    }
    m_journalRunId = *runId;
    // Evidence goes in before the first delete can leave: once a dialog is deleted for
    // everyone it cannot be fetched any more.
    QList<Journal::Evidence> records;
    records.reserve(evidence.size());
    for (const EvidenceCollector::Record &record : evidence) {
        Journal::Evidence kept;
        kept.dialogId = record.dialogId;
        kept.dialog = record.dialogJson;
        kept.messages = record.messages;
        kept.error = record.error;
        records.append(std::move(kept));
    }
    if (!m_journal->addEvidence(m_journalRunId, records)) {
        const QString error = m_journal->errorString();
        m_journal->finishRun(m_journalRunId, true);
        finishWithoutSending(
            tr("The evidence could not be written to the journal, so nothing was sent: %1")
                .arg(error));
        return;
    }
    // In a team database, an id another run holds or already sent is not sent again.
    const QHash<QString, QString> heldElsewhere = m_journal->heldElsewhere(m_journalRunId);
    if (!heldElsewhere.isEmpty()) {
        QList<ItemOutcome> held;
        for (auto it = heldElsewhere.cbegin(); it != heldElsewhere.cend(); ++it) {
            const int index = m_indexOf.value(it.key(), -1);
            if (index < 0)
                continue;
            ItemOutcome outcome = m_outcomes.at(index);
            outcome.blockedBecause = it.value();
            held.append(outcome);
            m_sendIds.removeAll(it.key());
        }
        apply(held);
    }
    // Blocked ids are journaled with the guard's words.
    QList<ItemOutcome> blocked;
    for (const ItemOutcome &outcome : std::as_const(m_outcomes)) {
        if (!outcome.blockedBecause.isEmpty())
            blocked.append(outcome);
    }
    if (!blocked.isEmpty() && !m_journal->recordOutcomes(m_journalRunId, blocked)) {
        const QString error = m_journal->errorString();
        m_journal->finishRun(m_journalRunId, true);
        finishWithoutSending(
            tr("The journal could not be written, so nothing was sent: %1").arg(error));
        return;
    }
    qCDebug(lcJournal) << "journal run" << m_journalRunId << "with" << m_ids.size() << "ids";
    startEngine();
}

void ModerationRun::startEngine()
{
    setStage(Stage::Sending);
    if (m_cancelled || m_sendIds.isEmpty()) {
        onEngineFinished();
        return;
    }
    const auto writeAhead = [this](const QStringList &ids) { return this->writeAhead(ids); };
    if (m_plan.target == DeletionPlan::Target::Members) {
        m_memberEngine = new MemberRemovalEngine(m_client, this);
        m_memberEngine->setWriteAhead(writeAhead);
        connect(m_memberEngine, &MemberRemovalEngine::outcomesSettled, this,
            &ModerationRun::onOutcomes);
        connect(
            m_memberEngine, &MemberRemovalEngine::finished, this, &ModerationRun::onEngineFinished);
        m_memberEngine->start(
            m_sendIds, m_plan.subjectUserId, m_plan.onBehalfOf, m_earlierAttempts);
        return;
    }
    BulkDeleteEngine::Options options;
    options.target = m_plan.target == DeletionPlan::Target::Messages
        ? BulkDeleteEngine::Target::Messages
        : BulkDeleteEngine::Target::Dialogs;
    options.force = m_plan.isForce();
    options.onBehalfOf = m_plan.onBehalfOf;
    options.batchSize = m_plan.batchSize;
    m_engine = new BulkDeleteEngine(m_client, this);
    m_engine->setWriteAhead(writeAhead);
    connect(m_engine, &BulkDeleteEngine::outcomesSettled, this, &ModerationRun::onOutcomes);
    connect(m_engine, &BulkDeleteEngine::finished, this, &ModerationRun::onEngineFinished);
    connect(m_engine, &BulkDeleteEngine::pausedChanged, this, [this](bool paused) {
        // The answers so far go first; when they cannot be written the run is being stopped.
        if (!writeAnswers())
            return;
        // Kept with the run, so that its record says why it took as long as it did. Not being
        // able to write this stops nothing: it is not what protects the ids.
        m_journal->recordEvent(m_journalRunId,
            paused ? QStringLiteral("paused") : QStringLiteral("resumed"),
            tr("%1 of %2 answered").arg(m_engine->settledCount()).arg(m_engine->total()));
        Q_EMIT pausedChanged(paused);
    });
    m_engine->start(m_sendIds, options, m_earlierAttempts);
}

bool ModerationRun::writeAhead(const QStringList &ids)
{
    if (m_journal->recordProgress(m_journalRunId, m_unwrittenAnswers, ids)) {
        m_unwrittenAnswers.clear();
        m_answersTimer.stop();
        return true;
    }
    m_problem = tr("The journal could not record what was about to be sent (%1), so the run "
                   "stopped: nothing more was sent, and what had not been sent is marked not "
                   "attempted.")
                    .arg(m_journal->errorString());
    qCWarning(lcJournal) << "write-ahead failed for run" << m_journalRunId << ":"
                         << m_journal->errorString();
    Q_EMIT journalFailed(m_problem);
    return false;
}

void ModerationRun::onOutcomes(const QList<ItemOutcome> &outcomes)
{
    // Held before they are shown, so that whatever a listener does on seeing them (cancelling,
    // say) finds them among the answers to write.
    if (!m_journalIncomplete) {
        m_unwrittenAnswers += outcomes;
        if (!m_answersTimer.isActive())
            m_answersTimer.start();
    }
    apply(outcomes);
}

bool ModerationRun::writeAnswers()
{
    m_answersTimer.stop();
    if (m_unwrittenAnswers.isEmpty() || m_journalIncomplete)
        return !m_journalIncomplete;
    if (m_journal->recordOutcomes(m_journalRunId, m_unwrittenAnswers)) {
        m_unwrittenAnswers.clear();
        return true;
    }
    journalAnswersFailed();
    return false;
}

void ModerationRun::journalAnswersFailed()
{
    // What was sent is already journaled as sent, so the record errs on the side of doubt;
    // sending more would only widen the gap.
    m_journalIncomplete = true;
    if (m_problem.isEmpty())
        m_problem = tr("The journal could not record the server's answers (%1), so the run "
                       "stopped. Ids already sent stay in doubt in the journal until "
                       "reconciled.")
                        .arg(m_journal->errorString());
    Q_EMIT journalFailed(m_problem);
    if (m_engine)
        m_engine->cancel();
    if (m_memberEngine)
        m_memberEngine->cancel();
}

void ModerationRun::apply(const QList<ItemOutcome> &outcomes)
{
    if (outcomes.isEmpty())
        return;
    for (const ItemOutcome &outcome : outcomes) {
        const int index = m_indexOf.value(outcome.id, -1);
        if (index < 0)
            continue;
        m_outcomes[index] = outcome;
        m_settledIds.insert(outcome.id);
    }
    Q_EMIT outcomesSettled(outcomes);
    Q_EMIT progressChanged(static_cast<int>(m_settledIds.size()), static_cast<int>(m_ids.size()));
}

void ModerationRun::onEngineFinished()
{
    writeAnswers();
    const bool stopped = (m_engine && m_engine->wasStopped())
        || (m_memberEngine && m_memberEngine->wasStopped()) || m_journalIncomplete;
    if (!m_journal->finishRun(m_journalRunId, m_cancelled || stopped)) {
        m_journalIncomplete = true;
        if (m_problem.isEmpty())
            m_problem = tr("The journal could not record the end of the run (%1); it will show "
                           "as interrupted until reconciled.")
                            .arg(m_journal->errorString());
        Q_EMIT journalFailed(m_problem);
    }
    setStage(Stage::Finished);
    Q_EMIT finished();
}

void ModerationRun::finishWithoutSending(const QString &problem)
{
    m_problem = problem;
    QList<ItemOutcome> notSent;
    for (const ItemOutcome &outcome : std::as_const(m_outcomes)) {
        if (outcome.blockedBecause.isEmpty())
            notSent.append(outcome);
    }
    // Delivered like every other answer: later, never from inside start().
    setStage(Stage::Finished);
    QMetaObject::invokeMethod(
        this,
        [this, notSent] {
            apply(notSent);
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

void ModerationRun::cancel()
{
    if (!isRunning() || m_cancelled)
        return;
    m_cancelled = true;
    if (m_engine)
        m_engine->cancel();
    if (m_memberEngine)
        m_memberEngine->cancel();
    // Answers already shown go to the journal now: a window closed on a cancelled run may not
    // wait for its end.
    writeAnswers();
}

void ModerationRun::pause()
{
    if (canPause())
        m_engine->pause();
}

void ModerationRun::resume()
{
    if (m_engine)
        m_engine->resume();
}

QString ModerationRun::paceText() const
{
    if (!m_engine || m_engine->isPaused())
        return {};
    return m_engine->pace().text();
}

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/ItemOutcome.h"
#include "index/SweepCheck.h"
#include "moderation/BulkDeleteEngine.h"
#include "moderation/DeletionPlan.h"
#include "moderation/EvidenceCollector.h"
#include "moderation/Journal.h"
#include "moderation/RunSummary.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class ApiClient;
class MemberRemovalEngine;

// One destructive run from plan to outcome, the same for the console and qbmodctl, which only
// show it:
//   refusals   a missing reason, acting for a protected user, removing one: nothing is sent;
//   the index  items found in the local index (plan.indexQuery) are first looked up on the
//              server: gone ones come out already gone (or not a member), ones that cannot be
//              checked not_attempted with the reason; only the rest go on;
//   checks     before a delete for everyone each dialog is read: one owned by a protected user,
//              one whose owner cannot be read, or (with evidence on) one whose evidence cannot
//              be saved is blocked and comes out not_attempted with the reason;
//   journal    the run, its evidence and every id are committed before anything leaves, and
//              each request's ids are committed as sent before it leaves: when that cannot be
//              written the run stops there and says so;
//   engine     the bulk delete or the member removal;
//   outcomes   one per id, from every attempt (OutcomeRule), written to the journal as they
//              come.
// The run is live in the journal while it executes.
class ModerationRun final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModerationRun)

public:
    enum class Stage {
        NotStarted,
        Checking, // asking the server what the index claims; reading dialogs for the
                  // protection check and the evidence
        Sending,
        Finished,
    };
    Q_ENUM(Stage)

    // Neither is owned; both must outlive the run. context: who and where, for the journal
    // (Journal::Run::forConnection); the plan fills in the rest.
    ModerationRun(ApiClient *client, Journal *journal, const DeletionPlan &plan,
        const Journal::Run &context, QObject *parent = nullptr);
    ~ModerationRun() override;

    // Why this plan must not run at all (a missing reason, a protected user acted for or
    // removed without the override), in plain words; the views ask before they confirm.
    static std::optional<QString> refusalOf(const DeletionPlan &plan);

    // Earlier attempts for some ids (a retry of an earlier run): they count in the outcomes.
    void setEarlierAttempts(const QHash<QString, QList<int>> &attempts)
    {
        m_earlierAttempts = attempts;
    }
    // Runs the plan; finished() always follows, asynchronously.
    void start();
    // Nothing more is sent; ids in flight still get their answer.
    void cancel();
    // A long delete can wait: no new request leaves while paused, and the ids not yet sent stay
    // pending, in the journal too. Member removals run to the end.
    void pause();
    void resume();
    bool isPaused() const { return m_engine && m_engine->isPaused(); }
    bool canPause() const { return m_engine && m_stage == Stage::Sending; }
    // How fast the deletes go ("78 requests/s, about 12 s left"); empty while unknown.
    QString paceText() const;

    const DeletionPlan &plan() const { return m_plan; }
    Stage stage() const { return m_stage; }
    bool isRunning() const { return m_stage == Stage::Checking || m_stage == Stage::Sending; }
    bool wasCancelled() const { return m_cancelled; }
    // Why the run sent nothing or stopped early, in plain words; empty when it did not.
    QString problem() const { return m_problem; }
    // The journal let the run down after it began (a later answer could not be written).
    bool journalIncomplete() const { return m_journalIncomplete; }
    qint64 journalRunId() const { return m_journalRunId; }
    // One per id, in plan order.
    QList<ItemOutcome> outcomes() const { return m_outcomes; }
    RunSummary summary() const { return RunSummary(m_outcomes); }
    QString summaryText() const { return summary().text(m_plan); }

Q_SIGNALS:
    void stageChanged(ModerationRun::Stage stage);
    void progressChanged(int settled, int total);
    void outcomesSettled(const QList<ItemOutcome> &outcomes);
    // A journal write failed; the run stops sending (or already has).
    void journalFailed(const QString &message);
    void pausedChanged(bool paused);
    void finished();

private:
    void startIndexCheck();
    void onIndexChecked(const SweepCheck::Result &result);
    void afterIndexCheck();
    bool needsChecks() const;
    void startChecks();
    void onChecked();
    // What the protection check holds against this dialog, whether or not the operator
    // overrode it; empty when nothing.
    QString protectionConcern(const EvidenceCollector::Record &record) const;
    QString blockReason(const EvidenceCollector::Record &record) const;
    // The ids about to be sent that go ahead only because protection was overridden.
    QSet<QString> overriddenIds() const;
    void beginJournal(const QList<EvidenceCollector::Record> &evidence);
    EvidenceCollector::Record chosenMessagesEvidence() const;
    void startEngine();
    bool writeAhead(const QStringList &ids);
    void onOutcomes(const QList<ItemOutcome> &outcomes);
    // Writes the answers not yet in the journal; false (and the run stopped) when it cannot.
    bool writeAnswers();
    void journalAnswersFailed();
    void onEngineFinished();
    void finishWithoutSending(const QString &problem);
    void setStage(Stage stage);
    void apply(const QList<ItemOutcome> &outcomes);

    ApiClient *m_client;
    Journal *m_journal;
    DeletionPlan m_plan;
    Journal::Run m_context;
    QStringList m_ids;
    QStringList m_candidates; // the ids the index check let through (all without one)
    QStringList m_sendIds; // the ids the checks let through
    QSet<QString> m_checkedOverridden; // let through by the checks only thanks to the override
    QHash<QString, QList<int>> m_earlierAttempts;
    QHash<QString, int> m_indexOf;
    QList<ItemOutcome> m_outcomes;
    QPointer<EvidenceCollector> m_evidence;
    BulkDeleteEngine *m_engine = nullptr;
    MemberRemovalEngine *m_memberEngine = nullptr;
    Stage m_stage = Stage::NotStarted;
    qint64 m_journalRunId = 0;
    QString m_problem;
    bool m_cancelled = false;
    bool m_journalIncomplete = false;
    QSet<QString> m_settledIds;
    // Answers shown already but not yet in the journal. They go with the next write-ahead (one
    // commit instead of two per request), or when the timer fires first, and always before the
    // run's end is written. Until then the journal has their ids as sent: in doubt, never
    // wrongly settled, if the process dies.
    QList<ItemOutcome> m_unwrittenAnswers;
    QTimer m_answersTimer;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"
#include "moderation/DeletionPlan.h"
#include "moderation/Journal.h"

#include <memory>

class ModerationRun;

// A destructive qbmodctl command: it reads its flags into a DeletionPlan, and the core's
// ModerationRun does the rest exactly as for the console. This class confirms, runs and
// reports: one line per id that did not go through, the run's summary, or the JSON buckets.
class CtlRunCommand : public CtlCommand {
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    ~CtlRunCommand() override;

protected:
    // The plan's common part: who acts, the guard (with --protected-users), --reason,
    // --override-protection, the evidence setting. Reports a usage error and returns nothing
    // on a problem.
    std::optional<DeletionPlan> basePlan(DeletionPlan::Target target);
    // Refusals, then --yes or the terminal's confirmation, then the journal, then the run.
    void execute(const DeletionPlan &plan);
    // The JSON report's extra fields.
    virtual void addJsonFields(QJsonObject *report) const { Q_UNUSED(report) }
    // What the terminal asks; the answer that confirms it.
    virtual QString question(const DeletionPlan &plan, QString *expectedAnswer) const = 0;
    virtual QString declinedText() const = 0;

    const ModerationRun *run() const { return m_run; }

private:
    // Opens the journal once: with a team database, or with --offline when it cannot be
    // reached the offline journal, saying so and what offline cannot do. False (m_journal's
    // errorString says why) when it cannot.
    bool openJournal();
    void confirmAndRun(const DeletionPlan &plan);
    bool confirm(const DeletionPlan &plan);
    void showProgress();
    void report();
    int exitCode() const;

    std::unique_ptr<Journal> m_journal;
    ModerationRun *m_run = nullptr;
    bool m_offline = false; // journaled offline, for upload to the team database
    bool m_progressLine = false; // a progress line is on the terminal, to be ended
    int m_done = 0; // the progress for --verbose's line a second
    int m_total = 0;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "models/DeleteResultModel.h"
#include "moderation/DeletionPlan.h"
#include "moderation/Journal.h"
#include "moderation/ModerationRun.h"

#include <QDialog>
#include <QPointer>

class ApiClient;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// Shows a confirmed plan being carried out by the core's ModerationRun (dialogs or messages
// deleted, or a user removed from dialogs): "n of m" with Cancel while it runs (the window
// stays responsive: everything is asynchronous), then one row per item with what the server
// said, "Retry failed" (a new run of those items that weighs their earlier attempts), and copy
// or export of the results. It decides nothing itself.
class DeleteRunDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteRunDialog)

public:
    DeleteRunDialog(ApiClient *client, const DeletionPlan &plan, QWidget *parent = nullptr);
    ~DeleteRunDialog() override;

    // Nothing runs without a journal. context carries who and where (profile, endpoint,
    // credentials' fingerprint).
    void setJournal(Journal *journal, const Journal::Run &context);
    // Whether a delete for everyone first saves what it deletes (default on).
    void setKeepEvidence(bool keep) { m_plan.keepEvidence = keep; }
    void start();
    bool isRunning() const;
    DeleteResultModel *results() const { return m_results; }
    // The run in progress or the last one (a retry is a run of its own).
    const ModerationRun *currentRun() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *copyButton() const { return m_copy; }
    QString summaryText() const;
    // Who ran it, how, why, where and when: what copied and exported results begin with.
    DeleteResultModel::RunContext runContext() const;
    // Cancels a running delete; closes the dialog once nothing is running.
    void cancelOrClose() { reject(); }

Q_SIGNALS:
    void outcomesSettled(const QList<ItemOutcome> &outcomes);
    void runFinished();

protected:
    void reject() override;

private:
    void startRun(const DeletionPlan &plan);
    void onStageChanged();
    void showProgress(int settled, int total);
    void onFinished();
    void retryFailed();
    void copyResults();
    void exportResults();

    ApiClient *m_client;
    Journal *m_journal = nullptr;
    Journal::Run m_journalContext;
    DeletionPlan m_plan;
    QPointer<ModerationRun> m_run;
    QList<qint64> m_journalRunIds; // the run, then its retries
    DeleteResultModel *m_results;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTableView *m_table;
    QPushButton *m_cancel;
    QPushButton *m_pause;
    QPushButton *m_retry;
    QPushButton *m_copy;
    QPushButton *m_export;
    QPushButton *m_close;
};

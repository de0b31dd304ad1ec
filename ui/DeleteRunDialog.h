// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "moderation/BulkDeleteEngine.h"
#include "moderation/DeletionPlan.h"
#include "moderation/EvidenceCollector.h"
#include "moderation/Journal.h"

#include <QDialog>

class ApiClient;
class DeleteResultModel;
class MemberRemovalEngine;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// Runs a confirmed plan (dialogs or messages deleted, or a user removed from dialogs) and shows
// it: "n of m" with Cancel while it runs (the window stays responsive: everything is
// asynchronous), then one row per item with what the server said, "Retry failed", and copy or
// export of the results.
class DeleteRunDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteRunDialog)

public:
    DeleteRunDialog(ApiClient *client, const DeletionPlan &plan, QWidget *parent = nullptr);

    // Every run is journaled when a journal is set: ids are recorded as sent before they leave.
    // context carries who and where (profile, endpoint, credentials' fingerprint).
    void setJournal(Journal *journal, const Journal::Run &context);
    // Whether a delete for everyone first saves what it deletes (default on): each dialog and its
    // latest messages, or the messages as they were chosen.
    void setKeepEvidence(bool keep) { m_keepEvidence = keep; }
    void start();
    bool isRunning() const;
    DeleteResultModel *results() const { return m_results; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *copyButton() const { return m_copy; }
    QString summaryText() const;
    // Cancels a running delete; closes the dialog once nothing is running.
    void cancelOrClose() { reject(); }

Q_SIGNALS:
    void outcomesSettled(const QList<DeleteOutcome> &outcomes);
    void runFinished();

protected:
    void reject() override;

private:
    void beginJournaledRun();
    void cancel();
    void run(const QStringList &ids);
    void onFinished();
    QString resultSummary() const;
    EvidenceCollector::Record messageEvidence() const;
    void retryFailed();
    void copyResults();
    void exportResults();

    ApiClient *m_client;
    Journal *m_journal = nullptr;
    Journal::Run m_journalContext;
    bool m_keepEvidence = true;
    QStringList m_ids;
    EvidenceCollector *m_evidence = nullptr;
    DeletionPlan m_plan;
    BulkDeleteEngine *m_engine;
    MemberRemovalEngine *m_memberEngine;
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

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "moderation/Journal.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// The moderation journal for people: every run, filtered by date, profile, acting user, dialog id
// and outcome; a run opens to show every id with what the server said, and the evidence kept
// before a force delete. Runs can be exported as CSV or JSON.
class JournalViewerDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalViewerDialog)

public:
    // The journal is not owned.
    explicit JournalViewerDialog(Journal *journal, QWidget *parent = nullptr);

    QTableWidget *runTable() const { return m_runs; }
    QTableWidget *itemTable() const { return m_items; }
    QPlainTextEdit *evidenceView() const { return m_evidence; }
    QLineEdit *dialogIdFilter() const { return m_dialogId; }
    QComboBox *outcomeFilter() const { return m_outcome; }
    QLineEdit *actingUserFilter() const { return m_actingUser; }
    QComboBox *profileFilter() const { return m_profile; }
    QList<qint64> shownRunIds() const;
    void reload();

private:
    bool matches(const Journal::Run &run) const;
    // What the run did, in a few words: "dialogs, for everyone", "removed user 5 from dialogs".
    static QString actionText(const Journal::Run &run);
    void showRun();
    void showEvidence();
    void exportRuns();

    Journal *m_journal;
    QList<Journal::Run> m_allRuns;
    QCheckBox *m_sinceCheck;
    QDateEdit *m_since;
    QComboBox *m_profile;
    QLineEdit *m_actingUser;
    QLineEdit *m_dialogId;
    QComboBox *m_outcome;
    QTableWidget *m_runs;
    QTableWidget *m_items;
    QPlainTextEdit *m_evidence;
    QLabel *m_runSummary;
    QPushButton *m_export;
};

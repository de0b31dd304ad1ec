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
class UserDirectory;

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
    QComboBox *moderatorFilter() const { return m_moderator; }
    QList<qint64> shownRunIds() const;
    void reload();
    // Names people "Name (login, id)" as the directory learns them; without it, by id. Not owned.
    void setUserDirectory(UserDirectory *users);
    // Shows only the runs that touched this dialog, or that acted as or removed this user.
    void showDialog(const QString &dialogId);
    void showUser(qint64 userId);

private:
    bool matches(const Journal::Run &run) const;
    // What the run did, in a few words: "dialogs, for everyone", "removed user 5 from dialogs".
    QString actionText(const Journal::Run &run) const;
    QString plainActionText(const Journal::Run &run) const;
    QString person(qint64 userId) const;
    // The journal's stored words (answered, deleted, api_key, ...) as people read them.
    QString outcomeText(const QString &outcome) const;
    static QString stateText(Journal::ItemState state);
    static QString authModeText(const QString &authMode);
    static QString statusText(const QString &status);
    void showRun();
    void showEvidence();
    void exportRuns();

    Journal *m_journal;
    UserDirectory *m_users = nullptr;
    QList<Journal::Run> m_allRuns;
    QCheckBox *m_sinceCheck;
    QDateEdit *m_since;
    QComboBox *m_profile;
    QComboBox *m_moderator;
    QLineEdit *m_actingUser;
    QLineEdit *m_dialogId;
    QComboBox *m_outcome;
    QTableWidget *m_runs;
    QTableWidget *m_items;
    QPlainTextEdit *m_evidence;
    QLabel *m_runSummary;
    QPushButton *m_export;
};

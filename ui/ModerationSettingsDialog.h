// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "moderation/ModerationSettings.h"

#include <QDialog>
#include <QSet>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// File › Settings…: the operator-safety settings (evidence, its retention, when a reason is
// required, protected users) and the console's language. Accepts only when the protected user
// ids parse; the caller saves.
class ModerationSettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModerationSettingsDialog)

public:
    explicit ModerationSettingsDialog(
        const ModerationSettings &settings, QWidget *parent = nullptr);

    // What the form holds; valid once the dialog was accepted.
    ModerationSettings settings() const { return m_result; }
    // The chosen language ("de", "pt_BR"), or empty to follow the system's.
    QString language() const;
    void setLanguage(const QString &language);

    // A profile whose journal is a team database: the protected users shown and edited are the
    // team's, kept there (databaseName), and settings() keeps this computer's as they were.
    // users is nullopt when the team's cannot be read (error says why): then they cannot be
    // changed here.
    void showTeamProtection(const QString &databaseName, const std::optional<QSet<qint64>> &users,
        const QString &error);
    bool showsTeamProtection() const { return m_teamProtection; }
    // The team's protected users as typed, and why they changed; valid once accepted.
    QSet<qint64> teamProtectedUsers() const { return m_teamUsers; }
    QString protectionNote() const;
    QLineEdit *protectionNoteEdit() const { return m_protectionNote; }
    QLabel *protectionSourceLabel() const { return m_protectionSource; }

    QCheckBox *keepEvidenceBox() const { return m_keepEvidence; }
    QSpinBox *retentionBox() const { return m_retention; }
    QCheckBox *reasonForForceBox() const { return m_reasonForForce; }
    QCheckBox *reasonOnBehalfOfBox() const { return m_reasonOnBehalfOf; }
    QLineEdit *protectedUsersEdit() const { return m_protectedUsers; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *saveButton() const { return m_save; }
    QComboBox *languageBox() const { return m_language; }

public Q_SLOTS:
    void accept() override;

private:
    ModerationSettings m_result;
    QCheckBox *m_keepEvidence;
    QSpinBox *m_retention;
    QCheckBox *m_reasonForForce;
    QCheckBox *m_reasonOnBehalfOf;
    QLineEdit *m_protectedUsers;
    QLabel *m_protectionSource;
    QLabel *m_protectionNoteLabel;
    QLineEdit *m_protectionNote;
    bool m_teamProtection = false;
    QSet<qint64> m_teamUsers;
    QLabel *m_error;
    QComboBox *m_language;
    QPushButton *m_save = nullptr;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "moderation/DeletionPlan.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

// Asks before a delete or a member removal, with the weight scaled to what it does: the count and
// mode in the title, a preview of every dialog or message, the acting user and profile, the dialogs
// that will come back not permitted, and for force deletes of more than a few dialogs their count
// typed out. Protected users are handled here, in one place: acting as one may be chosen freely
// (browsing does no harm), but a delete sent on their behalf, or one that removes a protected
// owner's dialogs for everyone, lists what is protected and needs the override box checked; the
// journal run then records the override.
//
// Made for the keyboard: focus starts in the reason, Tab goes reason → count → override → the
// action button, Enter acts only when everything required is there (otherwise it moves to what
// is missing), and Enter never cancels.
class DeleteConfirmationDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteConfirmationDialog)

public:
    explicit DeleteConfirmationDialog(const DeletionPlan &plan, QWidget *parent = nullptr);

    const DeletionPlan &plan() const { return m_plan; }
    QLineEdit *typedCountEdit() const { return m_typedCount; }
    QLineEdit *reasonEdit() const { return m_reason; }
    // Shown only when the plan touches protected users.
    QCheckBox *overrideProtectionBox() const { return m_overrideProtection; }
    // The plan with the reason as typed.
    DeletionPlan confirmedPlan() const;
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *showRequestsButton() const { return m_showRequests; }
    // Filled when first shown.
    QPlainTextEdit *requestPreview() const { return m_requests; }

    // Reasons given before, newest first: offered as the reason is typed, and all of them with
    // the Down key.
    void setRecentReasons(const QStringList &reasons);
    // A reason typed into an earlier confirmation that was cancelled: kept, not lost.
    void setDraftReason(const QString &reason);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateConfirmButton();
    // The first thing still missing before the action may run, or null.
    QWidget *firstMissing() const;
    void keepOnScreen();
    QTreeWidget *createDialogPreview(
        const QList<Dialog> &refused, const QList<Dialog> &protectedOwners);
    QTreeWidget *createMessagePreview(const QList<Message> &refused);

    DeletionPlan m_plan;
    QLineEdit *m_typedCount = nullptr;
    QLineEdit *m_reason = nullptr;
    QCheckBox *m_overrideProtection = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_showRequests = nullptr;
    QPlainTextEdit *m_requests = nullptr;
    QLabel *m_missing = nullptr;
};

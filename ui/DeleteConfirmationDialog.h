// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "moderation/DeletionPlan.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
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

private:
    void updateConfirmButton();
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
};

#pragma once

#include "moderation/DeletionPlan.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;

// Asks before a delete, with the weight scaled to what it does: the count and mode in the title,
// a preview of every dialog, the acting user and profile, the dialogs that will come back not
// permitted, and for force deletes of more than a few dialogs their count typed out.
class DeleteConfirmationDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteConfirmationDialog)

public:
    explicit DeleteConfirmationDialog(const DeletionPlan &plan, QWidget *parent = nullptr);

    const DeletionPlan &plan() const { return m_plan; }
    QLineEdit *typedCountEdit() const { return m_typedCount; }
    QLineEdit *reasonEdit() const { return m_reason; }
    // The plan with the reason as typed.
    DeletionPlan confirmedPlan() const;
    QPushButton *confirmButton() const { return m_confirm; }

private:
    void updateConfirmButton();

    DeletionPlan m_plan;
    QLineEdit *m_typedCount = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_confirm = nullptr;
};

// SPDX-License-Identifier: Apache-2.0

#include "Prompter.h"

#include <QFileDialog>
#include <QMessageBox>

namespace {

class MessageBoxPrompter final : public Prompter {
public:
    bool confirm(
        QWidget *parent, const QString &title, const QString &question, EnterAnswers enter) override
    {
        const QMessageBox::StandardButton defaultButton
            = enter == EnterAnswers::No ? QMessageBox::No : QMessageBox::NoButton;
        return QMessageBox::question(
                   parent, title, question, QMessageBox::Yes | QMessageBox::No, defaultButton)
            == QMessageBox::Yes;
    }
    void warn(QWidget *parent, const QString &title, const QString &message) override
    {
        QMessageBox::warning(parent, title, message);
    }
    void inform(QWidget *parent, const QString &title, const QString &message) override
    {
        QMessageBox::information(parent, title, message);
    }
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
        const QString &filter) override
    {
        return QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
    }
};

Prompter *installed = nullptr;

} // namespace

Prompter *Prompter::current()
{
    static MessageBoxPrompter messageBoxes;
    return installed ? installed : &messageBoxes;
}

void Prompter::setCurrent(Prompter *prompter)
{
    installed = prompter;
}

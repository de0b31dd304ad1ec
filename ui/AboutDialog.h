// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

// Help › About: the version, our licence and the licences of the libraries we ship (Qt and
// QtKeychain), each readable in full.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QComboBox *licenceChooser() const { return m_licences; }
    QPlainTextEdit *licenceText() const { return m_text; }

private:
    void showLicence(int index);

    QComboBox *m_licences;
    QPlainTextEdit *m_text;
};

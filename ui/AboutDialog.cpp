// SPDX-License-Identifier: Apache-2.0

#include "AboutDialog.h"

#include "support/Version.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_licences(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("About qbmod"));

    auto *title = new QLabel(u"<h2>qbmod %1</h2>"_s.arg(QString::fromLatin1(Version::text)), this);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summary = new QLabel(tr("A moderation console for QuickBlox chat applications.")
            + u"<br>"_s
            + u"<a href=\"https://github.com/qbmod/qbmod\">https://github.com/qbmod/qbmod</a>"_s,
        this);
    summary->setOpenExternalLinks(true);
    auto *licensing = new QLabel(tr("qbmod is free software under the Apache License 2.0. It "
                                    "uses Qt %1 under the GNU Lesser General Public License "
                                    "version 3, and QtKeychain under a BSD licence.")
                                     .arg(QString::fromLatin1(qVersion())),
        this);
    licensing->setWordWrap(true);

    m_licences->addItem(tr("qbmod: Apache License 2.0"), u":/licences/Apache-2.0.txt"_s);
    m_licences->addItem(
        tr("Qt: GNU Lesser General Public License 3"), u":/licences/LGPL-3.0.txt"_s);
    m_licences->addItem(tr("Qt: GNU General Public License 3, which the LGPL extends"),
        u":/licences/GPL-3.0.txt"_s);
    m_licences->addItem(tr("QtKeychain: BSD licence"), u":/licences/QtKeychain.txt"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(m_licences, &QComboBox::currentIndexChanged, this, &AboutDialog::showLicence);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addWidget(licensing);
    layout->addWidget(m_licences);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(640, 520);
    showLicence(0);
}

void AboutDialog::showLicence(int index)
{
    QFile file(m_licences->itemData(index).toString());
    // The texts are compiled in; a missing one is a build mistake the tests catch.
    m_text->setPlainText(
        file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString());
}

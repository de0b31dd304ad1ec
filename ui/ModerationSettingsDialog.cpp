// SPDX-License-Identifier: Apache-2.0

#include "ModerationSettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ModerationSettingsDialog::ModerationSettingsDialog(
    const ModerationSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_result(settings)
    , m_keepEvidence(new QCheckBox(tr("&Keep evidence before deleting for everyone"), this))
    , m_retention(new QSpinBox(this))
    , m_reasonForForce(new QCheckBox(tr("Require a reason to delete for &everyone"), this))
    , m_reasonOnBehalfOf(new QCheckBox(tr("Require a reason to act on &behalf of a user"), this))
    , m_protectedUsers(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"moderationSettings"_s);
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *evidence = new QGroupBox(tr("Evidence"), this);
    auto *evidenceLayout = new QFormLayout(evidence);
    m_keepEvidence->setObjectName(u"keepEvidence"_s);
    m_keepEvidence->setToolTip(tr("Each dialog and its latest messages are saved in the journal "
                                  "before it is deleted for everyone."));
    m_keepEvidence->setChecked(settings.keepEvidence);
    evidenceLayout->addRow(m_keepEvidence);
    m_retention->setObjectName(u"evidenceRetentionDays"_s);
    m_retention->setRange(0, 3650);
    m_retention->setValue(settings.evidenceRetentionDays);
    evidenceLayout->addRow(tr("&Delete evidence older than N days (0 = keep):"), m_retention);
    layout->addWidget(evidence);

    auto *reason = new QGroupBox(tr("Reason"), this);
    auto *reasonLayout = new QVBoxLayout(reason);
    m_reasonForForce->setObjectName(u"reasonForForce"_s);
    m_reasonForForce->setChecked(settings.reasonForForce);
    m_reasonOnBehalfOf->setObjectName(u"reasonOnBehalfOf"_s);
    m_reasonOnBehalfOf->setChecked(settings.reasonOnBehalfOf);
    reasonLayout->addWidget(m_reasonForForce);
    reasonLayout->addWidget(m_reasonOnBehalfOf);
    layout->addWidget(reason);

    auto *protection = new QGroupBox(tr("Protected users"), this);
    auto *protectionLayout = new QVBoxLayout(protection);
    auto *explanation = new QLabel(tr("Their dialogs are not deleted for everyone and nothing is "
                                      "deleted on their behalf unless you override the "
                                      "protection, which the journal records."),
        protection);
    explanation->setWordWrap(true);
    protectionLayout->addWidget(explanation);
    m_protectedUsers->setObjectName(u"protectedUsers"_s);
    m_protectedUsers->setAccessibleName(tr("Protected user ids"));
    m_protectedUsers->setPlaceholderText(tr("User ids, separated by commas"));
    m_protectedUsers->setText(settings.protectedUsersText());
    auto *idsLabel = new QLabel(tr("User &ids:"), protection);
    idsLabel->setBuddy(m_protectedUsers);
    protectionLayout->addWidget(idsLabel);
    protectionLayout->addWidget(m_protectedUsers);
    layout->addWidget(protection);

    m_error->setObjectName(u"settingsError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"QLabel { color: #b00020; }"_s);
    m_error->hide();
    layout->addWidget(m_error);
    connect(m_protectedUsers, &QLineEdit::textChanged, m_error, &QWidget::hide);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveSettings"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ModerationSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ModerationSettingsDialog::accept()
{
    QString error;
    const auto ids = ModerationGuard::parseUserIds(m_protectedUsers->text(), &error);
    if (!ids) {
        m_error->setText(tr("Protected users: %1 Nothing was saved.").arg(error));
        m_error->show();
        m_protectedUsers->setFocus();
        return;
    }
    m_result.keepEvidence = m_keepEvidence->isChecked();
    m_result.evidenceRetentionDays = m_retention->value();
    m_result.reasonForForce = m_reasonForForce->isChecked();
    m_result.reasonOnBehalfOf = m_reasonOnBehalfOf->isChecked();
    m_result.protectedUsers = *ids;
    QDialog::accept();
}

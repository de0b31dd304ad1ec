// SPDX-License-Identifier: Apache-2.0

#include "ModerationSettingsDialog.h"

#include "support/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    , m_protectionSource(new QLabel(this))
    , m_protectionNoteLabel(new QLabel(tr("&Why (kept with the change):"), this))
    , m_protectionNote(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_language(new QComboBox(this))
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
    // Shown for a team database only: where the list lives and why it changed.
    m_protectionSource->setObjectName(u"protectionSource"_s);
    m_protectionSource->setWordWrap(true);
    m_protectionSource->setTextFormat(Qt::PlainText);
    m_protectionSource->hide();
    protectionLayout->addWidget(m_protectionSource);
    m_protectionNote->setObjectName(u"protectionNote"_s);
    m_protectionNoteLabel->setBuddy(m_protectionNote);
    m_protectionNoteLabel->hide();
    m_protectionNote->hide();
    protectionLayout->addWidget(m_protectionNoteLabel);
    protectionLayout->addWidget(m_protectionNote);
    layout->addWidget(protection);

    // Applied at the next start: every window would otherwise have to re-read its texts.
    auto *language = new QGroupBox(tr("Language"), this);
    auto *languageLayout = new QFormLayout(language);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("The system's language"), QString());
    const QStringList languages = Translations::available();
    for (const QString &name : languages) {
        const QLocale locale(name);
        const QString native = name.contains(u'_')
            ? u"%1 (%2)"_s.arg(locale.nativeLanguageName(), locale.nativeTerritoryName())
            : locale.nativeLanguageName();
        m_language->addItem(native, name);
    }
    languageLayout->addRow(tr("&Language of the console:"), m_language);
    auto *restart = new QLabel(tr("Takes effect when qbmod starts again."), language);
    restart->setWordWrap(true);
    languageLayout->addRow(restart);
    layout->addWidget(language);

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

QString ModerationSettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void ModerationSettingsDialog::setLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

void ModerationSettingsDialog::showTeamProtection(
    const QString &databaseName, const std::optional<QSet<qint64>> &users, const QString &error)
{
    m_teamProtection = true;
    m_protectionSource->show();
    if (!users) {
        m_protectedUsers->clear();
        m_protectedUsers->setEnabled(false);
        m_protectionSource->setText(
            tr("The team's protected users cannot be read from %1, so nothing can be deleted "
               "until they can: %2")
                .arg(databaseName, error));
        return;
    }
    ModerationSettings team;
    team.protectedUsers = *users;
    m_teamUsers = *users;
    m_protectedUsers->setText(team.protectedUsersText());
    m_protectionSource->setText(
        tr("Shared by the whole team in %1: every moderator's console and qbmodctl use this "
           "list. Each change is recorded there with your database user, and a removal too.")
            .arg(databaseName));
    m_protectionNoteLabel->show();
    m_protectionNote->show();
}

QString ModerationSettingsDialog::protectionNote() const
{
    return m_protectionNote->text().trimmed();
}

void ModerationSettingsDialog::accept()
{
    QString error;
    std::optional<QSet<qint64>> ids;
    if (m_protectedUsers->isEnabled()) {
        ids = ModerationGuard::parseUserIds(m_protectedUsers->text(), &error);
        if (!ids) {
            m_error->setText(tr("Protected users: %1 Nothing was saved.").arg(error));
            m_error->show();
            m_protectedUsers->setFocus();
            return;
        }
    }
    m_result.keepEvidence = m_keepEvidence->isChecked();
    m_result.evidenceRetentionDays = m_retention->value();
    m_result.reasonForForce = m_reasonForForce->isChecked();
    m_result.reasonOnBehalfOf = m_reasonOnBehalfOf->isChecked();
    // This computer's list stays as it was when the team's is shown.
    if (ids && m_teamProtection)
        m_teamUsers = *ids;
    else if (ids)
        m_result.protectedUsers = *ids;
    QDialog::accept();
}

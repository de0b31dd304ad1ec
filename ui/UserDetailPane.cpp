// SPDX-License-Identifier: Apache-2.0

#include "UserDetailPane.h"

#include "support/LocalTime.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UserDetailPane::UserDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
{
    setObjectName(u"userDetail"_s);
    m_title->setObjectName(u"userTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setStyleSheet(u"font-weight: bold;"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    layout->addStretch();
    const QList<std::pair<QString, QString>> fields {
        { tr("Id:"), u"id"_s },
        { tr("Login:"), u"login"_s },
        { tr("Full name:"), u"fullName"_s },
        { tr("Email:"), u"email"_s },
        { tr("Phone:"), u"phone"_s },
        { tr("Tags:"), u"tags"_s },
        { tr("Created:"), u"created"_s },
        { tr("Last request:"), u"lastRequest"_s },
    };
    for (const auto &[label, name] : fields) {
        auto *value = new QLabel(this);
        value->setObjectName(name);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        form->addRow(label, value);
        m_fields.append(value);
    }
    showUser(std::nullopt);
}

void UserDetailPane::showUser(const std::optional<ChatUser> &user)
{
    if (!user) {
        m_title->setText(tr("No user selected"));
        for (QLabel *field : std::as_const(m_fields))
            field->clear();
        return;
    }
    const auto date
        = [](const QDateTime &time) { return time.isValid() ? LocalTime::text(time) : QString(); };
    const QStringList values { QString::number(user->id), user->login, user->fullName, user->email,
        user->phone, user->tags.join(u", "_s), date(user->createdAt), date(user->lastRequestAt) };
    m_title->setText(user->identity());
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        m_fields.at(i)->setText(values.at(i));
}

QString UserDetailPane::fieldText(const QString &objectName) const
{
    for (const QLabel *field : m_fields) {
        if (field->objectName() == objectName)
            return field->text();
    }
    return {};
}

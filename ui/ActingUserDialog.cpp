// SPDX-License-Identifier: Apache-2.0

#include "ActingUserDialog.h"

#include "api/UserFinder.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ActingUserDialog::ActingUserDialog(ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_finder(new UserFinder(client, this))
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_typingDelay(new QTimer(this))
{
    setObjectName(u"actingUserDialog"_s);
    setWindowTitle(tr("Act as a user"));
    auto *explanation = new QLabel(tr("Every request will be made on behalf of the chosen user "
                                      "(On-Behalf-Of) until you stop acting as them."),
        this);
    explanation->setWordWrap(true);
    m_search->setObjectName(u"userSearch"_s);
    m_search->setPlaceholderText(tr("User id, login, email or full name"));
    m_search->setAccessibleName(tr("Search users"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(u"userResults"_s);
    m_results->setAccessibleName(tr("Matching users"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // it quotes the server's error text

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Act as this user"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_typingDelay->setSingleShot(true);
    m_typingDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_typingDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ActingUserDialog::search);
    connect(m_typingDelay, &QTimer::timeout, this, &ActingUserDialog::search);
    connect(m_results, &QListWidget::currentRowChanged, this,
        [buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    connect(m_results, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_finder, &UserFinder::found, this, [this](const QList<ChatUser> &users, int total) {
        m_users = users;
        m_results->clear();
        for (const ChatUser &user : users) {
            m_results->addItem(user.identity());
        }
        m_status->setText(tr("%n user(s) found", nullptr, total));
        if (!users.isEmpty())
            m_results->setCurrentRow(0);
    });
    connect(m_finder, &UserFinder::failed, this, [this](const ApiError &error) {
        m_status->setText(tr("Search failed: %1").arg(error.message()));
    });
    resize(480, 420);
}

void ActingUserDialog::search()
{
    m_typingDelay->stop();
    const QString text = m_search->text();
    if (!m_finder->find(text, 50))
        m_status->setText(UserFinder::invalidText(text));
    else
        m_status->setText(tr("Searching…"));
}

std::optional<ChatUser> ActingUserDialog::selectedUser() const
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_users.size())
        return std::nullopt;
    return m_users.at(row);
}

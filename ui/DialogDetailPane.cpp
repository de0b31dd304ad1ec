// SPDX-License-Identifier: Apache-2.0

#include "DialogDetailPane.h"

#include "api/ApiClient.h"
#include "api/UserDirectory.h"
#include "api/endpoints/ListMessagesEndpoint.h"
#include "support/LocalTime.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DialogDetailPane::DialogDetailPane(ApiClient *client, UserDirectory *users, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_users(users)
    , m_title(new QLabel(this))
    , m_fields(new QLabel(this))
    , m_members(new QListWidget(this))
    , m_messages(new QPlainTextEdit(this))
    , m_messageDelay(new QTimer(this))
{
    setObjectName(u"detailPane"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_fields->setTextFormat(Qt::PlainText);
    m_fields->setWordWrap(true);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_members->setAccessibleName(tr("Members"));
    m_messages->setReadOnly(true);
    m_messages->setObjectName(u"latestMessages"_s);
    m_messages->setAccessibleName(tr("Latest messages"));

    // Tab into the pane lands on its members, then its messages.
    setFocusProxy(m_members);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_fields);
    layout->addWidget(new QLabel(tr("Members"), this));
    layout->addWidget(m_members, 1);
    layout->addWidget(new QLabel(tr("Latest messages"), this));
    layout->addWidget(m_messages, 2);

    // Holding an arrow key moves through many rows; only the one the user stops on is fetched.
    m_messageDelay->setSingleShot(true);
    m_messageDelay->setInterval(150);
    connect(m_messageDelay, &QTimer::timeout, this, &DialogDetailPane::loadMessages);
    connect(m_users, &UserDirectory::usersResolved, this, &DialogDetailPane::refreshMembers);
    showDialog(std::nullopt);
}

void DialogDetailPane::showDialog(const std::optional<Dialog> &dialog)
{
    m_dialog = dialog;
    ++m_messageRequest;
    m_messages->clear();
    if (!dialog) {
        m_title->setText(tr("No dialog selected"));
        m_fields->clear();
        m_members->clear();
        m_messages->setPlaceholderText(QString());
        m_messageDelay->stop();
        return;
    }
    m_title->setText(dialog->name.isEmpty() ? dialog->id : dialog->name);
    const QString lastActivity
        = dialog->lastMessageAt.isValid() ? LocalTime::text(dialog->lastMessageAt) : tr("never");
    m_fields->setText(
        tr("Id: %1\nType: %2\nOwner: %3\nCreated: %4\nLast activity: %5")
            .arg(dialog->id, Dialog::typeName(dialog->type), m_users->identity(dialog->ownerId),
                LocalTime::text(dialog->createdAt), lastActivity));
    m_users->resolve(dialog->occupantIds + QList<qint64> { dialog->ownerId });
    refreshMembers();
    m_messages->setPlaceholderText(tr("Loading messages…"));
    m_messageDelay->start();
}

void DialogDetailPane::refreshMembers()
{
    m_members->clear();
    if (!m_dialog)
        return;
    if (m_dialog->type == DialogType::Public) {
        m_members->addItem(tr("Everyone in the application (public dialog)"));
        return;
    }
    for (const qint64 id : std::as_const(m_dialog->occupantIds)) {
        QString text = m_users->identity(id);
        if (id == m_dialog->ownerId)
            text += u' ' + tr("– owner");
        m_members->addItem(text);
    }
}

void DialogDetailPane::loadMessages()
{
    if (!m_dialog)
        return;
    MessageQuery query;
    query.dialogId = m_dialog->id;
    query.onBehalfOf = m_onBehalfOf;
    const quint64 request = m_messageRequest;
    m_client->send(ListMessagesEndpoint::build(query, 0, latestMessageCount), this,
        [this, request](const ApiReply &reply) {
            if (request != m_messageRequest)
                return; // the user moved on
            const auto page = ListMessagesEndpoint::parse(reply);
            if (!page.ok()) {
                m_messages->setPlaceholderText(
                    tr("Messages could not be loaded: %1").arg(page.error.message()));
                return;
            }
            if (page.value.items.isEmpty()) {
                m_messages->setPlaceholderText(tr("No messages."));
                return;
            }
            QStringList lines;
            QList<qint64> senders;
            for (const Message &message : page.value.items) {
                QString line = u"[%1] %2: %3"_s.arg(LocalTime::text(message.sentAt),
                    m_users->identity(message.senderId), message.text);
                if (!message.attachments.isEmpty())
                    line += u' '
                        + tr("(%n attachment(s), not downloaded)", nullptr,
                            static_cast<int>(message.attachments.size()));
                lines.append(line);
                senders.append(message.senderId);
            }
            m_users->resolve(senders);
            m_messages->setPlainText(lines.join(u'\n'));
        });
}

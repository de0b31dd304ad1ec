// SPDX-License-Identifier: Apache-2.0

#include "MessageViewer.h"

#include "HeaderWidths.h"
#include "LoadAllBar.h"
#include "models/MessageListLoader.h"
#include "models/MessageTableModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MessageViewer::MessageViewer(QWidget *parent)
    : QWidget(parent)
    , m_model(new MessageTableModel(this))
    , m_status(new QLabel(this))
    , m_onlySender(new QCheckBox(tr("Only this user's &messages"), this))
    , m_table(new QTableView(this))
    , m_text(new QPlainTextEdit(this))
    , m_loadMore(new QPushButton(tr("Load more messages"), this))
    , m_loadAll(new LoadAllBar(tr("Load all messages"), u"messages"_s, this))
{
    setObjectName(u"messageViewer"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true); // names and counts must not widen the page
    m_onlySender->setObjectName(u"onlySender"_s);
    m_onlySender->setChecked(true);
    m_table->setObjectName(u"messageTable"_s);
    m_table->setAccessibleName(tr("Messages"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setColumnWidth(MessageTableModel::Sent, 130);
    m_table->setColumnWidth(MessageTableModel::Sender, 130);
    m_table->horizontalHeader()->setSectionResizeMode(
        MessageTableModel::Text, QHeaderView::Stretch);
    HeaderWidths::fit(m_table);
    // The full text of the current message: a plain-text widget never interprets markup.
    m_text->setObjectName(u"messageText"_s);
    m_text->setAccessibleName(tr("Selected message"));
    m_text->setReadOnly(true);
    m_loadMore->setObjectName(u"loadMoreMessages"_s);
    m_loadMore->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_onlySender);
    top->addStretch();
    top->addWidget(m_loadMore);
    top->addWidget(m_loadAll);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_onlySender, &QCheckBox::toggled, this, &MessageViewer::reload);
    connect(m_loadMore, &QPushButton::clicked, this, [this] {
        if (m_loader)
            m_loader->loadMore();
    });
    connect(m_loadAll, &LoadAllBar::loadAllRequested, this, [this] {
        if (m_loader)
            m_loader->loadAll();
    });
    connect(m_loadAll, &LoadAllBar::cancelRequested, this, &MessageViewer::stopLoading);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MessageViewer::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MessageViewer::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MessageViewer::showCurrent);
    updateStatus();
}

void MessageViewer::setClient(ApiClient *client, UserDirectory *users)
{
    delete m_loader;
    m_loader = new MessageListLoader(client, m_model, users, this);
    connect(m_loader, &MessageListLoader::loadingChanged, this, &MessageViewer::updateStatus);
    connect(m_loader, &MessageListLoader::pageLoaded, this, &MessageViewer::updateStatus);
    connect(m_loader, &MessageListLoader::progressChanged, this,
        [this](int loaded) { m_loadAll->setProgress(loaded, -1); });
    connect(m_loader, &MessageListLoader::failed, this, [this](const ApiError &error) {
        m_status->setText(tr("Could not load messages: %1").arg(error.message()));
    });
    connect(m_loader, &MessageListLoader::limitReached, this, [this](int loaded) {
        m_status->setText(
            tr("Loaded the first %1 messages: the console holds at most %2. List "
               "them all with qbmodctl messages list --all --jsonl.")
                .arg(QLocale().toString(loaded), QLocale().toString(m_loader->loadAllLimit())));
    });
    clear();
}

void MessageViewer::showDialog(
    const QString &dialogId, std::optional<qint64> senderId, std::optional<qint64> onBehalfOf)
{
    m_query = MessageQuery {};
    m_query.dialogId = dialogId;
    m_query.onBehalfOf = onBehalfOf;
    m_senderId = senderId;
    m_onlySender->setEnabled(senderId.has_value());
    reload();
}

void MessageViewer::clear()
{
    showDialog({}, std::nullopt, std::nullopt);
}

void MessageViewer::reload()
{
    m_query.senderId = m_onlySender->isChecked() ? m_senderId : std::nullopt;
    if (m_loader)
        m_loader->setQuery(m_query);
    else
        m_model->clear();
    updateStatus();
}

void MessageViewer::removeMessages(const QStringList &ids)
{
    if (m_loader)
        m_loader->forgetMessages(ids);
    else
        m_model->removeMessages(ids);
    updateStatus();
}

void MessageViewer::stopLoading()
{
    if (m_loader)
        m_loader->cancel();
}

QList<Message> MessageViewer::selectedMessages() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<Message> messages;
    for (const int row : std::as_const(rows))
        messages.append(m_model->messageAt(row));
    return messages;
}

void MessageViewer::showCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_text->clear();
        return;
    }
    const Message &message = m_model->messageAt(current.row());
    QString text = tr("From %1, %2")
                       .arg(m_model->senderName(message.senderId),
                           QLocale().toString(message.sentAt.toLocalTime(), QLocale::LongFormat));
    text += u"\n\n"_s + message.text;
    if (!message.attachments.isEmpty()) {
        // Listed only: fetching an attachment would tell its sender that someone looked.
        text += u"\n\n"_s
            + tr("Attachments (not downloaded): %1")
                  .arg(MessageTableModel::attachmentsText(message));
    }
    m_text->setPlainText(text);
}

void MessageViewer::updateStatus()
{
    const bool loading = m_loader && m_loader->isLoading();
    m_loadMore->setEnabled(m_loader && m_loader->canLoadMore());
    m_loadAll->setAvailable(m_loader && m_loader->canLoadMore());
    m_loadAll->setRunning(m_loader && m_loader->isLoadingAll());
    if (m_query.dialogId.isEmpty())
        m_status->setText(tr("Choose a dialog to read its messages."));
    else if (loading)
        m_status->setText(tr("Loading messages…"));
    else
        m_status->setText(tr("%n message(s) loaded", nullptr, m_model->rowCount()));
}

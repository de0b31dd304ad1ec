// SPDX-License-Identifier: Apache-2.0

#include "MessageListLoader.h"

#include "MessageTableModel.h"
#include "api/MessageCollector.h"
#include "api/UserDirectory.h"
#include "api/endpoints/PageNumbers.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

MessageListLoader::MessageListLoader(
    ApiClient *client, MessageTableModel *model, UserDirectory *users, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_users(users)
    , m_page(client)
{
    connect(m_users, &UserDirectory::usersResolved, this,
        [this] { m_model->setUserNames(m_users->identities()); });
}

void MessageListLoader::setQuery(const MessageQuery &query)
{
    cancel();
    m_query = query;
    m_model->clear();
    m_nextSkip = 0;
    m_hasMore = false;
    if (!query.dialogId.isEmpty())
        requestPage(true);
}

void MessageListLoader::loadMore()
{
    if (!canLoadMore())
        return;
    if (m_page.isReady()) {
        showPage(m_page.take());
        return;
    }
    if (m_page.isOnItsWay()) {
        // The page is already on its way: shown as soon as it comes.
        m_page.showOnArrival();
        Q_EMIT loadingChanged(true);
        return;
    }
    requestPage(true);
}

void MessageListLoader::loadAll()
{
    if (m_collector || m_query.dialogId.isEmpty())
        return;
    const bool wasLoading = isLoading();
    m_page.drop();
    m_collector = new MessageCollector(m_client, this);
    connect(m_collector, &MessageCollector::pageLoaded, this,
        [this](int, const QList<Message> &messages) {
            appendFresh(messages);
            Q_EMIT progressChanged(m_model->rowCount());
        });
    const auto stop = [this] {
        const bool loading = isLoading();
        m_collector->deleteLater();
        m_collector = nullptr;
        m_nextSkip = m_model->rowCount();
        announceLoadingChange(this, loading);
    };
    connect(m_collector, &MessageCollector::finished, this, [this, stop] {
        const bool capped = m_collector->loadedCount() >= m_loadAllLimit;
        m_hasMore = capped;
        stop();
        Q_EMIT pageLoaded(m_model->rowCount(), m_hasMore);
        if (capped)
            Q_EMIT limitReached(m_model->rowCount());
    });
    connect(m_collector, &MessageCollector::failed, this, [this, stop](const ApiError &error) {
        m_hasMore = true;
        stop();
        Q_EMIT failed(error);
    });
    m_collector->start(m_query, m_loadAllLimit, m_pageSize);
    announceLoadingChange(this, wasLoading);
}

void MessageListLoader::cancel()
{
    const bool wasLoading = isLoading();
    m_page.drop();
    if (m_collector) {
        m_collector->cancel();
        m_collector->deleteLater();
        m_collector = nullptr;
        m_nextSkip = m_model->rowCount();
        m_hasMore = true;
    }
    announceLoadingChange(this, wasLoading);
}

void MessageListLoader::forgetMessages(const QStringList &ids)
{
    const int before = m_model->rowCount();
    m_model->removeMessages(ids);
    // A page fetched ahead was cut at the old offsets: asked for again.
    const bool wasLoading = isLoading();
    if (!m_collector && m_page.isAhead())
        m_page.drop();
    m_nextSkip = std::max(0, m_nextSkip - (before - m_model->rowCount()));
    announceLoadingChange(this, wasLoading);
    prefetch();
}

void MessageListLoader::prefetch()
{
    if (m_page.isIdle() && !m_collector && m_hasMore && !m_query.dialogId.isEmpty())
        requestPage(false);
}

void MessageListLoader::appendFresh(const QList<Message> &messages)
{
    // Messages that arrived meanwhile push older ones to later offsets: each is shown once.
    QList<Message> fresh;
    QSet<qint64> senders;
    for (const Message &message : messages) {
        if (m_model->rowOf(message.id) >= 0)
            continue;
        fresh.append(message);
        senders.insert(message.senderId);
    }
    m_model->setUserNames(m_users->identities());
    m_model->appendPage(fresh);
    m_users->resolve(QList<qint64>(senders.cbegin(), senders.cend()));
}

void MessageListLoader::showPage(const QList<Message> &messages)
{
    const int count = static_cast<int>(messages.size());
    m_nextSkip += count;
    // No total in this envelope: a short page, and so an empty one, is the last.
    m_hasMore = count >= m_pageSize;
    appendFresh(messages);
    Q_EMIT pageLoaded(m_model->rowCount(), m_hasMore);
    prefetch();
}

void MessageListLoader::requestPage(bool show)
{
    const int asked = m_pageSize;
    m_page.send(ListMessagesEndpoint::build(m_query, m_nextSkip, asked), show, this,
        [this, asked](const ApiReply &reply, bool shown) {
            const auto page = ListMessagesEndpoint::parse(reply);
            if (shown)
                Q_EMIT loadingChanged(false);
            if (!page.ok()) {
                // A page fetched ahead that failed is asked for again when it is wanted.
                if (shown && page.error.kind() != ApiError::Kind::Cancelled)
                    Q_EMIT failed(page.error);
                return;
            }
            const int count = static_cast<int>(page.value.items.size());
            if (const auto oversized
                = PageNumbers::oversizedPage(count, asked, u"messages"_s, reply)) {
                if (shown)
                    Q_EMIT failed(*oversized);
                return;
            }
            if (shown)
                showPage(page.value.items);
            else
                m_page.hold(page.value.items);
        });
    if (show)
        Q_EMIT loadingChanged(true);
}

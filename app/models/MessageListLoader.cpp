// SPDX-License-Identifier: Apache-2.0

#include "MessageListLoader.h"

#include "MessageTableModel.h"
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
        requestPage();
}

void MessageListLoader::loadMore()
{
    if (canLoadMore())
        requestPage();
}

void MessageListLoader::cancel()
{
    ++m_generation; // an answer to a cancelled call arrives later and is ignored
    if (!m_call)
        return;
    m_client->cancel(m_call);
    m_call = 0;
    Q_EMIT loadingChanged(false);
}

void MessageListLoader::forgetMessages(const QStringList &ids)
{
    const int before = m_model->rowCount();
    m_model->removeMessages(ids);
    m_nextSkip = std::max(0, m_nextSkip - (before - m_model->rowCount()));
}

void MessageListLoader::requestPage()
{
    const quint64 generation = m_generation;
    m_call = m_client->send(ListMessagesEndpoint::build(m_query, m_nextSkip, m_pageSize), this,
        [this, generation](const ApiReply &reply) {
            if (generation != m_generation)
                return;
            m_call = 0;
            const auto page = ListMessagesEndpoint::parse(reply);
            Q_EMIT loadingChanged(false);
            if (!page.ok()) {
                if (page.error.kind() != ApiError::Kind::Cancelled)
                    Q_EMIT failed(page.error);
                return;
            }
            const int count = static_cast<int>(page.value.items.size());
            if (const auto oversized
                = PageNumbers::oversizedPage(count, m_pageSize, u"messages"_s, reply)) {
                Q_EMIT failed(*oversized);
                return;
            }
            m_nextSkip += count;
            // No total in this envelope: a short page, and so an empty one, is the last.
            m_hasMore = count >= m_pageSize;
            QSet<qint64> senders;
            for (const Message &message : page.value.items)
                senders.insert(message.senderId);
            m_model->setUserNames(m_users->identities());
            m_model->appendPage(page.value.items);
            m_users->resolve(QList<qint64>(senders.cbegin(), senders.cend()));
            Q_EMIT pageLoaded(m_model->rowCount(), m_hasMore);
        });
    Q_EMIT loadingChanged(true);
}

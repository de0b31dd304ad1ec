#include "UserListLoader.h"

#include "UserTableModel.h"

UserListLoader::UserListLoader(ApiClient *client, UserTableModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
}

void UserListLoader::setSearch(const UserSearch &search)
{
    cancel();
    m_search = search;
    m_model->clear();
    m_nextPage = 1;
    m_total = -1;
    requestPage(1);
}

bool UserListLoader::canLoadMore() const
{
    return !isLoading() && m_total >= 0 && m_model->rowCount() < m_total;
}

void UserListLoader::loadMore()
{
    if (canLoadMore())
        requestPage(m_nextPage);
}

void UserListLoader::cancel()
{
    ++m_generation; // an answer to a cancelled call arrives later and is ignored
    if (!m_call)
        return;
    m_client->cancel(m_call);
    m_call = 0;
    Q_EMIT loadingChanged(false);
}

void UserListLoader::requestPage(int page)
{
    const quint64 generation = m_generation;
    m_call = m_client->send(ListUsersEndpoint::build(m_search, page, pageSize), this,
        [this, generation](const ApiReply &reply) {
            if (generation != m_generation)
                return;
            m_call = 0;
            const auto result = ListUsersEndpoint::parse(reply);
            Q_EMIT loadingChanged(false);
            if (!result.ok()) {
                if (result.error.kind() != ApiError::Kind::Cancelled)
                    Q_EMIT failed(result.error);
                return;
            }
            m_model->appendPage(result.value.items);
            ++m_nextPage;
            // A page shorter than asked is the last, whatever the total claims.
            m_total = result.value.items.size() < pageSize
                ? m_model->rowCount()
                : std::max(result.value.totalEntries, m_model->rowCount());
            Q_EMIT pageLoaded(m_model->rowCount(), m_total);
        });
    Q_EMIT loadingChanged(true);
}

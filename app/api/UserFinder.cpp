// SPDX-License-Identifier: Apache-2.0

#include "UserFinder.h"

#include "endpoints/GetUserEndpoint.h"
#include "endpoints/ListUsersEndpoint.h"

#include <algorithm>

UserFinder::UserFinder(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QString UserFinder::invalidText(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    trimmed.toLongLong(&isNumber);
    if (!trimmed.isEmpty() && !isNumber && !trimmed.contains(u'@') && trimmed.size() < 3)
        return tr("Searching by name needs at least 3 characters.");
    return {};
}

QList<UserSearch> UserFinder::searchesFor(const QString &text)
{
    if (!invalidText(text).isEmpty())
        return {};
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return { UserSearch {} };
    bool isNumber = false;
    const qint64 id = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return { UserSearch::forIds({ id }) };
    const UserSearch search = UserSearch::fromText(trimmed);
    if (search.by == UserSearch::By::FullName)
        return { search, UserSearch { UserSearch::By::Login, trimmed, {}, {} } };
    return { search };
}

void UserFinder::cancel()
{
    const auto calls = m_calls;
    m_calls.clear();
    for (const ApiClient::CallId id : calls)
        m_client->cancel(id);
}

bool UserFinder::find(const QString &text, int limit)
{
    cancel();
    m_users.clear();
    m_totalEntries = 0;
    m_error = {};
    if (!invalidText(text).isEmpty())
        return false;
    const int perPage = std::clamp(limit, 1, int(ListUsersEndpoint::maxPerPage));
    const QList<UserSearch> searches = searchesFor(text);
    for (const UserSearch &search : searches) {
        if (search.by == UserSearch::By::Ids)
            lookUp(GetUserEndpoint::build(search.ids.constFirst()), true);
        else
            lookUp(ListUsersEndpoint::build(
                       search, 1, search.by == UserSearch::By::Login ? 1 : perPage),
                false);
    }
    return true;
}

void UserFinder::lookUp(const ApiRequest &request, bool singleUser)
{
    auto id = std::make_shared<ApiClient::CallId>(0);
    *id = m_client->send(request, this, [this, singleUser, id](const ApiReply &reply) {
        if (!m_calls.removeOne(*id))
            return; // cancelled
        QList<ChatUser> users;
        if (singleUser) {
            const auto user = GetUserEndpoint::parse(reply);
            if (user.ok())
                users.append(user.value);
            else if (user.error.kind() != ApiError::Kind::NotFound)
                m_error = user.error;
        } else {
            const auto page = ListUsersEndpoint::parse(reply);
            if (page.ok()) {
                users = page.value.items;
                m_totalEntries = std::max(m_totalEntries, page.value.totalEntries);
            } else {
                m_error = page.error;
            }
        }
        for (const ChatUser &user : std::as_const(users)) {
            const bool known = std::any_of(m_users.cbegin(), m_users.cend(),
                [&user](const ChatUser &other) { return other.id == user.id; });
            if (!known)
                m_users.append(user);
        }
        if (!m_calls.isEmpty())
            return;
        if (m_error.isError()) {
            Q_EMIT failed(m_error);
            return;
        }
        Q_EMIT found(m_users, std::max(m_totalEntries, static_cast<int>(m_users.size())));
    });
    m_calls.append(*id);
}

// SPDX-License-Identifier: Apache-2.0

#include "UserDirectory.h"

#include "endpoints/ListUsersEndpoint.h"

UserDirectory::UserDirectory(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void UserDirectory::resolve(const QList<qint64> &ids)
{
    QList<qint64> wanted;
    for (const qint64 id : ids) {
        if (id <= 0 || m_users.contains(id) || m_pending.contains(id))
            continue;
        m_pending.insert(id);
        wanted.append(id);
    }
    for (qsizetype first = 0; first < wanted.size(); first += ListUsersEndpoint::maxPerPage) {
        const QList<qint64> batch = wanted.mid(first, ListUsersEndpoint::maxPerPage);
        const ApiRequest request
            = ListUsersEndpoint::build(UserSearch::forIds(batch), 1, ListUsersEndpoint::maxPerPage);
        m_client->send(request, this, [this, batch](const ApiReply &reply) {
            for (const qint64 id : batch)
                m_pending.remove(id);
            const auto page = ListUsersEndpoint::parse(reply);
            if (!page.ok())
                return; // names stay ids; the next resolve() asks again
            for (const ChatUser &user : page.value.items)
                m_users.insert(user.id, user);
            Q_EMIT usersResolved(page.value.items);
        });
    }
}

std::optional<ChatUser> UserDirectory::user(qint64 id) const
{
    const auto it = m_users.constFind(id);
    if (it == m_users.constEnd())
        return std::nullopt;
    return *it;
}

QString UserDirectory::identity(qint64 id) const
{
    const auto it = m_users.constFind(id);
    return it == m_users.constEnd() ? QString::number(id) : it->identity();
}

QHash<qint64, QString> UserDirectory::identities() const
{
    QHash<qint64, QString> names;
    names.reserve(m_users.size());
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it)
        names.insert(it.key(), it->identity());
    return names;
}

void UserDirectory::clear()
{
    m_users.clear();
    m_pending.clear();
}

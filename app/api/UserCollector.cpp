// SPDX-License-Identifier: Apache-2.0

#include "UserCollector.h"

#include <algorithm>

using namespace Qt::StringLiterals;

UserCollector::UserCollector(ApiClient *client, QObject *parent)
    : PagedCollector(client, Paging::ByPageNumber, Totals::Told, u"users"_s, parent)
{
}

void UserCollector::start(const UserSearch &search, int maxItems, int pageSize)
{
    cancel();
    m_search = search;
    m_seen.clear();
    // A lookup by login or email answers one user, whatever page is asked for.
    const bool lookup = search.by == UserSearch::By::Login || search.by == UserSearch::By::Email;
    if (lookup)
        maxItems = maxItems < 0 ? 1 : std::min(maxItems, 1);
    begin(maxItems, std::clamp(pageSize, 1, int(ListUsersEndpoint::maxPerPage)));
}

ApiRequest UserCollector::pageRequest(int skip, int limit) const
{
    // Numbered pages: skip is always a multiple of the page size asked for.
    return ListUsersEndpoint::build(m_search, skip / limit + 1, limit);
}

void UserCollector::takeAnswer(int skip, int limit, const ApiReply &reply)
{
    handleAnswer<UserPage>(
        skip, limit, reply, &ListUsersEndpoint::parse,
        [](const UserPage &page) {
            return PageFacts { static_cast<int>(page.items.size()), page.totalEntries,
                page.perPage };
        },
        [this](int offset, const UserPage &page) {
            const QList<ChatUser> fresh
                = takeFresh(page.items, m_seen, [](const ChatUser &user) { return user.id; });
            if (!fresh.isEmpty())
                Q_EMIT pageLoaded(offset, fresh);
        });
}

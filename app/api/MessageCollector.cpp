// SPDX-License-Identifier: Apache-2.0

#include "MessageCollector.h"

using namespace Qt::StringLiterals;

MessageCollector::MessageCollector(ApiClient *client, QObject *parent)
    : PagedCollector(client, Paging::ByOffset, Totals::Untold, u"messages"_s, parent)
{
}

void MessageCollector::start(const MessageQuery &query, int maxItems, int pageSize)
{
    cancel();
    m_query = query;
    m_seen.clear();
    begin(maxItems, pageSize);
}

ApiRequest MessageCollector::pageRequest(int skip, int limit) const
{
    return ListMessagesEndpoint::build(m_query, skip, limit);
}

void MessageCollector::takeAnswer(int skip, int limit, const ApiReply &reply)
{
    handleAnswer<MessagePage>(
        skip, limit, reply, &ListMessagesEndpoint::parse,
        [](const MessagePage &page) {
            return PageFacts { static_cast<int>(page.items.size()), -1, page.limit };
        },
        [this](int offset, const MessagePage &page) {
            // New messages shift older ones to later offsets; each counts once.
            const QList<Message> fresh
                = takeFresh(page.items, m_seen, [](const Message &message) { return message.id; });
            if (!fresh.isEmpty())
                Q_EMIT pageLoaded(offset, fresh);
        });
}

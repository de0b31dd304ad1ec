// SPDX-License-Identifier: Apache-2.0

#include "DialogCollector.h"

using namespace Qt::StringLiterals;

DialogCollector::DialogCollector(ApiClient *client, QObject *parent)
    : PagedCollector(client, Paging::ByOffset, Totals::Told, u"dialogs"_s, parent)
{
}

void DialogCollector::start(const DialogQuery &query, int maxItems, int pageSize)
{
    cancel();
    m_query = query;
    m_seen.clear();
    begin(maxItems, pageSize);
}

ApiRequest DialogCollector::pageRequest(int skip, int limit) const
{
    return ListDialogsEndpoint::build(m_query, skip, limit);
}

void DialogCollector::takeAnswer(int skip, int limit, const ApiReply &reply)
{
    handleAnswer<DialogPage>(
        skip, limit, reply, &ListDialogsEndpoint::parse,
        [](const DialogPage &page) {
            return PageFacts { static_cast<int>(page.items.size()), page.totalEntries, page.limit };
        },
        [this](int offset, const DialogPage &page) {
            // Pages can overlap when dialogs come and go during the load; each counts once.
            const QList<Dialog> fresh
                = takeFresh(page.items, m_seen, [](const Dialog &dialog) { return dialog.id; });
            if (!fresh.isEmpty())
                Q_EMIT pageLoaded(offset, fresh);
        });
}

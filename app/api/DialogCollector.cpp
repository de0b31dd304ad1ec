// SPDX-License-Identifier: Apache-2.0

#include "DialogCollector.h"

#include "api/endpoints/PageNumbers.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

DialogCollector::DialogCollector(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void DialogCollector::setWindow(int pages)
{
    m_window = std::max(1, pages);
}

void DialogCollector::start(const DialogQuery &query, int maxItems, int pageSize)
{
    cancel();
    m_query = query;
    m_maxItems = maxItems;
    m_pageSize = std::max(1, pageSize);
    m_total = -1;
    m_serverTotal = -1;
    m_nextSkip = 0;
    m_peakInFlight = 0;
    m_exhausted = false;
    m_seen.clear();
    m_limits.clear();
    m_missing.clear();
    m_running = true;
    requestPage(0, maxItems >= 0 ? std::min(maxItems, m_pageSize) : m_pageSize);
}

void DialogCollector::cancel()
{
    // The answers of the calls cancelled here still come, later: a page asked for again by
    // resume() has the same skip, so only the generation tells the two apart.
    ++m_generation;
    const auto calls = m_outstanding.values();
    m_outstanding.clear();
    for (const ApiClient::CallId id : calls)
        m_client->cancel(id);
    m_running = false;
}

bool DialogCollector::resume()
{
    if (!canResume())
        return false;
    m_running = true;
    const QHash<int, int> missing = std::exchange(m_missing, {});
    for (auto it = missing.cbegin(); it != missing.cend(); ++it)
        requestPage(it.key(), it.value());
    fillWindow();
    return true;
}

void DialogCollector::requestPage(int skip, int limit)
{
    m_limits.insert(skip, limit);
    const ApiRequest request = ListDialogsEndpoint::build(m_query, skip, limit);
    m_outstanding.insert(skip,
        m_client->send(
            request, this, [this, skip, limit, generation = m_generation](const ApiReply &reply) {
                if (generation == m_generation)
                    onPage(skip, limit, reply);
            }));
    m_peakInFlight = std::max(m_peakInFlight, static_cast<int>(m_outstanding.size()));
}

void DialogCollector::fillWindow()
{
    while (m_running && !m_exhausted && m_nextSkip < m_total
        && static_cast<int>(m_outstanding.size()) < m_window) {
        const int limit = std::min(m_pageSize, m_total - m_nextSkip);
        requestPage(m_nextSkip, limit);
        m_nextSkip += limit;
    }
}

void DialogCollector::onPage(int skip, int limit, const ApiReply &reply)
{
    if (!m_outstanding.remove(skip))
        return;
    const ApiResult<DialogPage> page = ListDialogsEndpoint::parse(reply);
    if (!page.ok()) {
        fail(page.error);
        return;
    }
    const int count = static_cast<int>(page.value.items.size());
    if (const auto oversized = PageNumbers::oversizedPage(count, limit, u"dialogs"_s, reply)) {
        fail(*oversized);
        return;
    }
    m_limits.remove(skip);

    if (m_total < 0) {
        m_serverTotal = page.value.totalEntries;
        m_total = m_maxItems >= 0 ? std::min(m_maxItems, page.value.totalEntries)
                                  : page.value.totalEntries;
        // A server may cap the page size below what was asked for; follow its limit.
        if (page.value.limit > 0 && page.value.limit < m_pageSize)
            m_pageSize = page.value.limit;
        m_nextSkip = count;
        Q_EMIT totalKnown(m_total);
    }
    if (count == 0)
        m_exhausted = true;

    // Pages can overlap when dialogs come and go during the load; each dialog counts once.
    QList<Dialog> fresh;
    fresh.reserve(count);
    for (const Dialog &dialog : page.value.items) {
        if (m_maxItems >= 0 && static_cast<int>(m_seen.size()) >= m_maxItems)
            break;
        if (m_seen.contains(dialog.id))
            continue;
        m_seen.insert(dialog.id);
        fresh.append(dialog);
    }
    Q_EMIT pageLoaded(skip, fresh);

    fillWindow();
    if (m_outstanding.isEmpty() && m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

void DialogCollector::fail(const ApiError &error)
{
    // What did not arrive (this page and every one still on its way) can be asked for again.
    m_missing = m_limits;
    cancel();
    Q_EMIT failed(error);
}

// SPDX-License-Identifier: Apache-2.0

#include "PagedCollector.h"

#include "api/endpoints/PageNumbers.h"

#include <algorithm>
#include <utility>

PagedCollector::PagedCollector(
    ApiClient *client, Paging paging, Totals totals, const QString &what, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_paging(paging)
    , m_totals(totals)
    , m_what(what)
{
}

void PagedCollector::setWindow(int pages)
{
    m_window = std::max(1, pages);
}

void PagedCollector::begin(int maxItems, int pageSize)
{
    cancel();
    m_maxItems = maxItems;
    m_pageSize = std::max(1, pageSize);
    m_total = -1;
    m_serverTotal = -1;
    m_nextSkip = 0;
    m_end = unbounded;
    m_loaded = 0;
    m_peakInFlight = 0;
    m_fullPageSeen = false;
    m_limits.clear();
    m_gaps.clear();
    m_missing.clear();
    m_running = true;
    fillWindow();
    finishIfDone();
}

void PagedCollector::cancelCalls()
{
    // The answers of the calls cancelled here still come, later: a page asked for again by
    // resume() has the same skip, so only the generation tells the two apart. Parses under way
    // come back to nothing for the same reason.
    const auto calls = m_outstanding.values();
    m_outstanding.clear();
    for (const ApiClient::CallId id : calls)
        m_client->cancel(id);
    ++m_generation;
    m_parsing = 0;
}

void PagedCollector::cancel()
{
    cancelCalls();
    m_running = false;
}

bool PagedCollector::resume()
{
    if (!canResume())
        return false;
    m_running = true;
    const QMap<int, int> missing = std::exchange(m_missing, {});
    for (auto it = missing.cbegin(); it != missing.cend(); ++it)
        m_gaps.insert(it.key(), it.value());
    fillWindow();
    finishIfDone();
    return true;
}

int PagedCollector::loadEnd() const
{
    int end = m_end;
    if (m_total >= 0)
        end = std::min(end, m_total);
    else if (m_maxItems >= 0)
        end = std::min(end, m_maxItems);
    return end;
}

void PagedCollector::requestPage(int skip, int limit)
{
    m_limits.insert(skip, limit);
    m_outstanding.insert(skip,
        m_client->send(pageRequest(skip, limit), this,
            [this, skip, limit, generation = m_generation](const ApiReply &reply) {
                if (generation == m_generation)
                    onAnswer(skip, limit, reply);
            }));
    m_peakInFlight = std::max(m_peakInFlight, static_cast<int>(m_outstanding.size()));
}

bool PagedCollector::mayOpenWindow() const
{
    // Without a total, nothing says the list goes on until a full page has come back: until
    // then one page at a time.
    if (m_totals == Totals::Told || m_fullPageSeen)
        return true;
    return m_outstanding.isEmpty() && m_parsing == 0;
}

void PagedCollector::fillWindow()
{
    // Pages waiting for the worker count too, so that a slow parse holds back the requests
    // rather than letting answers pile up in memory.
    while (m_running && static_cast<int>(m_outstanding.size()) < m_window && m_parsing < m_window
        && mayOpenWindow()) {
        const int end = loadEnd();
        if (!m_gaps.isEmpty()) {
            const int skip = m_gaps.firstKey();
            const int rest = m_gaps.take(skip);
            if (skip >= end)
                continue;
            const int limit = std::min({ rest, m_pageSize, end - skip });
            if (rest > limit)
                m_gaps.insert(skip + limit, rest - limit);
            requestPage(skip, m_paging == Paging::ByPageNumber ? m_pageSize : limit);
            continue;
        }
        if (m_nextSkip >= end)
            break;
        // Numbered pages always ask for a whole page; the items past maxItems are not delivered.
        const int limit = m_paging == Paging::ByPageNumber ? m_pageSize
                                                           : std::min(m_pageSize, end - m_nextSkip);
        requestPage(m_nextSkip, limit);
        m_nextSkip += limit;
    }
}

void PagedCollector::onAnswer(int skip, int limit, const ApiReply &reply)
{
    if (!m_outstanding.remove(skip))
        return; // cancelled meanwhile
    takeAnswer(skip, limit, reply);
}

bool PagedCollector::acceptPage(int skip, int limit, const ApiReply &reply, const PageFacts &facts)
{
    const int count = facts.count;
    if (const auto oversized = PageNumbers::oversizedPage(count, limit, m_what, reply)) {
        fail(*oversized);
        return false;
    }
    m_limits.remove(skip);
    if (count >= limit)
        m_fullPageSeen = true;

    if (m_serverTotal < 0 && facts.total >= 0) {
        m_serverTotal = facts.total;
        m_total = m_maxItems >= 0 ? std::min(m_maxItems, facts.total) : facts.total;
        Q_EMIT totalKnown(m_total);
    }
    // A page the server cut at its own page size, before the total it told: the rest of it is
    // still to come.
    const bool cutShort = count > 0 && count < limit && count == facts.serverPageSize
        && (facts.total < 0 || skip + count < facts.total);
    if (count == 0) {
        m_end = std::min(m_end, skip);
    } else if (cutShort && m_paging == Paging::ByPageNumber) {
        restartAt(count);
    } else if (cutShort) {
        // The next pages are asked for at the server's size.
        m_pageSize = std::min(m_pageSize, count);
        m_gaps.insert(skip + count, limit - count);
    } else if (count < limit) {
        m_end = std::min(m_end, skip + count);
    }
    return true;
}

// A server that numbers pages at its own size numbered this one at that size too: the load
// starts over at that size, and what was delivered already is not delivered again.
void PagedCollector::restartAt(int serverPageSize)
{
    cancelCalls();
    m_limits.clear();
    m_gaps.clear();
    m_pageSize = serverPageSize;
    m_nextSkip = 0;
    m_end = unbounded;
}

void PagedCollector::finishIfDone()
{
    if (m_running && m_outstanding.isEmpty() && m_parsing == 0) {
        m_running = false;
        m_limits.clear();
        m_gaps.clear();
        Q_EMIT finished();
    }
}

void PagedCollector::fail(const ApiError &error)
{
    // What did not arrive (this page, every one still on its way and the rest of pages cut
    // short) can be asked for again.
    m_missing = m_limits;
    for (auto it = m_gaps.cbegin(); it != m_gaps.cend(); ++it)
        m_missing.insert(it.key(), it.value());
    m_limits.clear();
    m_gaps.clear();
    cancel();
    Q_EMIT failed(error);
}

// SPDX-License-Identifier: Apache-2.0

#include "DialogCollector.h"

#include "BackgroundWork.h"
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
    m_end = unbounded;
    m_peakInFlight = 0;
    m_seen.clear();
    m_limits.clear();
    m_gaps.clear();
    m_missing.clear();
    m_running = true;
    fillWindow();
    finishIfDone();
}

void DialogCollector::cancel()
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
    m_running = false;
}

bool DialogCollector::resume()
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

int DialogCollector::loadEnd() const
{
    int end = m_end;
    if (m_total >= 0)
        end = std::min(end, m_total);
    else if (m_maxItems >= 0)
        end = std::min(end, m_maxItems);
    return end;
}

void DialogCollector::requestPage(int skip, int limit)
{
    m_limits.insert(skip, limit);
    const ApiRequest request = ListDialogsEndpoint::build(m_query, skip, limit);
    m_outstanding.insert(skip,
        m_client->send(
            request, this, [this, skip, limit, generation = m_generation](const ApiReply &reply) {
                if (generation == m_generation)
                    onAnswer(skip, limit, reply);
            }));
    m_peakInFlight = std::max(m_peakInFlight, static_cast<int>(m_outstanding.size()));
}

void DialogCollector::fillWindow()
{
    // Pages waiting for the worker count too, so that a slow parse holds back the requests
    // rather than letting answers pile up in memory.
    while (m_running && static_cast<int>(m_outstanding.size()) < m_window && m_parsing < m_window) {
        const int end = loadEnd();
        if (!m_gaps.isEmpty()) {
            const int skip = m_gaps.firstKey();
            const int rest = m_gaps.take(skip);
            if (skip >= end)
                continue;
            const int limit = std::min({ rest, m_pageSize, end - skip });
            if (rest > limit)
                m_gaps.insert(skip + limit, rest - limit);
            requestPage(skip, limit);
            continue;
        }
        if (m_nextSkip >= end)
            break;
        const int limit = std::min(m_pageSize, end - m_nextSkip);
        requestPage(m_nextSkip, limit);
        m_nextSkip += limit;
    }
}

void DialogCollector::onAnswer(int skip, int limit, const ApiReply &reply)
{
    if (!m_outstanding.remove(skip))
        return; // cancelled meanwhile
    if (!reply.isSuccess()) {
        // A failure stops the load: nothing more goes out.
        onParsed(skip, limit, reply, ListDialogsEndpoint::parse(reply));
        return;
    }
    // The next request leaves now, before this page is parsed: the window stays full.
    ++m_parsing;
    fillWindow();
    const quint64 generation = m_generation;
    BackgroundWork::run(
        this, [reply] { return ListDialogsEndpoint::parse(reply); },
        [this, generation, skip, limit, reply](const ApiResult<DialogPage> &page) {
            if (generation != m_generation)
                return; // cancelled, failed or restarted meanwhile
            --m_parsing;
            onParsed(skip, limit, reply, page);
        });
}

void DialogCollector::onParsed(
    int skip, int limit, const ApiReply &reply, const ApiResult<DialogPage> &page)
{
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

    if (m_serverTotal < 0) {
        m_serverTotal = page.value.totalEntries;
        m_total = m_maxItems >= 0 ? std::min(m_maxItems, page.value.totalEntries)
                                  : page.value.totalEntries;
        Q_EMIT totalKnown(m_total);
    }
    if (count == 0) {
        m_end = std::min(m_end, skip);
    } else if (count < limit) {
        if (count == page.value.limit) {
            // The server cut the page at its own page size: the rest of it is still to come,
            // and the next pages are asked for at that size.
            m_pageSize = std::min(m_pageSize, count);
            m_gaps.insert(skip + count, limit - count);
        } else {
            m_end = std::min(m_end, skip + count);
        }
    }

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
    if (!fresh.isEmpty())
        Q_EMIT pageLoaded(skip, fresh);

    fillWindow();
    finishIfDone();
}

void DialogCollector::finishIfDone()
{
    if (m_running && m_outstanding.isEmpty() && m_parsing == 0) {
        m_running = false;
        m_limits.clear();
        m_gaps.clear();
        Q_EMIT finished();
    }
}

void DialogCollector::fail(const ApiError &error)
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

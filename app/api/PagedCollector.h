// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiClient.h"
#include "ApiResult.h"
#include "BackgroundWork.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>

#include <limits>

// The paging shared by every list load (dialogs, users, messages): a window of at most window()
// requests in flight, refilled from each answer before it is parsed; pages parsed on a worker
// thread, at most window() at a time; each item delivered once however the pages overlap; a
// failure keeps what did not arrive so that resume() asks for it again, and only for it.
//
// The server's word never makes the load grow: a total only bounds it, a page that holds more
// than was asked for is a bad response, and the load ends at the first empty or short page. A
// list that tells its total sends its first window before the first answer; one without a total
// (messages) sends one page first and opens the window only once a full page has come, so that a
// short list costs one request and a long one goes out at most a window's worth of pages beyond
// its end.
class PagedCollector : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedCollector)

public:
    static constexpr int defaultWindow = 6;

    // Pages in flight at once (at least 1); takes effect at the next page asked for.
    void setWindow(int pages);
    int window() const { return m_window; }

    void cancel();
    // After failed(): asks again for the pages that did not arrive, and only those. False when
    // there is nothing to resume.
    bool resume();
    bool canResume() const { return !m_running && !m_missing.isEmpty(); }

    bool isRunning() const { return m_running; }
    // How many this load fetches at most (at most maxItems), and how many the server claims;
    // -1 while unknown, and always for a list without a total.
    int totalEntries() const { return m_total; }
    int serverTotal() const { return m_serverTotal; }
    // Items delivered so far, each counted once.
    int loadedCount() const { return m_loaded; }
    // The most pages that were ever in flight at once during this load.
    int peakInFlight() const { return m_peakInFlight; }

Q_SIGNALS:
    void totalKnown(int totalEntries);
    void finished();
    void failed(const ApiError &error);

protected:
    // ByOffset lists take skip and limit; ByPageNumber lists take a page number and a page size,
    // so every request asks for a whole page at offsets that are multiples of the page size.
    enum class Paging { ByOffset, ByPageNumber };
    enum class Totals { Told, Untold };

    // What the paging needs to know of a parsed page.
    struct PageFacts {
        int count = 0;
        int total = -1; // -1: the list tells none
        int serverPageSize = -1; // the page size the server says it used; -1: not said
    };

    // what names the items in errors ("dialogs").
    PagedCollector(ApiClient *client, Paging paging, Totals totals, const QString &what,
        QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }
    int pageSize() const { return m_pageSize; }

    // Starts a new load; maxItems < 0 loads everything.
    void begin(int maxItems, int pageSize);
    virtual ApiRequest pageRequest(int skip, int limit) const = 0;
    // Hands the answer on to handleAnswer() with the list's own parser.
    virtual void takeAnswer(int skip, int limit, const ApiReply &reply) = 0;

    // Parses the answer on a worker thread, then settles the page and calls
    // deliver(skip, page) with it, on this thread, unless the load was cancelled meanwhile.
    template<typename Page, typename Parse, typename Facts, typename Deliver>
    void handleAnswer(
        int skip, int limit, const ApiReply &reply, Parse parse, Facts facts, Deliver deliver)
    {
        if (!reply.isSuccess()) {
            // A failure stops the load (or is an empty answer): nothing to gain from a worker.
            settle<Page>(skip, limit, reply, parse(reply), facts, deliver);
            return;
        }
        // The next request leaves now, before this page is parsed: the window stays full.
        ++m_parsing;
        fillWindow();
        BackgroundWork::run(
            this, [reply, parse] { return parse(reply); },
            [this, generation = m_generation, skip, limit, reply, facts, deliver](
                const ApiResult<Page> &page) {
                if (generation != m_generation)
                    return; // cancelled, failed or restarted meanwhile
                --m_parsing;
                settle<Page>(skip, limit, reply, page, facts, deliver);
            });
    }

    // The items not delivered before, up to maxItems; counts them as delivered.
    template<typename Item, typename Key, typename KeyOf>
    QList<Item> takeFresh(const QList<Item> &items, QSet<Key> &seen, KeyOf keyOf)
    {
        QList<Item> fresh;
        fresh.reserve(items.size());
        for (const Item &item : items) {
            if (m_maxItems >= 0 && m_loaded >= m_maxItems)
                break;
            const Key key = keyOf(item);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            fresh.append(item);
            ++m_loaded;
        }
        return fresh;
    }

private:
    static constexpr int unbounded = std::numeric_limits<int>::max();

    template<typename Page, typename Facts, typename Deliver>
    void settle(int skip, int limit, const ApiReply &reply, const ApiResult<Page> &page,
        Facts facts, Deliver deliver)
    {
        if (!page.ok()) {
            fail(page.error);
            return;
        }
        if (!acceptPage(skip, limit, reply, facts(page.value)))
            return;
        deliver(skip, page.value);
        fillWindow();
        finishIfDone();
    }

    void requestPage(int skip, int limit);
    void fillWindow();
    bool mayOpenWindow() const;
    int loadEnd() const;
    void onAnswer(int skip, int limit, const ApiReply &reply);
    // Moves the paging on for a parsed page; false when the page failed the load.
    bool acceptPage(int skip, int limit, const ApiReply &reply, const PageFacts &facts);
    void restartAt(int serverPageSize);
    void cancelCalls();
    void finishIfDone();
    void fail(const ApiError &error);

    ApiClient *m_client;
    Paging m_paging;
    Totals m_totals;
    QString m_what;
    int m_window = defaultWindow;
    int m_maxItems = -1;
    int m_pageSize = 100;
    int m_total = -1;
    int m_serverTotal = -1;
    int m_nextSkip = 0;
    // The first offset known to lie past the list: an empty page's, or the end of a short one.
    int m_end = unbounded;
    int m_loaded = 0;
    int m_peakInFlight = 0;
    int m_parsing = 0; // answers handed to the worker, not yet back
    bool m_fullPageSeen = false;
    quint64 m_generation = 0; // counts cancellations: an answer or parse from before one is stale
    QHash<int, ApiClient::CallId> m_outstanding; // skip → call
    QMap<int, int> m_limits; // skip → limit, for every page asked for and not yet delivered
    QMap<int, int> m_gaps; // skip → limit: the rest of pages the server cut short, to ask for
    QMap<int, int> m_missing; // skip → limit, after a failure
    bool m_running = false;
};

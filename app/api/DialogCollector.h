// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiClient.h"
#include "endpoints/ListDialogsEndpoint.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>

#include <limits>

// Loads every dialog that matches a query with a window of at most window() requests in flight,
// full from the first request: the first pages go out together, before any answer has told the
// total, and each answer makes room for the next request before it is even parsed. Pages are
// parsed on a worker thread, at most window() at a time, and delivered with their offset so that
// callers can restore server order.
//
// The server's word never makes the load grow: its total only bounds it, a page that holds more
// than was asked for is a bad response, the load ends at the first empty or short page, and
// nothing is asked for before a request slot is free. A total of two billion costs nothing, and
// at most a window's worth of pages goes out beyond the end of the list.
class DialogCollector final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialogCollector)

public:
    static constexpr int defaultWindow = 6;

    explicit DialogCollector(ApiClient *client, QObject *parent = nullptr);

    // Pages in flight at once (at least 1); takes effect at the next page asked for.
    void setWindow(int pages);
    int window() const { return m_window; }

    // maxItems < 0 loads everything.
    void start(const DialogQuery &query, int maxItems = -1,
        int pageSize = ListDialogsEndpoint::defaultPageSize);
    void cancel();
    // After failed(): asks again for the pages that did not arrive, and only those. False when
    // there is nothing to resume.
    bool resume();
    bool canResume() const { return !m_running && !m_missing.isEmpty(); }

    bool isRunning() const { return m_running; }
    // How many this load fetches at most (at most maxItems), and how many the server claims.
    int totalEntries() const { return m_total; }
    int serverTotal() const { return m_serverTotal; }
    int loadedCount() const { return static_cast<int>(m_seen.size()); }
    // The most pages that were ever in flight at once during this load.
    int peakInFlight() const { return m_peakInFlight; }

Q_SIGNALS:
    void totalKnown(int totalEntries);
    // Only pages that bring dialogs not delivered before.
    void pageLoaded(int skip, const QList<Dialog> &dialogs);
    void finished();
    void failed(const ApiError &error);

private:
    static constexpr int unbounded = std::numeric_limits<int>::max();

    void requestPage(int skip, int limit);
    void fillWindow();
    int loadEnd() const;
    void onAnswer(int skip, int limit, const ApiReply &reply);
    void onParsed(int skip, int limit, const ApiReply &reply, const ApiResult<DialogPage> &page);
    void finishIfDone();
    void fail(const ApiError &error);

    ApiClient *m_client;
    DialogQuery m_query;
    int m_window = defaultWindow;
    int m_maxItems = -1;
    int m_pageSize = ListDialogsEndpoint::defaultPageSize;
    int m_total = -1;
    int m_serverTotal = -1;
    int m_nextSkip = 0;
    // The first offset known to lie past the list: an empty page's, or the end of a short one.
    int m_end = unbounded;
    int m_peakInFlight = 0;
    int m_parsing = 0; // answers handed to the worker, not yet back
    quint64 m_generation = 0; // counts cancellations: an answer or parse from before one is stale
    QHash<int, ApiClient::CallId> m_outstanding; // skip → call
    QMap<int, int> m_limits; // skip → limit, for every page asked for and not yet delivered
    QMap<int, int> m_gaps; // skip → limit: the rest of pages the server cut short, to ask for
    QMap<int, int> m_missing; // skip → limit, after a failure
    QSet<QString> m_seen;
    bool m_running = false;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiClient.h"
#include "endpoints/ListDialogsEndpoint.h"

#include <QList>
#include <QObject>
#include <QSet>

// Loads every dialog that matches a query: the first page tells the total, then the following
// pages go out in a sliding window of at most window() requests. The server's total is only an
// upper bound: no page is asked for before a request slot is free, so a total of two billion
// costs nothing, and the load ends at the first empty page. Each page is delivered as it arrives,
// with its offset so that callers can restore server order.
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
    void pageLoaded(int skip, const QList<Dialog> &dialogs);
    void finished();
    void failed(const ApiError &error);

private:
    void requestPage(int skip, int limit);
    void fillWindow();
    void onPage(int skip, int limit, const ApiReply &reply);
    void fail(const ApiError &error);

    ApiClient *m_client;
    DialogQuery m_query;
    int m_window = defaultWindow;
    int m_maxItems = -1;
    int m_pageSize = ListDialogsEndpoint::defaultPageSize;
    int m_total = -1;
    int m_serverTotal = -1;
    int m_nextSkip = 0;
    int m_peakInFlight = 0;
    bool m_exhausted = false; // an empty page came: nothing lies beyond it
    QHash<int, ApiClient::CallId> m_outstanding; // skip → call
    QHash<int, int> m_limits; // skip → limit, for every page not yet delivered
    QHash<int, int> m_missing; // skip → limit, after a failure
    QSet<QString> m_seen;
    bool m_running = false;
    quint64 m_generation = 0; // counts cancellations: an answer from before one is stale
};

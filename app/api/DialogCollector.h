#pragma once

#include "ApiClient.h"
#include "endpoints/ListDialogsEndpoint.h"

#include <QList>
#include <QObject>
#include <QSet>

// Loads every dialog that matches a query fast: the first page tells the total, then all the
// remaining pages are asked for at once and the client's in-flight cap keeps it polite. Each
// page is delivered as it arrives, with its offset so that callers can restore server order.
class DialogCollector final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialogCollector)

public:
    explicit DialogCollector(ApiClient *client, QObject *parent = nullptr);

    // maxItems < 0 loads everything.
    void start(const DialogQuery &query, int maxItems = -1,
        int pageSize = ListDialogsEndpoint::defaultPageSize);
    void cancel();
    // After failed(): asks again for the pages that did not arrive, and only those. False when
    // there is nothing to resume.
    bool resume();
    bool canResume() const { return !m_running && !m_missing.isEmpty(); }

    bool isRunning() const { return m_running; }
    // How many this load fetches (at most maxItems), and how many the server has in all.
    int totalEntries() const { return m_total; }
    int serverTotal() const { return m_serverTotal; }
    int loadedCount() const { return static_cast<int>(m_seen.size()); }

Q_SIGNALS:
    void totalKnown(int totalEntries);
    void pageLoaded(int skip, const QList<Dialog> &dialogs);
    void finished();
    void failed(const ApiError &error);

private:
    void requestPage(int skip, int limit);
    void onPage(int skip, const ApiReply &reply);
    void fail(const ApiError &error);

    ApiClient *m_client;
    DialogQuery m_query;
    int m_maxItems = -1;
    int m_pageSize = ListDialogsEndpoint::defaultPageSize;
    int m_total = -1;
    int m_serverTotal = -1;
    QHash<int, ApiClient::CallId> m_outstanding; // skip → call
    QHash<int, int> m_limits; // skip → limit, for every page not yet delivered
    QHash<int, int> m_missing; // skip → limit, after a failure
    QSet<QString> m_seen;
    bool m_running = false;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiClient.h"
#include "api/endpoints/ListDialogsEndpoint.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class DialogCollector;
class DialogTableModel;
class UserDirectory;

// Fills a DialogTableModel from the server: the first page at once, the next ones as the view
// scrolls near the end, or everything through the parallel DialogCollector. Owners' names are
// looked up as dialogs reach the table.
//
// Load all brings pages faster than a view can take them one by one: every insertion lays the
// table out and paints it again. Its pages are gathered and go into the table together, at most
// every insertIntervalMs() or once insertBatchRows() rows wait, and always before the load ends,
// fails or is cancelled (what came stays). progressChanged() still follows every page.
class DialogListLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialogListLoader)

public:
    DialogListLoader(ApiClient *client, DialogTableModel *model, UserDirectory *users,
        QObject *parent = nullptr);

    DialogQuery query() const { return m_query; }
    // Clears the table and loads the first page of the new query.
    void setQuery(const DialogQuery &query);
    void reload() { setQuery(m_query); }
    bool canLoadMore() const;
    void loadMore();
    void loadAll();
    // After a failure: asks again for what did not arrive and carries on (a failed "load all"
    // goes on from where it stopped, a failed page is asked for again); nothing is cleared.
    void resume();
    void cancel();
    // Dialogs that left the list on the server (deleted, or removed from this user's list):
    // their rows go, and the next page and the total account for them, so that no dialog is
    // skipped by "load more".
    void forgetDialogs(const QStringList &ids);

    // The console keeps every loaded dialog in memory, about 1.5 KB each: Load all stops at this
    // many (some 375 MB) and says so through limitReached(). Scripts stream any number with
    // qbmodctl dialogs list --all --jsonl.
    static constexpr int defaultLoadAllLimit = 250000;
    void setLoadAllLimit(int limit) { m_loadAllLimit = limit; }
    int loadAllLimit() const { return m_loadAllLimit; }

    // How long Load all's pages may wait to go into the table together, and how many rows make
    // a batch go in at once. Rows never wait past the end of the load.
    static constexpr int defaultInsertIntervalMs = 100;
    static constexpr int defaultInsertBatchRows = 1000;
    void setInsertIntervalMs(int ms) { m_insertTimer.setInterval(ms); }
    int insertIntervalMs() const { return m_insertTimer.interval(); }
    void setInsertBatchRows(int rows) { m_insertBatchRows = rows; }
    int insertBatchRows() const { return m_insertBatchRows; }

    bool isLoading() const { return m_pageCall != 0 || m_collector != nullptr; }
    int totalEntries() const { return m_total; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void progressChanged(int loaded, int total);
    void totalChanged(int total);
    void failed(const ApiError &error);
    // Load all stopped at the limit with more dialogs on the server.
    void limitReached(int loaded, int serverTotal);

private:
    void requestPage(int skip);
    void addDialogs(const QList<Dialog> &dialogs);
    // Puts the dialogs Load all gathered into the table.
    void insertWaiting();
    void setLoading(bool wasLoading);

    ApiClient *m_client;
    DialogTableModel *m_model;
    UserDirectory *m_users;
    DialogQuery m_query;
    ApiClient::CallId m_pageCall = 0;
    int m_nextSkip = 0;
    int m_total = -1;
    DialogCollector *m_collector = nullptr;
    DialogCollector *m_failedCollector = nullptr; // kept to resume a failed "load all"
    int m_failedSkip = -1; // a failed single page
    quint64 m_generation = 0;
    int m_loadAllLimit = defaultLoadAllLimit;
    QList<Dialog> m_waiting; // Load all's dialogs not yet in the table
    QTimer m_insertTimer;
    int m_insertBatchRows = defaultInsertBatchRows;
};

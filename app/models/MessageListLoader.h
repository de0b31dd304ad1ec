// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "PageAhead.h"
#include "api/ApiClient.h"
#include "api/endpoints/ListMessagesEndpoint.h"

#include <QObject>

#include <algorithm>

class MessageCollector;
class MessageTableModel;
class UserDirectory;

// Fills a MessageTableModel with one dialog's messages, newest first, and looks up the senders'
// names: a page at a time, with the next page fetched while the moderator reads so that "load
// more" shows it at once, or everything through the parallel MessageCollector. Reading never marks
// anything read (ListMessagesEndpoint sends mark_as_read=0). The message list has no total: a short
// page is the last one.
class MessageListLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageListLoader)

public:
    static constexpr int defaultPageSize = 50;

    MessageListLoader(ApiClient *client, MessageTableModel *model, UserDirectory *users,
        QObject *parent = nullptr);

    void setPageSize(int size) { m_pageSize = std::clamp(size, 1, 100); }
    MessageQuery query() const { return m_query; }
    // Clears the table and loads the first page of the new query.
    void setQuery(const MessageQuery &query);
    bool canLoadMore() const { return !isLoading() && (m_page.isReady() || m_hasMore); }
    void loadMore();
    // Every message of the dialog, pages in parallel, up to loadAllLimit(); cancel() stops it
    // and keeps what came.
    void loadAll();
    void cancel();

    // The console keeps every loaded message in memory, about 1 KB each: Load all stops at
    // this many and says so through limitReached(). Scripts stream any number with qbmodctl
    // messages list --all --jsonl.
    static constexpr int defaultLoadAllLimit = 200000;
    void setLoadAllLimit(int limit) { m_loadAllLimit = limit; }
    int loadAllLimit() const { return m_loadAllLimit; }
    bool isLoadingAll() const { return m_collector != nullptr; }
    // The next page came while the moderator read: "load more" shows it at once.
    bool isNextPageReady() const { return m_page.isReady(); }
    // Messages deleted on the server: their rows go and the next page starts that much earlier,
    // so that no message is skipped.
    void forgetMessages(const QStringList &ids);
    // Loading what the moderator is waiting for; a page fetched ahead does not count.
    bool isLoading() const { return m_page.isAwaited() || m_collector != nullptr; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int loaded, bool hasMore);
    // During Load all.
    void progressChanged(int loaded);
    void failed(const ApiError &error);
    // Load all stopped at the limit; the dialog may hold more.
    void limitReached(int loaded);

private:
    void requestPage(bool show);
    void showPage(const QList<Message> &messages);
    void appendFresh(const QList<Message> &messages);
    void prefetch();

    ApiClient *m_client;
    MessageTableModel *m_model;
    UserDirectory *m_users;
    MessageQuery m_query;
    PageAhead<QList<Message>> m_page;
    MessageCollector *m_collector = nullptr;
    int m_loadAllLimit = defaultLoadAllLimit;
    int m_pageSize = defaultPageSize;
    int m_nextSkip = 0;
    bool m_hasMore = false;
};

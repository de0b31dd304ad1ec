// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiClient.h"
#include "api/endpoints/ListMessagesEndpoint.h"

#include <QObject>

#include <algorithm>

class MessageTableModel;
class UserDirectory;

// Fills a MessageTableModel with one dialog's messages, a page at a time, newest first, and
// looks up the senders' names. Reading never marks anything read (ListMessagesEndpoint sends
// mark_as_read=0). The message list has no total: a short page is the last one.
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
    bool canLoadMore() const { return !isLoading() && m_hasMore; }
    void loadMore();
    void cancel();
    // Messages deleted on the server: their rows go and the next page starts that much earlier,
    // so that no message is skipped.
    void forgetMessages(const QStringList &ids);
    bool isLoading() const { return m_call != 0; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int loaded, bool hasMore);
    void failed(const ApiError &error);

private:
    void requestPage();

    ApiClient *m_client;
    MessageTableModel *m_model;
    UserDirectory *m_users;
    MessageQuery m_query;
    ApiClient::CallId m_call = 0;
    int m_pageSize = defaultPageSize;
    int m_nextSkip = 0;
    bool m_hasMore = false;
    quint64 m_generation = 0;
};

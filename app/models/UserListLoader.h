// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "PageAhead.h"
#include "api/ApiClient.h"
#include "api/endpoints/ListUsersEndpoint.h"

#include <QObject>

#include <optional>

class UserCollector;
class UserTableModel;

// Fills a UserTableModel from GET /users.json or one of the user searches: a page at a time,
// with the next page fetched while the moderator reads so that "load more" shows it at once,
// or everything through the parallel UserCollector. A new search drops the rows and any page
// still on its way.
class UserListLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserListLoader)

public:
    static constexpr int pageSize = 50;

    UserListLoader(ApiClient *client, UserTableModel *model, QObject *parent = nullptr);

    // What a person typed into a search of this kind, as a search; empty with *problem set when
    // it cannot be one (ids that are not numbers, an empty login, a name under 3 characters).
    static std::optional<UserSearch> searchFor(
        UserSearch::By by, const QString &text, QString *problem);
    // Reads what a person typed, never ignoring it: digits are ids, an '@' an email, text with
    // a space a full name, and one word a login prefix, then a full name if no login starts so.
    // Empty text is a problem, not "everyone".
    static std::optional<UserSearch> detect(const QString &text, QString *problem);
    // "login starts with", "full name", ...: how a search looks for users, for people.
    static QString modeName(UserSearch::By by);

    // The search as it ran: after a fallback, the one that found the users shown.
    UserSearch search() const { return m_search; }
    void setSearch(const UserSearch &search);
    bool canLoadMore() const;
    void loadMore();
    // Every user the search finds, pages in parallel, up to loadAllLimit(); cancel() stops it
    // and keeps what came.
    void loadAll();
    void cancel();

    // The console keeps every loaded user in memory, under 1 KB each: Load all stops at this
    // many and says so through limitReached(). Scripts stream any number with qbmodctl users
    // list --all --jsonl.
    static constexpr int defaultLoadAllLimit = 200000;
    void setLoadAllLimit(int limit) { m_loadAllLimit = limit; }
    int loadAllLimit() const { return m_loadAllLimit; }

    // Loading what the moderator is waiting for; a page fetched ahead does not count.
    bool isLoading() const { return m_page.isAwaited() || m_collector != nullptr; }
    bool isLoadingAll() const { return m_collector != nullptr; }
    // The next page came while the moderator read: "load more" shows it at once.
    bool isNextPageReady() const { return m_page.isReady(); }
    // -1 until the first page has answered.
    int totalEntries() const { return m_total; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int loaded, int total);
    // During Load all.
    void progressChanged(int loaded, int total);
    void failed(const ApiError &error);
    // Load all stopped at the limit with more users on the server.
    void limitReached(int loaded, int serverTotal);

private:
    void requestPage(int page, bool show);
    void showPage(const QList<ChatUser> &users, int totalEntries);
    void prefetch();

    ApiClient *m_client;
    UserTableModel *m_model;
    UserSearch m_search;
    PageAhead<UserPage> m_page;
    UserCollector *m_collector = nullptr;
    int m_nextPage = 1;
    int m_total = -1;
    int m_loadAllLimit = defaultLoadAllLimit;
};

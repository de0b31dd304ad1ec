// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiClient.h"
#include "api/endpoints/ListUsersEndpoint.h"

#include <QObject>

#include <optional>

class UserTableModel;

// Fills a UserTableModel from GET /users.json or one of the user searches, a page at a time.
// A new search drops the rows and any page still on its way.
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
    void cancel();

    bool isLoading() const { return m_call != 0; }
    // -1 until the first page has answered.
    int totalEntries() const { return m_total; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int loaded, int total);
    void failed(const ApiError &error);

private:
    void requestPage(int page);

    ApiClient *m_client;
    UserTableModel *m_model;
    UserSearch m_search;
    ApiClient::CallId m_call = 0;
    int m_nextPage = 1;
    int m_total = -1;
    quint64 m_generation = 0;
};

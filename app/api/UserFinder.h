// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiClient.h"
#include "domain/ChatUser.h"
#include "endpoints/ListUsersEndpoint.h"

#include <QObject>

// Finds users from what a person typed: digits are an id, an '@' an email, anything else part
// of a full name (three characters or more) and also an exact login. Used by qbmodctl users list
// and the console's acting-user picker.
class UserFinder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserFinder)

public:
    explicit UserFinder(ApiClient *client, QObject *parent = nullptr);

    // Empty text lists the first users. Returns false (and sends nothing) when the text is too
    // short to search by name; invalidText() says why.
    bool find(const QString &text, int limit);
    void cancel();
    static QString invalidText(const QString &text);
    // The searches that text stands for, in the order find() makes them: a number is one id,
    // an '@' an email, and a name is searched as a full name and then as an exact login. Empty
    // text is everyone. Nothing when invalidText() has a problem with it.
    static QList<UserSearch> searchesFor(const QString &text);

Q_SIGNALS:
    void found(const QList<ChatUser> &users, int totalEntries);
    void failed(const ApiError &error);

private:
    void lookUp(const ApiRequest &request, bool singleUser);

    ApiClient *m_client;
    QList<ApiClient::CallId> m_calls;
    QList<ChatUser> m_users;
    int m_totalEntries = 0;
    ApiError m_error;
};

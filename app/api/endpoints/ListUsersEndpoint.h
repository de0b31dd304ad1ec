// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiRequest.h"
#include "api/ApiResult.h"
#include "domain/ChatUser.h"

#include <QList>

#include <optional>

struct UserSearch {
    // Login is one exact login (GET /users/by_login.json); LoginPrefix every login that starts
    // with the text (GET /users.json with a string range on login).
    enum class By { Everyone, FullName, Login, Email, Tags, Ids, LoginPrefix };
    By by = By::Everyone;
    QString text;
    QList<qint64> ids; // for By::Ids
    // When this search finds nobody, the same text is searched this way instead.
    std::optional<By> otherwise;

    static UserSearch forIds(const QList<qint64> &ids);

    // Reads what a person typed: an '@' means an email, otherwise a full-name search.
    static UserSearch fromText(const QString &text);
};

struct UserPage {
    int currentPage = 1;
    int perPage = 0;
    int totalEntries = 0;
    QList<ChatUser> items;
};

// GET /users.json and the by_full_name / by_tags searches answer a paged envelope whose items are
// wrapped {"user":{...}}; by_login and by_email answer one {"user":{...}}. Both come back as a
// UserPage. A 404 from a lookup means no match.
class ListUsersEndpoint final {
public:
    static constexpr int maxPerPage = 100;

    static ApiRequest build(const UserSearch &search, int page, int perPage);
    static ApiResult<UserPage> parse(const ApiReply &reply);
};

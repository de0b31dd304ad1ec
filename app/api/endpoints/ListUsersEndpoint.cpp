// SPDX-License-Identifier: Apache-2.0

#include "ListUsersEndpoint.h"

#include "PageNumbers.h"
#include "QueryEncoding.h"
#include "domain/JsonValues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

UserSearch UserSearch::fromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.contains(u'@'))
        return { By::Email, trimmed, {}, {} };
    return { By::FullName, trimmed, {}, {} };
}

UserSearch UserSearch::forIds(const QList<qint64> &ids)
{
    UserSearch search;
    search.by = By::Ids;
    search.ids = ids;
    return search;
}

ApiRequest ListUsersEndpoint::build(const UserSearch &search, int page, int perPage)
{
    ApiRequest request;
    const auto addPaging = [&] {
        QueryEncoding::add(request.query, u"page"_s, QString::number(page));
        QueryEncoding::add(request.query, u"per_page"_s, QString::number(perPage));
    };
    switch (search.by) {
    case UserSearch::By::Everyone:
        request.path = u"/users.json"_s;
        addPaging();
        QueryEncoding::add(request.query, u"order"_s, u"asc date created_at"_s);
        break;
    case UserSearch::By::Ids: {
        QStringList numbers;
        for (const qint64 id : search.ids)
            numbers.append(QString::number(id));
        request.path = u"/users.json"_s;
        addPaging();
        // filter[]=number id in 1,2,3; the spaces travel percent-encoded.
        QueryEncoding::add(request.query, u"filter[]"_s, u"number id in "_s + numbers.join(u','));
        break;
    }
    case UserSearch::By::FullName:
        request.path = u"/users/by_full_name.json"_s;
        QueryEncoding::add(request.query, u"full_name"_s, search.text);
        addPaging();
        break;
    case UserSearch::By::Tags:
        request.path = u"/users/by_tags.json"_s;
        QueryEncoding::add(request.query, u"tags"_s, search.text);
        addPaging();
        break;
    case UserSearch::By::LoginPrefix: {
        // [text, text with its last character one higher): every login that starts with text.
        QString upper = search.text;
        if (!upper.isEmpty())
            upper.back() = QChar(char16_t(upper.back().unicode() + 1));
        request.path = u"/users.json"_s;
        addPaging();
        QueryEncoding::add(request.query, u"filter[]"_s, u"string login ge "_s + search.text);
        QueryEncoding::add(request.query, u"filter[]"_s, u"string login lt "_s + upper);
        QueryEncoding::add(request.query, u"order"_s, u"asc string login"_s);
        break;
    }
    case UserSearch::By::Login:
        request.path = u"/users/by_login.json"_s;
        QueryEncoding::add(request.query, u"login"_s, search.text);
        break;
    case UserSearch::By::Email:
        request.path = u"/users/by_email.json"_s;
        QueryEncoding::add(request.query, u"email"_s, search.text);
        break;
    }
    return request;
}

ApiResult<UserPage> ListUsersEndpoint::parse(const ApiReply &reply)
{
    if (!reply.isSuccess() && reply.error.kind() == ApiError::Kind::NotFound)
        return ApiResult<UserPage>::success({});
    const auto object = jsonObjectOf(reply);
    if (!object.ok())
        return ApiResult<UserPage>::failure(object.error);
    UserPage page;
    if (object.value.value(u"user"_s).isObject()) {
        if (auto user = ChatUser::fromJson(object.value)) {
            page.items.append(*user);
            page.totalEntries = 1;
            page.perPage = 1;
        }
        return ApiResult<UserPage>::success(page);
    }
    const QJsonValue items = object.value.value(u"items"_s);
    if (!items.isArray())
        return ApiResult<UserPage>::failure(ApiError(
            ApiError::Kind::BadResponse, reply.httpStatus, {}, u"no items in the user list"_s));
    const QJsonArray array = items.toArray();
    for (const QJsonValue &item : array) {
        if (auto user = ChatUser::fromJson(item.toObject()))
            page.items.append(*user);
    }
    const int count = static_cast<int>(page.items.size());
    const auto currentPage = PageNumbers::read(object.value, u"current_page"_s, 1, reply);
    const auto perPage = PageNumbers::read(object.value, u"per_page"_s, count, reply);
    const auto total = PageNumbers::read(object.value, u"total_entries"_s, count, reply);
    for (const auto *number : { &currentPage, &perPage, &total }) {
        if (!number->ok())
            return ApiResult<UserPage>::failure(number->error);
    }
    page.currentPage = currentPage.value;
    page.perPage = perPage.value;
    page.totalEntries = total.value;
    return ApiResult<UserPage>::success(page);
}

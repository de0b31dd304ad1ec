// SPDX-License-Identifier: Apache-2.0

#include "ListMessagesEndpoint.h"

#include "PageNumbers.h"
#include "QueryEncoding.h"
#include "domain/JsonValues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

ApiRequest ListMessagesEndpoint::build(const MessageQuery &query, int skip, int limit)
{
    ApiRequest request;
    request.path = u"/chat/Message.json"_s;
    request.onBehalfOf = query.onBehalfOf;
    QueryEncoding::add(request.query, u"chat_dialog_id"_s, query.dialogId);
    QueryEncoding::add(request.query, u"mark_as_read"_s, u"0"_s);
    QueryEncoding::add(request.query, u"limit"_s, QString::number(limit));
    QueryEncoding::add(request.query, u"skip"_s, QString::number(skip));
    QueryEncoding::add(
        request.query, query.newestFirst ? u"sort_desc"_s : u"sort_asc"_s, u"date_sent"_s);
    if (query.senderId)
        QueryEncoding::add(request.query, u"sender_id"_s, QString::number(*query.senderId));
    if (query.messageIds.size() == 1)
        QueryEncoding::add(request.query, u"_id"_s, query.messageIds.constFirst());
    else if (!query.messageIds.isEmpty())
        QueryEncoding::add(request.query, u"_id[in]"_s, query.messageIds.join(u','));
    return request;
}

ApiResult<MessagePage> ListMessagesEndpoint::parse(const ApiReply &reply)
{
    const auto object = jsonObjectOf(reply);
    if (!object.ok())
        return ApiResult<MessagePage>::failure(object.error);
    const QJsonValue items = object.value.value(u"items"_s);
    if (!items.isArray())
        return ApiResult<MessagePage>::failure(ApiError(
            ApiError::Kind::BadResponse, reply.httpStatus, {}, u"no items in the message list"_s));
    MessagePage page;
    const QJsonArray array = items.toArray();
    for (const QJsonValue &item : array) {
        if (auto message = Message::fromJson(item.toObject()))
            page.items.append(std::move(*message));
    }
    const auto skip = PageNumbers::read(object.value, u"skip"_s, 0, reply);
    const auto limit
        = PageNumbers::read(object.value, u"limit"_s, static_cast<int>(page.items.size()), reply);
    if (!skip.ok() || !limit.ok())
        return ApiResult<MessagePage>::failure(skip.ok() ? limit.error : skip.error);
    page.skip = skip.value;
    page.limit = limit.value;
    return ApiResult<MessagePage>::success(std::move(page));
}

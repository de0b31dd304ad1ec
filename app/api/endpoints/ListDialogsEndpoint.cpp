// SPDX-License-Identifier: Apache-2.0

#include "ListDialogsEndpoint.h"

#include "PageNumbers.h"
#include "QueryEncoding.h"
#include "domain/JsonValues.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

ApiRequest ListDialogsEndpoint::build(const DialogQuery &query, int skip, int limit)
{
    ApiRequest request;
    request.path = u"/chat/Dialog.json"_s;
    request.onBehalfOf = query.onBehalfOf;
    QueryEncoding::add(request.query, u"limit"_s, QString::number(limit));
    QueryEncoding::add(request.query, u"skip"_s, QString::number(skip));
    if (query.types.size() == 1) {
        QueryEncoding::add(
            request.query, u"type"_s, QString::number(static_cast<int>(query.types.first())));
    } else if (query.types.size() > 1) {
        QStringList numbers;
        for (const DialogType type : query.types)
            numbers.append(QString::number(static_cast<int>(type)));
        QueryEncoding::add(request.query, u"type[in]"_s, numbers.join(u','));
    }
    if (!query.nameContains.isEmpty())
        QueryEncoding::add(request.query, u"name[ctn]"_s, query.nameContains);
    // Date filters take Unix seconds although the fields render as ISO text.
    if (query.lastActivityBefore.isValid())
        QueryEncoding::add(request.query, u"last_message_date_sent[lt]"_s,
            QString::number(query.lastActivityBefore.toSecsSinceEpoch()));
    if (query.lastActivityAfter.isValid())
        QueryEncoding::add(request.query, u"last_message_date_sent[gt]"_s,
            QString::number(query.lastActivityAfter.toSecsSinceEpoch()));
    if (query.updatedSince.isValid())
        QueryEncoding::add(request.query, u"updated_at[gte]"_s,
            QString::number(query.updatedSince.toSecsSinceEpoch()));
    if (query.occupantId)
        QueryEncoding::add(
            request.query, u"occupants_ids[all]"_s, QString::number(*query.occupantId));
    if (!query.ids.isEmpty())
        QueryEncoding::add(request.query, u"_id[in]"_s, query.ids.join(u','));
    if (!query.sortField.isEmpty())
        QueryEncoding::add(
            request.query, query.sortDescending ? u"sort_desc"_s : u"sort_asc"_s, query.sortField);
    return request;
}

ApiResult<DialogPage> ListDialogsEndpoint::parse(const ApiReply &reply)
{
    const auto object = jsonObjectOf(reply);
    if (!object.ok())
        return ApiResult<DialogPage>::failure(object.error);
    const QJsonValue items = object.value.value(u"items"_s);
    if (!items.isArray())
        return ApiResult<DialogPage>::failure(ApiError(
            ApiError::Kind::BadResponse, reply.httpStatus, {}, u"no items in the dialog list"_s));
    DialogPage page;
    const QJsonArray array = items.toArray();
    page.items.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (auto dialog = Dialog::fromJson(item.toObject()))
            page.items.append(std::move(*dialog));
    }
    const int count = static_cast<int>(page.items.size());
    const auto skip = PageNumbers::read(object.value, u"skip"_s, 0, reply);
    const auto limit = PageNumbers::read(object.value, u"limit"_s, count, reply);
    if (!skip.ok() || !limit.ok())
        return ApiResult<DialogPage>::failure(skip.ok() ? limit.error : skip.error);
    const auto total = PageNumbers::read(object.value, u"total_entries"_s,
        static_cast<int>(
            std::min<qint64>(qint64(skip.value) + count, std::numeric_limits<int>::max())),
        reply);
    if (!total.ok())
        return ApiResult<DialogPage>::failure(total.error);
    page.skip = skip.value;
    page.limit = limit.value;
    page.totalEntries = total.value;
    return ApiResult<DialogPage>::success(std::move(page));
}

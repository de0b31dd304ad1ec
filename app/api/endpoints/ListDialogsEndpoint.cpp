#include "ListDialogsEndpoint.h"

#include "QueryEncoding.h"
#include "domain/JsonValues.h"

#include <QJsonArray>
#include <QStringList>

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
    page.skip = static_cast<int>(JsonValues::toInt64(object.value.value(u"skip"_s), 0));
    page.limit
        = static_cast<int>(JsonValues::toInt64(object.value.value(u"limit"_s), page.items.size()));
    page.totalEntries = static_cast<int>(
        JsonValues::toInt64(object.value.value(u"total_entries"_s), page.skip + page.items.size()));
    return ApiResult<DialogPage>::success(std::move(page));
}

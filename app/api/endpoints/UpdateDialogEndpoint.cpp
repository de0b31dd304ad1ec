// SPDX-License-Identifier: Apache-2.0

#include "UpdateDialogEndpoint.h"

#include "GetDialogEndpoint.h"
#include "QueryEncoding.h"
#include "domain/JsonValues.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

ApiRequest UpdateDialogEndpoint::buildRemoveOccupants(
    const QString &dialogId, const QList<qint64> &userIds, std::optional<qint64> onBehalfOf)
{
    ApiRequest request = GetDialogEndpoint::build(dialogId, onBehalfOf);
    request.verb = "PUT";
    request.contentType = QueryEncoding::jsonContentType;
    const QJsonObject pullAll { { u"occupants_ids"_s, JsonValues::fromIdList(userIds) } };
    request.body
        = QJsonDocument(QJsonObject { { u"pull_all"_s, pullAll } }).toJson(QJsonDocument::Compact);
    return request;
}

ApiResult<Dialog> UpdateDialogEndpoint::parse(const ApiReply &reply)
{
    return GetDialogEndpoint::parse(reply);
}

// SPDX-License-Identifier: Apache-2.0

#include "GetDialogEndpoint.h"

#include <QUrl>

using namespace Qt::StringLiterals;

ApiRequest GetDialogEndpoint::build(const QString &dialogId, std::optional<qint64> onBehalfOf)
{
    ApiRequest request;
    request.path
        = u"/chat/Dialog/"_s + QString::fromLatin1(QUrl::toPercentEncoding(dialogId)) + u".json"_s;
    request.onBehalfOf = onBehalfOf;
    return request;
}

ApiResult<Dialog> GetDialogEndpoint::parse(const ApiReply &reply)
{
    const auto object = jsonObjectOf(reply);
    if (!object.ok())
        return ApiResult<Dialog>::failure(object.error);
    auto dialog = Dialog::fromJson(object.value);
    if (!dialog)
        return ApiResult<Dialog>::failure(ApiError(
            ApiError::Kind::BadResponse, reply.httpStatus, {}, u"no dialog id in the answer"_s));
    return ApiResult<Dialog>::success(std::move(*dialog));
}

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QJsonDocument>
#include <QJsonObject>

// A parsed answer: the value, or the error that stopped it.
template<typename T> struct ApiResult {
    T value {};
    ApiError error;

    bool ok() const { return !error.isError(); }

    static ApiResult failure(ApiError error)
    {
        ApiResult result;
        result.error = std::move(error);
        return result;
    }
    static ApiResult success(T value)
    {
        ApiResult result;
        result.value = std::move(value);
        return result;
    }
};

// The JSON object of a successful answer, or the reason there is none.
inline ApiResult<QJsonObject> jsonObjectOf(const ApiReply &reply)
{
    if (!reply.isSuccess())
        return ApiResult<QJsonObject>::failure(reply.error);
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    if (!document.isObject())
        return ApiResult<QJsonObject>::failure(
            ApiError(ApiError::Kind::BadResponse, reply.httpStatus, {}, parseError.errorString()));
    return ApiResult<QJsonObject>::success(document.object());
}

// SPDX-License-Identifier: Apache-2.0

#include "GetUserEndpoint.h"

using namespace Qt::StringLiterals;

ApiRequest GetUserEndpoint::build(qint64 userId)
{
    ApiRequest request;
    request.path = u"/users/"_s + QString::number(userId) + u".json"_s;
    return request;
}

ApiResult<ChatUser> GetUserEndpoint::parse(const ApiReply &reply)
{
    const auto object = jsonObjectOf(reply);
    if (!object.ok())
        return ApiResult<ChatUser>::failure(object.error);
    auto user = ChatUser::fromJson(object.value);
    if (!user)
        return ApiResult<ChatUser>::failure(ApiError(
            ApiError::Kind::BadResponse, reply.httpStatus, {}, u"no user in the answer"_s));
    return ApiResult<ChatUser>::success(*user);
}

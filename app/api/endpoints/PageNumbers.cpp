// SPDX-License-Identifier: Apache-2.0

#include "PageNumbers.h"

#include "domain/JsonValues.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace PageNumbers {

ApiResult<int> read(
    const QJsonObject &object, const QString &field, int fallback, const ApiReply &reply)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return ApiResult<int>::success(fallback);
    const std::optional<qint64> number = JsonValues::toInt64(value);
    if (!number || *number < 0 || *number > std::numeric_limits<int>::max())
        return ApiResult<int>::failure(ApiError(ApiError::Kind::BadResponse, reply.httpStatus, {},
            u"the list's %1 is not a count: %2"_s.arg(field,
                value.isString() ? value.toString().left(40) : QString::number(value.toDouble()))));
    return ApiResult<int>::success(static_cast<int>(*number));
}

std::optional<ApiError> oversizedPage(
    qsizetype count, int asked, const QString &what, const ApiReply &reply)
{
    if (count <= asked)
        return std::nullopt;
    return ApiError(ApiError::Kind::BadResponse, reply.httpStatus, {},
        QStringLiteral("%1 %2 came for a page of %3").arg(count).arg(what).arg(asked));
}

} // namespace PageNumbers

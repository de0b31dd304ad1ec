// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiResult.h"

#include <QJsonObject>

#include <optional>

// The paging numbers of a list answer (total_entries, skip, limit, per_page, current_page) are
// the server's word, never a size to allocate or loop by: a number that is missing takes the
// fallback, and one that is negative, fractional, not a number or beyond an int is a bad
// response that names the field.
namespace PageNumbers {

ApiResult<int> read(
    const QJsonObject &object, const QString &field, int fallback, const ApiReply &reply);

// A page that holds more items than were asked for is a bad response: a listing never grows by
// the server's word alone. what names the items ("messages").
std::optional<ApiError> oversizedPage(
    qsizetype count, int asked, const QString &what, const ApiReply &reply);

} // namespace PageNumbers

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// Lenient readers for the service's JSON: numbers sometimes arrive as strings ("76730"),
// dates as ISO-8601 text with Z or +00:00, or as Unix seconds.
namespace JsonValues {

std::optional<qint64> toInt64(const QJsonValue &value);
qint64 toInt64(const QJsonValue &value, qint64 fallback);
QString toText(const QJsonValue &value);
QList<qint64> toIdList(const QJsonValue &value);
QJsonArray fromIdList(const QList<qint64> &ids);
QDateTime toDateTime(const QJsonValue &value);
QDateTime fromUnixSeconds(const QJsonValue &value);
QJsonValue isoText(const QDateTime &when);

} // namespace JsonValues

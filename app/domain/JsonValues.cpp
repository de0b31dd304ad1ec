// SPDX-License-Identifier: Apache-2.0

#include "JsonValues.h"

#include <QTimeZone>

#include <cmath>

namespace JsonValues {

std::optional<qint64> toInt64(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Beyond ±2^63 the conversion is undefined, so such numbers are no integers here.
        if (std::isfinite(number) && std::floor(number) == number && number >= -0x1p63
            && number < 0x1p63)
            return static_cast<qint64>(number);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

qint64 toInt64(const QJsonValue &value, qint64 fallback)
{
    return toInt64(value).value_or(fallback);
}

QString toText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(toInt64(value, 0));
    return {};
}

QList<qint64> toIdList(const QJsonValue &value)
{
    QList<qint64> ids;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        ids.reserve(array.size());
        for (const QJsonValue &item : array) {
            if (const auto id = toInt64(item))
                ids.append(*id);
        }
    } else if (value.isString()) {
        // Some answers and forms carry "1,2,3".
        const auto parts = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (ok)
                ids.append(id);
        }
    }
    return ids;
}

QJsonArray fromIdList(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

QDateTime fromUnixSeconds(const QJsonValue &value)
{
    const auto seconds = toInt64(value);
    if (!seconds)
        return {};
    return QDateTime::fromSecsSinceEpoch(*seconds, QTimeZone::utc());
}

QDateTime toDateTime(const QJsonValue &value)
{
    if (value.isDouble())
        return fromUnixSeconds(value);
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid()) {
        // "2016-03-04 20:55:48 UTC" and "2017-10-16 12:12:27 +0000" appear in real answers.
        when = QDateTime::fromString(text.left(19), QLatin1String("yyyy-MM-dd HH:mm:ss"));
        if (when.isValid())
            when.setTimeZone(QTimeZone::utc());
    }
    return when.isValid() ? when.toUTC() : QDateTime();
}

QJsonValue isoText(const QDateTime &when)
{
    if (!when.isValid())
        return QJsonValue::Null;
    return when.toUTC().toString(Qt::ISODate);
}

} // namespace JsonValues

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QString>

// A moment as the console shows it: in local time, the locale's own order of day, month and
// year, but always the full year and the seconds (a short format loses both, and a moderator
// comparing events needs them). The time zone is left out: every time shown is local.
namespace LocalTime {

inline QString text(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(QLatin1String("yyyy")))
        date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    static const QRegularExpression zone(QStringLiteral("\\s*\\bt+\\b\\s*"));
    QString clock = locale.timeFormat(QLocale::LongFormat);
    clock.replace(zone, QStringLiteral(" "));
    return locale.toString(time.toLocalTime(), date + u' ' + clock.trimmed());
}

} // namespace LocalTime

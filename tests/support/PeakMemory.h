// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QFile>
#include <QRegularExpression>

// The process's peak resident memory (VmHWM), which a test resets before the step it measures.
// Linux only: elsewhere peakBytes() is -1 and a test skips the check.
namespace PeakMemory {

inline void reset()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5"); // 5: reset the peak resident set size
}

inline qint64 peakBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression line(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const auto match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() * 1024 : -1;
}

} // namespace PeakMemory

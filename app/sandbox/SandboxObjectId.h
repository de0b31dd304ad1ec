// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

// MongoDB ObjectIds as QuickBlox returns them: 24 lowercase hex digits made of a 4-byte creation
// time, 5 "machine" bytes and a 3-byte counter. The sandbox puts its own index into the counter,
// so an id leads straight back to its dialog or message without a lookup table.
class SandboxObjectId final {
public:
    static QString make(qint64 timestamp, quint64 machine, quint32 counter);
    // The counter of a well-formed id, or -1.
    static qint64 counterOf(const QString &id);
    static bool isWellFormed(const QString &id);
};

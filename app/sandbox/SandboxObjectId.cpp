// SPDX-License-Identifier: Apache-2.0

#include "SandboxObjectId.h"

#include "domain/ObjectId.h"

namespace {

constexpr int IdLength = 24;

} // namespace

QString SandboxObjectId::make(qint64 timestamp, quint64 machine, quint32 counter)
{
    static const char digits[] = "0123456789abcdef";
    QString id(IdLength, Qt::Uninitialized);
    QChar *out = id.data();
    auto put = [&out](quint64 value, int nibbles) {
        for (int shift = (nibbles - 1) * 4; shift >= 0; shift -= 4)
            *out++ = QLatin1Char(digits[(value >> shift) & 0xf]);
    };
    put(quint64(timestamp) & 0xffffffffULL, 8);
    put(machine & 0xffffffffffULL, 10);
    put(counter & 0xffffffU, 6);
    return id;
}

bool SandboxObjectId::isWellFormed(const QString &id)
{
    return ObjectId::isValid(id);
}

qint64 SandboxObjectId::counterOf(const QString &id)
{
    if (!isWellFormed(id))
        return -1;
    bool ok = false;
    const qint64 counter = id.right(6).toLongLong(&ok, 16);
    return ok ? counter : -1;
}

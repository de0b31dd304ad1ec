// SPDX-License-Identifier: Apache-2.0

#include "ObjectId.h"

#include <QSet>

namespace ObjectId {

bool isValid(const QString &id)
{
    if (id.size() != 24)
        return false;
    for (const QChar c : id) {
        const bool hex
            = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

QStringList normalised(const QStringList &ids, QStringList *invalid)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &raw : ids) {
        const QString id = raw.trimmed();
        if (id.isEmpty())
            continue;
        if (!isValid(id)) {
            if (invalid)
                invalid->append(id);
            continue;
        }
        if (seen.contains(id))
            continue;
        seen.insert(id);
        result.append(id);
    }
    return result;
}

} // namespace ObjectId

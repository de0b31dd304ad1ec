// SPDX-License-Identifier: Apache-2.0

#include "SandboxDeleteOutcome.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

SandboxDeleteOutcome::SandboxDeleteOutcome(const QString &ids)
{
    const QStringList parts = ids.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString id = part.trimmed();
        if (!id.isEmpty() && !m_requested.contains(id))
            m_requested.append(id);
    }
}

SandboxResponse SandboxDeleteOutcome::response() const
{
    if (m_requested.size() == 1) {
        if (!m_deleted.isEmpty())
            return SandboxResponse::empty(200);
        if (!m_wrongPermissions.isEmpty())
            return SandboxResponse::errorList(
                403, u"You don't have appropriate permissions to perform this operation"_s);
        return SandboxResponse::errorList(404, u"The resource wasn't found"_s);
    }
    QJsonObject body;
    auto bucket = [&body](const QString &name, const QStringList &ids) {
        if (!ids.isEmpty())
            body.insert(name, QJsonObject { { u"ids"_s, QJsonArray::fromStringList(ids) } });
    };
    bucket(u"SuccessfullyDeleted"_s, m_deleted);
    bucket(u"NotFound"_s, m_notFound);
    bucket(u"WrongPermissions"_s, m_wrongPermissions);
    return SandboxResponse::json(200, body);
}

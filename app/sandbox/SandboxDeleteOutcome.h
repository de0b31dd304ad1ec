// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SandboxResponse.h"

#include <QStringList>

// The result of DELETE /chat/Dialog/{ids} and /chat/Message/{ids}. One id answers with a status
// (200 and an empty body, 404 or 403); several ids answer 200 with the SuccessfullyDeleted,
// NotFound and WrongPermissions buckets, leaving out empty ones as the documented example does.
class SandboxDeleteOutcome final {
public:
    // The path segment: ids separated by commas. Repeated ids count once.
    explicit SandboxDeleteOutcome(const QString &ids);

    const QStringList &requested() const { return m_requested; }
    bool isEmpty() const { return m_requested.isEmpty(); }

    void deleted(const QString &id) { m_deleted.append(id); }
    void notFound(const QString &id) { m_notFound.append(id); }
    void wrongPermissions(const QString &id) { m_wrongPermissions.append(id); }

    SandboxResponse response() const;

private:
    QStringList m_requested;
    QStringList m_deleted;
    QStringList m_notFound;
    QStringList m_wrongPermissions;
};

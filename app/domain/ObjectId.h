// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>

// Dialog and message ids are 24 hex digits (MongoDB ObjectIds).
namespace ObjectId {

bool isValid(const QString &id);
// Trims, lowercases nothing (ids are compared as the server wrote them), drops duplicates while
// keeping the first occurrence's order, and collects the ids that are not valid.
QStringList normalised(const QStringList &ids, QStringList *invalid);

} // namespace ObjectId

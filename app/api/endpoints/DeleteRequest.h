// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "QueryEncoding.h"
#include "api/ApiRequest.h"

#include <QStringList>
#include <QUrl>

// The request shape that dialog and message deletes share: ids comma-joined in the path,
// force=1 form-encoded in the body.
namespace DeleteRequest {

inline ApiRequest build(const QString &collectionPath, const QStringList &ids, bool force,
    std::optional<qint64> onBehalfOf)
{
    QStringList encoded;
    encoded.reserve(ids.size());
    for (const QString &id : ids)
        encoded.append(QString::fromLatin1(QUrl::toPercentEncoding(id)));
    ApiRequest request;
    request.verb = "DELETE";
    request.path = collectionPath + encoded.join(u',') + QStringLiteral(".json");
    request.onBehalfOf = onBehalfOf;
    if (force) {
        request.contentType = QueryEncoding::formContentType;
        request.body = QByteArrayLiteral("force=1");
    }
    return request;
}

} // namespace DeleteRequest

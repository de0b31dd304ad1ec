// SPDX-License-Identifier: Apache-2.0

#include "DeleteDialogsEndpoint.h"

#include "DeleteRequest.h"

using namespace Qt::StringLiterals;

ApiRequest DeleteDialogsEndpoint::build(
    const QStringList &dialogIds, bool force, std::optional<qint64> onBehalfOf)
{
    return DeleteRequest::build(u"/chat/Dialog/"_s, dialogIds, force, onBehalfOf);
}

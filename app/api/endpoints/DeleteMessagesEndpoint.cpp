// SPDX-License-Identifier: Apache-2.0

#include "DeleteMessagesEndpoint.h"

#include "DeleteRequest.h"

using namespace Qt::StringLiterals;

ApiRequest DeleteMessagesEndpoint::build(
    const QStringList &messageIds, bool force, std::optional<qint64> onBehalfOf)
{
    return DeleteRequest::build(u"/chat/Message/"_s, messageIds, force, onBehalfOf);
}

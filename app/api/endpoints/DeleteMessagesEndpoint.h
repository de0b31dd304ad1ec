// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiRequest.h"

#include <QStringList>

// DELETE /chat/Message/{id,id,...}.json. Without force the messages leave the acting user's
// history only; force=1 removes them for everyone (the sender may; an API key without
// On-Behalf-Of always does). Same answer format as dialog deletes (DeleteAnswer).
class DeleteMessagesEndpoint final {
public:
    static ApiRequest build(
        const QStringList &messageIds, bool force, std::optional<qint64> onBehalfOf);
};

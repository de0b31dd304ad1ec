// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiRequest.h"
#include "api/ApiResult.h"
#include "domain/Message.h"

struct MessageQuery {
    QString dialogId;
    std::optional<qint64> senderId;
    // Only these messages (_id, or _id[in] for several): whether the reader still has them.
    QStringList messageIds;
    bool newestFirst = true;
    std::optional<qint64> onBehalfOf;
};

struct MessagePage {
    int skip = 0;
    int limit = 0;
    QList<Message> items;
};

// GET /chat/Message.json → {"skip","limit","items"} (no total). Always sends mark_as_read=0:
// the service marks messages read by default, and a moderator reading must never do that.
class ListMessagesEndpoint final {
public:
    static constexpr int defaultPageSize = 100;

    static ApiRequest build(const MessageQuery &query, int skip, int limit);
    static ApiResult<MessagePage> parse(const ApiReply &reply);
};

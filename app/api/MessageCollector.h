// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "PagedCollector.h"
#include "endpoints/ListMessagesEndpoint.h"

// Loads one dialog's messages with PagedCollector's window. The message list tells no total:
// the first page goes alone, the window opens once it comes back full, and the first short page
// ends the list. Pages are delivered with their offset so that callers can restore the order
// asked for (newest first by default). Never marks anything read.
class MessageCollector final : public PagedCollector {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageCollector)

public:
    explicit MessageCollector(ApiClient *client, QObject *parent = nullptr);

    // maxItems < 0 loads everything.
    void start(const MessageQuery &query, int maxItems = -1,
        int pageSize = ListMessagesEndpoint::defaultPageSize);

Q_SIGNALS:
    // Only pages that bring messages not delivered before.
    void pageLoaded(int skip, const QList<Message> &messages);

private:
    ApiRequest pageRequest(int skip, int limit) const override;
    void takeAnswer(int skip, int limit, const ApiReply &reply) override;

    MessageQuery m_query;
    QSet<QString> m_seen;
};

// SPDX-License-Identifier: Apache-2.0

#include "Message.h"

#include "JsonValues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

std::optional<Message> Message::fromJson(const QJsonObject &object)
{
    Message message;
    message.id = JsonValues::toText(object.value(u"_id"_s));
    if (message.id.isEmpty())
        return std::nullopt;
    message.dialogId = JsonValues::toText(object.value(u"chat_dialog_id"_s));
    if (message.dialogId.isEmpty())
        message.dialogId = JsonValues::toText(object.value(u"dialog_id"_s));
    message.text = JsonValues::toText(object.value(u"message"_s));
    message.senderId = JsonValues::toInt64(object.value(u"sender_id"_s), 0);
    message.recipientId = JsonValues::toInt64(object.value(u"recipient_id"_s), 0);
    message.sentAt = JsonValues::fromUnixSeconds(object.value(u"date_sent"_s));
    message.createdAt = JsonValues::toDateTime(object.value(u"created_at"_s));
    message.readIds = JsonValues::toIdList(object.value(u"read_ids"_s));
    const QJsonArray attachments = object.value(u"attachments"_s).toArray();
    for (const QJsonValue &value : attachments) {
        const QJsonObject item = value.toObject();
        message.attachments.append({ JsonValues::toText(item.value(u"type"_s)),
            JsonValues::toText(item.value(u"id"_s)), JsonValues::toText(item.value(u"url"_s)),
            JsonValues::toText(item.value(u"name"_s)) });
    }
    return message;
}

QJsonObject Message::toJson() const
{
    QJsonObject object;
    object.insert(u"_id"_s, id);
    object.insert(u"chat_dialog_id"_s, dialogId);
    object.insert(u"message"_s, text);
    object.insert(u"sender_id"_s, senderId);
    object.insert(u"recipient_id"_s, recipientId);
    object.insert(
        u"date_sent"_s, sentAt.isValid() ? QJsonValue(sentAt.toSecsSinceEpoch()) : QJsonValue());
    object.insert(u"created_at"_s, JsonValues::isoText(createdAt));
    object.insert(u"read_ids"_s, JsonValues::fromIdList(readIds));
    QJsonArray attachmentArray;
    for (const Attachment &attachment : attachments) {
        QJsonObject item;
        item.insert(u"type"_s, attachment.type);
        item.insert(u"id"_s, attachment.id);
        if (!attachment.url.isEmpty())
            item.insert(u"url"_s, attachment.url);
        if (!attachment.name.isEmpty())
            item.insert(u"name"_s, attachment.name);
        attachmentArray.append(item);
    }
    object.insert(u"attachments"_s, attachmentArray);
    return object;
}

// SPDX-License-Identifier: Apache-2.0

#include "Dialog.h"

#include "JsonValues.h"

using namespace Qt::StringLiterals;

DialogType Dialog::typeFromNumber(qint64 number)
{
    switch (number) {
    case 1:
        return DialogType::Public;
    case 2:
        return DialogType::Group;
    case 3:
        return DialogType::Private;
    default:
        return DialogType::Unknown;
    }
}

QString Dialog::typeName(DialogType type)
{
    switch (type) {
    case DialogType::Public:
        return tr("public");
    case DialogType::Group:
        return tr("group");
    case DialogType::Private:
        return tr("private");
    case DialogType::Unknown:
        break;
    }
    return tr("unknown");
}

std::optional<Dialog> Dialog::fromJson(const QJsonObject &object)
{
    Dialog dialog;
    dialog.id = JsonValues::toText(object.value(u"_id"_s));
    if (dialog.id.isEmpty())
        return std::nullopt;
    dialog.type = typeFromNumber(JsonValues::toInt64(object.value(u"type"_s), 0));
    dialog.name = JsonValues::toText(object.value(u"name"_s));
    dialog.ownerId = JsonValues::toInt64(object.value(u"user_id"_s), 0);
    dialog.occupantIds = JsonValues::toIdList(object.value(u"occupants_ids"_s));
    dialog.adminIds = JsonValues::toIdList(object.value(u"admin_ids"_s));
    dialog.photo = JsonValues::toText(object.value(u"photo"_s));
    dialog.lastMessage = JsonValues::toText(object.value(u"last_message"_s));
    dialog.lastMessageAt = JsonValues::fromUnixSeconds(object.value(u"last_message_date_sent"_s));
    dialog.lastMessageUserId = JsonValues::toInt64(object.value(u"last_message_user_id"_s), 0);
    dialog.unreadMessages
        = static_cast<int>(JsonValues::toInt64(object.value(u"unread_messages_count"_s), 0));
    dialog.createdAt = JsonValues::toDateTime(object.value(u"created_at"_s));
    dialog.updatedAt = JsonValues::toDateTime(object.value(u"updated_at"_s));
    return dialog;
}

QJsonObject Dialog::toJson() const
{
    QJsonObject object;
    object.insert(u"_id"_s, id);
    object.insert(u"name"_s, name);
    object.insert(u"type"_s, static_cast<int>(type));
    object.insert(u"user_id"_s, ownerId);
    object.insert(u"occupants_ids"_s, JsonValues::fromIdList(occupantIds));
    object.insert(u"admin_ids"_s, JsonValues::fromIdList(adminIds));
    object.insert(u"last_message"_s, lastMessage.isNull() ? QJsonValue() : QJsonValue(lastMessage));
    object.insert(u"last_message_date_sent"_s,
        lastMessageAt.isValid() ? QJsonValue(lastMessageAt.toSecsSinceEpoch()) : QJsonValue());
    object.insert(u"last_message_user_id"_s,
        lastMessageUserId ? QJsonValue(lastMessageUserId) : QJsonValue());
    object.insert(u"created_at"_s, JsonValues::isoText(createdAt));
    object.insert(u"updated_at"_s, JsonValues::isoText(updatedAt));
    return object;
}

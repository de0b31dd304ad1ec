// SPDX-License-Identifier: Apache-2.0

#include "SandboxJson.h"

#include "SandboxCommunity.h"
#include "SandboxDialog.h"
#include "SandboxMessage.h"
#include "SandboxUser.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString SandboxJson::isoTime(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::utc())
        .toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

QByteArray SandboxJson::expirationTime(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::utc())
               .toString(u"yyyy-MM-dd HH:mm:ss"_s)
               .toLatin1()
        + " +0000";
}

bool SandboxJson::parseTime(const QString &text, qint64 *secondsSinceEpoch)
{
    bool ok = false;
    const qint64 seconds = text.trimmed().toLongLong(&ok);
    if (ok) {
        *secondsSinceEpoch = seconds;
        return true;
    }
    QDateTime parsed = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!parsed.isValid())
        return false;
    *secondsSinceEpoch = parsed.toSecsSinceEpoch();
    return true;
}

QJsonArray SandboxJson::ids(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

QJsonObject SandboxJson::dialog(
    const SandboxCommunity &community, const SandboxDialog &dialog, qint64 requesterId)
{
    QJsonObject object {
        { u"_id"_s, dialog.id },
        { u"user_id"_s, dialog.ownerId },
        { u"type"_s, dialog.type },
        { u"name"_s, dialog.name },
        { u"photo"_s, nullable(dialog.photo) },
        { u"occupants_ids"_s, ids(dialog.occupantIds) },
        { u"admin_ids"_s,
            ids(dialog.type == SandboxDialog::Private ? QList<qint64>() : dialog.adminIds) },
        { u"created_at"_s, isoTime(dialog.createdAt) },
        { u"updated_at"_s, isoTime(dialog.updatedAt) },
        { u"unread_messages_count"_s, community.unreadCount(dialog, requesterId) },
    };
    object.insert(u"xmpp_room_jid"_s,
        dialog.type == SandboxDialog::Private
            ? QJsonValue(QJsonValue::Null)
            : QJsonValue(QString::number(community.application().id) + u'_' + dialog.id
                + u"@muc.chat.quickblox.com"_s));
    object.insert(u"is_join_required"_s,
        dialog.isJoinRequired < 0 ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(dialog.isJoinRequired));
    if (const auto last = community.lastMessage(dialog)) {
        object.insert(u"last_message"_s, last->text);
        object.insert(u"last_message_date_sent"_s, last->dateSent);
        object.insert(u"last_message_user_id"_s, last->senderId);
        object.insert(u"last_message_id"_s, last->id);
    } else {
        object.insert(u"last_message"_s, QJsonValue::Null);
        object.insert(u"last_message_date_sent"_s, QJsonValue::Null);
        object.insert(u"last_message_user_id"_s, QJsonValue::Null);
        object.insert(u"last_message_id"_s, QJsonValue::Null);
    }
    return object;
}

QJsonObject SandboxJson::message(const SandboxMessage &message)
{
    QJsonArray attachments;
    for (const SandboxAttachment &attachment : message.attachments) {
        attachments.append(QJsonObject {
            { u"type"_s, attachment.type },
            { u"id"_s, attachment.id },
            { u"uid"_s, attachment.uid },
            { u"name"_s, attachment.name },
            { u"content-type"_s, attachment.contentType },
            { u"size"_s, attachment.size },
        });
    }
    bool readByOthers = false;
    for (const qint64 reader : message.readIds)
        readByOthers = readByOthers || reader != message.senderId;
    const QString time = isoTime(message.dateSent);
    return QJsonObject {
        { u"_id"_s, message.id },
        { u"attachments"_s, attachments },
        { u"chat_dialog_id"_s, message.dialogId },
        { u"created_at"_s, time },
        { u"updated_at"_s, time },
        { u"date_sent"_s, message.dateSent },
        { u"delivered_ids"_s, ids(message.deliveredIds) },
        { u"message"_s, message.text },
        { u"read_ids"_s, ids(message.readIds) },
        { u"recipient_id"_s, message.recipientId },
        { u"sender_id"_s, message.senderId },
        // Deprecated upstream; 1 once anybody but the sender has read it.
        { u"read"_s, readByOthers ? 1 : 0 },
    };
}

QJsonObject SandboxJson::user(const SandboxUser &user)
{
    return QJsonObject {
        { u"id"_s, user.id },
        { u"full_name"_s, user.fullName },
        { u"email"_s, user.email },
        { u"login"_s, user.login },
        { u"phone"_s, user.phone },
        { u"website"_s, nullable(user.website) },
        { u"created_at"_s, isoTime(user.createdAt) },
        { u"updated_at"_s, isoTime(user.updatedAt) },
        { u"last_request_at"_s, isoTime(user.lastRequestAt) },
        { u"external_user_id"_s, QJsonValue::Null },
        { u"facebook_id"_s, QJsonValue::Null },
        { u"twitter_id"_s, QJsonValue::Null },
        { u"blob_id"_s, QJsonValue::Null },
        { u"custom_data"_s, QJsonValue::Null },
        { u"user_tags"_s, nullable(user.tags.join(u',')) },
        { u"age_over16"_s, true },
        { u"allow_statistics_analysis"_s, false },
        { u"allow_sales_activities"_s, false },
        { u"parents_contacts"_s, u""_s },
    };
}

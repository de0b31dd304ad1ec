// SPDX-License-Identifier: Apache-2.0

#include "ChatUser.h"

#include "JsonValues.h"

#include <algorithm>

using namespace Qt::StringLiterals;

std::optional<ChatUser> ChatUser::fromJson(const QJsonObject &object)
{
    const QJsonObject user
        = object.value(u"user"_s).isObject() ? object.value(u"user"_s).toObject() : object;
    const auto id = JsonValues::toInt64(user.value(u"id"_s));
    if (!id)
        return std::nullopt;
    ChatUser result;
    result.id = *id;
    result.login = JsonValues::toText(user.value(u"login"_s));
    result.fullName = JsonValues::toText(user.value(u"full_name"_s));
    result.email = JsonValues::toText(user.value(u"email"_s));
    result.phone = JsonValues::toText(user.value(u"phone"_s));
    const QString tags = JsonValues::toText(user.value(u"user_tags"_s));
    for (const QString &tag : tags.split(u',', Qt::SkipEmptyParts))
        result.tags.append(tag.trimmed());
    result.createdAt = JsonValues::toDateTime(user.value(u"created_at"_s));
    result.lastRequestAt = JsonValues::toDateTime(user.value(u"last_request_at"_s));
    return result;
}

QJsonObject ChatUser::toJson() const
{
    QJsonObject object;
    object.insert(u"id"_s, id);
    object.insert(u"login"_s, login);
    object.insert(u"full_name"_s, fullName);
    object.insert(u"email"_s, email);
    object.insert(u"phone"_s, phone);
    object.insert(u"user_tags"_s, tags.isEmpty() ? QJsonValue() : QJsonValue(tags.join(u',')));
    object.insert(u"created_at"_s, JsonValues::isoText(createdAt));
    object.insert(u"last_request_at"_s, JsonValues::isoText(lastRequestAt));
    return object;
}

QString ChatUser::identity() const
{
    const QString number = QString::number(id);
    if (!fullName.isEmpty() && !login.isEmpty())
        return fullName + u" ("_s + login + u", "_s + number + u')';
    if (!fullName.isEmpty() || !login.isEmpty())
        return (fullName.isEmpty() ? login : fullName) + u" ("_s + number + u')';
    return number;
}

bool ChatUser::isStaff() const
{
    static const QStringList staffTags { u"staff"_s, u"moderator"_s, u"admin"_s };
    return std::any_of(tags.cbegin(), tags.cend(),
        [](const QString &tag) { return staffTags.contains(tag.trimmed(), Qt::CaseInsensitive); });
}

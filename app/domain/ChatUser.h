// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

struct ChatUser {
    qint64 id = 0;
    QString login;
    QString fullName;
    QString email;
    QString phone;
    QStringList tags;
    QDateTime createdAt;
    QDateTime lastRequestAt;

    // Accepts the wrapped item form {"user":{...}} as well as a bare user object.
    static std::optional<ChatUser> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // "Name (login, id)": tells apart accounts that share a name, wherever a person is named.
    QString identity() const;
    // Tagged as the app's own people (staff, moderator, admin): a mistake here costs more.
    bool isStaff() const;
};

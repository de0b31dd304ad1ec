// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct Attachment {
    QString type;
    QString id;
    QString url;
    QString name;
};

// A chat message. The text is kept exactly as sent; views must show it as plain text.
struct Message {
    QString id;
    QString dialogId;
    QString text;
    qint64 senderId = 0;
    qint64 recipientId = 0;
    QDateTime sentAt;
    QDateTime createdAt;
    QList<qint64> readIds;
    QList<Attachment> attachments;

    static std::optional<Message> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

enum class DialogType {
    Unknown = 0,
    Public = 1,
    Group = 2,
    Private = 3,
};

// A chat dialog as the service describes it. fromJson() ignores unknown keys and tolerates the
// fields that older servers leave out.
struct Dialog {
    Q_DECLARE_TR_FUNCTIONS(Dialog)

public:
    QString id;
    DialogType type = DialogType::Unknown;
    QString name;
    qint64 ownerId = 0;
    QList<qint64> occupantIds;
    QList<qint64> adminIds;
    QString photo;
    QString lastMessage;
    QDateTime lastMessageAt;
    qint64 lastMessageUserId = 0;
    int unreadMessages = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    static std::optional<Dialog> fromJson(const QJsonObject &object);
    // The API's own field names, for scripts that read qbmodctl's JSON.
    QJsonObject toJson() const;

    static QString typeName(DialogType type);
    static DialogType typeFromNumber(qint64 number);
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QString>

struct SandboxAttachment {
    QString type; // "image" or "file", as the SDKs send them
    QString id;
    QString uid;
    QString name;
    QString contentType;
    qint64 size = 0;
};

// One chat message. Messages are generated on demand from the dialog they belong to (see
// SandboxMessageFactory) and only kept once something changes a dialog's messages.
struct SandboxMessage {
    QString id;
    QString dialogId;
    int position = 0; // index within the dialog's generated history; part of the id
    QString text;
    qint64 senderId = 0;
    qint64 recipientId = 0; // the other occupant in a private dialog, 0 otherwise
    qint64 dateSent = 0; // Unix seconds; created_at and updated_at render the same instant
    QList<qint64> readIds;
    QList<qint64> deliveredIds;
    QList<SandboxAttachment> attachments;
    // Users who deleted the message from their own history (a delete without force).
    QList<qint64> hiddenFor;
};

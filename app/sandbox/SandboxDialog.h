// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QString>

// A message of a spam wave, appended after the dialog's generated history.
struct SandboxCampaignPost {
    QString text;
    qint64 senderId = 0;
    qint64 dateSent = 0;
};

// One chat dialog. Its messages are not stored here: they are generated from the message*
// fields whenever needed, and kept by SandboxCommunity once something changes them.
struct SandboxDialog {
    enum Type { PublicGroup = 1, Group = 2, Private = 3 };

    int index = 0; // position in the community; also the counter part of the ObjectId
    QString id;
    int type = Private;
    QString name;
    qint64 ownerId = 0;
    QList<qint64> occupantIds; // ascending; empty for public groups
    QList<qint64> adminIds;
    qint64 createdAt = 0; // Unix seconds
    qint64 updatedAt = 0;
    int isJoinRequired = -1; // -1 renders as null (only group dialogs carry 0 or 1)
    QString photo;

    // Generation parameters of the history. messageCount includes the campaign posts, which
    // come last.
    int messageCount = 0;
    QList<SandboxCampaignPost> campaignPosts;
    qint64 firstSentAt = 0;
    qint64 sendStep = 1;
    int unreadTail = 0; // the last messages nobody but their sender has read yet
    quint64 messageSeed = 0;
    qint64 spammerId = 0; // an occupant who floods this dialog, 0 if none

    // Kept current as messages are force-deleted; 0 when the dialog has no messages.
    qint64 lastMessageDateSent = 0;

    bool deleted = false; // force-deleted: gone for everyone
    QList<qint64> removedFor; // users who deleted it from their own list only
};

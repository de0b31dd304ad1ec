// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One generated spam wave, as the server knows it: what tests compare a campaign search with.
struct SandboxCampaign {
    QString text;
    QList<qint64> senderIds; // ascending
    QStringList dialogIds; // ascending
    QStringList messageIds;
    qint64 firstSentAt = 0; // Unix seconds
    qint64 lastSentAt = 0;
};

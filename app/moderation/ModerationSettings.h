// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "moderation/ModerationGuard.h"

#include <QDateTime>
#include <QSet>

#include <optional>

class QSettings;

// The console's operator-safety settings, kept in the "moderation" group of the shared settings
// file. Nothing secret belongs here.
struct ModerationSettings {
    // Keep each dialog and its latest messages in the journal before deleting for everyone.
    bool keepEvidence = true;
    int evidenceRetentionDays = 0; // 0 keeps evidence forever
    bool reasonForForce = true;
    bool reasonOnBehalfOf = true;
    QSet<qint64> protectedUsers;

    static ModerationSettings load(const QSettings &settings);
    void save(QSettings *settings) const;

    // The guard these settings describe: its reason rule and protected users.
    ModerationGuard guard() const;
    // Evidence collected before this time is pruned; nothing when evidence is kept forever.
    std::optional<QDateTime> evidenceCutoff(const QDateTime &now) const;
    // "1, 2, 3", sorted, as the settings dialog shows it.
    QString protectedUsersText() const;

    friend bool operator==(const ModerationSettings &a, const ModerationSettings &b)
    {
        return a.keepEvidence == b.keepEvidence
            && a.evidenceRetentionDays == b.evidenceRetentionDays
            && a.reasonForForce == b.reasonForForce && a.reasonOnBehalfOf == b.reasonOnBehalfOf
            && a.protectedUsers == b.protectedUsers;
    }
    friend bool operator!=(const ModerationSettings &a, const ModerationSettings &b)
    {
        return !(a == b);
    }
};

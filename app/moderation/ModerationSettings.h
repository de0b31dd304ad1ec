// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "moderation/ModerationGuard.h"
#include "store/StoreLocation.h"

#include <QDateTime>
#include <QSet>

#include <optional>

class Journal;
class QSettings;

// The console's operator-safety settings, kept in the "moderation" group of the shared settings
// file. Nothing secret belongs here. A team database keeps the team's protected users itself
// (Journal::protectedUsers); protectedUsers here are this computer's.
struct ModerationSettings {
    // Keep each dialog and its latest messages in the journal before deleting for everyone.
    bool keepEvidence = true;
    int evidenceRetentionDays = 0; // 0 keeps evidence forever
    bool reasonForForce = true;
    bool reasonOnBehalfOf = true;
    QSet<qint64> protectedUsers;

    static ModerationSettings load(const QSettings &settings);
    void save(QSettings *settings) const;

    // The one place a run's guard is built: the reason rule from these settings; the protected
    // users from these settings on this computer, or, when store is a team database, from the
    // team's list in it (journal, opened on store), which every moderator shares. When the
    // team's list cannot be read, or journal did not open, the guard refuses every run.
    ModerationGuard guard(const StoreLocation &store = {}, const Journal *journal = nullptr) const;
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

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Dialog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// The operator-safety rules that apply before anything destructive is sent: when a reason is
// required, and which users are protected (staff, bots): their dialogs are not force-deleted and
// they are not acted for, unless the operator explicitly overrides, which the journal records.
class ModerationGuard final {
    Q_DECLARE_TR_FUNCTIONS(ModerationGuard)

public:
    // Deleting for everyone and acting for someone else cannot be undone by the person affected:
    // by default both need a reason. The console's settings can relax either (setReasonRules).
    static constexpr bool reasonRequiredForForce = true;
    static constexpr bool reasonRequiredOnBehalfOf = true;

    // "1, 2,3" → {1, 2, 3}; anything else is an error naming the bad part.
    static std::optional<QSet<qint64>> parseUserIds(const QString &text, QString *error);

    void setProtectedUsers(const QSet<qint64> &userIds) { m_protected = userIds; }
    QSet<qint64> protectedUsers() const { return m_protected; }
    bool isProtected(qint64 userId) const { return m_protected.contains(userId); }
    // The protected users could not be read (a team database that did not answer): anyone may
    // be protected, so every destructive run is refused, override or not. why is for people.
    void setProtectedUsersUnknown(const QString &why) { m_unknownBecause = why; }
    std::optional<QString> protectedUsersUnknown() const { return m_unknownBecause; }
    // When the protected users were read, if not from where the run is journaled (working
    // offline: the copy of the team's list read then), to be said before the run is confirmed
    // (OfflineJournal::limitation); else none.
    void setProtectedUsersReadAt(const QDateTime &readAt) { m_readAt = readAt; }
    std::optional<QDateTime> protectedUsersReadAt() const { return m_readAt; }

    void setReasonRules(bool forForce, bool onBehalfOf)
    {
        m_reasonForForce = forForce;
        m_reasonOnBehalfOf = onBehalfOf;
    }
    bool reasonForForce() const { return m_reasonForForce; }
    bool reasonOnBehalfOf() const { return m_reasonOnBehalfOf; }

    // This guard's rule.
    bool isReasonRequired(bool force, std::optional<qint64> onBehalfOf) const;
    std::optional<QString> missingReason(
        const QString &reason, bool force, std::optional<qint64> onBehalfOf) const;

    // The default rule (both constants above).
    static bool reasonRequired(bool force, std::optional<qint64> onBehalfOf);
    // A message for people when the reason is required and missing.
    static std::optional<QString> reasonProblem(
        const QString &reason, bool force, std::optional<qint64> onBehalfOf);
    // Acting for a protected user.
    std::optional<QString> actingProblem(std::optional<qint64> onBehalfOf) const;
    // Dialogs owned by a protected user, among those about to be force-deleted.
    QList<Dialog> protectedDialogs(const QList<Dialog> &dialogs) const;

private:
    QSet<qint64> m_protected;
    std::optional<QString> m_unknownBecause;
    std::optional<QDateTime> m_readAt;
    bool m_reasonForForce = reasonRequiredForForce;
    bool m_reasonOnBehalfOf = reasonRequiredOnBehalfOf;
};

// SPDX-License-Identifier: Apache-2.0

#include "ModerationGuard.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

std::optional<QSet<qint64>> ModerationGuard::parseUserIds(const QString &text, QString *error)
{
    QSet<qint64> ids;
    static const QRegularExpression separators(u"[\\s,]+"_s);
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok || id <= 0) {
            if (error)
                *error = tr("\"%1\" is not a user id (a positive number).").arg(part);
            return std::nullopt;
        }
        ids.insert(id);
    }
    return ids;
}

bool ModerationGuard::isReasonRequired(bool force, std::optional<qint64> onBehalfOf) const
{
    return (force && m_reasonForForce) || (onBehalfOf && m_reasonOnBehalfOf);
}

bool ModerationGuard::reasonRequired(bool force, std::optional<qint64> onBehalfOf)
{
    return ModerationGuard().isReasonRequired(force, onBehalfOf);
}

std::optional<QString> ModerationGuard::reasonProblem(
    const QString &reason, bool force, std::optional<qint64> onBehalfOf)
{
    return ModerationGuard().missingReason(reason, force, onBehalfOf);
}

std::optional<QString> ModerationGuard::missingReason(
    const QString &reason, bool force, std::optional<qint64> onBehalfOf) const
{
    if (!reason.trimmed().isEmpty() || !isReasonRequired(force, onBehalfOf))
        return std::nullopt;
    if (force && m_reasonForForce)
        return tr("Deleting for everyone needs a reason (--reason TEXT); it is kept in the "
                  "journal.");
    return tr("Acting for user %1 needs a reason (--reason TEXT); it is kept in the journal.")
        .arg(*onBehalfOf);
}

std::optional<QString> ModerationGuard::actingProblem(std::optional<qint64> onBehalfOf) const
{
    if (!onBehalfOf || !isProtected(*onBehalfOf))
        return std::nullopt;
    return tr("User %1 is protected: nothing is done on their behalf without "
              "--override-protection.")
        .arg(*onBehalfOf);
}

QList<Dialog> ModerationGuard::protectedDialogs(const QList<Dialog> &dialogs) const
{
    QList<Dialog> found;
    for (const Dialog &dialog : dialogs) {
        if (isProtected(dialog.ownerId))
            found.append(dialog);
    }
    return found;
}

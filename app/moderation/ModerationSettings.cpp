// SPDX-License-Identifier: Apache-2.0

#include "ModerationSettings.h"

#include "Journal.h"

#include <QSettings>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString group = u"moderation"_s;
}

ModerationSettings ModerationSettings::load(const QSettings &settings)
{
    ModerationSettings result;
    const QString prefix = group + u'/';
    result.keepEvidence = settings.value(prefix + u"keepEvidence"_s, result.keepEvidence).toBool();
    result.evidenceRetentionDays = std::max(0,
        settings.value(prefix + u"evidenceRetentionDays"_s, result.evidenceRetentionDays).toInt());
    result.reasonForForce
        = settings.value(prefix + u"reasonForForce"_s, result.reasonForForce).toBool();
    result.reasonOnBehalfOf
        = settings.value(prefix + u"reasonOnBehalfOf"_s, result.reasonOnBehalfOf).toBool();
    // A hand-edited list that does not parse protects nobody rather than somebody unexpected.
    if (const auto ids = ModerationGuard::parseUserIds(
            settings.value(prefix + u"protectedUsers"_s).toString(), nullptr))
        result.protectedUsers = *ids;
    return result;
}

void ModerationSettings::save(QSettings *settings) const
{
    settings->beginGroup(group);
    settings->setValue(u"keepEvidence"_s, keepEvidence);
    settings->setValue(u"evidenceRetentionDays"_s, evidenceRetentionDays);
    settings->setValue(u"reasonForForce"_s, reasonForForce);
    settings->setValue(u"reasonOnBehalfOf"_s, reasonOnBehalfOf);
    settings->setValue(u"protectedUsers"_s, protectedUsersText());
    settings->endGroup();
}

ModerationGuard ModerationSettings::guard(const StoreLocation &store, const Journal *journal) const
{
    ModerationGuard result;
    result.setReasonRules(reasonForForce, reasonOnBehalfOf);
    if (!store.isTeam()) {
        result.setProtectedUsers(protectedUsers);
        return result;
    }
    if (journal && journal->isOpen() && journal->offlineFor() && *journal->offlineFor() == store) {
        // Working offline: the copy of the team's list saved when it was last reached.
        const std::optional<QDateTime> readAt = journal->protectionCopyReadAt();
        const std::optional<QList<Journal::ProtectedUser>> copy = journal->protectedUsers();
        if (!readAt || !copy) {
            result.setProtectedUsersUnknown(
                Journal::tr("The team's protected users have never been read from %1 on this "
                            "computer, so nothing runs offline. Reach the team database once "
                            "first.")
                    .arg(store.displayName()));
            return result;
        }
        QSet<qint64> ids;
        for (const Journal::ProtectedUser &user : *copy)
            ids.insert(user.userId);
        result.setProtectedUsers(ids);
        result.setProtectedUsersReadAt(*readAt);
        return result;
    }
    if (!journal || !journal->isOpen() || !(journal->location() == store)) {
        const QString why = journal && !journal->errorString().isEmpty()
            ? journal->errorString()
            : Journal::tr("The team database %1 is not open.").arg(store.displayName());
        result.setProtectedUsersUnknown(why);
        return result;
    }
    QString error;
    const std::optional<QList<Journal::ProtectedUser>> team = journal->protectedUsers(&error);
    if (!team) {
        result.setProtectedUsersUnknown(error);
        return result;
    }
    QSet<qint64> ids;
    for (const Journal::ProtectedUser &user : *team)
        ids.insert(user.userId);
    result.setProtectedUsers(ids);
    return result;
}

std::optional<QDateTime> ModerationSettings::evidenceCutoff(const QDateTime &now) const
{
    if (evidenceRetentionDays <= 0)
        return std::nullopt;
    return now.addDays(-evidenceRetentionDays);
}

QString ModerationSettings::protectedUsersText() const
{
    QList<qint64> ids(protectedUsers.cbegin(), protectedUsers.cend());
    std::sort(ids.begin(), ids.end());
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : std::as_const(ids))
        parts.append(QString::number(id));
    return parts.join(u", "_s);
}

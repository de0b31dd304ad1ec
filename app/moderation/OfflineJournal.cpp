// SPDX-License-Identifier: Apache-2.0

#include "OfflineJournal.h"

#include "Journal.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

QString OfflineJournal::pathFor(const StoreLocation &team, const QString &localJournalPath)
{
    // Named after the team's address without its TLS mode, which may change without the
    // database changing.
    const QString where
        = u"%1@%2:%3/%4"_s.arg(team.user, team.host.toLower()).arg(team.port).arg(team.database);
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return QFileInfo(localJournalPath).absolutePath() + u"/offline-"_s + digest + u".sqlite"_s;
}

namespace {

QString readAtText(const QDateTime &readAt)
{
    return readAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

} // namespace

QString OfflineJournal::limitation()
{
    return tr("Working offline: this run is journaled on this computer and uploaded to the team "
              "database when it can be reached again. Until then the team cannot see it, and "
              "its ids are not claimed: a colleague may act on the same ids at the same time.");
}

QString OfflineJournal::limitation(const QDateTime &protectedUsersReadAt)
{
    return tr("Working offline: this run is journaled on this computer and uploaded to the team "
              "database when it can be reached again. Until then the team cannot see it, and "
              "its ids are not claimed: a colleague may act on the same ids at the same time. "
              "Protected users as read from the team database at %1.")
        .arg(readAtText(protectedUsersReadAt));
}

QString OfflineJournal::protectedUsersSource(const QDateTime &readAt)
{
    return tr("Protected users as read from the team database at %1.").arg(readAtText(readAt));
}

bool OfflineJournal::openForRun(Journal &journal, const StoreLocation &team,
    const QString &password, const QString &localJournalPath, bool workOffline, bool *offline,
    QString *teamError)
{
    *offline = false;
    if (journal.open(team, password)) {
        // Reached: the team's protected users are kept for a later offline run. A copy that
        // cannot be saved leaves the older one, or none, so offline then refuses or is stale.
        copyProtectedUsers(journal, localJournalPath);
        return true;
    }
    *teamError = journal.errorString();
    return openInstead(journal, team, localJournalPath, workOffline, offline);
}

bool OfflineJournal::openInstead(Journal &journal, const StoreLocation &team,
    const QString &localJournalPath, bool workOffline, bool *offline)
{
    *offline = false;
    // The default fails closed: without the team database nothing runs. A location that may
    // not be used at all (e.g. TLS off for a remote host) is no reason to work offline.
    if (!workOffline || !team.isTeam() || !team.problem().isEmpty())
        return false;
    journal.setOfflineFor(team);
    if (!journal.open(pathFor(team, localJournalPath)))
        return false;
    *offline = true;
    return true;
}

namespace {
QSet<QString> originKeys(const Journal &journal)
{
    QSet<QString> keys;
    for (const Journal::Run &run : journal.runs())
        keys.insert(run.originKey);
    return keys;
}
} // namespace

bool OfflineJournal::copyProtectedUsers(
    const Journal &team, const QString &localJournalPath, QString *error)
{
    const QDateTime readAt = QDateTime::currentDateTimeUtc();
    QString why;
    const std::optional<QList<Journal::ProtectedUser>> users = team.protectedUsers(&why);
    Journal offline;
    offline.setOfflineFor(team.location());
    const bool ok = users && offline.open(pathFor(team.location(), localJournalPath))
        && offline.copyProtectionFrom(*users, readAt);
    if (!ok && error)
        *error = users ? offline.errorString() : why;
    return ok;
}

int OfflineJournal::waitingCount(const Journal &team, const QString &localJournalPath)
{
    const QString path = pathFor(team.location(), localJournalPath);
    if (!QFileInfo::exists(path))
        return 0;
    Journal offline;
    if (!offline.open(path))
        return 0;
    const QSet<QString> there = originKeys(team);
    int waiting = 0;
    for (const Journal::Run &run : offline.runs())
        waiting += there.contains(run.originKey) ? 0 : 1;
    return waiting;
}

JournalCopier::Result OfflineJournal::upload(
    Journal &team, const QString &localJournalPath, const std::function<bool(int, int)> &progress)
{
    copyProtectedUsers(team, localJournalPath);
    const QString path = pathFor(team.location(), localJournalPath);
    if (!QFileInfo::exists(path))
        return {};
    Journal offline;
    offline.setOfflineFor(team.location());
    if (!offline.open(path)) {
        JournalCopier::Result result;
        result.error = offline.errorString();
        return result;
    }
    // Its runs are marked offline already; a run without a mark came from nowhere else.
    return JournalCopier::copy(offline, team, u"offline"_s, {}, progress);
}

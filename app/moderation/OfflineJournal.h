// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "JournalCopier.h"
#include "store/StoreLocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class Journal;

// Working offline from a team database. By default a destructive run needs the team database
// (nothing runs when it cannot be reached). When the moderator chooses to work offline, runs
// are journaled in a SQLite file beside the local journal, one file per team location, and
// uploaded into the team database the next time it is reached: each run once, with its origin
// key, in one transaction, so an upload stopped half-way and started again loses and repeats
// nothing. The console and qbmodctl are views over this class.
class OfflineJournal final {
    Q_DECLARE_TR_FUNCTIONS(OfflineJournal)

public:
    // The offline journal for team, in the folder of localJournalPath (the usual local journal).
    static QString pathFor(const StoreLocation &team, const QString &localJournalPath);
    // What working offline cannot do, to be said before a run is confirmed; the second also says
    // that the run is guarded by the team's protected users as read at protectedUsersReadAt.
    static QString limitation();
    static QString limitation(const QDateTime &protectedUsersReadAt);
    // The team's protected users guarding an offline run, as read at readAt.
    static QString protectedUsersSource(const QDateTime &readAt);

    // Opens the journal a run on team uses: the team database; or, when it cannot be opened
    // and workOffline, the offline journal (*offline set, *teamError saying why not the team).
    // False with journal.errorString() when neither can be opened.
    static bool openForRun(Journal &journal, const StoreLocation &team, const QString &password,
        const QString &localJournalPath, bool workOffline, bool *offline, QString *teamError);

    // The fallback of openForRun once team could not be reached: the offline journal when
    // workOffline (*offline set), else false. False with journal.errorString() when the offline
    // journal cannot be opened.
    static bool openInstead(Journal &journal, const StoreLocation &team,
        const QString &localJournalPath, bool workOffline, bool *offline);

    // Saves team's protected users (team open, just reached) into its offline journal, which
    // is created if need be, as the list an offline run is guarded by. False with *error.
    static bool copyProtectedUsers(
        const Journal &team, const QString &localJournalPath, QString *error = nullptr);

    // Whether team's offline journal holds runs that are not in team yet (team open).
    static int waitingCount(const Journal &team, const QString &localJournalPath);
    // Uploads team's offline journal, if there is one, into team (open). progress as for
    // JournalCopier::copy. Off the caller's thread, see TeamJournalOpener.
    static JournalCopier::Result upload(Journal &team, const QString &localJournalPath,
        const std::function<bool(int done, int total)> &progress = {});
};

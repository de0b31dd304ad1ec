// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "auth/Profile.h"
#include "domain/ChatUser.h"
#include "moderation/DeletionPlan.h"
#include "moderation/Journal.h"
#include "moderation/JournalCopier.h"
#include "moderation/ModerationSettings.h"
#include "moderation/TeamJournalOpener.h"

#include <QObject>

#include <memory>
#include <optional>

class ApiClient;
class QSettings;
class UserDirectory;

// What the console is connected to and acting as, without any widget: the client, the shared
// user directory, the journal, the acting user and the plan every action starts from. The
// window and its pages are views over one session.
class ConsoleSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)

public:
    // settings (not owned, may be null) holds the operator-safety settings.
    explicit ConsoleSession(QSettings *settings, QObject *parent = nullptr);
    ~ConsoleSession() override;

    // Replaces the connection: a new client and directory, no acting user. Whoever holds the
    // old client must have let go of it on aboutToDisconnect().
    void connectTo(const Profile &profile, const Credentials &credentials);
    bool isConnected() const { return m_client != nullptr; }
    // The connection may act on behalf of users (On-Behalf-Of).
    bool isApiKey() const;
    ApiClient *client() const { return m_client; }
    UserDirectory *users() const { return m_users; }
    const Profile &profile() const { return m_profile; }

    void setActingUser(const std::optional<ChatUser> &user);
    const std::optional<ChatUser> &actingUser() const { return m_actingUser; }
    bool isProtected(qint64 userId);

    // The operator-safety settings as saved (defaults without a settings file).
    ModerationSettings moderationSettings() const;
    // The guard every plan starts from: the settings' reason rule, and the protected users of
    // this computer's settings or, for a profile whose journal is a team database, the team's,
    // read from it (so the journal is opened). Refuses every run when the team's cannot be read.
    ModerationGuard guard();
    // The team's protected users, each with who protected them, when and why; nullopt (with
    // *error) when the team database cannot be read. Only for a team profile.
    // Not while working offline: the list is then a copy, replaced when the team is reached.
    std::optional<QList<Journal::ProtectedUser>> teamProtectedUsers(QString *error);
    // Protects and unprotects users in the team database, recorded under this moderator; false
    // with *error when it could not be written.
    bool changeTeamProtection(const QSet<qint64> &protect, const QSet<qint64> &unprotect,
        const QString &note, QString *error);
    // The acting user, profile, names and guard every plan starts from.
    DeletionPlan basePlan();

    // Where deletes are journaled: the profile's team database, or else this file (the shared
    // default unless a test says otherwise).
    void setJournalPath(const QString &path);
    // Opens the journal on first use; null (see journalError()) when it is not open. A team
    // profile's journal is its team database, reached in the background (TeamJournalOpener):
    // the first call starts it and returns null, journalOpening() and journalUploadProgress()
    // tell how it goes and journalReady() when it is done (open, offline or refused). Until then,
    // and after a failure until reopenJournal(), there is no journal, so nothing destructive
    // runs. The runs made offline for it are uploaded first (uploadResult()).
    Journal *journal();
    // The team database is being reached, or the runs made offline uploaded.
    bool isOpeningJournal() const { return m_opener != nullptr; }
    // The offline runs are going up (the team answered).
    bool isUploadingOfflineRuns() const;
    // Stops reaching the team database: at once while connecting (then there is no journal, or
    // the offline one when working offline); after the run being uploaded otherwise (then the
    // team's journal opens, the rest waiting for the next time, offlineRunsWaiting()).
    void cancelOpening();
    // Forgets the journal and its last failure: the next journal() opens it again.
    void reopenJournal();
    // For a team profile: when its database cannot be reached, journal runs on this computer
    // instead of refusing them (OfflineJournal). Off by default; the journal is opened again.
    void setWorkOffline(bool workOffline);
    bool workOffline() const { return m_workOffline; }
    // The journal open is the offline one; offlineReason() says why the team's is not.
    bool isOffline() const { return m_journal && m_journal->offlineFor().has_value(); }
    QString offlineReason() const { return m_offlineReason; }
    // The last upload of offline runs, with its error if it stopped.
    const JournalCopier::Result &uploadResult() const { return m_uploadResult; }
    // The last reaching of the team database was cancelled.
    bool openingCancelled() const { return m_openingCancelled; }
    // Runs made offline that the team database does not hold yet, as of the last upload.
    int offlineRunsWaiting() const { return m_offlineRunsWaiting; }
    QString journalError() const { return m_journalError; }
    // The journal's record of this connection (never the secret, only its fingerprint).
    Journal::Run journalContext() const;
    // Reasons given in earlier runs, newest first, each once: offered in the confirmation.
    QStringList recentReasons(int limit = 15);
    // Drops evidence older than the retention allows; false with the journal's error otherwise.
    bool pruneEvidence(QString *error = nullptr);

Q_SIGNALS:
    void aboutToDisconnect();
    void connected();
    void actingUserChanged();
    void journalOpening();
    void journalUploadProgress(int done, int total);
    void journalReady();

private:
    static QString offlineProtectionProblem();
    QString journalFilePath() const;
    void startReachingTeam();
    void onTeamReached();
    QSettings *m_settings;
    Profile m_profile;
    QString m_apiKeyFingerprint;
    QString m_journalPath;
    QString m_storePassword;
    QString m_journalError;
    bool m_workOffline = false;
    QString m_offlineReason;
    JournalCopier::Result m_uploadResult;
    bool m_openingCancelled = false;
    int m_offlineRunsWaiting = 0;
    bool m_journalTried = false; // failed or cancelled: not again until reopenJournal()
    TeamJournalOpener *m_opener = nullptr;
    std::unique_ptr<Journal> m_journal;
    ApiClient *m_client = nullptr;
    UserDirectory *m_users = nullptr;
    std::optional<ChatUser> m_actingUser;
};

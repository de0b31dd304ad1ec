// SPDX-License-Identifier: Apache-2.0

#include "ConsoleSession.h"

#include "api/ApiClient.h"
#include "api/UserDirectory.h"
#include "moderation/OfflineJournal.h"

#include <QSettings>

#include <algorithm>

ConsoleSession::ConsoleSession(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("consoleSession"));
}

ConsoleSession::~ConsoleSession() = default;

void ConsoleSession::connectTo(const Profile &profile, const Credentials &credentials)
{
    Q_EMIT aboutToDisconnect();
    delete m_users;
    delete m_client;
    m_actingUser.reset();
    // Another profile may keep its journal elsewhere: opened again on first use.
    const bool reopen = profile.store.isTeam() || m_profile.store.isTeam();
    m_profile = profile;
    m_storePassword = credentials.storePassword;
    if (reopen)
        reopenJournal();
    // Only the fingerprint is kept: the journal names the key without ever holding it.
    m_apiKeyFingerprint = profile.settings.authMode == AuthMode::ApiKey
        ? Journal::apiKeyFingerprint(credentials.apiKey)
        : QString();
    m_client = new ApiClient(this);
    m_client->setObjectName(QStringLiteral("apiClient"));
    m_client->setConnection(profile.settings, credentials);
    RequestLimits limits;
    limits.requestsPerSecond = profile.rateLimit;
    m_client->setLimits(limits);
    m_users = new UserDirectory(m_client, this);
    Q_EMIT connected();
}

bool ConsoleSession::isApiKey() const
{
    return m_client && m_profile.settings.authMode == AuthMode::ApiKey;
}

void ConsoleSession::setActingUser(const std::optional<ChatUser> &user)
{
    m_actingUser = user;
    Q_EMIT actingUserChanged();
}

bool ConsoleSession::isProtected(qint64 userId)
{
    return guard().isProtected(userId);
}

ModerationGuard ConsoleSession::guard()
{
    const bool team = m_profile.store.isTeam();
    return moderationSettings().guard(m_profile.store, team ? journal() : nullptr);
}

std::optional<QList<Journal::ProtectedUser>> ConsoleSession::teamProtectedUsers(QString *error)
{
    Journal *journal = m_profile.store.isTeam() ? this->journal() : nullptr;
    if (!journal) {
        *error = m_profile.store.isTeam() ? m_journalError : QString();
        return std::nullopt;
    }
    if (journal->offlineFor()) {
        // The copy kept for offline runs is overwritten from the team when it is reached again:
        // a change made to it would be lost, and the team would never have seen it.
        *error = offlineProtectionProblem();
        return std::nullopt;
    }
    return journal->protectedUsers(error);
}

QString ConsoleSession::offlineProtectionProblem()
{
    return tr("Working offline: the team's protected users can be seen and changed only while "
              "the team database can be reached.");
}

bool ConsoleSession::changeTeamProtection(
    const QSet<qint64> &protect, const QSet<qint64> &unprotect, const QString &note, QString *error)
{
    Journal *journal = m_profile.store.isTeam() ? this->journal() : nullptr;
    if (!journal) {
        *error = m_journalError;
        return false;
    }
    if (journal->offlineFor()) {
        *error = offlineProtectionProblem();
        return false;
    }
    // Recorded under the database user, as the console's runs are.
    if (!journal->changeProtection(protect, unprotect, QString(), note)) {
        *error = journal->errorString();
        return false;
    }
    return true;
}

ModerationSettings ConsoleSession::moderationSettings() const
{
    return m_settings ? ModerationSettings::load(*m_settings) : ModerationSettings();
}

DeletionPlan ConsoleSession::basePlan()
{
    DeletionPlan plan;
    plan.profileName = m_profile.name;
    plan.environmentName = Profile::environmentName(m_profile.environment);
    plan.userNames = m_users ? m_users->identities() : QHash<qint64, QString>();
    plan.guard = guard();
    plan.authMode = m_profile.settings.authMode;
    plan.keepEvidence = moderationSettings().keepEvidence;
    plan.offline = isOffline();
    if (m_actingUser) {
        plan.actingUserId = m_actingUser->id;
        plan.actingUserName = m_actingUser->identity();
        plan.onBehalfOf = m_actingUser->id;
    } else if (m_client && m_profile.settings.authMode == AuthMode::Session) {
        plan.actingUserId = m_client->sessionUserId();
        ChatUser operatorUser;
        operatorUser.id = m_client->sessionUserId();
        operatorUser.login = m_profile.settings.login;
        plan.actingUserName = operatorUser.identity();
    }
    return plan;
}

void ConsoleSession::setJournalPath(const QString &path)
{
    m_journalPath = path;
    reopenJournal();
}

QString ConsoleSession::journalFilePath() const
{
    return m_journalPath.isEmpty() ? Journal::defaultPath() : m_journalPath;
}

Journal *ConsoleSession::journal()
{
    if (m_journal)
        return m_journal.get();
    if (m_opener || m_journalTried)
        return nullptr;
    if (m_profile.store.isTeam()) {
        startReachingTeam();
        return nullptr;
    }
    auto journal = std::make_unique<Journal>();
    if (!journal->open(journalFilePath())) {
        m_journalError = journal->errorString();
        return nullptr;
    }
    m_journalError.clear();
    m_journal = std::move(journal);
    return m_journal.get();
}

void ConsoleSession::startReachingTeam()
{
    m_offlineReason.clear();
    m_uploadResult = {};
    m_openingCancelled = false;
    m_offlineRunsWaiting = 0;
    m_journalError
        = tr("The team database %1 is still being reached.").arg(m_profile.store.displayName());
    m_opener = new TeamJournalOpener(m_profile.store, m_storePassword, journalFilePath(), this);
    connect(
        m_opener, &TeamJournalOpener::uploadProgress, this, &ConsoleSession::journalUploadProgress);
    connect(m_opener, &TeamJournalOpener::finished, this, &ConsoleSession::onTeamReached);
    m_opener->start();
    Q_EMIT journalOpening();
}

void ConsoleSession::onTeamReached()
{
    const TeamJournalOpener::Outcome outcome = m_opener->outcome();
    m_opener->deleteLater();
    m_opener = nullptr;
    m_journalTried = true;
    // A cancel that came after the last run stopped nothing.
    m_openingCancelled = outcome.cancelled && !(outcome.reached && outcome.waiting == 0);
    auto journal = std::make_unique<Journal>();
    QString teamError = outcome.teamError;
    bool opened = false;
    if (outcome.reached) {
        // The team just answered: this thread's own connection, bounded by connect_timeout.
        opened = journal->open(m_profile.store, m_storePassword);
        if (opened) {
            m_uploadResult = outcome.upload;
            m_offlineRunsWaiting = outcome.waiting;
        } else {
            teamError = journal->errorString();
        }
    }
    bool offline = false;
    if (!opened) {
        // A destructive run needs the team database, unless the moderator chose to work offline.
        opened = OfflineJournal::openInstead(
            *journal, m_profile.store, journalFilePath(), m_workOffline, &offline);
        if (opened)
            m_offlineReason = teamError;
    }
    if (opened) {
        m_journalError.clear();
        m_journal = std::move(journal);
    } else {
        // Why the offline journal could not be opened, when it was tried; else why the team's.
        m_journalError = journal->offlineFor() ? journal->errorString() : teamError;
    }
    Q_EMIT journalReady();
}

bool ConsoleSession::isUploadingOfflineRuns() const
{
    return m_opener && m_opener->isUploading();
}

void ConsoleSession::cancelOpening()
{
    if (m_opener)
        m_opener->cancel();
}

void ConsoleSession::reopenJournal()
{
    // A worker still connecting is let go; its answer is not waited for.
    if (m_opener) {
        disconnect(m_opener, nullptr, this, nullptr);
        m_opener->cancel();
        m_opener->deleteLater();
        m_opener = nullptr;
    }
    m_journal.reset();
    m_journalTried = false;
    m_openingCancelled = false;
}

void ConsoleSession::setWorkOffline(bool workOffline)
{
    m_workOffline = workOffline;
    reopenJournal();
}

QStringList ConsoleSession::recentReasons(int limit)
{
    Journal *journal = this->journal();
    if (!journal)
        return {};
    QList<Journal::Run> runs = journal->runs();
    std::sort(runs.begin(), runs.end(),
        [](const Journal::Run &a, const Journal::Run &b) { return a.startedAt > b.startedAt; });
    QStringList reasons;
    for (const Journal::Run &run : std::as_const(runs)) {
        const QString reason = run.reason.trimmed();
        // A member removal's reason line starts with who was removed: not a reason to reuse.
        if (reason.isEmpty() || run.target == RunTarget::Members || reasons.contains(reason))
            continue;
        reasons.append(reason);
        if (reasons.size() >= limit)
            break;
    }
    return reasons;
}

Journal::Run ConsoleSession::journalContext() const
{
    return Journal::Run::forConnection(m_profile.settings, m_profile.name, m_apiKeyFingerprint);
}

bool ConsoleSession::pruneEvidence(QString *error)
{
    const auto cutoff = moderationSettings().evidenceCutoff(QDateTime::currentDateTimeUtc());
    if (!cutoff || !m_journal)
        return true;
    if (m_journal->pruneEvidence(*cutoff) >= 0)
        return true;
    if (error)
        *error = m_journal->errorString();
    return false;
}

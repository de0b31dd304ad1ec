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
    if (profile.store.isTeam() || m_profile.store.isTeam())
        m_journal.reset();
    m_profile = profile;
    m_storePassword = credentials.storePassword;
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
    m_journal.reset();
}

Journal *ConsoleSession::journal()
{
    if (m_journal)
        return m_journal.get();
    auto journal = std::make_unique<Journal>();
    const QString path = m_journalPath.isEmpty() ? Journal::defaultPath() : m_journalPath;
    // A profile's team database; when it cannot be reached there is no journal, so nothing
    // destructive runs, unless the moderator chose to work offline.
    bool offline = false;
    m_offlineReason.clear();
    m_uploadResult = {};
    const bool opened = m_profile.store.isTeam()
        ? OfflineJournal::openForRun(*journal, m_profile.store, m_storePassword, path,
            m_workOffline, &offline, &m_offlineReason)
        : journal->open(path);
    if (!opened) {
        m_journalError = journal->errorString();
        return nullptr;
    }
    m_journalError.clear();
    // Reached again: what was journaled offline goes up first, each run once.
    if (m_profile.store.isTeam() && !offline)
        m_uploadResult = OfflineJournal::upload(*journal, path);
    m_journal = std::move(journal);
    return m_journal.get();
}

void ConsoleSession::setWorkOffline(bool workOffline)
{
    m_workOffline = workOffline;
    m_journal.reset();
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

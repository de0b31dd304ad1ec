// SPDX-License-Identifier: Apache-2.0

#include "CtlApplication.h"

#include "CtlCommand.h"
#include "DeleteCommand.h"
#include "DialogsListCommand.h"
#include "DialogsRemoveMemberCommand.h"
#include "ExitCode.h"
#include "IndexCommand.h"
#include "JournalCommand.h"
#include "JournalReconcileCommand.h"
#include "JournalTransferCommand.h"
#include "MessagesListCommand.h"
#include "ProtectedCommand.h"
#include "SearchCommand.h"
#include "SelectionsCommand.h"
#include "SweepActCommand.h"
#include "UsersListCommand.h"
#include "UsersShowCommand.h"
#include "api/ApiClient.h"
#include "auth/CredentialsLoader.h"
#include "auth/KeychainSecretStore.h"
#include "auth/ProfileStore.h"
#include "moderation/Journal.h"
#include "support/Version.h"

#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
const QStringList connectionOptions { u"endpoint"_s, u"app-id"_s, u"auth-key"_s, u"login"_s,
    u"concurrency"_s, u"rate"_s, u"timeout"_s, u"deadline"_s, u"max-answer-mb"_s, u"verbose"_s,
    u"json"_s, u"profile"_s };

// Acting on what search and campaigns found, as the run commands do.
const QStringList sweepActOptions { u"delete-dialogs"_s, u"remove-sender"_s, u"force"_s,
    u"on-behalf-of"_s, u"reason"_s, u"protected-users"_s, u"override-protection"_s, u"yes"_s,
    u"dry-run"_s, u"no-evidence"_s, u"journal"_s, u"store"_s, u"moderator-name"_s };

bool actsOnSweep(const QCommandLineParser &parser)
{
    return parser.isSet(u"delete-dialogs"_s) || parser.isSet(u"remove-sender"_s);
}

// Which options each command takes besides the connection ones.
const QHash<QString, QStringList> &commandOptions()
{
    static const QHash<QString, QStringList> options {
        { u"dialogs list"_s,
            { u"type"_s, u"name-contains"_s, u"limit"_s, u"all"_s, u"on-behalf-of"_s,
                u"jsonl"_s } },
        { u"dialogs delete"_s,
            { u"force"_s, u"on-behalf-of"_s, u"batch-size"_s, u"yes"_s, u"from-file"_s, u"reason"_s,
                u"protected-users"_s, u"override-protection"_s, u"dry-run"_s, u"no-evidence"_s,
                u"journal"_s, u"store"_s, u"moderator-name"_s, u"offline"_s } },
        { u"dialogs remove-member"_s,
            { u"user"_s, u"on-behalf-of"_s, u"reason"_s, u"protected-users"_s,
                u"override-protection"_s, u"yes"_s, u"dry-run"_s, u"journal"_s, u"store"_s,
                u"moderator-name"_s, u"offline"_s } },
        { u"journal list"_s, { u"journal"_s, u"store"_s, u"moderator"_s } },
        { u"journal show"_s, { u"journal"_s, u"store"_s } },
        { u"journal export"_s, { u"journal"_s, u"store"_s, u"format"_s, u"moderator"_s } },
        { u"journal reconcile"_s, { u"journal"_s, u"store"_s } },
        { u"journal prune"_s, { u"journal"_s, u"store"_s, u"older-than"_s } },
        { u"journal upload"_s, { u"store"_s } },
        { u"journal move-to-team"_s, { u"journal"_s, u"store"_s } },
        { u"journal export-local"_s, { u"store"_s, u"to"_s, u"moderator"_s } },
        { u"messages delete"_s,
            { u"force"_s, u"on-behalf-of"_s, u"batch-size"_s, u"yes"_s, u"from-file"_s, u"reason"_s,
                u"protected-users"_s, u"override-protection"_s, u"dry-run"_s, u"journal"_s,
                u"dialog"_s, u"store"_s, u"moderator-name"_s, u"offline"_s } },
        { u"messages list"_s,
            { u"limit"_s, u"all"_s, u"on-behalf-of"_s, u"sender"_s, u"jsonl"_s } },
        { u"protected list"_s, { u"store"_s } },
        { u"protected add"_s, { u"store"_s, u"reason"_s, u"moderator-name"_s } },
        { u"protected remove"_s, { u"store"_s, u"reason"_s, u"moderator-name"_s } },
        { u"users list"_s, { u"search"_s, u"limit"_s, u"all"_s, u"jsonl"_s } },
        { u"users show"_s, {} },
        { u"users dialogs"_s, { u"limit"_s, u"all"_s, u"jsonl"_s } },
        { u"index update"_s,
            { u"index"_s, u"store"_s, u"full"_s, u"depth"_s, u"since"_s, u"retention"_s } },
        { u"index status"_s, { u"index"_s, u"store"_s } },
        { u"index forget"_s, { u"index"_s, u"store"_s } },
        { u"search"_s,
            QStringList { u"index"_s, u"sender"_s, u"since"_s, u"until"_s, u"type"_s, u"has-link"_s,
                u"has-attachment"_s, u"limit"_s, u"jsonl"_s }
                + sweepActOptions },
        { u"campaigns"_s,
            QStringList {
                u"index"_s, u"min-dialogs"_s, u"within"_s, u"since"_s, u"jsonl"_s, u"campaign"_s }
                + sweepActOptions },
        { u"selections list"_s, { u"index"_s, u"store"_s, u"jsonl"_s } },
        { u"selections save"_s,
            { u"index"_s, u"store"_s, u"inactive"_s, u"owner"_s, u"empty-groups"_s, u"phrase"_s,
                u"sender"_s, u"since"_s, u"until"_s, u"type"_s, u"has-link"_s, u"has-attachment"_s,
                u"campaign"_s, u"within"_s } },
        { u"selections run"_s, QStringList { u"index"_s, u"jsonl"_s } + sweepActOptions },
        { u"selections delete"_s, { u"index"_s, u"store"_s } },
    };
    return options;
}
} // namespace

CtlApplication::CtlApplication(CtlIo *io, QObject *parent)
    : QObject(parent)
    , m_io(io)
{
    addOptions();
}

void CtlApplication::addOptions()
{
    m_parser.setApplicationDescription(tr("Moderation tools for QuickBlox chat applications."));
    m_parser.addOptions({
        { u"profile"_s,
            tr("Connect as the saved profile NAME; its secrets come from the system "
               "keychain."),
            tr("NAME") },
        { u"endpoint"_s, tr("API endpoint (default https://api.quickblox.com)."), tr("URL") },
        { u"app-id"_s, tr("Application id (session login)."), tr("ID") },
        { u"auth-key"_s, tr("Application auth key (session login)."), tr("KEY") },
        { u"login"_s, tr("Operator login (session login)."), tr("LOGIN") },
        { u"concurrency"_s, tr("Requests in flight at once (default 6)."), tr("N") },
        { u"rate"_s,
            tr("Requests per second, paced exactly (default: the profile's rate limit, or learned "
               "from the server's first 429s)."),
            tr("N") },
        { u"timeout"_s, tr("Seconds to wait for each answer (default 30)."), tr("SECONDS") },
        { u"deadline"_s,
            tr("Seconds a whole answer may take, however slowly it trickles in (default 300)."),
            tr("SECONDS") },
        { u"max-answer-mb"_s, tr("Largest answer accepted, in MiB (default 64)."), tr("N") },
        { u"json"_s,
            tr("Print JSON for scripts, as one document: built in memory, so for small lists; "
               "use --jsonl for --all.") },
        { u"jsonl"_s,
            tr("Lists: print one JSON object per line as pages arrive, in memory bounded "
               "however long the list.") },
        { u"verbose"_s,
            tr("Log each request to standard error (credentials are never "
               "logged).") },
        { u"on-behalf-of"_s, tr("Act as this user (API key only)."), tr("USER_ID") },
        { u"type"_s, tr("Dialog types: 1 public, 2 group, 3 private; comma-separated."),
            tr("TYPES") },
        { u"name-contains"_s, tr("Only dialogs whose name contains TEXT."), tr("TEXT") },
        { u"limit"_s, tr("Show at most N items."), tr("N") },
        { u"all"_s, tr("List every match (dialogs, users or messages), however many pages.") },
        { u"force"_s,
            tr("Delete for every member (dialogs: owner only; messages: sender only); cannot be "
               "undone.") },
        { u"batch-size"_s, tr("Ids per delete request (default 50)."), tr("N") },
        { u"yes"_s, tr("Do not ask for confirmation.") },
        { u"from-file"_s, tr("Read ids from FILE, or from standard input with -."), tr("FILE") },
        { u"search"_s, tr("User id, email, login or part of a full name."), tr("TEXT") },
        { u"sender"_s, tr("Only messages sent by this user."), tr("USER_ID") },
        { u"user"_s, tr("The user to remove from the dialogs."), tr("USER_ID") },
        { u"dialog"_s,
            tr("The dialog the messages belong to; the journal keeps it so that reconcile can "
               "check them."),
            tr("DIALOG_ID") },
        { u"reason"_s, tr("Why; kept in the journal. Required with --force and --on-behalf-of."),
            tr("TEXT") },
        { u"protected-users"_s,
            tr("Users whose dialogs are not force-deleted and who are not acted for "
               "(default: QBMOD_PROTECTED_USERS)."),
            tr("IDS") },
        { u"override-protection"_s, tr("Act on protected users anyway; the journal records it.") },
        { u"dry-run"_s, tr("Print the requests that would be sent and send nothing.") },
        { u"no-evidence"_s,
            tr("Do not keep the dialogs and their latest messages before a force delete.") },
        { u"journal"_s, tr("Use the journal database at PATH."), tr("PATH") },
        { u"store"_s,
            tr("Keep the journal and the Sweep index in the team database at URL, "
               "postgres://user@host:5432/qbmod?sslmode=verify-full; its password comes from "
               "QBMOD_STORE_PASSWORD, never from the URL."),
            tr("URL") },
        { u"moderator-name"_s,
            tr("Your name, recorded with each run (default: QBMOD_MODERATOR_NAME, or in a team "
               "database your database user)."),
            tr("NAME") },
        { u"offline"_s,
            tr("When the team database cannot be reached, journal the run on this computer "
               "and upload it later (journal upload); its ids are not claimed meanwhile.") },
        { u"to"_s, tr("Write the journal file at PATH."), tr("PATH") },
        { u"moderator"_s, tr("Only runs by WHO: a moderator's name, login or API key fingerprint."),
            tr("WHO") },
        { u"format"_s, tr("Export format: csv or json (default json)."), tr("FORMAT") },
        { u"older-than"_s, tr("Prune evidence collected more than DAYS days ago."), tr("DAYS") },
        { u"index"_s, tr("Use the local index at PATH (default: the connected application's)."),
            tr("PATH") },
        { u"full"_s, tr("Read every dialog again and drop the ones the server no longer lists.") },
        { u"depth"_s, tr("Keep the latest N messages of each dialog (default 200)."), tr("N") },
        { u"since"_s, tr("From this date on (YYYY-MM-DD or ISO date and time, UTC)."), tr("DATE") },
        { u"until"_s, tr("Before this date (YYYY-MM-DD or ISO date and time, UTC)."), tr("DATE") },
        { u"retention"_s,
            tr("Read again the messages of dialogs not read for DAYS days (default 30)."),
            tr("DAYS") },
        { u"has-link"_s, tr("Only messages with a link.") },
        { u"has-attachment"_s, tr("Only messages with an attachment.") },
        { u"min-dialogs"_s, tr("A campaign reaches at least N dialogs (default 5)."), tr("N") },
        { u"within"_s, tr("…within this time, e.g. 24h, 90m, 2d (default 24h)."), tr("DURATION") },
        { u"campaign"_s, tr("The campaign to act on, as \"campaigns\" lists it."), tr("CAMPAIGN") },
        { u"inactive"_s, tr("Saved selection: dialogs with no message in DAYS days."), tr("DAYS") },
        { u"owner"_s, tr("Saved selection: dialogs owned by this user."), tr("USER_ID") },
        { u"empty-groups"_s,
            tr("Saved selection: groups with no message, or only their owner left.") },
        { u"phrase"_s,
            tr("Saved selection: messages matching TEXT, with search's filters (--sender, "
               "--since, --until, --type, --has-link, --has-attachment)."),
            tr("TEXT") },
        { u"delete-dialogs"_s,
            tr("Delete the dialogs that search or the campaign found, each checked with the "
               "server first.") },
        { u"remove-sender"_s,
            tr("Remove this user from the dialogs where search or the campaign found their "
               "messages, each checked with the server first."),
            tr("USER_ID") },
        { u"help"_s, tr("Show this help.") },
        { u"version"_s, tr("Show the version.") },
    });
}

QString CtlApplication::usageText() const
{
    return tr("Usage: qbmodctl [options] COMMAND\n\n"
              "Commands:\n"
              "  dialogs list [--type 1,2,3] [--name-contains TEXT] [--limit N | --all]\n"
              "               [--on-behalf-of USER_ID] [--json | --jsonl]\n"
              "  dialogs delete [--force] [--on-behalf-of USER_ID] [--reason TEXT]\n"
              "                 [--protected-users IDS] [--override-protection] [--dry-run]\n"
              "                 [--no-evidence] [--batch-size N] [--yes] [--journal PATH]\n"
              "                 [--json] (ID... | --from-file FILE | --from-file -)\n"
              "  dialogs remove-member DIALOG_ID... --user USER_ID [--on-behalf-of USER_ID]\n"
              "                 [--reason TEXT] [--protected-users IDS] [--override-protection]\n"
              "                 [--dry-run] [--yes] [--journal PATH] [--json]\n"
              "  journal list [--journal PATH] [--moderator WHO] [--json]\n"
              "  journal show RUN_ID [--journal PATH] [--json]\n"
              "  journal export [--format csv|json] [RUN_ID] [--journal PATH]\n"
              "  journal reconcile [RUN_ID] [--journal PATH] [--json]\n"
              "  journal prune --older-than DAYS [--journal PATH] [--json]\n"
              "  journal upload [--store URL] [--json]\n"
              "  journal move-to-team --store URL [--journal PATH] [--json]\n"
              "  journal export-local --store URL --to PATH [--moderator WHO] [--json]\n"
              "  messages delete [--force] [--on-behalf-of USER_ID] [--reason TEXT]\n"
              "                  [--protected-users IDS] [--override-protection] [--dry-run]\n"
              "                  [--dialog DIALOG_ID] [--batch-size N] [--yes] [--journal PATH]\n"
              "                  [--json] (ID... | --from-file FILE | --from-file -)\n"
              "  messages list DIALOG_ID [--sender USER_ID] [--limit N | --all]\n"
              "                [--on-behalf-of USER_ID] [--json | --jsonl]\n"
              "  protected list [--store URL] [--json]\n"
              "  protected add|remove USER_ID... [--reason TEXT] [--store URL]\n"
              "  users list [--search TEXT] [--limit N | --all] [--json | --jsonl]\n"
              "  users show USER_ID [--json]\n"
              "  users dialogs USER_ID [--limit N | --all] [--json | --jsonl]\n"
              "  index update [--full] [--depth N | --since DATE] [--retention DAYS]\n"
              "               [--index PATH] [--json]\n"
              "  index status [--index PATH] [--json]\n"
              "  index forget [--index PATH]\n"
              "  search TEXT [--sender ID] [--since DATE] [--until DATE]\n"
              "              [--type public,group,private] [--has-link] [--has-attachment]\n"
              "              [--limit N] [--index PATH] [--json | --jsonl]\n"
              "  campaigns [--min-dialogs N] [--within 24h] [--since DATE] [--index PATH]\n"
              "            [--json | --jsonl]\n"
              "  selections list [--index PATH] [--json | --jsonl]\n"
              "  selections save NAME (--inactive DAYS | --owner USER_ID | --empty-groups\n"
              "                 | --phrase TEXT [search's filters] | --campaign CAMPAIGN\n"
              "                 [--within 24h]) [--index PATH] [--json]\n"
              "  selections run NAME [--index PATH] [--json | --jsonl]\n"
              "  selections delete NAME [--index PATH] [--json]\n"
              "  search … | campaigns … --campaign CAMPAIGN | selections run NAME, then to act\n"
              "            on what was found:\n"
              "            (--delete-dialogs [--force] | --remove-sender USER_ID)\n"
              "            [--on-behalf-of USER_ID] [--reason TEXT] [--protected-users IDS]\n"
              "            [--override-protection] [--no-evidence] [--dry-run] [--yes]\n"
              "            [--journal PATH] [--json]\n\n"
              "Credentials come from the environment, never from arguments:\n"
              "  QBMOD_API_KEY       API key; when set, qbmodctl uses it (Authorization: ApiKey)\n"
              "  QBMOD_AUTH_SECRET   application auth secret, with --app-id, --auth-key, --login\n"
              "  QBMOD_PASSWORD      the operator's password\n"
              "  QBMOD_PROTECTED_USERS  protected user ids, when --protected-users is not given\n"
              "  QBMOD_STORE_PASSWORD   the team database's password, with --store URL\n"
              "Wherever --journal PATH is taken, --store postgres://user@host:port/db keeps the\n"
              "journal in a team database instead; runs record --moderator-name NAME. With\n"
              "--offline a run goes ahead when the team database cannot be reached, journaled\n"
              "on this computer until \"journal upload\".\n"
              "With --profile NAME the connection and secrets come from a saved profile and\n"
              "the system keychain; options and these variables override them. A profile that\n"
              "keeps its journal in a team database uses it unless --journal or --store is\n"
              "given; its password comes from QBMOD_STORE_PASSWORD or the keychain.\n\n"
              "Exit codes: 0 done; 1 some ids not permitted or failed; 2 usage or input error;\n"
              "3 authentication failed; 4 endpoint unreachable.\n");
}

void CtlApplication::finishWith(int exitCode)
{
    QMetaObject::invokeMethod(
        this, [this, exitCode] { Q_EMIT finished(exitCode); }, Qt::QueuedConnection);
}

std::optional<int> CtlApplication::readIntOption(const QString &name, int minimum, int maximum)
{
    bool ok = false;
    const int value = m_parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        m_io->err << tr("qbmodctl: --%1 needs a whole number from %2 to %3.")
                         .arg(name)
                         .arg(minimum)
                         .arg(maximum)
                  << Qt::endl;
        return std::nullopt;
    }
    return value;
}

bool CtlApplication::checkOptionsBelongTo(const QString &command)
{
    const QStringList allowed = connectionOptions + commandOptions().value(command);
    const auto given = m_parser.optionNames();
    for (const QString &name : given) {
        if (!allowed.contains(name)) {
            m_io->err << tr("qbmodctl: %1 does not take --%2.").arg(command, name) << Qt::endl;
            return false;
        }
    }
    return true;
}

bool CtlApplication::connectionFromArguments(
    ConnectionSettings *settingsOut, Credentials *credentialsOut)
{
    const QProcessEnvironment &environment = m_io->environment;
    ConnectionSettings &settings = *settingsOut;
    Credentials &credentials = *credentialsOut;
    if (m_parser.isSet(u"endpoint"_s))
        settings.endpoint = QUrl(m_parser.value(u"endpoint"_s), QUrl::StrictMode);
    if (auto problem = ConnectionSettings::endpointError(settings.endpoint)) {
        m_io->err << tr("qbmodctl: %1").arg(*problem) << Qt::endl;
        return false;
    }

    credentials.apiKey = environment.value(u"QBMOD_API_KEY"_s);
    if (!credentials.apiKey.isEmpty()) {
        settings.authMode = AuthMode::ApiKey;
    } else {
        settings.authMode = AuthMode::Session;
        QStringList missing;
        if (!m_parser.isSet(u"app-id"_s))
            missing.append(u"--app-id"_s);
        if (!m_parser.isSet(u"auth-key"_s))
            missing.append(u"--auth-key"_s);
        if (!m_parser.isSet(u"login"_s))
            missing.append(u"--login"_s);
        if (!environment.contains(u"QBMOD_AUTH_SECRET"_s))
            missing.append(u"QBMOD_AUTH_SECRET"_s);
        if (!environment.contains(u"QBMOD_PASSWORD"_s))
            missing.append(u"QBMOD_PASSWORD"_s);
        if (!missing.isEmpty()) {
            m_io->err << tr("qbmodctl: no credentials. Set QBMOD_API_KEY, or give --app-id, "
                            "--auth-key and --login with QBMOD_AUTH_SECRET and QBMOD_PASSWORD "
                            "in the environment (missing: %1).")
                             .arg(missing.join(u", "_s))
                      << Qt::endl;
            return false;
        }
        bool ok = false;
        settings.applicationId = m_parser.value(u"app-id"_s).toLongLong(&ok);
        if (!ok || settings.applicationId <= 0) {
            m_io->err << tr("qbmodctl: --app-id needs a positive whole number.") << Qt::endl;
            return false;
        }
        settings.authKey = m_parser.value(u"auth-key"_s);
        settings.login = m_parser.value(u"login"_s);
        credentials.authSecret = environment.value(u"QBMOD_AUTH_SECRET"_s);
        credentials.password = environment.value(u"QBMOD_PASSWORD"_s);
    }
    return true;
}

bool CtlApplication::connectionFromProfile(
    const Profile &profile, ConnectionSettings *settings, Credentials *credentials)
{
    // Options override the profile and the environment overrides the keychain, so that one run
    // can differ from the saved profile without editing it.
    const QProcessEnvironment &environment = m_io->environment;
    *settings = profile.settings;
    if (m_parser.isSet(u"endpoint"_s))
        settings->endpoint = QUrl(m_parser.value(u"endpoint"_s), QUrl::StrictMode);
    if (m_parser.isSet(u"app-id"_s)) {
        bool ok = false;
        settings->applicationId = m_parser.value(u"app-id"_s).toLongLong(&ok);
        if (!ok || settings->applicationId <= 0) {
            m_io->err << tr("qbmodctl: --app-id needs a positive whole number.") << Qt::endl;
            return false;
        }
    }
    if (m_parser.isSet(u"auth-key"_s))
        settings->authKey = m_parser.value(u"auth-key"_s);
    if (m_parser.isSet(u"login"_s))
        settings->login = m_parser.value(u"login"_s);
    credentials->apiKey = environment.value(u"QBMOD_API_KEY"_s);
    if (!credentials->apiKey.isEmpty())
        settings->authMode = AuthMode::ApiKey;
    credentials->authSecret = environment.value(u"QBMOD_AUTH_SECRET"_s);
    credentials->password = environment.value(u"QBMOD_PASSWORD"_s);
    credentials->storePassword = environment.value(u"QBMOD_STORE_PASSWORD"_s);
    if (auto problem = settings->validationError()) {
        m_io->err << tr("qbmodctl: profile \"%1\": %2").arg(profile.name, *problem) << Qt::endl;
        return false;
    }
    return true;
}

void CtlApplication::setProfileSources(QSettings *settings, SecretStore *secrets)
{
    m_profileSettings = settings;
    m_profileSecrets = secrets;
}

std::optional<Profile> CtlApplication::namedProfile()
{
    if (!m_profileSettings)
        m_profileSettings = ProfileStore::openDefaultSettings(this);
    if (!m_profileSecrets)
        m_profileSecrets = new KeychainSecretStore(this);
    const ProfileStore profiles(m_profileSettings);
    const QString name = m_parser.value(u"profile"_s);
    std::optional<Profile> profile = profiles.profileByName(name);
    if (profile)
        return profile;
    QStringList names;
    const QList<Profile> saved = profiles.profiles();
    for (const Profile &candidate : saved)
        names.append(candidate.name);
    m_io->err << (names.isEmpty() ? tr("qbmodctl: there is no profile named \"%1\"; no profiles "
                                       "are saved.")
                                        .arg(name)
                                  : tr("qbmodctl: there is no profile named \"%1\" (saved: %2).")
                                        .arg(name, names.join(u", "_s)))
              << Qt::endl;
    return std::nullopt;
}

void CtlApplication::useProfileStore(const QString &command, const QStringList &words)
{
    m_profileStoreRead = true;
    const std::optional<Profile> profile = namedProfile();
    if (!profile) {
        finishWith(ExitUsage);
        return;
    }
    if (!profile->store.isTeam()) {
        runCommand(command, words);
        return;
    }
    m_profileStore = profile->store;
    if (m_io->environment.contains(u"QBMOD_STORE_PASSWORD"_s)) {
        m_profileStorePassword = m_io->environment.value(u"QBMOD_STORE_PASSWORD"_s);
        runCommand(command, words);
        return;
    }
    m_profileSecrets->read(profile->id, SecretKind::StorePassword, this,
        [this, command, words, name = profile->name, where = profile->store.displayName()](
            const std::optional<QString> &value, SecretStore::Status status,
            const QString &errorText) {
            if (status == SecretStore::Status::Ok && value) {
                m_profileStorePassword = *value;
                runCommand(command, words);
                return;
            }
            // Without its password the team database cannot be reached: nothing runs.
            if (status == SecretStore::Status::NotFound) {
                m_io->err << tr("qbmodctl: profile \"%1\" keeps its journal in the team "
                                "database %2, but its password is not in the keychain. Save it "
                                "in the console, or give it in QBMOD_STORE_PASSWORD.")
                                 .arg(name, where)
                          << Qt::endl;
                finishWith(ExitUsage);
                return;
            }
            m_io->err << tr("qbmodctl: %1").arg(errorText) << Qt::endl
                      << tr("qbmodctl: the system keychain is unavailable; give the team "
                            "database's password in QBMOD_STORE_PASSWORD instead.")
                      << Qt::endl;
            finishWith(ExitAuthFailed);
        });
}

void CtlApplication::startWithProfile(const QString &command, const QStringList &words)
{
    const std::optional<Profile> profile = namedProfile();
    if (!profile) {
        finishWith(ExitUsage);
        return;
    }
    ConnectionSettings settings;
    Credentials known;
    if (!connectionFromProfile(*profile, &settings, &known)) {
        finishWith(ExitUsage);
        return;
    }
    Profile effective = *profile;
    effective.settings = settings;
    m_profileRateLimit = profile->rateLimit;
    // A journal named on the command line needs no team database password.
    if (m_parser.isSet(u"store"_s) || m_parser.isSet(u"journal"_s))
        effective.store = StoreLocation();
    CredentialsLoader::load(effective, known, m_profileSecrets, this,
        [this, command, words, settings, store = effective.store](const Credentials &credentials,
            const std::optional<QString> &error, SecretStore::Status status) {
            if (status == SecretStore::Status::Unavailable
                || status == SecretStore::Status::Error) {
                m_io->err << tr("qbmodctl: %1").arg(error.value_or(QString())) << Qt::endl
                          << tr("qbmodctl: the system keychain is unavailable; give the "
                                "secrets in the environment instead (QBMOD_API_KEY, or "
                                "QBMOD_AUTH_SECRET and QBMOD_PASSWORD).")
                          << Qt::endl;
                finishWith(ExitAuthFailed);
                return;
            }
            if (error) {
                m_io->err << tr("qbmodctl: %1 Save it in the console, or give it in the "
                                "environment (QBMOD_API_KEY, QBMOD_AUTH_SECRET, "
                                "QBMOD_PASSWORD, QBMOD_STORE_PASSWORD).")
                                 .arg(*error)
                          << Qt::endl;
                finishWith(ExitUsage);
                return;
            }
            if (!configureClient(settings, credentials)) {
                finishWith(ExitUsage);
                return;
            }
            if (store.isTeam()) {
                m_profileStore = store;
                m_profileStorePassword = credentials.storePassword;
            }
            m_profileStoreRead = true;
            runCommand(command, words);
        });
}

bool CtlApplication::configureClient(
    const ConnectionSettings &settings, const Credentials &credentials)
{
    if (auto problem = settings.validationError()) {
        m_io->err << tr("qbmodctl: %1").arg(*problem) << Qt::endl;
        return false;
    }

    RequestLimits limits;
    limits.requestsPerSecond = m_profileRateLimit;
    if (m_parser.isSet(u"concurrency"_s)) {
        const auto value = readIntOption(u"concurrency"_s, 1, 64);
        if (!value)
            return false;
        limits.maxInFlight = *value;
    }
    if (m_parser.isSet(u"rate"_s)) {
        const auto value = readIntOption(u"rate"_s, 0, Profile::maxRateLimit);
        if (!value)
            return false;
        limits.requestsPerSecond = *value;
    }
    RetryPolicy policy = m_retryPolicy.value_or(RetryPolicy());
    if (m_parser.isSet(u"timeout"_s)) {
        const auto value = readIntOption(u"timeout"_s, 1, 3600);
        if (!value)
            return false;
        policy.transferTimeoutMs = *value * 1000;
    }
    if (m_parser.isSet(u"deadline"_s)) {
        const auto value = readIntOption(u"deadline"_s, 1, 86400);
        if (!value)
            return false;
        policy.totalDeadlineMs = *value * 1000;
    }
    if (m_parser.isSet(u"max-answer-mb"_s)) {
        const auto value = readIntOption(u"max-answer-mb"_s, 1, 4096);
        if (!value)
            return false;
        limits.maxResponseBytes = qint64(*value) * 1024 * 1024;
    }

    m_client = new ApiClient(this);
    m_client->setConnection(settings, credentials);
    if (settings.authMode == AuthMode::ApiKey)
        m_apiKeyFingerprint = Journal::apiKeyFingerprint(credentials.apiKey);
    m_client->setLimits(limits);
    m_client->setRetryPolicy(policy);
    return true;
}

void CtlApplication::start(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_io->err << tr("qbmodctl: %1").arg(m_parser.errorText()) << Qt::endl
                  << tr("Try 'qbmodctl --help'.") << Qt::endl;
        finishWith(ExitUsage);
        return;
    }
    if (m_parser.isSet(u"help"_s)) {
        m_io->out << usageText() << Qt::endl << m_parser.helpText().section(u'\n', 2);
        m_io->out.flush();
        finishWith(ExitSuccess);
        return;
    }
    if (m_parser.isSet(u"version"_s)) {
        m_io->out << u"qbmodctl "_s << QString::fromLatin1(Version::text) << Qt::endl;
        finishWith(ExitSuccess);
        return;
    }
    if (m_parser.isSet(u"verbose"_s))
        QLoggingCategory::setFilterRules(u"qbmod.*.debug=true"_s);

    QStringList words = m_parser.positionalArguments();
    // search and campaigns are one word; the rest of the line is their argument.
    if (!words.isEmpty() && (words.first() == u"search"_s || words.first() == u"campaigns"_s))
        words.insert(1, QString());
    const QString command = words.mid(0, 2).join(u' ').trimmed();
    if (!commandOptions().contains(command)) {
        m_io->err << (words.isEmpty() ? tr("qbmodctl: no command given.")
                                      : tr("qbmodctl: unknown command \"%1\".").arg(command))
                  << Qt::endl
                  << usageText();
        finishWith(ExitUsage);
        return;
    }
    if (!checkOptionsBelongTo(command)) {
        finishWith(ExitUsage);
        return;
    }
    const bool localIndex = m_parser.isSet(u"index"_s) && !actsOnSweep(m_parser)
        && (command == u"index status"_s || command == u"index forget"_s || command == u"search"_s
            || command == u"campaigns"_s || command.startsWith(u"selections "_s));
    if (command == u"journal list"_s || command == u"journal show"_s
        || command == u"journal export"_s || command == u"journal prune"_s
        || command == u"journal upload"_s || command == u"journal move-to-team"_s
        || command == u"journal export-local"_s || command.startsWith(u"protected "_s)
        || localIndex) {
        // Reading the journal, or the protected users, needs no connection and no credentials.
        runCommand(command, words);
        return;
    }
    if (m_parser.isSet(u"profile"_s)) {
        // The keychain answers later; the command starts from there.
        startWithProfile(command, words);
        return;
    }
    ConnectionSettings settings;
    Credentials credentials;
    if (!connectionFromArguments(&settings, &credentials)
        || !configureClient(settings, credentials)) {
        finishWith(ExitUsage);
        return;
    }
    runCommand(command, words);
}

void CtlApplication::runCommand(const QString &command, const QStringList &words)
{
    if (!m_profileStoreRead && m_parser.isSet(u"profile"_s) && !m_parser.isSet(u"store"_s)
        && !m_parser.isSet(u"journal"_s)) {
        useProfileStore(command, words);
        return;
    }
    CtlContext context;
    context.client = m_client;
    context.io = m_io;
    context.parser = &m_parser;
    context.arguments = words.mid(2);
    context.json = m_parser.isSet(u"json"_s);
    context.verbose = m_parser.isSet(u"verbose"_s);
    context.journalPath
        = m_parser.isSet(u"journal"_s) ? m_parser.value(u"journal"_s) : Journal::defaultPath();
    context.store = StoreLocation::thisComputer(context.journalPath);
    if (m_profileStore) {
        context.store = *m_profileStore;
        context.storePassword = m_profileStorePassword;
    }
    if (m_parser.isSet(u"store"_s)) {
        // Moving a journal into a team database names both.
        if (m_parser.isSet(u"journal"_s) && command != u"journal move-to-team"_s) {
            m_io->err << tr("qbmodctl: give either --journal or --store, not both.") << Qt::endl;
            finishWith(ExitUsage);
            return;
        }
        QString error;
        const std::optional<StoreLocation> store
            = StoreLocation::fromUrl(m_parser.value(u"store"_s), &error);
        if (!store) {
            m_io->err << tr("qbmodctl: %1").arg(error) << Qt::endl;
            finishWith(ExitUsage);
            return;
        }
        context.store = *store;
        context.storePassword = m_io->environment.value(u"QBMOD_STORE_PASSWORD"_s);
    }
    context.moderatorName = m_parser.isSet(u"moderator-name"_s)
        ? m_parser.value(u"moderator-name"_s).trimmed()
        : m_io->environment.value(u"QBMOD_MODERATOR_NAME"_s).trimmed();
    context.profileName = m_parser.value(u"profile"_s);
    context.apiKeyFingerprint = m_apiKeyFingerprint;
    if (!m_profileSettings)
        m_profileSettings = ProfileStore::openDefaultSettings(this);
    context.moderation = ModerationSettings::load(*m_profileSettings);
    context.settings = m_profileSettings;
    if (m_parser.isSet(u"on-behalf-of"_s)) {
        bool ok = false;
        const qint64 userId = m_parser.value(u"on-behalf-of"_s).toLongLong(&ok);
        if (!ok || userId <= 0) {
            m_io->err << tr("qbmodctl: --on-behalf-of needs a user id (a positive number).")
                      << Qt::endl;
            finishWith(ExitUsage);
            return;
        }
        if (!m_client || m_client->connection().authMode != AuthMode::ApiKey) {
            m_io->err << tr("qbmodctl: --on-behalf-of needs an API key (QBMOD_API_KEY); a "
                            "session login always acts as its own user.")
                      << Qt::endl;
            finishWith(ExitUsage);
            return;
        }
        context.onBehalfOf = userId;
    }
    const QStringList takeArguments { u"dialogs delete"_s, u"messages list"_s, u"journal show"_s,
        u"journal export"_s, u"journal reconcile"_s, u"users show"_s, u"users dialogs"_s,
        u"messages delete"_s, u"dialogs remove-member"_s, u"search"_s, u"protected add"_s,
        u"protected remove"_s, u"selections save"_s, u"selections run"_s, u"selections delete"_s };
    if (!takeArguments.contains(command) && !context.arguments.isEmpty()) {
        m_io->err << tr("qbmodctl: unexpected argument \"%1\".").arg(context.arguments.first())
                  << Qt::endl;
        finishWith(ExitUsage);
        return;
    }

    if (command == u"dialogs list"_s)
        m_command = new DialogsListCommand(context, DialogsListCommand::Scope::Listing, this);
    else if (command == u"users dialogs"_s)
        m_command = new DialogsListCommand(context, DialogsListCommand::Scope::OfUser, this);
    else if (command == u"users show"_s)
        m_command = new UsersShowCommand(context, this);
    else if (command == u"dialogs delete"_s)
        m_command = new DeleteCommand(context, DeleteCommand::Target::Dialogs, this);
    else if (command == u"dialogs remove-member"_s)
        m_command = new DialogsRemoveMemberCommand(context, this);
    else if (command == u"messages delete"_s)
        m_command = new DeleteCommand(context, DeleteCommand::Target::Messages, this);
    else if (command == u"journal reconcile"_s)
        m_command = new JournalReconcileCommand(context, this);
    else if (command == u"journal upload"_s || command == u"journal move-to-team"_s
        || command == u"journal export-local"_s)
        m_command = new JournalTransferCommand(words.at(1), context, this);
    else if (command.startsWith(u"journal "_s))
        m_command = new JournalCommand(words.at(1), context, this);
    else if (command.startsWith(u"protected "_s))
        m_command = new ProtectedCommand(words.at(1), context, this);
    else if (command.startsWith(u"index "_s))
        m_command = new IndexCommand(words.at(1), context, this);
    else if ((command == u"search"_s || command == u"campaigns"_s) && actsOnSweep(m_parser))
        m_command = new SweepActCommand(command == u"search"_s ? SweepActCommand::Source::Search
                                                               : SweepActCommand::Source::Campaign,
            context, this);
    else if (command == u"selections run"_s && actsOnSweep(m_parser))
        m_command = new SweepActCommand(SweepActCommand::Source::Selection, context, this);
    else if (command.startsWith(u"selections "_s))
        m_command = new SelectionsCommand(words.at(1), context, this);
    else if (command == u"search"_s)
        m_command = new SearchCommand(SearchCommand::Kind::Search, context, this);
    else if (command == u"campaigns"_s)
        m_command = new SearchCommand(SearchCommand::Kind::Campaigns, context, this);
    else if (command == u"messages list"_s)
        m_command = new MessagesListCommand(context, this);
    else
        m_command = new UsersListCommand(context, this);
    connect(m_command, &CtlCommand::finished, this, &CtlApplication::finishWith);
    m_command->start();
}

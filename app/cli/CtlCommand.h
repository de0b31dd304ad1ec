// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlIo.h"
#include "ExitCode.h"
#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "moderation/ModerationGuard.h"
#include "moderation/ModerationSettings.h"
#include "store/StoreLocation.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <optional>

class ApiClient;
class Journal;
class QSettings;

// What every command gets: the configured client, the streams and the parsed arguments.
struct CtlContext {
    ApiClient *client = nullptr;
    CtlIo *io = nullptr;
    const QCommandLineParser *parser = nullptr;
    QStringList arguments; // positional words after the command, e.g. ids
    bool json = false;
    bool verbose = false;
    std::optional<qint64> onBehalfOf;
    QString journalPath; // --journal, or the journal in the application-data folder
    // Where the journal lives: journalPath on this computer, or --store's team database with
    // its password (QBMOD_STORE_PASSWORD), which is never printed.
    StoreLocation store;
    QString storePassword;
    QString moderatorName; // --moderator-name or QBMOD_MODERATOR_NAME, recorded with each run
    QString profileName; // --profile, for the journal
    QString apiKeyFingerprint; // for the journal; never the key itself
    // The console's safety settings (reason rule, protected users, evidence), shared with it.
    ModerationSettings moderation;
    QSettings *settings = nullptr; // where they are kept; not owned
};

// One id of a finished destructive run, as qbmodctl reports it.
struct CtlOutcome {
    QString id;
    QString resultName; // stable, e.g. deleted, not_member
    QString resultText; // for people
    QString detail; // the server's error or a guard's reason, quoted after the result
};

class CtlCommand : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CtlCommand)

public:
    explicit CtlCommand(const CtlContext &context, QObject *parent = nullptr)
        : QObject(parent)
        , m_context(context)
    {
    }

    // Starts the work; finished() follows once, possibly before start() returns.
    virtual void start() = 0;

    // Where a failed request leaves the whole command.
    static int exitCodeFor(const ApiError &error);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    // Prints the error for people and finishes with its exit code.
    void failWith(const ApiError &error);
    void usageError(const QString &message);
    // The guard for this run: the console's settings (with a team database, the team's
    // protected users from journal, open on it) plus --protected-users (or
    // QBMOD_PROTECTED_USERS), which add to the protected users. Acting for a protected user
    // needs --override-protection, reported through protectionOverridden. On a problem it
    // reports a usage error and returns nothing.
    std::optional<ModerationGuard> guardForRun(const Journal *journal, bool *protectionOverridden);
    // --dry-run: prints the requests (one line each, or JSON) and finishes; nothing is sent and
    // nothing is journalled.
    void finishDryRun(const QList<ApiRequest> &requests);
    // The JSON report's lists: the ids of each result in bucketNames under that name, and every
    // other id under "failed" as {"id","error","result"}.
    static QJsonObject outcomeBuckets(
        const QList<CtlOutcome> &outcomes, const QStringList &bucketNames);
    // The text report: one line per id whose result is not successName, "ID  result[: error]".
    void printOutcomeLines(const QList<CtlOutcome> &outcomes, const QString &successName);

    CtlContext m_context;
};

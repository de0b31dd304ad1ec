// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ConnectionSettings.h"
#include "domain/ItemOutcome.h"
#include "domain/RunKind.h"
#include "store/StoreEngine.h"
#include "store/StoreLocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

// The moderation journal: a database that records every destructive run, who ran it, why, and
// what the server said about each id. It lives on this computer (SQLite) or in a team database
// (PostgreSQL) that every moderator of the team shares; StoreEngine holds the differences.
// Write-ahead: ids are committed as "sent" before their request leaves, so a run killed halfway
// still tells which ids may be gone. Each instance has its own named connection, so several
// journals (or tests) can be open at once. A run being executed is live: its owner (process id and
// host) is in the journal and the process holds the run (a lock file beside a SQLite journal, an
// advisory lock in PostgreSQL), which is let go when the process ends, however it ends. Another
// console or qbmodctl can tell a live run from one whose process died. In a team database a run
// also claims its ids: an id another live run holds, or another run already sent, is not sent
// again. History is only added to: a later check of an id adds a settlement beside the run's
// record.
class Journal final {
    Q_DECLARE_TR_FUNCTIONS(Journal)
    Q_DISABLE_COPY_MOVE(Journal)

public:
    // 1: runs and run_items. 2: settled_at/settled_by, protection override, evidence.
    // 3: run_items.container_id (a message's dialog), runs.subject_user_id (the member removed).
    // 4: attempts (every attempt per id, its HTTP status), runs.owner_pid/owner_host (live runs).
    // 5: run_items.protection_overridden (the ids that went ahead only because of the override).
    // 6: runs.index_query (the local index's query that selected the items).
    // 7: run_events (a run paused and resumed).
    // 8: settlements (added, never overwritten), runs.moderator_name, claims (team runs).
    // 9: protection_changes (the team's protected users, each change added, never rewritten).
    // 10: runs.origin_key (unique, kept by every copy), runs.origin (where a copy was made),
    //     run_events.seq (their order on every engine).
    static constexpr int schemaVersion = 10;

    // What the journal knows about one id of a run.
    enum class ItemState {
        Pending, // known, no request left yet
        Sent, // a request left (or was about to): may have been carried out
        Answered, // the server answered; outcome holds its word
        Settled, // checked later (reconcile); outcome holds what was found
    };

    struct Run {
        qint64 id = 0;
        QDateTime startedAt;
        QDateTime finishedAt; // invalid while running, or when the run was killed
        QString status; // running, finished, cancelled
        QString profile;
        QString endpoint;
        qint64 applicationId = 0;
        QString authMode; // session, api_key
        QString operatorLogin; // session login
        QString apiKeyFingerprint; // API key: first 8 hex digits of its SHA-256, never the key
        std::optional<qint64> actingUserId; // On-Behalf-Of
        RunMode mode = RunMode::FromActingUsersList;
        RunTarget target = RunTarget::Dialogs;
        QString reason;
        // The override of protected users let at least one id of the run go ahead; which ones
        // is on each item.
        bool protectionOverridden = false;
        // A member removal: the user removed. Unset for other runs and for runs written before
        // schema 3.
        std::optional<qint64> subjectUserId;
        // The process that executes (or executed) the run; unset before schema 4.
        qint64 ownerPid = 0;
        QString ownerHost;
        // The local index's query that selected the items (SweepSelection::toJson); empty
        // for runs on items chosen by hand, and before schema 6.
        QJsonObject indexQuery;
        // The moderator's own name for people; in a team database, their database role when
        // they gave none. Unset before schema 8.
        QString moderatorName;
        // Made when the run is begun and kept by every copy of it (copyRunInto).
        QString originKey;
        // Empty for a run made in this journal; where a copied run was made: "offline" (while
        // the team database could not be reached), "local" (moved from a journal on a
        // computer), "team" (exported from a team database). Unset before schema 10.
        QString origin;
        // Who and where, from the connection: the login for a session, the key's fingerprint
        // for an API key.
        static Run forConnection(const ConnectionSettings &connection, const QString &profile,
            const QString &apiKeyFingerprint);
        // Makes this a member removal of userId: mode, target and the user in their own column
        // and in the reason line too, so that the record reads alone wherever it is shown.
        void setMemberRemoval(qint64 userId, const QString &why);

        // Whether who ran it: their own name, their login or their API key's fingerprint.
        bool isBy(const QString &who) const
        {
            return !who.isEmpty()
                && (moderatorName == who || operatorLogin == who || apiKeyFingerprint == who);
        }
        // For people: the moderator's name, with the login or fingerprint when both are known.
        QString moderatorText() const;
        // For people: where a copied run was made ("made offline", "from a local journal",
        // "from the team database"); empty for a run made in this journal.
        QString originText() const;

        // Filled by runs() and run(): how many ids are in each state.
        int itemCount = 0;
        int unsettledCount = 0; // still "sent", or answered unknown
    };

    struct Item {
        QString objectId;
        // A message: the dialog it belongs to, which reconcile needs to find it. Empty for
        // dialogs, and for messages recorded before schema 3.
        QString containerId;
        ItemState state = ItemState::Pending;
        QString outcome; // ItemOutcome::resultName, or gone/present after reconcile
        QString error;
        QDateTime sentAt;
        QDateTime answeredAt;
        QDateTime settledAt;
        QString settledBy;
        // Went ahead only because the operator overrode the protection of users: its dialog's
        // owner, its sender, the acting user or the member removed is protected, or its owner
        // could not be read for the check.
        bool protectionOverridden = false;
    };

    struct Attempt {
        QString objectId;
        int number = 0; // from 1, in order
        int status = 0; // HTTP status; 0 when no answer came
    };

    // Something that happened to a run as a whole while it ran: "paused", "resumed".
    struct Event {
        QDateTime at;
        QString name;
        QString detail; // in words, e.g. how many ids had been sent
    };

    // A user the team protects, as their latest change says: since when, by whom and why.
    struct ProtectedUser {
        qint64 userId = 0;
        QDateTime since;
        QString by;
        QString note;
    };

    struct Evidence {
        qint64 id = 0;
        qint64 runId = 0;
        QString dialogId;
        QDateTime collectedAt;
        QJsonObject dialog;
        QJsonArray messages;
        QString error; // why the evidence is missing or partial
    };

    Journal();
    ~Journal();

    // journal.sqlite in the console's application-data folder (shared with qbmodctl).
    static QString defaultPath();
    // First 8 hex digits of the SHA-256 of the key: enough to tell keys apart, useless to use.
    static QString apiKeyFingerprint(const QString &apiKey);
    static QString stateName(ItemState state);

    // How long a write waits for another process's lock before it fails (default 10 s).
    // Set before open().
    void setBusyTimeoutMs(int milliseconds) { m_busyTimeoutMs = milliseconds; }
    // Opens or creates the database at path and brings its schema to schemaVersion.
    bool open(const QString &path);
    // The same for any store; password is the team database's (unused for this computer).
    bool open(const StoreLocation &location, const QString &password = {});
    const StoreLocation &location() const { return m_location; }
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    int userVersion() const;

    // Starts a run: every id is written as pending in one transaction, with its container
    // (containerOf, e.g. a message's dialog) when known, and this process as its owner; the run
    // stays live (isLive) until finishRun or until this process ends. overriddenIds: the ids
    // that go ahead only because protection was overridden. Returns the run id.
    std::optional<qint64> beginRun(const Run &run, const QStringList &ids,
        const QHash<QString, QString> &containerOf = {}, const QSet<QString> &overriddenIds = {});
    // Committed before the request for these ids leaves.
    bool markSent(qint64 runId, const QStringList &ids);
    // The outcomes, each with every attempt made for its id.
    bool recordOutcomes(qint64 runId, const QList<ItemOutcome> &outcomes);
    // Both in one transaction, which is what a run does: the answers that came in since its last
    // write go with the next ids it is about to send.
    bool recordProgress(
        qint64 runId, const QList<ItemOutcome> &answered, const QStringList &aboutToSend);
    // Ids never sent become not_attempted; the run gets its end time and is no longer live.
    bool finishRun(qint64 runId, bool cancelled);
    // Being executed by a process that is still alive (this one or another).
    bool isLive(qint64 runId) const;
    // The ids of runId (just begun in a team database) that another run holds or already sent,
    // each with who and which run, in plain words. They must not be sent.
    QHash<QString, QString> heldElsewhere(qint64 runId) const
    {
        return m_heldElsewhere.value(runId);
    }
    // A later check of an id whose answer never came, added beside the run's record. Only the
    // first settlement of an id counts; a later one changes nothing.
    bool settleItem(
        qint64 runId, const QString &objectId, const QString &outcome, const QString &settledBy);
    // A run whose process died never wrote its end: its ids never sent become not_attempted
    // and the run is marked interrupted. Call only once no process is working on the run.
    bool closeInterruptedRun(qint64 runId, const QString &settledBy);

    bool recordEvent(qint64 runId, const QString &name, const QString &detail = {});

    bool addEvidence(qint64 runId, const QString &dialogId, const QJsonObject &dialog,
        const QJsonArray &messages, const QString &error = {});
    // All of it in one transaction, or none: one synchronous commit instead of one per dialog.
    bool addEvidence(qint64 runId, const QList<Evidence> &records);
    // Deletes evidence collected before olderThan; returns how many records went, -1 on error.
    int pruneEvidence(const QDateTime &olderThan);

    // The users whose latest change protects them, by id. nullopt, with *error saying why,
    // when they cannot be read: then nobody can tell who is protected.
    std::optional<QList<ProtectedUser>> protectedUsers(QString *error = nullptr) const;
    // In one transaction, a change for each user of protect who is not protected yet and each
    // of unprotect who is, by whom (their name; in a team database their database user when
    // empty) and why. What is already so is left alone; nothing is rewritten, so a lifted
    // protection stays on record. Returns how many changes were added, nullopt on error.
    std::optional<int> changeProtection(const QSet<qint64> &protect, const QSet<qint64> &unprotect,
        const QString &by, const QString &note = {});
    // An offline journal's copy of its team's protected users: rows are added so that the latest
    // state here equals team (as read at readAt), and a row for user 0, who is never a user,
    // notes that the copy was read then (replacing the row of the copy before). False with
    // errorString() when it cannot be written.
    bool copyProtectionFrom(const QList<ProtectedUser> &team, const QDateTime &readAt);
    // When the copy was last read from the team database; nullopt when it never was.
    std::optional<QDateTime> protectionCopyReadAt() const;

    // Newest first; with moderator, only the runs whose moderator name, login or API key
    // fingerprint is that.
    QList<Run> runs(const QString &moderator = {}) const;
    std::optional<Run> run(qint64 runId) const;
    QList<Item> items(qint64 runId) const; // in the order the run was given
    QList<Attempt> attempts(qint64 runId) const; // by id position, then attempt number
    QList<Evidence> evidence(qint64 runId) const;
    // The names of the run's dialogs (its items, and the dialogs its messages were in), as the
    // evidence kept them: this run's, else the latest any run kept. Evidence is kept only before
    // a delete for everyone, so other runs' dialogs may have no name. Chat text: make it inert.
    QHash<QString, QString> dialogNames(qint64 runId) const;
    QList<Event> events(qint64 runId) const; // in the order they happened
    // Runs with ids that may or may not have been carried out (still sent, or answered unknown).
    QList<qint64> runsNeedingReconcile() const;
    QList<Item> unsettledItems(qint64 runId) const;

    // Copies run runId with its whole history (items, attempts, settlements, events, evidence)
    // into to, in one transaction there, keeping its times, moderator and origin key; origin
    // marks the copy when the run was made here. A run whose key to already holds is not added
    // again (*alreadyThere). False with to.errorString() when it cannot be copied.
    bool copyRunInto(qint64 runId, Journal &to, const QString &origin, bool *alreadyThere) const;
    // For a run copied into to earlier: what reconcile added here since (its settlements, and
    // the end of an interrupted run) follows it there, in one transaction. The first settlement
    // of an id stands in either journal, as in any reconcile; *added counts those taken. False
    // with to.errorString().
    bool copyLaterSettlementsInto(qint64 runId, Journal &to, int *added) const;

    // This journal stands in for team while it cannot be reached: its runs are marked
    // "offline" and carry the team's user as moderator unless they name one.
    void setOfflineFor(const StoreLocation &team) { m_offlineFor = team; }
    std::optional<StoreLocation> offlineFor() const { return m_offlineFor; }

private:
    bool exec(QSqlQuery &query);
    // UPDATE run_items SET assignments (bound to values) for these ids of runId, a chunk of ids
    // per statement.
    bool updateItems(qint64 runId, const QString &assignments, const QVariantList &values,
        const QStringList &ids);
    bool execAll(const QStringList &statements);
    bool migrate();
    bool claim(qint64 runId, RunTarget target, const QStringList &ids);
    Run runFrom(const QSqlQuery &query) const;
    void countItems(Run *run) const;

    QString m_connectionName;
    StoreLocation m_location;
    std::unique_ptr<StoreEngine> m_engine;
    QString m_path;
    QString m_error;
    int m_busyTimeoutMs = 10000;
    // The runs this journal is executing, each held.
    QHash<qint64, std::shared_ptr<StoreEngine::RunHold>> m_liveRuns;
    QHash<qint64, QHash<QString, QString>> m_heldElsewhere;
    std::optional<StoreLocation> m_offlineFor;
};

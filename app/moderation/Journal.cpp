// SPDX-License-Identifier: Apache-2.0

#include "Journal.h"

#include "JournalLogging.h"
#include "store/StoreEngine.h"

#include <QCryptographicHash>
#include <QHostInfo>
#include <QJsonDocument>
#include <QMap>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace {

// Text that sorts like time: pruning and listing compare these strings directly.
QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s) : QString();
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString now()
{
    return timeText(QDateTime::currentDateTimeUtc());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Journal::ItemState stateFrom(const QString &name)
{
    if (name == u"sent"_s)
        return Journal::ItemState::Sent;
    if (name == u"answered"_s)
        return Journal::ItemState::Answered;
    if (name == u"settled"_s)
        return Journal::ItemState::Settled;
    return Journal::ItemState::Pending;
}

// The first schema, kept verbatim: migrations always start from it, so a new database and an
// old one take the same path.
const QStringList version1 {
    u"CREATE TABLE runs ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " started_at TEXT NOT NULL,"
    " finished_at TEXT,"
    " status TEXT NOT NULL DEFAULT 'running',"
    " profile TEXT,"
    " endpoint TEXT,"
    " application_id INTEGER,"
    " auth_mode TEXT,"
    " operator_login TEXT,"
    " api_key_fingerprint TEXT,"
    " acting_user_id INTEGER,"
    " mode TEXT NOT NULL,"
    " target TEXT NOT NULL,"
    " reason TEXT)"_s,
    u"CREATE TABLE run_items ("
    " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " object_id TEXT NOT NULL,"
    " state TEXT NOT NULL,"
    " outcome TEXT,"
    " error TEXT,"
    " sent_at TEXT,"
    " answered_at TEXT,"
    " PRIMARY KEY (run_id, object_id))"_s,
    u"CREATE INDEX run_items_state ON run_items(state)"_s,
};

const QStringList version2 {
    u"ALTER TABLE runs ADD COLUMN protection_overridden INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE run_items ADD COLUMN settled_at TEXT"_s,
    u"ALTER TABLE run_items ADD COLUMN settled_by TEXT"_s,
    u"CREATE TABLE evidence ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " dialog_id TEXT NOT NULL,"
    " collected_at TEXT NOT NULL,"
    " dialog_json TEXT,"
    " messages_json TEXT,"
    " message_count INTEGER NOT NULL DEFAULT 0,"
    " error TEXT)"_s,
    u"CREATE INDEX evidence_collected ON evidence(collected_at)"_s,
    u"CREATE INDEX evidence_dialog ON evidence(dialog_id)"_s,
};

const QStringList version3 {
    u"ALTER TABLE run_items ADD COLUMN container_id TEXT"_s,
    u"ALTER TABLE runs ADD COLUMN subject_user_id INTEGER"_s,
};

const QStringList version4 {
    u"ALTER TABLE runs ADD COLUMN owner_pid INTEGER"_s,
    u"ALTER TABLE runs ADD COLUMN owner_host TEXT"_s,
    u"CREATE TABLE attempts ("
    " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " object_id TEXT NOT NULL,"
    " attempt INTEGER NOT NULL,"
    " status INTEGER NOT NULL,"
    " recorded_at TEXT NOT NULL,"
    " PRIMARY KEY (run_id, object_id, attempt))"_s,
};

const QStringList version5 {
    u"ALTER TABLE run_items ADD COLUMN protection_overridden INTEGER NOT NULL DEFAULT 0"_s,
};

const QStringList version6 {
    u"ALTER TABLE runs ADD COLUMN index_query TEXT"_s,
};

const QStringList version7 {
    u"CREATE TABLE run_events ("
    " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " at TEXT NOT NULL,"
    " name TEXT NOT NULL,"
    " detail TEXT)"_s,
    u"CREATE INDEX run_events_run ON run_events(run_id)"_s,
};

// A later check adds a settlement; it never overwrites what the run wrote. One per id: the
// first check to settle an id wins, so a run is settled once however many moderators reconcile
// it. A run records its moderator's own name; team runs claim their ids.
const QStringList version8 {
    u"CREATE TABLE settlements ("
    " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " object_id TEXT NOT NULL,"
    " outcome TEXT NOT NULL,"
    " settled_at TEXT NOT NULL,"
    " settled_by TEXT NOT NULL,"
    " PRIMARY KEY (run_id, object_id))"_s,
    u"ALTER TABLE runs ADD COLUMN moderator_name TEXT"_s,
    u"CREATE TABLE claims ("
    " target TEXT NOT NULL,"
    " object_id TEXT NOT NULL,"
    " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " claimed_at TEXT NOT NULL,"
    " PRIMARY KEY (target, object_id))"_s,
};

// The team's protected users, as changes that are only ever added: a user is protected while
// their latest change says so, and an unprotection is a row too, so who lifted a protection,
// when and why stays in the record. Team databases use it; this computer keeps its list in the
// console's settings.
const QStringList version9 {
    u"CREATE TABLE protection_changes ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " user_id INTEGER NOT NULL,"
    " change TEXT NOT NULL CHECK (change IN ('protected', 'unprotected')),"
    " changed_at TEXT NOT NULL,"
    " changed_by TEXT NOT NULL,"
    " note TEXT)"_s,
    u"CREATE INDEX protection_changes_user ON protection_changes(user_id, id)"_s,
};

// Every run carries a key made where it was first written, kept wherever it is copied (an
// offline run uploaded to the team, a local journal moved into it, a team's runs exported): a
// copy whose key is already there is the same run, so a copy interrupted and started again
// adds each run once. origin says where a copied run was made ("offline", "local", "team").
const QStringList version10 {
    u"ALTER TABLE runs ADD COLUMN origin_key TEXT"_s,
    u"ALTER TABLE runs ADD COLUMN origin TEXT"_s,
    u"CREATE UNIQUE INDEX runs_origin_key ON runs(origin_key)"_s,
    // A run's events in the order they were written, on every engine (a copy keeps it); events
    // of a team database written before this step keep only their times.
    u"ALTER TABLE run_events ADD COLUMN seq INTEGER"_s,
};

// Items read with their settlement, if any (schema 8); settled_* in run_items are from older
// journals.
const QString itemsWithSettlement = u" run_items i LEFT JOIN settlements s"
                                    " ON s.run_id = i.run_id AND s.object_id = i.object_id"_s;

const QString unsettledCondition = u"(s.run_id IS NULL AND (i.state = 'sent'"
                                   " OR (i.state = 'answered' AND i.outcome = 'unknown')))"_s;

const QString runColumns
    = u"id, started_at, finished_at, status, profile, endpoint, application_id, auth_mode,"
      " operator_login, api_key_fingerprint, acting_user_id, mode, target, reason,"
      " protection_overridden, subject_user_id, owner_pid, owner_host, index_query,"
      " moderator_name, origin_key, origin"_s;

} // namespace

Journal::Journal()
{
    static std::atomic<quint64> counter { 0 };
    m_connectionName = u"qbmod-journal-%1"_s.arg(++counter);
}

Journal::~Journal()
{
    // The holds may speak to the database as they let go.
    m_liveRuns.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

QString Journal::defaultPath()
{
    // The console and qbmodctl keep one journal between them, so that either can show and
    // reconcile what the other did.
    return StoreLocation::defaultFolder() + u"/journal.sqlite"_s;
}

QString Journal::apiKeyFingerprint(const QString &apiKey)
{
    if (apiKey.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(apiKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
}

QString Journal::stateName(ItemState state)
{
    switch (state) {
    case ItemState::Pending:
        return u"pending"_s;
    case ItemState::Sent:
        return u"sent"_s;
    case ItemState::Answered:
        return u"answered"_s;
    case ItemState::Settled:
        return u"settled"_s;
    }
    return {};
}

bool Journal::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool Journal::open(const QString &path)
{
    return open(StoreLocation::thisComputer(path));
}

bool Journal::open(const StoreLocation &location, const QString &password)
{
    // Opened again (e.g. offline after the team database could not be reached): the earlier
    // connection, of whichever engine, goes first.
    m_liveRuns.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_location = location;
    m_path = location.isTeam() ? QString() : location.path;
    if (const QString problem = location.problem(); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    m_engine = StoreEngine::forLocation(location);
    if (!m_engine->open(m_connectionName, password, m_busyTimeoutMs, &m_error))
        return false;
    return migrate();
}

int Journal::userVersion() const
{
    if (!m_engine)
        return -1;
    return m_engine->schemaVersion(QSqlDatabase::database(m_connectionName, false));
}

bool Journal::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = tr("Journal error: %1").arg(query.lastError().text());
    qCWarning(lcJournal) << "query failed:" << query.lastQuery() << query.lastError().text();
    return false;
}

bool Journal::execAll(const QStringList &statements)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            m_error = tr("Journal error: %1").arg(query.lastError().text());
            qCWarning(lcJournal) << "statement failed:" << statement << query.lastError().text();
            return false;
        }
    }
    return true;
}

bool Journal::migrate()
{
    const int found = userVersion();
    if (found < 0) {
        m_error = tr("The file %1 is not a journal database.").arg(m_location.displayName());
        return false;
    }
    if (found > schemaVersion) {
        m_error = tr("The journal %1 was written by a newer version of qbmod (schema %2).")
                      .arg(m_location.displayName())
                      .arg(found);
        return false;
    }
    const QList<QStringList> steps { version1, version2, version3, version4, version5, version6,
        version7, version8, version9, version10 };
    for (int version = found + 1; version <= schemaVersion; ++version) {
        // Each step and its version number commit together, so a crash mid-migration leaves
        // the previous version intact. The engine excludes a second process before the version
        // is read again: two processes opening a new journal at once migrate it only once.
        if (!execAll(m_engine->beginMigration())) {
            execAll({ u"ROLLBACK"_s });
            if (m_location.isTeam())
                m_error = tr("The team database %1 has no qbmod tables of schema %2 yet, and "
                             "this role cannot create them: open it once as its owner. (%3)")
                              .arg(m_location.displayName())
                              .arg(schemaVersion)
                              .arg(m_error);
            return false;
        }
        if (userVersion() >= version) {
            execAll({ u"COMMIT"_s });
            continue;
        }
        QStringList statements;
        for (const QString &statement : steps.at(version - 1))
            statements.append(m_engine->translate(statement));
        if (!execAll(statements + m_engine->afterStep(version) + m_engine->setSchemaVersion(version)
                + QStringList { u"COMMIT"_s })) {
            execAll({ u"ROLLBACK"_s });
            return false;
        }
        qCDebug(lcJournal) << "journal schema now at version" << version;
    }
    return true;
}

std::optional<qint64> Journal::beginRun(const Run &run, const QStringList &ids,
    const QHash<QString, QString> &containerOf, const QSet<QString> &overriddenIds)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        m_error = tr("Journal error: %1").arg(db.lastError().text());
        return std::nullopt;
    }
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO runs (started_at, status, profile, endpoint, application_id,"
                   " auth_mode, operator_login, api_key_fingerprint, acting_user_id, mode, target,"
                   " reason, protection_overridden, subject_user_id, owner_pid, owner_host,"
                   " index_query, moderator_name, origin_key, origin) VALUES"
                   " (?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
        + m_engine->returningId());
    insert.addBindValue(
        timeText(run.startedAt.isValid() ? run.startedAt : QDateTime::currentDateTimeUtc()));
    insert.addBindValue(textOrNull(run.profile));
    insert.addBindValue(textOrNull(run.endpoint));
    insert.addBindValue(
        run.applicationId ? QVariant(run.applicationId) : QVariant(QMetaType::fromType<qint64>()));
    insert.addBindValue(textOrNull(run.authMode));
    insert.addBindValue(textOrNull(run.operatorLogin));
    insert.addBindValue(textOrNull(run.apiKeyFingerprint));
    insert.addBindValue(
        run.actingUserId ? QVariant(*run.actingUserId) : QVariant(QMetaType::fromType<qint64>()));
    insert.addBindValue(RunKind::modeName(run.mode));
    insert.addBindValue(RunKind::targetName(run.target));
    insert.addBindValue(textOrNull(run.reason));
    insert.addBindValue(run.protectionOverridden ? 1 : 0);
    insert.addBindValue(
        run.subjectUserId ? QVariant(*run.subjectUserId) : QVariant(QMetaType::fromType<qint64>()));
    insert.addBindValue(QCoreApplication::applicationPid());
    insert.addBindValue(QHostInfo::localHostName());
    insert.addBindValue(run.indexQuery.isEmpty()
            ? QVariant(QMetaType::fromType<QString>())
            : QVariant(
                QString::fromUtf8(QJsonDocument(run.indexQuery).toJson(QJsonDocument::Compact))));
    const StoreLocation &team = m_offlineFor ? *m_offlineFor : m_location;
    insert.addBindValue(
        textOrNull(run.moderatorName.isEmpty() && team.isTeam() ? team.user : run.moderatorName));
    // A new run is always a new one, even when its details come from an earlier run's record.
    insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    insert.addBindValue(textOrNull(m_offlineFor ? u"offline"_s : run.origin));
    if (!exec(insert)) {
        db.rollback();
        return std::nullopt;
    }
    const qint64 runId = m_engine->insertedId(insert);
    insert.finish();
    QSqlQuery item(db);
    item.prepare(u"INSERT INTO run_items (run_id, position, object_id, state, container_id,"
                 " protection_overridden) VALUES (?, ?, ?, 'pending', ?, ?)"
                 " ON CONFLICT DO NOTHING"_s);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        item.bindValue(0, runId);
        item.bindValue(1, static_cast<qint64>(i));
        item.bindValue(2, ids.at(i));
        item.bindValue(3, textOrNull(containerOf.value(ids.at(i))));
        item.bindValue(4, overriddenIds.contains(ids.at(i)) ? 1 : 0);
        if (!exec(item)) {
            db.rollback();
            return std::nullopt;
        }
    }
    if (m_location.isTeam() && !claim(runId, run.target, ids)) {
        db.rollback();
        return std::nullopt;
    }
    // Held before the run is committed, so no other process ever sees it running but not live.
    std::shared_ptr<StoreEngine::RunHold> hold = m_engine->holdRun(db, runId, &m_error);
    if (!hold) {
        db.rollback();
        return std::nullopt;
    }
    if (!db.commit()) {
        m_error = tr("Journal error: %1").arg(db.lastError().text());
        return std::nullopt;
    }
    m_liveRuns.insert(runId, std::move(hold));
    return runId;
}

bool Journal::claim(qint64 runId, RunTarget target, const QStringList &ids)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // Claimed in one order by every run, so two runs with overlapping ids wait for each other
    // instead of deadlocking; the second waits until the first has committed its claims.
    QStringList ordered = ids;
    ordered.sort();
    ordered.removeDuplicates();
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO claims (target, object_id, run_id, claimed_at) VALUES (?, ?, ?, ?)"
                   " ON CONFLICT DO NOTHING"_s);
    QSqlQuery holder(db);
    holder.prepare(u"SELECT c.run_id, r.moderator_name, i.state, i.outcome FROM claims c"
                   " JOIN runs r ON r.id = c.run_id LEFT JOIN run_items i"
                   " ON i.run_id = c.run_id AND i.object_id = c.object_id"
                   " WHERE c.target = ? AND c.object_id = ?"_s);
    QSqlQuery takeOver(db);
    takeOver.prepare(u"UPDATE claims SET run_id = ?, claimed_at = ? WHERE target = ?"
                     " AND object_id = ? AND run_id = ?"_s);
    const QString targetName = RunKind::targetName(target);
    const QString claimedAt = now();
    QHash<QString, QString> held;
    for (const QString &id : std::as_const(ordered)) {
        insert.bindValue(0, targetName);
        insert.bindValue(1, id);
        insert.bindValue(2, runId);
        insert.bindValue(3, claimedAt);
        if (!exec(insert))
            return false;
        if (insert.numRowsAffected() == 1)
            continue;
        holder.bindValue(0, targetName);
        holder.bindValue(1, id);
        if (!exec(holder) || !holder.next())
            return false;
        const qint64 holderRun = holder.value(0).toLongLong();
        const QString who = holder.value(1).toString();
        const QString state = holder.value(2).toString();
        const QString outcome = holder.value(3).toString();
        holder.finish();
        // A run that never sent the id, or was told nothing happened, gives it up once it is
        // no longer live; an id that may be gone stays with the run that sent it.
        const bool neverActed = state == u"pending"_s
            || (state == u"answered"_s
                && (outcome == u"not_attempted"_s || outcome == u"failed"_s
                    || outcome == u"not_permitted"_s));
        if (m_engine->isRunHeld(db, holderRun)) {
            held.insert(id, tr("held by %1 in live run %2").arg(who).arg(holderRun));
        } else if (!neverActed) {
            held.insert(id, tr("already sent by %1 in run %2").arg(who).arg(holderRun));
        } else {
            takeOver.bindValue(0, runId);
            takeOver.bindValue(1, claimedAt);
            takeOver.bindValue(2, targetName);
            takeOver.bindValue(3, id);
            takeOver.bindValue(4, holderRun);
            if (!exec(takeOver))
                return false;
        }
    }
    m_heldElsewhere.insert(runId, held);
    return true;
}

bool Journal::isLive(qint64 runId) const
{
    if (m_liveRuns.contains(runId))
        return true;
    const std::optional<Run> found = run(runId);
    if (!found || found->status != u"running"_s || found->ownerPid == 0)
        return false;
    return m_engine->isRunHeld(QSqlDatabase::database(m_connectionName, false), runId);
}

bool Journal::markSent(qint64 runId, const QStringList &ids)
{
    return recordProgress(runId, {}, ids);
}

bool Journal::recordOutcomes(qint64 runId, const QList<ItemOutcome> &outcomes)
{
    return recordProgress(runId, outcomes, {});
}

namespace {

// Rows per statement: one statement for a whole batch instead of one per id, which is what a
// write costs on a database across a connection. Well under SQLite's and PostgreSQL's limits on
// bound values.
constexpr qsizetype rowsPerStatement = 100;

QString placeholders(qsizetype rows, const QString &row)
{
    QStringList all;
    all.reserve(rows);
    for (qsizetype i = 0; i < rows; ++i)
        all.append(row);
    return all.join(u", "_s);
}

} // namespace

bool Journal::updateItems(
    qint64 runId, const QString &assignments, const QVariantList &values, const QStringList &ids)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (qsizetype first = 0; first < ids.size(); first += rowsPerStatement) {
        const QStringList chunk = ids.mid(first, rowsPerStatement);
        QSqlQuery query(db);
        query.prepare(u"UPDATE run_items SET %1 WHERE run_id = ? AND object_id IN (%2)"_s.arg(
            assignments, placeholders(chunk.size(), u"?"_s)));
        for (const QVariant &value : values)
            query.addBindValue(value);
        query.addBindValue(runId);
        for (const QString &id : chunk)
            query.addBindValue(id);
        if (!exec(query))
            return false;
    }
    return true;
}

bool Journal::recordProgress(
    qint64 runId, const QList<ItemOutcome> &answered, const QStringList &aboutToSend)
{
    if (answered.isEmpty() && aboutToSend.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        m_error = tr("Journal error: %1").arg(db.lastError().text());
        return false;
    }
    const QString at = now();
    const auto written = [&] {
        // The answers, grouped by what they say: a batch is mostly one outcome.
        QMap<QPair<QString, QString>, QStringList> idsByOutcome;
        struct PendingAttempt {
            QString id;
            qint64 number;
            int status;
        };
        QList<PendingAttempt> attempts;
        for (const ItemOutcome &outcome : answered) {
            idsByOutcome[{ ItemOutcome::resultName(outcome.result), outcome.detail() }].append(
                outcome.id);
            // The attempts are the id's whole history so far: the first ones may be written.
            for (qsizetype i = 0; i < outcome.attempts.size(); ++i)
                attempts.append({ outcome.id, static_cast<qint64>(i + 1), outcome.attempts.at(i) });
        }
        for (auto it = idsByOutcome.cbegin(); it != idsByOutcome.cend(); ++it) {
            if (!updateItems(runId,
                    u"state = 'answered', outcome = ?, error = ?, answered_at = ?"_s,
                    { it.key().first, textOrNull(it.key().second), at }, it.value()))
                return false;
        }
        for (qsizetype first = 0; first < attempts.size(); first += rowsPerStatement) {
            const qsizetype rows = qMin(rowsPerStatement, attempts.size() - first);
            QSqlQuery insert(db);
            insert.prepare(u"INSERT INTO attempts (run_id, object_id, attempt, status, recorded_at)"
                           " VALUES %1 ON CONFLICT DO NOTHING"_s.arg(
                               placeholders(rows, u"(?, ?, ?, ?, ?)"_s)));
            for (qsizetype i = first; i < first + rows; ++i) {
                insert.addBindValue(runId);
                insert.addBindValue(attempts.at(i).id);
                insert.addBindValue(attempts.at(i).number);
                insert.addBindValue(attempts.at(i).status);
                insert.addBindValue(at);
            }
            if (!exec(insert))
                return false;
        }
        return aboutToSend.isEmpty()
            || updateItems(runId, u"state = 'sent', outcome = NULL, error = NULL, sent_at = ?"_s,
                { at }, aboutToSend);
    }();
    if (!written) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_error = tr("Journal error: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool Journal::finishRun(qint64 runId, bool cancelled)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        m_error = tr("Journal error: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery items(db);
    items.prepare(u"UPDATE run_items SET state = 'answered', outcome = 'not_attempted',"
                  " answered_at = ? WHERE run_id = ? AND state = 'pending'"_s);
    items.addBindValue(now());
    items.addBindValue(runId);
    QSqlQuery run(db);
    run.prepare(u"UPDATE runs SET finished_at = ?, status = ? WHERE id = ?"_s);
    run.addBindValue(now());
    run.addBindValue(cancelled ? u"cancelled"_s : u"finished"_s);
    run.addBindValue(runId);
    // Ids on which nothing happened are free for another run again.
    QSqlQuery release(db);
    release.prepare(u"DELETE FROM claims WHERE run_id = ? AND object_id IN (SELECT object_id"
                    " FROM run_items WHERE run_id = ? AND state = 'answered' AND outcome IN"
                    " ('not_attempted', 'failed', 'not_permitted'))"_s);
    release.addBindValue(runId);
    release.addBindValue(runId);
    if (!exec(items) || !exec(run) || !exec(release)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_error = tr("Journal error: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    // Only a run whose end is written stops being live; otherwise it stays live until this
    // process ends, and reconcile then takes it as interrupted.
    m_liveRuns.remove(runId);
    return true;
}

bool Journal::settleItem(
    qint64 runId, const QString &objectId, const QString &outcome, const QString &settledBy)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"INSERT INTO settlements (run_id, object_id, outcome, settled_at, settled_by)"
                  " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
    query.addBindValue(runId);
    query.addBindValue(objectId);
    query.addBindValue(outcome);
    query.addBindValue(now());
    query.addBindValue(settledBy);
    return exec(query);
}

bool Journal::closeInterruptedRun(qint64 runId, const QString &settledBy)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return false;
    // Pending ids were never handed to the network: their record is written before that.
    QSqlQuery items(db);
    items.prepare(u"INSERT INTO settlements (run_id, object_id, outcome, settled_at, settled_by)"
                  " SELECT run_id, object_id, 'not_attempted', ?, ? FROM run_items"
                  " WHERE run_id = ? AND state = 'pending' ON CONFLICT DO NOTHING"_s);
    items.addBindValue(now());
    items.addBindValue(settledBy);
    items.addBindValue(runId);
    QSqlQuery run(db);
    run.prepare(u"UPDATE runs SET status = 'interrupted' WHERE id = ? AND status = 'running'"_s);
    run.addBindValue(runId);
    if (!exec(items) || !exec(run)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool Journal::addEvidence(qint64 runId, const QString &dialogId, const QJsonObject &dialog,
    const QJsonArray &messages, const QString &error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"INSERT INTO evidence (run_id, dialog_id, collected_at, dialog_json,"
                  " messages_json, message_count, error) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(runId);
    query.addBindValue(dialogId);
    query.addBindValue(now());
    query.addBindValue(dialog.isEmpty()
            ? QVariant(QMetaType::fromType<QString>())
            : QVariant(QString::fromUtf8(QJsonDocument(dialog).toJson(QJsonDocument::Compact))));
    query.addBindValue(QString::fromUtf8(QJsonDocument(messages).toJson(QJsonDocument::Compact)));
    query.addBindValue(static_cast<qint64>(messages.size()));
    query.addBindValue(textOrNull(error));
    return exec(query);
}

bool Journal::addEvidence(qint64 runId, const QList<Evidence> &records)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        m_error = tr("Journal error: %1").arg(db.lastError().text());
        return false;
    }
    for (const Evidence &record : records) {
        if (!addEvidence(runId, record.dialogId, record.dialog, record.messages, record.error)) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        m_error = tr("Journal error: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

int Journal::pruneEvidence(const QDateTime &olderThan)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"DELETE FROM evidence WHERE collected_at < ?"_s);
    query.addBindValue(timeText(olderThan));
    if (!exec(query))
        return -1;
    return query.numRowsAffected();
}

Journal::Run Journal::runFrom(const QSqlQuery &query) const
{
    Run run;
    run.id = query.value(0).toLongLong();
    run.startedAt = timeFrom(query.value(1));
    run.finishedAt = timeFrom(query.value(2));
    run.status = query.value(3).toString();
    run.profile = query.value(4).toString();
    run.endpoint = query.value(5).toString();
    run.applicationId = query.value(6).toLongLong();
    run.authMode = query.value(7).toString();
    run.operatorLogin = query.value(8).toString();
    run.apiKeyFingerprint = query.value(9).toString();
    if (!query.value(10).isNull())
        run.actingUserId = query.value(10).toLongLong();
    // Names this version does not know cannot come from a journal it may open (newer schemas are
    // refused); the defaults keep anything else readable.
    run.mode = RunKind::modeFromName(query.value(11).toString()).value_or(RunMode::ForEveryone);
    run.target = RunKind::targetFromName(query.value(12).toString()).value_or(RunTarget::Dialogs);
    run.reason = query.value(13).toString();
    run.protectionOverridden = query.value(14).toInt() != 0;
    if (!query.value(15).isNull())
        run.subjectUserId = query.value(15).toLongLong();
    run.ownerPid = query.value(16).toLongLong();
    run.ownerHost = query.value(17).toString();
    run.indexQuery = QJsonDocument::fromJson(query.value(18).toString().toUtf8()).object();
    run.moderatorName = query.value(19).toString();
    run.originKey = query.value(20).toString();
    run.origin = query.value(21).toString();
    return run;
}

void Journal::countItems(Run *run) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT COUNT(*), SUM(CASE WHEN "_s + unsettledCondition
        + u" THEN 1 ELSE 0 END) FROM"_s + itemsWithSettlement + u" WHERE i.run_id = ?"_s);
    query.addBindValue(run->id);
    if (query.exec() && query.next()) {
        run->itemCount = query.value(0).toInt();
        run->unsettledCount = query.value(1).toInt();
    }
}

QList<Journal::Run> Journal::runs(const QString &moderator) const
{
    QList<Run> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"SELECT "_s + runColumns + u" FROM runs ORDER BY id DESC"_s))
        return result;
    while (query.next()) {
        Run run = runFrom(query);
        if (moderator.isEmpty() || run.isBy(moderator))
            result.append(run);
    }
    for (Run &run : result)
        countItems(&run);
    return result;
}

std::optional<Journal::Run> Journal::run(qint64 runId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT "_s + runColumns + u" FROM runs WHERE id = ?"_s);
    query.addBindValue(runId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Run run = runFrom(query);
    countItems(&run);
    return run;
}

namespace {
QList<Journal::Item> itemsFrom(QSqlQuery &query)
{
    QList<Journal::Item> result;
    while (query.next()) {
        Journal::Item item;
        item.objectId = query.value(0).toString();
        item.state = stateFrom(query.value(1).toString());
        item.outcome = query.value(2).toString();
        item.error = query.value(3).toString();
        item.sentAt = timeFrom(query.value(4));
        item.answeredAt = timeFrom(query.value(5));
        item.settledAt = timeFrom(query.value(6));
        item.settledBy = query.value(7).toString();
        item.containerId = query.value(8).toString();
        item.protectionOverridden = query.value(9).toInt() != 0;
        result.append(item);
    }
    return result;
}

const QString itemColumns
    = u"i.object_id, CASE WHEN s.run_id IS NULL THEN i.state ELSE 'settled' END,"
      " COALESCE(s.outcome, i.outcome), i.error, i.sent_at, i.answered_at,"
      " COALESCE(s.settled_at, i.settled_at), COALESCE(s.settled_by, i.settled_by),"
      " i.container_id, i.protection_overridden"_s;
} // namespace

QList<Journal::Item> Journal::items(qint64 runId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT "_s + itemColumns + u" FROM"_s + itemsWithSettlement
        + u" WHERE i.run_id = ? ORDER BY i.position"_s);
    query.addBindValue(runId);
    if (!query.exec())
        return {};
    return itemsFrom(query);
}

QList<Journal::Item> Journal::unsettledItems(qint64 runId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT "_s + itemColumns + u" FROM"_s + itemsWithSettlement
        + u" WHERE i.run_id = ? AND "_s + unsettledCondition + u" ORDER BY i.position"_s);
    query.addBindValue(runId);
    if (!query.exec())
        return {};
    return itemsFrom(query);
}

QList<qint64> Journal::runsNeedingReconcile() const
{
    QList<qint64> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"SELECT DISTINCT i.run_id FROM"_s + itemsWithSettlement + u" WHERE "_s
            + unsettledCondition + u" ORDER BY i.run_id"_s))
        return result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

QList<Journal::Attempt> Journal::attempts(qint64 runId) const
{
    QList<Attempt> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT a.object_id, a.attempt, a.status FROM attempts a JOIN run_items i"
                  " ON i.run_id = a.run_id AND i.object_id = a.object_id WHERE a.run_id = ?"
                  " ORDER BY i.position, a.attempt"_s);
    query.addBindValue(runId);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(
            { query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt() });
    return result;
}

bool Journal::recordEvent(qint64 runId, const QString &name, const QString &detail)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"INSERT INTO run_events (run_id, at, name, detail, seq) VALUES (?, ?, ?, ?,"
                  " (SELECT COALESCE(MAX(seq), 0) + 1 FROM run_events WHERE run_id = ?))"_s);
    query.addBindValue(runId);
    query.addBindValue(now());
    query.addBindValue(name);
    query.addBindValue(textOrNull(detail));
    query.addBindValue(runId);
    return exec(query);
}

std::optional<QList<Journal::ProtectedUser>> Journal::protectedUsers(QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"SELECT c.user_id, c.changed_at, c.changed_by, c.note"
                    " FROM protection_changes c WHERE c.change = 'protected' AND c.id ="
                    " (SELECT MAX(l.id) FROM protection_changes l WHERE l.user_id = c.user_id)"
                    " ORDER BY c.user_id"_s)) {
        if (error)
            *error = tr("Cannot read the protected users from %1: %2")
                         .arg(m_location.displayName(), query.lastError().text().trimmed());
        return std::nullopt;
    }
    QList<ProtectedUser> result;
    while (query.next())
        result.append({ query.value(0).toLongLong(), timeFrom(query.value(1)),
            query.value(2).toString(), query.value(3).toString() });
    return result;
}

namespace {
// The row that notes when an offline journal's copy of the team's protected users was read.
const QString copyMarkBy = u"(team database)"_s;
const QString copyMarkNote = u"copy of the team's protected users"_s;
} // namespace

bool Journal::copyProtectionFrom(const QList<ProtectedUser> &team, const QDateTime &readAt)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        m_error = tr("Journal error: %1").arg(db.lastError().text());
        return false;
    }
    QString error;
    const std::optional<QList<ProtectedUser>> current = protectedUsers(&error);
    if (!current) {
        m_error = error;
        db.rollback();
        return false;
    }
    QSet<qint64> here;
    for (const ProtectedUser &user : *current)
        here.insert(user.userId);
    QSet<qint64> there;
    struct Row {
        qint64 userId;
        QString change;
        QString by;
        QString note;
    };
    QList<Row> rows;
    for (const ProtectedUser &user : team) {
        there.insert(user.userId);
        if (!here.contains(user.userId))
            rows.append({ user.userId, u"protected"_s, user.by, user.note });
    }
    for (const qint64 userId : std::as_const(here)) {
        if (!there.contains(userId))
            rows.append({ userId, u"unprotected"_s, copyMarkBy, copyMarkNote });
    }
    rows.append({ 0, u"unprotected"_s, copyMarkBy, copyMarkNote });
    // Only the latest copy's time is ever read: the mark replaces the one before, so that a
    // journal reached every day does not grow by a row a day.
    QSqlQuery dropMark(db);
    dropMark.prepare(u"DELETE FROM protection_changes WHERE user_id = 0 AND changed_by = ?"_s);
    dropMark.addBindValue(copyMarkBy);
    if (!exec(dropMark)) {
        db.rollback();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO protection_changes (user_id, change, changed_at, changed_by,"
                   " note) VALUES (?, ?, ?, ?, ?)"_s);
    for (const Row &row : std::as_const(rows)) {
        insert.bindValue(0, row.userId);
        insert.bindValue(1, row.change);
        insert.bindValue(2, timeText(readAt));
        insert.bindValue(3, row.by.isNull() ? u""_s : row.by);
        insert.bindValue(4, textOrNull(row.note));
        if (!exec(insert)) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        m_error = tr("Journal error: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

std::optional<QDateTime> Journal::protectionCopyReadAt() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT changed_at FROM protection_changes WHERE user_id = 0"
                  " AND changed_by = ? ORDER BY id DESC LIMIT 1"_s);
    query.addBindValue(copyMarkBy);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return timeFrom(query.value(0));
}

std::optional<int> Journal::changeProtection(const QSet<qint64> &protect,
    const QSet<qint64> &unprotect, const QString &by, const QString &note)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        m_error = tr("Journal error: %1").arg(db.lastError().text());
        return std::nullopt;
    }
    QString error;
    const std::optional<QList<ProtectedUser>> current = protectedUsers(&error);
    if (!current) {
        m_error = error;
        db.rollback();
        return std::nullopt;
    }
    QSet<qint64> protectedNow;
    for (const ProtectedUser &user : *current)
        protectedNow.insert(user.userId);
    QList<QPair<qint64, QString>> changes;
    for (const qint64 userId : protect) {
        if (!protectedNow.contains(userId))
            changes.append({ userId, u"protected"_s });
    }
    for (const qint64 userId : unprotect) {
        if (protectedNow.contains(userId) && !protect.contains(userId))
            changes.append({ userId, u"unprotected"_s });
    }
    std::sort(changes.begin(), changes.end());
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO protection_changes (user_id, change, changed_at, changed_by,"
                   " note) VALUES (?, ?, ?, ?, ?)"_s);
    QString who = by.trimmed().isEmpty() && m_location.isTeam() ? m_location.user : by.trimmed();
    if (who.isNull())
        who = u""_s; // unnamed on this computer: empty, not NULL
    for (const auto &[userId, change] : std::as_const(changes)) {
        insert.bindValue(0, userId);
        insert.bindValue(1, change);
        insert.bindValue(2, now());
        insert.bindValue(3, who);
        insert.bindValue(4, textOrNull(note.trimmed()));
        if (!exec(insert)) {
            db.rollback();
            return std::nullopt;
        }
    }
    if (!db.commit()) {
        m_error = tr("Journal error: %1").arg(db.lastError().text());
        db.rollback();
        return std::nullopt;
    }
    return static_cast<int>(changes.size());
}

QList<Journal::Event> Journal::events(qint64 runId) const
{
    QList<Event> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT at, name, detail FROM run_events WHERE run_id = ?"
                  " ORDER BY at, seq"_s);
    query.addBindValue(runId);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(Event {
            timeFrom(query.value(0)), query.value(1).toString(), query.value(2).toString() });
    return result;
}

QList<Journal::Evidence> Journal::evidence(qint64 runId) const
{
    QList<Evidence> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT id, run_id, dialog_id, collected_at, dialog_json, messages_json, error"
                  " FROM evidence WHERE run_id = ? ORDER BY id"_s);
    query.addBindValue(runId);
    if (!query.exec())
        return result;
    while (query.next()) {
        Evidence evidence;
        evidence.id = query.value(0).toLongLong();
        evidence.runId = query.value(1).toLongLong();
        evidence.dialogId = query.value(2).toString();
        evidence.collectedAt = timeFrom(query.value(3));
        evidence.dialog = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        evidence.messages = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array();
        evidence.error = query.value(6).toString();
        result.append(evidence);
    }
    return result;
}

QHash<QString, QString> Journal::dialogNames(qint64 runId) const
{
    QHash<QString, QString> names;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // This run's own evidence comes last, so that it wins over what older runs kept.
    query.prepare(u"SELECT dialog_id, dialog_json FROM evidence WHERE dialog_id IN"
                  " (SELECT object_id FROM run_items WHERE run_id = ?"
                  "  UNION SELECT container_id FROM run_items WHERE run_id = ?)"
                  " ORDER BY run_id = ?, id"_s);
    query.addBindValue(runId);
    query.addBindValue(runId);
    query.addBindValue(runId);
    if (!query.exec())
        return names;
    while (query.next()) {
        const QJsonValue name
            = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object().value(u"name"_s);
        if (name.isString() && !name.toString().isEmpty())
            names.insert(query.value(0).toString(), name.toString());
    }
    return names;
}

Journal::Run Journal::Run::forConnection(
    const ConnectionSettings &connection, const QString &profile, const QString &apiKeyFingerprint)
{
    Run run;
    run.profile = profile;
    run.endpoint = connection.endpoint.toString(QUrl::RemoveUserInfo);
    run.applicationId = connection.applicationId;
    run.authMode = connection.authMode == AuthMode::ApiKey ? u"api_key"_s : u"session"_s;
    if (connection.authMode == AuthMode::Session)
        run.operatorLogin = connection.login;
    else
        run.apiKeyFingerprint = apiKeyFingerprint;
    return run;
}

QString Journal::Run::moderatorText() const
{
    const QString account = operatorLogin.isEmpty() ? apiKeyFingerprint : operatorLogin;
    if (moderatorName.isEmpty() || moderatorName == account)
        return account;
    return account.isEmpty() ? moderatorName : Journal::tr("%1 (%2)").arg(moderatorName, account);
}

QString Journal::Run::originText() const
{
    if (origin == u"offline"_s)
        return Journal::tr("made offline");
    if (origin == u"local"_s)
        return Journal::tr("from a local journal");
    if (origin == u"team"_s)
        return Journal::tr("from the team database");
    return origin;
}

void Journal::Run::setMemberRemoval(qint64 userId, const QString &why)
{
    mode = RunMode::RemoveMember;
    target = RunTarget::Members;
    subjectUserId = userId;
    reason = why.isEmpty() ? Journal::tr("user %1").arg(userId)
                           : Journal::tr("user %1: %2").arg(userId).arg(why);
}

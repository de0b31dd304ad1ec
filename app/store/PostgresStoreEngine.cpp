// SPDX-License-Identifier: Apache-2.0

#include "PostgresStoreEngine.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// The first key of every advisory lock qbmod takes ("qbmd"), so that others' locks in the same
// database never collide with ours. The second is the run id, or 0 for migrations.
constexpr qint64 lockSpace = 0x71626d64;

class AdvisoryHold final : public StoreEngine::RunHold {
public:
    AdvisoryHold(const QString &connectionName, qint64 runId)
        : m_connectionName(connectionName)
        , m_runId(runId)
    {
    }
    ~AdvisoryHold() override
    {
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (!db.isOpen())
            return;
        QSqlQuery query(db);
        query.prepare(u"SELECT pg_advisory_unlock(CAST(? AS integer), CAST(? AS integer))"_s);
        query.addBindValue(lockSpace);
        query.addBindValue(m_runId);
        query.exec();
    }

private:
    QString m_connectionName;
    qint64 m_runId;
};

QString quoted(const QString &value)
{
    // libpq's conninfo quoting: single quotes around, backslash before ' and \.
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u"'"_s + escaped + u"'"_s;
}

} // namespace

bool PostgresStoreEngine::open(
    const QString &connectionName, const QString &password, int busyTimeoutMs, QString *error) const
{
    const StoreLocation &where = location();
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
        ? QSqlDatabase::database(connectionName, false)
        : QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    if (!db.isValid()) {
        *error = tr("The PostgreSQL driver for Qt is not installed (libqt6sql6-psql).");
        return false;
    }
    db.setHostName(where.host);
    db.setPort(where.port);
    db.setDatabaseName(where.database);
    db.setUserName(where.user);
    db.setPassword(password);
    // A write waits for another's lock as long as a SQLite write would.
    db.setConnectOptions(u"sslmode=%1;connect_timeout=%2;application_name=qbmod;options=%3"_s.arg(
        quoted(where.tlsMode), QString::number(where.connectTimeoutSeconds),
        quoted(u"-c lock_timeout=%1 -c client_min_messages=warning"_s.arg(busyTimeoutMs))));
    const bool opened = db.open();
    // The password is needed only to connect: it is not kept in the connection's settings.
    db.setPassword({});
    if (!opened) {
        *error = tr("Cannot reach the team database %1: %2")
                     .arg(where.displayName(), db.lastError().text().trimmed());
        return false;
    }
    return true;
}

int PostgresStoreEngine::schemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT to_regclass('qbmod_schema') IS NOT NULL"_s) || !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(u"SELECT MAX(version) FROM qbmod_schema"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QStringList PostgresStoreEngine::beginMigration() const
{
    return { u"BEGIN"_s, u"SELECT pg_advisory_xact_lock(%1, 0)"_s.arg(lockSpace),
        u"CREATE TABLE IF NOT EXISTS qbmod_schema (version INTEGER NOT NULL)"_s };
}

QStringList PostgresStoreEngine::setSchemaVersion(int version) const
{
    return { u"DELETE FROM qbmod_schema"_s,
        u"INSERT INTO qbmod_schema (version) VALUES (%1)"_s.arg(version) };
}

QString PostgresStoreEngine::translate(const QString &statement) const
{
    static const QRegularExpression integer(u"\\bINTEGER\\b"_s);
    QString result = statement;
    result.replace(u"INTEGER PRIMARY KEY AUTOINCREMENT"_s, u"BIGSERIAL PRIMARY KEY"_s);
    result.replace(integer, u"BIGINT"_s);
    return result;
}

QStringList PostgresStoreEngine::afterStep(int version) const
{
    if (version == 9) {
        // The team's protected users: moderators add changes and read them, and nobody
        // rewrites or deletes one, so a lifted protection stays on record.
        return {
            u"CREATE TRIGGER protection_changes_frozen BEFORE UPDATE OR DELETE"
            " ON protection_changes FOR EACH ROW EXECUTE FUNCTION qbmod_refuse_rewrite()"_s,
            u"DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'qbmod_moderator')"
            " THEN GRANT SELECT, INSERT ON protection_changes TO qbmod_moderator;"
            " GRANT USAGE, SELECT ON protection_changes_id_seq TO qbmod_moderator;"
            " END IF; END $$"_s,
        };
    }
    if (version == 10)
        return originSteps();
    if (version != 8)
        return {};
    return {
        // Whoever asks, the history is only ever added to: no row of a run, its items, their
        // attempts or settlements is deleted; attempts and settlements are never changed; an
        // item changes only while its run is running, and only forward (pending, sent,
        // answered; a retry may still answer an unknown); a run changes only while it is
        // running (to finish or be closed as interrupted).
        u"CREATE FUNCTION qbmod_refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN RAISE EXCEPTION 'qbmod: the journal''s history cannot be rewritten (% on %)',"
        " TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$"_s,
        u"CREATE FUNCTION qbmod_item_forward() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        " IF NEW.run_id <> OLD.run_id OR NEW.object_id <> OLD.object_id"
        " OR NEW.position <> OLD.position OR NEW.container_id IS DISTINCT FROM OLD.container_id"
        " OR NEW.protection_overridden <> OLD.protection_overridden"
        " OR NEW.settled_at IS DISTINCT FROM OLD.settled_at"
        " OR NEW.settled_by IS DISTINCT FROM OLD.settled_by"
        " OR NEW.state NOT IN ('sent', 'answered')"
        " OR (OLD.state = 'answered' AND (NEW.state <> 'answered' OR OLD.outcome <> 'unknown'))"
        " OR OLD.state NOT IN ('pending', 'sent', 'answered')"
        " OR (SELECT status FROM runs WHERE id = OLD.run_id) <> 'running' THEN"
        " RAISE EXCEPTION 'qbmod: the journal''s history cannot be rewritten (item %)',"
        " OLD.object_id USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NEW; END $$"_s,
        u"CREATE FUNCTION qbmod_run_forward() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        " IF OLD.status <> 'running' OR NEW.id <> OLD.id OR NEW.started_at <> OLD.started_at"
        " OR NEW.reason IS DISTINCT FROM OLD.reason"
        " OR NEW.protection_overridden <> OLD.protection_overridden"
        " OR NEW.moderator_name IS DISTINCT FROM OLD.moderator_name"
        " OR NEW.index_query IS DISTINCT FROM OLD.index_query"
        " OR NEW.operator_login IS DISTINCT FROM OLD.operator_login"
        " OR NEW.api_key_fingerprint IS DISTINCT FROM OLD.api_key_fingerprint THEN"
        " RAISE EXCEPTION 'qbmod: the journal''s history cannot be rewritten (run %)', OLD.id"
        " USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NEW; END $$"_s,
        u"CREATE TRIGGER runs_no_delete BEFORE DELETE ON runs"
        " FOR EACH ROW EXECUTE FUNCTION qbmod_refuse_rewrite()"_s,
        u"CREATE TRIGGER runs_forward BEFORE UPDATE ON runs"
        " FOR EACH ROW EXECUTE FUNCTION qbmod_run_forward()"_s,
        u"CREATE TRIGGER run_items_no_delete BEFORE DELETE ON run_items"
        " FOR EACH ROW EXECUTE FUNCTION qbmod_refuse_rewrite()"_s,
        u"CREATE TRIGGER run_items_forward BEFORE UPDATE ON run_items"
        " FOR EACH ROW EXECUTE FUNCTION qbmod_item_forward()"_s,
        u"CREATE TRIGGER attempts_frozen BEFORE UPDATE OR DELETE ON attempts"
        " FOR EACH ROW EXECUTE FUNCTION qbmod_refuse_rewrite()"_s,
        u"CREATE TRIGGER settlements_frozen BEFORE UPDATE OR DELETE ON settlements"
        " FOR EACH ROW EXECUTE FUNCTION qbmod_refuse_rewrite()"_s,
        u"CREATE TRIGGER run_events_frozen BEFORE UPDATE OR DELETE ON run_events"
        " FOR EACH ROW EXECUTE FUNCTION qbmod_refuse_rewrite()"_s,
        // Moderators read everything and add rows; of the history they may change only what a
        // run itself moves forward, in the columns that move. Evidence is pruned by the owner.
        // Claims are not history: a run takes and gives them back.
        u"DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'qbmod_moderator') THEN"
        " GRANT SELECT ON qbmod_schema TO qbmod_moderator;"
        " GRANT SELECT, INSERT ON runs, run_items, attempts, settlements, evidence, run_events"
        " TO qbmod_moderator;"
        " GRANT UPDATE (status, finished_at) ON runs TO qbmod_moderator;"
        " GRANT UPDATE (state, outcome, error, sent_at, answered_at) ON run_items"
        " TO qbmod_moderator;"
        " GRANT SELECT, INSERT, UPDATE, DELETE ON claims TO qbmod_moderator;"
        " GRANT USAGE, SELECT ON runs_id_seq, evidence_id_seq TO qbmod_moderator;"
        " END IF; END $$"_s,
    };
}

QStringList PostgresStoreEngine::originSteps()
{
    return {
        // Runs written before schema 10 get their key once, by the owner migrating: the trigger
        // that freezes ended runs stands aside for this one statement of the migration only.
        u"ALTER TABLE runs DISABLE TRIGGER runs_forward"_s,
        u"UPDATE runs SET origin_key = gen_random_uuid()::text WHERE origin_key IS NULL"_s,
        u"ALTER TABLE runs ENABLE TRIGGER runs_forward"_s,
        // A run's key and origin are never changed afterwards either.
        u"CREATE OR REPLACE FUNCTION qbmod_run_forward() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN IF OLD.status <> 'running' OR NEW.id <> OLD.id"
        " OR NEW.started_at <> OLD.started_at OR NEW.reason IS DISTINCT FROM OLD.reason"
        " OR NEW.protection_overridden <> OLD.protection_overridden"
        " OR NEW.moderator_name IS DISTINCT FROM OLD.moderator_name"
        " OR NEW.index_query IS DISTINCT FROM OLD.index_query"
        " OR NEW.operator_login IS DISTINCT FROM OLD.operator_login"
        " OR NEW.api_key_fingerprint IS DISTINCT FROM OLD.api_key_fingerprint"
        " OR NEW.origin_key IS DISTINCT FROM OLD.origin_key"
        " OR NEW.origin IS DISTINCT FROM OLD.origin THEN"
        " RAISE EXCEPTION 'qbmod: the journal''s history cannot be rewritten (run %)', OLD.id"
        " USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NEW; END $$"_s,
        // An ended run takes no new items, attempts, events or evidence, except from the
        // transaction that inserts the run itself: an uploaded or moved run arrives ended, with
        // its whole history, in one transaction. (xmin is the id of the transaction that wrote
        // the row; txid_current() is this one's, with its epoch.) Settlements stay open: they
        // are how an ended run is settled.
        u"CREATE FUNCTION qbmod_open_run_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        " IF EXISTS (SELECT 1 FROM runs WHERE id = NEW.run_id AND status <> 'running'"
        " AND xmin::text <> (txid_current() % 4294967296)::text) THEN"
        " RAISE EXCEPTION 'qbmod: the journal''s history cannot be rewritten (run % has ended)',"
        " NEW.run_id USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NEW; END $$"_s,
        u"CREATE TRIGGER run_items_open_run BEFORE INSERT ON run_items"
        " FOR EACH ROW EXECUTE FUNCTION qbmod_open_run_only()"_s,
        u"CREATE TRIGGER attempts_open_run BEFORE INSERT ON attempts"
        " FOR EACH ROW EXECUTE FUNCTION qbmod_open_run_only()"_s,
        u"CREATE TRIGGER run_events_open_run BEFORE INSERT ON run_events"
        " FOR EACH ROW EXECUTE FUNCTION qbmod_open_run_only()"_s,
        u"CREATE TRIGGER evidence_open_run BEFORE INSERT ON evidence"
        " FOR EACH ROW EXECUTE FUNCTION qbmod_open_run_only()"_s,
    };
}

QString PostgresStoreEngine::returningId() const
{
    return u" RETURNING id"_s;
}

qint64 PostgresStoreEngine::insertedId(QSqlQuery &query) const
{
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::unique_ptr<StoreEngine::RunHold> PostgresStoreEngine::holdRun(
    const QSqlDatabase &db, qint64 runId, QString *error) const
{
    QSqlQuery query(db);
    query.prepare(u"SELECT pg_try_advisory_lock(CAST(? AS integer), CAST(? AS integer))"_s);
    query.addBindValue(lockSpace);
    query.addBindValue(runId);
    if (!query.exec() || !query.next() || !query.value(0).toBool()) {
        *error = tr("Cannot mark the run as live in the team database: %1")
                     .arg(query.lastError().text());
        return nullptr;
    }
    return std::make_unique<AdvisoryHold>(db.connectionName(), runId);
}

bool PostgresStoreEngine::isRunHeld(const QSqlDatabase &db, qint64 runId) const
{
    // pg_locks shows every session's advisory locks without taking any.
    QSqlQuery query(db);
    query.prepare(u"SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                  " AND classid::bigint = ? AND objid::bigint = ? AND objsubid = 2"
                  " AND database = (SELECT oid FROM pg_database"
                  " WHERE datname = current_database())"_s);
    query.addBindValue(lockSpace);
    query.addBindValue(runId);
    return query.exec() && query.next() && query.value(0).toInt() > 0;
}

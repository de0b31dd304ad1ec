// SPDX-License-Identifier: Apache-2.0

#include "SqliteStoreEngine.h"

#include "support/PrivateFiles.h"

#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

class LockFileHold final : public StoreEngine::RunHold {
public:
    explicit LockFileHold(const QString &path)
        : m_lock(path)
    {
        m_lock.setStaleLockTime(0);
    }
    bool tryLock() { return m_lock.tryLock(0); }

private:
    QLockFile m_lock;
};

} // namespace

bool SqliteStoreEngine::open(
    const QString &connectionName, const QString &, int busyTimeoutMs, QString *error) const
{
    const QString path = location().path;
    const QFileInfo info(path);
    if (!PrivateFiles::ensureFolder(info.absolutePath())) {
        *error = tr("Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    // It holds the evidence, the messages of deleted chats: private whatever the umask, and an
    // older journal made readable by others is closed to them. SQLite gives its -wal and -shm
    // files the database's own permissions.
    if (info.absolutePath() == QFileInfo(StoreLocation::defaultFolder() + u"/x"_s).absolutePath())
        PrivateFiles::restrictFolder(info.absolutePath());
    if (!PrivateFiles::ensureFile(path)) {
        *error = tr("Cannot create the journal %1.").arg(path);
        return false;
    }
    for (const char *suffix : { "-wal", "-shm", "-journal" })
        PrivateFiles::restrictFile(path + QLatin1String(suffix));
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
        ? QSqlDatabase::database(connectionName, false)
        : QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    if (!db.isValid()) {
        *error = tr("The SQLite driver for Qt is not installed.");
        return false;
    }
    db.setDatabaseName(path);
    // Another process (a second qbmodctl, the console) may be writing at the same moment.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    if (!db.open()) {
        *error = tr("Cannot open the journal %1: %2").arg(path, db.lastError().text());
        return false;
    }
    // WAL with synchronous=FULL: every commit is on disk before the call returns, so a record
    // written just before a request leaves survives a SIGKILL or a power cut.
    for (const QString &statement : { u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
             u"PRAGMA foreign_keys=ON"_s }) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = tr("Journal error: %1").arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

int SqliteStoreEngine::schemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QStringList SqliteStoreEngine::beginMigration() const
{
    // IMMEDIATE takes the write lock before the version is read again: two processes opening a
    // new journal at once migrate it only once.
    return { u"BEGIN IMMEDIATE"_s };
}

QStringList SqliteStoreEngine::setSchemaVersion(int version) const
{
    return { u"PRAGMA user_version = %1"_s.arg(version) };
}

QStringList SqliteStoreEngine::afterStep(int version) const
{
    // Step 10: runs written before it get their origin key once, their events an order.
    if (version == 10)
        return {
            u"UPDATE runs SET origin_key = lower(hex(randomblob(16))) WHERE origin_key IS NULL"_s,
            // Their events are numbered in the order SQLite kept them.
            u"UPDATE run_events SET seq = rowid"_s,
        };
    return {};
}

qint64 SqliteStoreEngine::insertedId(QSqlQuery &query) const
{
    return query.lastInsertId().toLongLong();
}

QString SqliteStoreEngine::lockPath(qint64 runId) const
{
    return location().path + u".run-%1.lock"_s.arg(runId);
}

std::unique_ptr<StoreEngine::RunHold> SqliteStoreEngine::holdRun(
    const QSqlDatabase &, qint64 runId, QString *error) const
{
    // A run id is new, so nobody else holds its lock: failing here means the folder cannot take
    // the lock file.
    auto hold = std::make_unique<LockFileHold>(lockPath(runId));
    if (!hold->tryLock()) {
        *error = tr("Cannot mark the run as live: the lock file %1 cannot be written.")
                     .arg(lockPath(runId));
        return nullptr;
    }
    return hold;
}

bool SqliteStoreEngine::isRunHeld(const QSqlDatabase &, qint64 runId) const
{
    // Held by a process that is still alive; the lock of a process that died is stale and taken
    // over at once (stale time 0 only ever applies to a dead owner).
    QLockFile probe(lockPath(runId));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

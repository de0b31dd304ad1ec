// SPDX-License-Identifier: Apache-2.0

#include "SqliteIndexEngine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

class LockFileHold final : public IndexEngine::Hold {
public:
    explicit LockFileHold(const QString &path)
        : m_lock(path)
    {
        // A lock left by a process that died is taken over at once.
        m_lock.setStaleLockTime(0);
    }
    bool tryLock() { return m_lock.tryLock(0); }

private:
    QLockFile m_lock;
};

} // namespace

bool SqliteIndexEngine::hasFullTextSearch(QString *problem)
{
    static std::atomic<quint64> counter { 0 };
    const QString name = u"qbmod-fts-probe-%1"_s.arg(++counter);
    bool ok = false;
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (!db.isValid()) {
            why = tr("The SQLite driver for Qt is not installed, so there is no local index.");
        } else {
            db.setDatabaseName(u":memory:"_s);
            if (!db.open()) {
                why = tr("SQLite could not open a database: %1").arg(db.lastError().text());
            } else {
                QSqlQuery query(db);
                ok = query.exec(u"CREATE VIRTUAL TABLE probe USING fts5(text)"_s);
                if (!ok)
                    why = tr("The SQLite that Qt uses here was built without full-text search "
                             "(FTS5), so the local index and search are not available: %1")
                              .arg(query.lastError().text());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (problem)
        *problem = why;
    return ok;
}

QString SqliteIndexEngine::matchExpression(const QString &typed)
{
    QString phrase = typed.simplified();
    bool prefix = false;
    if (phrase.endsWith(u'*')) {
        prefix = true;
        phrase.chop(1);
        phrase = phrase.trimmed();
    }
    if (phrase.size() >= 2 && phrase.startsWith(u'"') && phrase.endsWith(u'"'))
        phrase = phrase.mid(1, phrase.size() - 2);
    // Only words count: punctuation alone would make an empty phrase, which FTS5 rejects.
    if (words(phrase).isEmpty())
        return {};
    phrase.replace(u'"', u"\"\""_s);
    return u"\""_s + phrase + u"\""_s + (prefix ? u" *"_s : QString());
}

bool SqliteIndexEngine::open(const QString &connectionName, const QString &, QString *error) const
{
    const QString path = location().path;
    if (!hasFullTextSearch(error))
        return false;
    const QFileInfo info(path);
    const QDir folder(info.absolutePath());
    if (!folder.exists()) {
        if (!QDir().mkpath(info.absolutePath())) {
            *error = tr("Cannot create the folder %1.").arg(info.absolutePath());
            return false;
        }
        QFile::setPermissions(info.absolutePath(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // Created private before SQLite writes a byte to it; SQLite gives its -wal and -shm files
    // the same permissions.
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = tr("Cannot create the index %1: %2").arg(path, file.errorString());
            return false;
        }
        file.close();
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QSqlDatabase db = QSqlDatabase::contains(connectionName)
        ? QSqlDatabase::database(connectionName, false)
        : QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        *error = tr("Cannot open the index %1: %2").arg(path, db.lastError().text());
        return false;
    }
    // A cache: a commit lost to a power cut is read again by the next crawl.
    for (const QString &statement :
        { u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s }) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = tr("Index error: %1").arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

int SqliteIndexEngine::schemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QStringList SqliteIndexEngine::beginMigration() const
{
    return { u"BEGIN IMMEDIATE"_s };
}

QStringList SqliteIndexEngine::setSchemaVersion(int version) const
{
    return { u"PRAGMA user_version = %1"_s.arg(version) };
}

QStringList SqliteIndexEngine::fullTextSchema(
    const QString &table, const QStringList &columns) const
{
    const QString fts = table + u"_fts"_s;
    const auto prefixed = [&columns](const QString &prefix) {
        QStringList result;
        for (const QString &column : columns)
            result.append(prefix + column);
        return result.join(u", "_s);
    };
    const QString list = columns.join(u", "_s);
    const QString insertNew
        = u"INSERT INTO %1(rowid, %2) VALUES (new.num, %3);"_s.arg(fts, list, prefixed(u"new."_s));
    const QString deleteOld
        = u"INSERT INTO %1(%1, rowid, %2) VALUES ('delete', old.num, %3);"_s.arg(
            fts, list, prefixed(u"old."_s));
    return {
        u"CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='num',"
        " tokenize='unicode61 remove_diacritics 2')"_s.arg(fts, list, table),
        u"CREATE TRIGGER %1_ai AFTER INSERT ON %2 BEGIN %3 END"_s.arg(fts, table, insertNew),
        u"CREATE TRIGGER %1_ad AFTER DELETE ON %2 BEGIN %3 END"_s.arg(fts, table, deleteOld),
        u"CREATE TRIGGER %1_au AFTER UPDATE OF %2 ON %3 BEGIN %4 %5 END"_s.arg(
            fts, list, table, deleteOld, insertNew),
    };
}

IndexEngine::FullTextMatch SqliteIndexEngine::fullTextMatch(
    const QString &table, const QString &alias, const QStringList &, const QString &typed) const
{
    const QString expression = matchExpression(typed);
    if (expression.isEmpty())
        return {};
    const QString fts = table + u"_fts"_s;
    return { u"%1 %2_f JOIN %3 %2 ON %2.num = %2_f.rowid"_s.arg(fts, alias, table),
        u"%1 MATCH ?"_s.arg(fts), { expression } };
}

bool SqliteIndexEngine::setAutoCheckpoint(const QSqlDatabase &db, bool on) const
{
    // 1000 pages is SQLite's default.
    QSqlQuery query(db);
    return query.exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(on ? 1000 : 0));
}

qint64 SqliteIndexEngine::sizeOnDisk(const QSqlDatabase &, const QStringList &) const
{
    qint64 bytes = 0;
    for (const QString &suffix : { QString(), u"-wal"_s })
        bytes += QFileInfo(location().path + suffix).size();
    return bytes;
}

std::unique_ptr<IndexEngine::Hold> SqliteIndexEngine::holdCrawl(
    const QSqlDatabase &, qint64, QString *error) const
{
    const QString path = location().path + u".crawl.lock"_s;
    auto hold = std::make_unique<LockFileHold>(path);
    if (!hold->tryLock()) {
        *error = tr("Another update of this index is under way (%1).").arg(path);
        return nullptr;
    }
    return hold;
}

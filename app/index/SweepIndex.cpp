// SPDX-License-Identifier: Apache-2.0

#include "SweepIndex.h"

#include "IndexLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QVariant>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

const QStringList schema {
    u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s,
    // num keeps the rowid stable (VACUUM may renumber implicit rowids), which the full-text
    // tables refer to.
    u"CREATE TABLE dialogs (num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type INTEGER,"
    " name TEXT, owner_id INTEGER, created_at INTEGER, updated_at INTEGER,"
    " last_message_at INTEGER, member_count INTEGER, message_count INTEGER DEFAULT 0,"
    " crawled_at INTEGER, seen_generation INTEGER DEFAULT 0)"_s,
    u"CREATE INDEX dialogs_owner ON dialogs(owner_id)"_s,
    u"CREATE INDEX dialogs_last ON dialogs(last_message_at)"_s,
    u"CREATE TABLE members (dialog_id TEXT NOT NULL, user_id INTEGER NOT NULL,"
    " PRIMARY KEY (dialog_id, user_id)) WITHOUT ROWID"_s,
    u"CREATE INDEX members_user ON members(user_id)"_s,
    u"CREATE TABLE users (id INTEGER PRIMARY KEY, login TEXT, full_name TEXT,"
    " looked_up INTEGER DEFAULT 0)"_s,
    u"CREATE TABLE messages (num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
    " dialog_id TEXT NOT NULL, sender_id INTEGER, sent_at INTEGER, text TEXT,"
    " has_link INTEGER, has_attachment INTEGER, text_hash INTEGER)"_s,
    u"CREATE INDEX messages_dialog ON messages(dialog_id, sent_at)"_s,
    u"CREATE INDEX messages_sender ON messages(sender_id, sent_at)"_s,
    u"CREATE INDEX messages_sent ON messages(sent_at)"_s,
    u"CREATE INDEX messages_hash ON messages(text_hash, dialog_id, sent_at)"
    " WHERE text_hash IS NOT NULL"_s,
    u"CREATE TABLE pending (dialog_id TEXT PRIMARY KEY)"_s,
    u"CREATE TABLE selections (name TEXT PRIMARY KEY, kind TEXT NOT NULL,"
    " parameters TEXT NOT NULL)"_s,
    u"CREATE VIRTUAL TABLE messages_fts USING fts5(text, content='messages',"
    " content_rowid='num', tokenize='unicode61 remove_diacritics 2')"_s,
    u"CREATE VIRTUAL TABLE dialogs_fts USING fts5(name, content='dialogs', content_rowid='num',"
    " tokenize='unicode61 remove_diacritics 2')"_s,
    u"CREATE VIRTUAL TABLE users_fts USING fts5(full_name, login, content='users',"
    " content_rowid='id', tokenize='unicode61 remove_diacritics 2')"_s,
    u"CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN"
    " INSERT INTO messages_fts(rowid, text) VALUES (new.num, new.text); END"_s,
    u"CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN"
    " INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.num, old.text);"
    " END"_s,
    u"CREATE TRIGGER dialogs_ai AFTER INSERT ON dialogs BEGIN"
    " INSERT INTO dialogs_fts(rowid, name) VALUES (new.num, new.name); END"_s,
    u"CREATE TRIGGER dialogs_ad AFTER DELETE ON dialogs BEGIN"
    " INSERT INTO dialogs_fts(dialogs_fts, rowid, name) VALUES ('delete', old.num, old.name);"
    " END"_s,
    u"CREATE TRIGGER dialogs_au AFTER UPDATE OF name ON dialogs BEGIN"
    " INSERT INTO dialogs_fts(dialogs_fts, rowid, name) VALUES ('delete', old.num, old.name);"
    " INSERT INTO dialogs_fts(rowid, name) VALUES (new.num, new.name); END"_s,
    u"CREATE TRIGGER users_ai AFTER INSERT ON users BEGIN"
    " INSERT INTO users_fts(rowid, full_name, login) VALUES (new.id, new.full_name, new.login);"
    " END"_s,
    u"CREATE TRIGGER users_au AFTER UPDATE OF full_name, login ON users BEGIN"
    " INSERT INTO users_fts(users_fts, rowid, full_name, login)"
    " VALUES ('delete', old.id, old.full_name, old.login);"
    " INSERT INTO users_fts(rowid, full_name, login) VALUES (new.id, new.full_name, new.login);"
    " END"_s,
};

QVariant nullableTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

SweepIndex::SweepIndex()
{
    static std::atomic<quint64> counter { 0 };
    m_connectionName = u"qbmod-index-%1"_s.arg(++counter);
}

SweepIndex::~SweepIndex()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

QString SweepIndex::pathFor(
    const ConnectionSettings &connection, const QString &apiKeyFingerprint, const QString &folder)
{
    QString base = folder;
    if (base.isEmpty()) {
        // Beside the journal: the console's application-data folder, whichever program asks.
        const QString organization = QCoreApplication::organizationName();
        const QString application = QCoreApplication::applicationName();
        QCoreApplication::setOrganizationName(u"qbmod"_s);
        QCoreApplication::setApplicationName(u"qbmod"_s);
        base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QCoreApplication::setOrganizationName(organization);
        QCoreApplication::setApplicationName(application);
    }
    const QString application = connection.applicationId > 0
        ? QString::number(connection.applicationId)
        : u"key-"_s + apiKeyFingerprint;
    const QByteArray who
        = connection.endpoint.adjusted(QUrl::StripTrailingSlash).toString().toUtf8() + '|'
        + application.toUtf8();
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(16));
    return base + u"/index-"_s + key + u".sqlite"_s;
}

bool SweepIndex::hasFullTextSearch(QString *problem)
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

bool SweepIndex::fail(const QString &what, const QString &detail)
{
    m_error = tr("%1: %2").arg(what, detail);
    qCWarning(lcIndex, "%s", qUtf8Printable(m_error));
    return false;
}

bool SweepIndex::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool SweepIndex::open(const QString &path)
{
    m_path = path;
    QString problem;
    if (!hasFullTextSearch(&problem)) {
        m_error = problem;
        return false;
    }
    const QFileInfo info(path);
    const QDir folder(info.absolutePath());
    if (!folder.exists()) {
        if (!QDir().mkpath(info.absolutePath())) {
            m_error = tr("Cannot create the folder %1.").arg(info.absolutePath());
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
            m_error = tr("Cannot create the index %1: %2").arg(path, file.errorString());
            return false;
        }
        file.close();
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open())
        return fail(tr("Cannot open the index %1").arg(path), db.lastError().text());
    // A cache: a commit lost to a power cut is read again by the next crawl.
    if (!execAll({ u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s }))
        return false;
    return migrate();
}

bool SweepIndex::execAll(const QStringList &statements)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return fail(tr("Index error"), query.lastError().text());
    }
    return true;
}

bool SweepIndex::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return fail(tr("Index error"), query.lastError().text());
    const int version = query.value(0).toInt();
    if (version == schemaVersion)
        return true;
    if (version > schemaVersion) {
        m_error = tr("The index %1 was written by a newer qbmod (schema %2); forget it or use "
                     "that version.")
                      .arg(m_path)
                      .arg(version);
        return false;
    }
    if (!db.transaction())
        return fail(tr("Index error"), db.lastError().text());
    if (!execAll(schema) || !execAll({ u"PRAGMA user_version = %1"_s.arg(schemaVersion) })) {
        db.rollback();
        return false;
    }
    return db.commit() || fail(tr("Index error"), db.lastError().text());
}

bool SweepIndex::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"INSERT INTO meta(key, value) VALUES (?, ?)"
                  " ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec() || fail(tr("Index error"), query.lastError().text());
}

QString SweepIndex::meta(const QString &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

SweepIndex::Scope SweepIndex::scope() const
{
    Scope scope;
    bool ok = false;
    const int depth = meta(u"depth"_s).toInt(&ok);
    if (ok && depth > 0)
        scope.depth = depth;
    const qint64 since = meta(u"since"_s).toLongLong(&ok);
    if (ok && since > 0)
        scope.since = QDateTime::fromSecsSinceEpoch(since, QTimeZone::utc());
    return scope;
}

bool SweepIndex::setScope(const Scope &scope)
{
    if (scope.depth < 1 || scope.depth > 100000) {
        m_error = tr("Messages per dialog must be from 1 to 100000.");
        return false;
    }
    return setMeta(u"depth"_s, QString::number(scope.depth))
        && setMeta(u"since"_s,
            scope.since.isValid() ? QString::number(scope.since.toSecsSinceEpoch()) : QString());
}

int SweepIndex::retentionDays() const
{
    bool ok = false;
    const int days = meta(u"retention_days"_s).toInt(&ok);
    return ok && days > 0 ? days : defaultRetentionDays;
}

bool SweepIndex::setRetentionDays(int days)
{
    if (days < 1 || days > 3650) {
        m_error = tr("The retention must be from 1 to 3650 days.");
        return false;
    }
    return setMeta(u"retention_days"_s, QString::number(days));
}

SweepIndex::Status SweepIndex::status() const
{
    Status status;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const auto count = [&query](const QString &sql) {
        return query.exec(sql) && query.next() ? query.value(0).toInt() : 0;
    };
    status.dialogs = count(u"SELECT COUNT(*) FROM dialogs"_s);
    status.messages = count(u"SELECT COUNT(*) FROM messages"_s);
    status.users = count(u"SELECT COUNT(*) FROM users"_s);
    status.pendingDialogs = count(u"SELECT COUNT(*) FROM pending"_s);
    status.listingInProgress = meta(u"listing_active"_s) == u"1"_s;
    const qint64 finished = meta(u"last_crawl_finished"_s).toLongLong();
    if (finished > 0)
        status.lastCrawlFinished = QDateTime::fromSecsSinceEpoch(finished, QTimeZone::utc());
    status.highWaterMark = meta(u"high_water"_s).toLongLong();
    status.scope = scope();
    status.retentionDays = retentionDays();
    for (const QString &suffix : { QString(), u"-wal"_s })
        status.fileBytes += QFileInfo(m_path + suffix).size();
    return status;
}

std::optional<SweepIndex::ListingCursor> SweepIndex::listingCursor() const
{
    if (meta(u"listing_active"_s) != u"1"_s)
        return std::nullopt;
    ListingCursor cursor;
    cursor.since = meta(u"listing_since"_s).toLongLong();
    cursor.skip = meta(u"listing_skip"_s).toInt();
    cursor.full = meta(u"listing_full"_s) == u"1"_s;
    return cursor;
}

bool SweepIndex::beginListing(const ListingCursor &cursor)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(tr("Index error"), db.lastError().text());
    bool ok = setMeta(u"listing_active"_s, u"1"_s)
        && setMeta(u"listing_since"_s, QString::number(cursor.since))
        && setMeta(u"listing_skip"_s, QString::number(cursor.skip))
        && setMeta(u"listing_full"_s, cursor.full ? u"1"_s : u"0"_s);
    if (ok && cursor.full)
        ok = setMeta(u"generation"_s, QString::number(meta(u"generation"_s).toLongLong() + 1));
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit() || fail(tr("Index error"), db.lastError().text());
}

bool SweepIndex::storeListedPage(
    const QList<Dialog> &dialogs, const ListingCursor &next, bool full, int *queued)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(tr("Index error"), db.lastError().text());
    const qint64 generation = meta(u"generation"_s).toLongLong();
    QSqlQuery known(db);
    known.prepare(u"SELECT updated_at, last_message_at, crawled_at FROM dialogs WHERE id = ?"_s);
    QSqlQuery upsert(db);
    upsert.prepare(
        u"INSERT INTO dialogs(id, type, name, owner_id, created_at, updated_at, last_message_at,"
        " member_count, seen_generation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET type = excluded.type, name = excluded.name,"
        " owner_id = excluded.owner_id, created_at = excluded.created_at,"
        " updated_at = excluded.updated_at, last_message_at = excluded.last_message_at,"
        " member_count = excluded.member_count, seen_generation = excluded.seen_generation"_s);
    QSqlQuery clearMembers(db);
    clearMembers.prepare(u"DELETE FROM members WHERE dialog_id = ?"_s);
    QSqlQuery addMember(db);
    addMember.prepare(u"INSERT OR IGNORE INTO members(dialog_id, user_id) VALUES (?, ?)"_s);
    QSqlQuery addUser(db);
    addUser.prepare(u"INSERT OR IGNORE INTO users(id) VALUES (?)"_s);
    QSqlQuery queue(db);
    queue.prepare(u"INSERT OR IGNORE INTO pending(dialog_id) VALUES (?)"_s);

    int added = 0;
    bool ok = true;
    for (const Dialog &dialog : dialogs) {
        known.addBindValue(dialog.id);
        if (!known.exec()) {
            ok = false;
            break;
        }
        bool changed = true;
        if (known.next()) {
            changed = known.value(2).isNull()
                || known.value(0).toLongLong() != dialog.updatedAt.toSecsSinceEpoch()
                || known.value(1).toLongLong()
                    != (dialog.lastMessageAt.isValid() ? dialog.lastMessageAt.toSecsSinceEpoch()
                                                       : 0);
        }
        known.finish();
        upsert.addBindValue(dialog.id);
        upsert.addBindValue(static_cast<int>(dialog.type));
        upsert.addBindValue(dialog.name);
        upsert.addBindValue(dialog.ownerId);
        upsert.addBindValue(nullableTime(dialog.createdAt));
        upsert.addBindValue(nullableTime(dialog.updatedAt));
        upsert.addBindValue(
            dialog.lastMessageAt.isValid() ? dialog.lastMessageAt.toSecsSinceEpoch() : 0);
        upsert.addBindValue(dialog.occupantIds.size());
        upsert.addBindValue(generation);
        clearMembers.addBindValue(dialog.id);
        ok = upsert.exec() && clearMembers.exec();
        for (const qint64 member : dialog.occupantIds) {
            addMember.addBindValue(dialog.id);
            addMember.addBindValue(member);
            addUser.addBindValue(member);
            ok = ok && addMember.exec() && addUser.exec();
        }
        if (ok && dialog.ownerId > 0) {
            addUser.addBindValue(dialog.ownerId);
            ok = addUser.exec();
        }
        if (ok && (changed || full)) {
            queue.addBindValue(dialog.id);
            ok = queue.exec();
            added += queue.numRowsAffected() > 0 ? 1 : 0;
        }
        if (!ok)
            break;
    }
    ok = ok && setMeta(u"listing_since"_s, QString::number(next.since))
        && setMeta(u"listing_skip"_s, QString::number(next.skip));
    if (!ok) {
        const QString why = db.lastError().text();
        db.rollback();
        return fail(tr("Index error"), why);
    }
    if (queued)
        *queued = added;
    return db.commit() || fail(tr("Index error"), db.lastError().text());
}

bool SweepIndex::finishListing(qint64 highWaterMark, bool full)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(tr("Index error"), db.lastError().text());
    bool ok = true;
    if (full) {
        const QString generation = meta(u"generation"_s);
        QSqlQuery query(db);
        query.prepare(u"SELECT id FROM dialogs WHERE seen_generation < ?"_s);
        query.addBindValue(generation.toLongLong());
        QStringList gone;
        ok = query.exec();
        while (ok && query.next())
            gone.append(query.value(0).toString());
        query.finish();
        for (const QString &id : std::as_const(gone))
            ok = ok && forgetDialog(id);
    }
    ok = ok && setMeta(u"listing_active"_s, u"0"_s)
        && setMeta(u"high_water"_s,
            QString::number(std::max(highWaterMark, meta(u"high_water"_s).toLongLong())));
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit() || fail(tr("Index error"), db.lastError().text());
}

QStringList SweepIndex::pendingDialogs(int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT dialog_id FROM pending ORDER BY rowid LIMIT ?"_s);
    query.addBindValue(limit);
    QStringList ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    return ids;
}

bool SweepIndex::storeDialogMessages(const QString &dialogId, const QList<Message> &messages)
{
    return storeDialogsMessages({ { dialogId, messages } });
}

bool SweepIndex::storeDialogsMessages(const QList<DialogMessages> &dialogs)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(tr("Index error"), db.lastError().text());
    QSqlQuery forget(db);
    forget.prepare(u"DELETE FROM messages WHERE dialog_id = ?"_s);
    QSqlQuery insert(db);
    // OR REPLACE: a message the server lists in two dialogs is kept once, in the last one read.
    insert.prepare(u"INSERT OR REPLACE INTO messages(id, dialog_id, sender_id, sent_at, text,"
                   " has_link, has_attachment, text_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery addUser(db);
    addUser.prepare(u"INSERT OR IGNORE INTO users(id) VALUES (?)"_s);
    QSqlQuery update(db);
    update.prepare(u"UPDATE dialogs SET crawled_at = ?, message_count = ? WHERE id = ?"_s);
    QSqlQuery done(db);
    done.prepare(u"DELETE FROM pending WHERE dialog_id = ?"_s);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    bool ok = true;
    QString why;
    const auto run = [&ok, &why](QSqlQuery &query) {
        ok = query.exec();
        if (!ok)
            why = query.lastError().text();
        return ok;
    };
    for (const DialogMessages &dialog : dialogs) {
        forget.addBindValue(dialog.dialogId);
        if (!run(forget))
            break;
        for (const Message &message : dialog.messages) {
            const QString normalised = normalisedText(message.text);
            const bool link = hasLink(message.text);
            insert.addBindValue(message.id);
            insert.addBindValue(dialog.dialogId);
            insert.addBindValue(message.senderId);
            insert.addBindValue(nullableTime(message.sentAt));
            insert.addBindValue(message.text);
            insert.addBindValue(link ? 1 : 0);
            insert.addBindValue(message.attachments.isEmpty() ? 0 : 1);
            insert.addBindValue(isCampaignCandidate(normalised, link)
                    ? QVariant(textHash(normalised))
                    : QVariant(QMetaType(QMetaType::LongLong)));
            if (!run(insert))
                break;
            if (message.senderId > 0) {
                addUser.addBindValue(message.senderId);
                if (!run(addUser))
                    break;
            }
        }
        if (!ok)
            break;
        update.addBindValue(now);
        update.addBindValue(dialog.messages.size());
        update.addBindValue(dialog.dialogId);
        done.addBindValue(dialog.dialogId);
        if (!run(update) || !run(done))
            break;
    }
    if (!ok) {
        db.rollback();
        return fail(tr("Index error"), why);
    }
    return db.commit() || fail(tr("Index error"), db.lastError().text());
}

bool SweepIndex::setAutoCheckpoint(bool on)
{
    // 1000 pages is SQLite's default.
    return execAll({ u"PRAGMA wal_autocheckpoint = %1"_s.arg(on ? 1000 : 0) });
}

int SweepIndex::pendingCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return query.exec(u"SELECT COUNT(*) FROM pending"_s) && query.next() ? query.value(0).toInt()
                                                                         : 0;
}

bool SweepIndex::forgetDialog(const QString &dialogId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    for (const QString &sql :
        { u"DELETE FROM messages WHERE dialog_id = ?"_s,
            u"DELETE FROM members WHERE dialog_id = ?"_s,
            u"DELETE FROM pending WHERE dialog_id = ?"_s, u"DELETE FROM dialogs WHERE id = ?"_s }) {
        query.prepare(sql);
        query.addBindValue(dialogId);
        if (!query.exec())
            return fail(tr("Index error"), query.lastError().text());
    }
    return true;
}

bool SweepIndex::finishCrawl()
{
    return setMeta(u"last_crawl_finished"_s, QString::number(QDateTime::currentSecsSinceEpoch()));
}

QList<qint64> SweepIndex::usersWithoutNames(int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT id FROM users WHERE looked_up = 0 ORDER BY id LIMIT ?"_s);
    query.addBindValue(limit);
    QList<qint64> ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

bool SweepIndex::storeUsers(const QList<ChatUser> &users)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(tr("Index error"), db.lastError().text());
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO users(id, login, full_name, looked_up) VALUES (?, ?, ?, 1)"
                  " ON CONFLICT(id) DO UPDATE SET login = excluded.login,"
                  " full_name = excluded.full_name, looked_up = 1"_s);
    for (const ChatUser &user : users) {
        query.addBindValue(user.id);
        query.addBindValue(user.login);
        query.addBindValue(user.fullName);
        if (!query.exec()) {
            const QString why = query.lastError().text();
            db.rollback();
            return fail(tr("Index error"), why);
        }
    }
    return db.commit() || fail(tr("Index error"), db.lastError().text());
}

int SweepIndex::applyRetention(const QDateTime &now)
{
    const qint64 cutoff = now.toSecsSinceEpoch() - qint64(retentionDays()) * 86400;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(u"SELECT id FROM dialogs WHERE crawled_at IS NOT NULL AND crawled_at < ?"_s);
    query.addBindValue(cutoff);
    if (!query.exec())
        return -1;
    QStringList stale;
    while (query.next())
        stale.append(query.value(0).toString());
    query.finish();
    if (!db.transaction())
        return -1;
    // The dialog stays (its name, owner and dates still answer selections); its copied
    // messages go, and it is read again by the next update.
    for (const QString &id : std::as_const(stale)) {
        bool ok = true;
        for (const QString &sql : { u"DELETE FROM messages WHERE dialog_id = ?"_s,
                 u"UPDATE dialogs SET crawled_at = NULL, message_count = 0 WHERE id = ?"_s,
                 u"INSERT OR IGNORE INTO pending(dialog_id) VALUES (?)"_s }) {
            query.prepare(sql);
            query.addBindValue(id);
            ok = ok && query.exec();
        }
        if (!ok) {
            db.rollback();
            return -1;
        }
    }
    return db.commit() ? int(stale.size()) : -1;
}

bool SweepIndex::forget()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    bool ok = true;
    for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s }) {
        const QString file = m_path + suffix;
        if (QFileInfo::exists(file) && !QFile::remove(file))
            ok = fail(tr("Cannot delete %1").arg(file), tr("the file stays"));
    }
    return ok;
}

QString SweepIndex::normalisedText(const QString &text)
{
    // Zero-width characters, which spammers sprinkle to tell copies apart.
    static const QRegularExpression invisible(u"[\\x{200B}-\\x{200D}\\x{FEFF}]"_s);
    QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    folded.remove(invisible);
    return folded.simplified();
}

bool SweepIndex::hasLink(const QString &text)
{
    static const QRegularExpression link(
        u"(https?://|www\\.)|\\b[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(com|net|org|io|me|ly|ru|info|biz|"
        "xyz|top|example|app|dev|co|link|click|shop)(/|\\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return link.match(text).hasMatch();
}

bool SweepIndex::isCampaignCandidate(const QString &normalised, bool hasLink)
{
    return hasLink || normalised.size() >= 40;
}

qint64 SweepIndex::textHash(const QString &normalised)
{
    const QByteArray digest
        = QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha1);
    qint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest.at(i));
    return value;
}

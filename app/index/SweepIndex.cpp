// SPDX-License-Identifier: Apache-2.0

#include "SweepIndex.h"

#include "IndexLogging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <atomic>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Every table of the index, for the grants and the size on disk.
const QStringList tables { u"apps"_s, u"meta"_s, u"dialogs"_s, u"members"_s, u"users"_s,
    u"messages"_s, u"pending"_s, u"selections"_s };

// The schema, written once with SQLite's types for both engines. Every row names its
// application (apps.num): a file holds one application, a team database every one of the team.
// Keys and indexes lead with the row's own columns, not the application: ids are unique across
// applications in practice, and a file's one application must not lure SQLite's planner away
// from the full-text and campaign indexes. num keeps a row's number stable (VACUUM may renumber
// implicit rowids), which SQLite's full-text tables refer to.
QStringList schema(const IndexEngine &engine)
{
    QStringList statements {
        u"CREATE TABLE apps (num INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE)"_s,
        u"CREATE TABLE meta (app INTEGER NOT NULL, key TEXT NOT NULL, value TEXT,"
        " PRIMARY KEY (key, app))"_s,
        u"CREATE TABLE dialogs (num INTEGER PRIMARY KEY AUTOINCREMENT, app INTEGER NOT NULL,"
        " id TEXT NOT NULL, type INTEGER, name TEXT, owner_id INTEGER, created_at INTEGER,"
        " updated_at INTEGER, last_message_at INTEGER, member_count INTEGER,"
        " message_count INTEGER DEFAULT 0, crawled_at INTEGER,"
        " seen_generation INTEGER DEFAULT 0, UNIQUE (id, app))"_s,
        u"CREATE INDEX dialogs_owner ON dialogs(owner_id)"_s,
        u"CREATE INDEX dialogs_last ON dialogs(last_message_at)"_s,
        u"CREATE TABLE members (app INTEGER NOT NULL, dialog_id TEXT NOT NULL,"
        " user_id INTEGER NOT NULL, PRIMARY KEY (dialog_id, user_id, app))"_s,
        u"CREATE INDEX members_user ON members(user_id)"_s,
        u"CREATE TABLE users (num INTEGER PRIMARY KEY AUTOINCREMENT, app INTEGER NOT NULL,"
        " id INTEGER NOT NULL, login TEXT, full_name TEXT, looked_up INTEGER DEFAULT 0,"
        " UNIQUE (id, app))"_s,
        u"CREATE TABLE messages (num INTEGER PRIMARY KEY AUTOINCREMENT, app INTEGER NOT NULL,"
        " id TEXT NOT NULL, dialog_id TEXT NOT NULL, sender_id INTEGER, sent_at INTEGER,"
        " text TEXT, has_link INTEGER, has_attachment INTEGER, text_hash INTEGER,"
        " UNIQUE (id, app))"_s,
        u"CREATE INDEX messages_dialog ON messages(dialog_id, sent_at)"_s,
        u"CREATE INDEX messages_sender ON messages(sender_id, sent_at)"_s,
        u"CREATE INDEX messages_sent ON messages(sent_at)"_s,
        // Covers the campaign query, the application included.
        u"CREATE INDEX messages_hash ON messages(text_hash, dialog_id, sent_at, app)"
        " WHERE text_hash IS NOT NULL"_s,
        u"CREATE TABLE pending (num INTEGER PRIMARY KEY AUTOINCREMENT, app INTEGER NOT NULL,"
        " dialog_id TEXT NOT NULL, UNIQUE (dialog_id, app))"_s,
        u"CREATE TABLE selections (app INTEGER NOT NULL, name TEXT NOT NULL,"
        " kind TEXT NOT NULL, parameters TEXT NOT NULL, PRIMARY KEY (name, app))"_s,
    };
    statements += engine.fullTextSchema(u"messages"_s, { u"text"_s });
    statements += engine.fullTextSchema(u"dialogs"_s, { u"name"_s });
    statements += engine.fullTextSchema(u"users"_s, { u"full_name"_s, u"login"_s });
    QStringList translated;
    for (const QString &statement : std::as_const(statements))
        translated.append(engine.translate(statement));
    return translated;
}

// A file of schema 1 (one application, no keys): its saved selections are kept, the rest is a
// cache that the next update reads again.
const QStringList fromVersion1 {
    u"ALTER TABLE selections RENAME TO selections_v1"_s,
    u"DROP TABLE messages_fts"_s,
    u"DROP TABLE dialogs_fts"_s,
    u"DROP TABLE users_fts"_s,
    u"DROP TABLE messages"_s,
    u"DROP TABLE dialogs"_s,
    u"DROP TABLE members"_s,
    u"DROP TABLE users"_s,
    u"DROP TABLE pending"_s,
    u"DROP TABLE meta"_s,
};
const QStringList afterVersion1 {
    u"INSERT INTO apps(key) VALUES ('')"_s,
    u"INSERT INTO selections(app, name, kind, parameters) SELECT"
    " (SELECT num FROM apps WHERE key = ''), name, kind, parameters FROM selections_v1"_s,
    u"DROP TABLE selections_v1"_s,
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

QString SweepIndex::keyFor(const ConnectionSettings &connection, const QString &apiKeyFingerprint)
{
    const QString application = connection.applicationId > 0
        ? QString::number(connection.applicationId)
        : u"key-"_s + apiKeyFingerprint;
    const QByteArray who
        = connection.endpoint.adjusted(QUrl::StripTrailingSlash).toString().toUtf8() + '|'
        + application.toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(16));
}

QString SweepIndex::pathFor(
    const ConnectionSettings &connection, const QString &apiKeyFingerprint, const QString &folder)
{
    const QString base = folder.isEmpty() ? StoreLocation::defaultFolder() : folder;
    return base + u"/index-"_s + keyFor(connection, apiKeyFingerprint) + u".sqlite"_s;
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
    return open(StoreLocation::thisComputer(path), {});
}

bool SweepIndex::openLike(const SweepIndex &other)
{
    return open(other.m_location, other.m_applicationKey, other.m_password);
}

bool SweepIndex::open(
    const StoreLocation &location, const QString &applicationKey, const QString &password)
{
    m_location = location;
    // A file is one application's, whatever it is called; a team database keeps them apart.
    m_applicationKey = location.isTeam() ? applicationKey : u""_s;
    m_password = password;
    if (const QString problem = location.problem(); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    if (location.isTeam() && applicationKey.isEmpty()) {
        m_error = tr("The index in a team database needs to know its application.");
        return false;
    }
    m_engine = IndexEngine::forLocation(location);
    if (!m_engine->open(m_connectionName, password, &m_error))
        return false;
    return migrate() && registerApplication();
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

QSqlQuery SweepIndex::prepared(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(sql);
    return query;
}

bool SweepIndex::migrate()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const int found = m_engine->schemaVersion(db);
    if (found < 0)
        return fail(tr("%1 is not an index").arg(where()), db.lastError().text());
    if (found > schemaVersion) {
        m_error = tr("The index %1 was written by a newer qbmod (schema %2); forget it or use "
                     "that version.")
                      .arg(where())
                      .arg(found);
        return false;
    }
    if (found == schemaVersion)
        return true;
    // The engine excludes a second process before the version is read again: two opening a
    // new index at once create it once.
    if (!execAll(m_engine->beginMigration())) {
        execAll({ u"ROLLBACK"_s });
        if (isShared())
            m_error = tr("The team database %1 has no Sweep index of schema %2 yet, and this "
                         "role cannot create it: open it once as its owner. (%3)")
                          .arg(where())
                          .arg(schemaVersion)
                          .arg(m_error);
        return false;
    }
    const int again = m_engine->schemaVersion(db);
    if (again < schemaVersion) {
        QStringList statements;
        if (again == 1)
            statements += fromVersion1;
        statements += schema(*m_engine);
        statements += m_engine->afterMigration(tables);
        if (again == 1)
            statements += afterVersion1;
        statements += m_engine->setSchemaVersion(schemaVersion);
        if (!execAll(statements)) {
            const QString error = m_error;
            execAll({ u"ROLLBACK"_s });
            m_error = error;
            return false;
        }
    }
    return execAll({ u"COMMIT"_s });
}

bool SweepIndex::registerApplication()
{
    QSqlQuery add = prepared(u"INSERT INTO apps(key) VALUES (?) ON CONFLICT DO NOTHING"_s);
    add.addBindValue(m_applicationKey);
    if (!add.exec())
        return fail(tr("Index error"), add.lastError().text());
    QSqlQuery find = prepared(u"SELECT num FROM apps WHERE key = ?"_s);
    find.addBindValue(m_applicationKey);
    if (!find.exec() || !find.next())
        return fail(tr("Index error"), find.lastError().text());
    m_application = find.value(0).toLongLong();
    return true;
}

bool SweepIndex::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query = prepared(u"INSERT INTO meta(app, key, value) VALUES (?, ?, ?)"
                               " ON CONFLICT(key, app) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(m_application);
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec() || fail(tr("Index error"), query.lastError().text());
}

QString SweepIndex::meta(const QString &key) const
{
    QSqlQuery query = prepared(u"SELECT value FROM meta WHERE app = ? AND key = ?"_s);
    query.addBindValue(m_application);
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
    const auto count = [this](const QString &table) {
        QSqlQuery query = prepared(u"SELECT COUNT(*) FROM %1 WHERE app = ?"_s.arg(table));
        query.addBindValue(m_application);
        return query.exec() && query.next() ? query.value(0).toInt() : 0;
    };
    status.dialogs = count(u"dialogs"_s);
    status.messages = count(u"messages"_s);
    status.users = count(u"users"_s);
    status.pendingDialogs = count(u"pending"_s);
    status.listingInProgress = meta(u"listing_active"_s) == u"1"_s;
    const qint64 finished = meta(u"last_crawl_finished"_s).toLongLong();
    if (finished > 0)
        status.lastCrawlFinished = QDateTime::fromSecsSinceEpoch(finished, QTimeZone::utc());
    status.highWaterMark = meta(u"high_water"_s).toLongLong();
    status.scope = scope();
    status.retentionDays = retentionDays();
    if (m_engine)
        status.fileBytes
            = m_engine->sizeOnDisk(QSqlDatabase::database(m_connectionName, false), tables);
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
    known.prepare(u"SELECT updated_at, last_message_at, crawled_at FROM dialogs"
                  " WHERE app = ? AND id = ?"_s);
    const IndexEngine::FullTextColumns named = m_engine->fullTextColumns({ u"name"_s });
    QSqlQuery upsert(db);
    upsert.prepare(
        u"INSERT INTO dialogs(app, id, type, name, owner_id, created_at, updated_at,"
        " last_message_at, member_count, seen_generation%1)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?%2)"
        " ON CONFLICT(id, app) DO UPDATE SET type = excluded.type, name = excluded.name,"
        " owner_id = excluded.owner_id, created_at = excluded.created_at,"
        " updated_at = excluded.updated_at, last_message_at = excluded.last_message_at,"
        " member_count = excluded.member_count, seen_generation = excluded.seen_generation%3"_s.arg(
            named.columns, named.values, named.updates));
    QSqlQuery clearMembers(db);
    clearMembers.prepare(u"DELETE FROM members WHERE app = ? AND dialog_id = ?"_s);
    QSqlQuery addMember(db);
    addMember.prepare(u"INSERT INTO members(app, dialog_id, user_id) VALUES (?, ?, ?)"
                      " ON CONFLICT DO NOTHING"_s);
    QSqlQuery addUser(db);
    addUser.prepare(u"INSERT INTO users(app, id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
    QSqlQuery queue(db);
    queue.prepare(u"INSERT INTO pending(app, dialog_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);

    int added = 0;
    bool ok = true;
    for (const Dialog &dialog : dialogs) {
        known.addBindValue(m_application);
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
        upsert.addBindValue(m_application);
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
        m_engine->bindFullText(upsert, { dialog.name });
        clearMembers.addBindValue(m_application);
        clearMembers.addBindValue(dialog.id);
        ok = upsert.exec() && clearMembers.exec();
        for (const qint64 member : dialog.occupantIds) {
            addMember.addBindValue(m_application);
            addMember.addBindValue(dialog.id);
            addMember.addBindValue(member);
            addUser.addBindValue(m_application);
            addUser.addBindValue(member);
            ok = ok && addMember.exec() && addUser.exec();
        }
        if (ok && dialog.ownerId > 0) {
            addUser.addBindValue(m_application);
            addUser.addBindValue(dialog.ownerId);
            ok = addUser.exec();
        }
        if (ok && (changed || full)) {
            queue.addBindValue(m_application);
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
        query.prepare(u"SELECT id FROM dialogs WHERE app = ? AND seen_generation < ?"_s);
        query.addBindValue(m_application);
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
    QSqlQuery query
        = prepared(u"SELECT dialog_id FROM pending WHERE app = ? ORDER BY num LIMIT ?"_s);
    query.addBindValue(m_application);
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
    forget.prepare(u"DELETE FROM messages WHERE app = ? AND dialog_id = ?"_s);
    // Many rows to a statement: a team database is a round trip away. A message the server
    // lists in two dialogs is kept once, in the last one read.
    const IndexEngine::FullTextColumns texts = m_engine->fullTextColumns({ u"text"_s });
    const QString row = u"(?, ?, ?, ?, ?, ?, ?, ?, ?%1)"_s.arg(texts.values);
    std::map<qsizetype, std::unique_ptr<QSqlQuery>> inserts;
    const auto insertOf = [&](qsizetype rows) -> QSqlQuery & {
        std::unique_ptr<QSqlQuery> &query = inserts[rows];
        if (!query) {
            query = std::make_unique<QSqlQuery>(db);
            query->prepare(
                u"INSERT INTO messages(app, id, dialog_id, sender_id, sent_at, text, has_link,"
                " has_attachment, text_hash%1) VALUES %2"
                " ON CONFLICT(id, app) DO UPDATE SET dialog_id = excluded.dialog_id,"
                " sender_id = excluded.sender_id, sent_at = excluded.sent_at,"
                " text = excluded.text, has_link = excluded.has_link,"
                " has_attachment = excluded.has_attachment, text_hash = excluded.text_hash%3"_s.arg(
                    texts.columns, QStringList(rows, row).join(u", "_s), texts.updates));
        }
        return *query;
    };
    QSqlQuery update(db);
    update.prepare(u"UPDATE dialogs SET crawled_at = ?, message_count = ?"
                   " WHERE app = ? AND id = ?"_s);
    QSqlQuery done(db);
    done.prepare(u"DELETE FROM pending WHERE app = ? AND dialog_id = ?"_s);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    bool ok = true;
    QString why;
    const auto run = [&ok, &why](QSqlQuery &query) {
        ok = query.exec();
        if (!ok)
            why = query.lastError().text();
        return ok;
    };
    QSet<qint64> senders;
    for (const DialogMessages &dialog : dialogs) {
        forget.addBindValue(m_application);
        forget.addBindValue(dialog.dialogId);
        if (!run(forget))
            break;
        // Each id once in a statement (the last listed wins), which PostgreSQL requires.
        QList<const Message *> unique;
        QHash<QString, qsizetype> position;
        for (const Message &message : dialog.messages) {
            const auto found = position.constFind(message.id);
            if (found != position.cend()) {
                unique[*found] = &message;
                continue;
            }
            position.insert(message.id, unique.size());
            unique.append(&message);
        }
        constexpr qsizetype rowsPerInsert = 100;
        for (qsizetype first = 0; ok && first < unique.size(); first += rowsPerInsert) {
            const QList<const Message *> part = unique.mid(first, rowsPerInsert);
            QSqlQuery &insert = insertOf(part.size());
            for (const Message *message : part) {
                const QString normalised = normalisedText(message->text);
                const bool link = hasLink(message->text);
                insert.addBindValue(m_application);
                insert.addBindValue(message->id);
                insert.addBindValue(dialog.dialogId);
                insert.addBindValue(message->senderId);
                insert.addBindValue(nullableTime(message->sentAt));
                insert.addBindValue(message->text);
                insert.addBindValue(link ? 1 : 0);
                insert.addBindValue(message->attachments.isEmpty() ? 0 : 1);
                insert.addBindValue(isCampaignCandidate(normalised, link)
                        ? QVariant(textHash(normalised))
                        : QVariant(QMetaType(QMetaType::LongLong)));
                m_engine->bindFullText(insert, { message->text });
                if (message->senderId > 0)
                    senders.insert(message->senderId);
            }
            run(insert);
        }
        if (!ok)
            break;
        update.addBindValue(now);
        update.addBindValue(dialog.messages.size());
        update.addBindValue(m_application);
        update.addBindValue(dialog.dialogId);
        done.addBindValue(m_application);
        done.addBindValue(dialog.dialogId);
        if (!run(update) || !run(done))
            break;
    }
    // The senders seen, to be named later.
    const QList<qint64> senderList(senders.cbegin(), senders.cend());
    constexpr qsizetype usersPerInsert = 500;
    for (qsizetype first = 0; ok && first < senderList.size(); first += usersPerInsert) {
        const QList<qint64> part = senderList.mid(first, usersPerInsert);
        QSqlQuery addUsers(db);
        addUsers.prepare(u"INSERT INTO users(app, id) VALUES %1 ON CONFLICT DO NOTHING"_s.arg(
            QStringList(part.size(), u"(?, ?)"_s).join(u", "_s)));
        for (const qint64 sender : part) {
            addUsers.addBindValue(m_application);
            addUsers.addBindValue(sender);
        }
        run(addUsers);
    }
    inserts.clear();
    if (!ok) {
        db.rollback();
        return fail(tr("Index error"), why);
    }
    return db.commit() || fail(tr("Index error"), db.lastError().text());
}

bool SweepIndex::setAutoCheckpoint(bool on)
{
    if (!m_engine)
        return false;
    return m_engine->setAutoCheckpoint(QSqlDatabase::database(m_connectionName, false), on);
}

std::unique_ptr<IndexEngine::Hold> SweepIndex::holdCrawl()
{
    if (!m_engine) {
        m_error = tr("The index is not open.");
        return nullptr;
    }
    auto hold = m_engine->holdCrawl(
        QSqlDatabase::database(m_connectionName, false), m_application, &m_error);
    return hold;
}

int SweepIndex::pendingCount() const
{
    QSqlQuery query = prepared(u"SELECT COUNT(*) FROM pending WHERE app = ?"_s);
    query.addBindValue(m_application);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

bool SweepIndex::forgetDialog(const QString &dialogId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    for (const QString &sql : { u"DELETE FROM messages WHERE app = ? AND dialog_id = ?"_s,
             u"DELETE FROM members WHERE app = ? AND dialog_id = ?"_s,
             u"DELETE FROM pending WHERE app = ? AND dialog_id = ?"_s,
             u"DELETE FROM dialogs WHERE app = ? AND id = ?"_s }) {
        query.prepare(sql);
        query.addBindValue(m_application);
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
    QSqlQuery query
        = prepared(u"SELECT id FROM users WHERE app = ? AND looked_up = 0 ORDER BY id LIMIT ?"_s);
    query.addBindValue(m_application);
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
    const IndexEngine::FullTextColumns names
        = m_engine->fullTextColumns({ u"full_name"_s, u"login"_s });
    query.prepare(u"INSERT INTO users(app, id, login, full_name, looked_up%1)"
                  " VALUES (?, ?, ?, ?, 1%2) ON CONFLICT(id, app) DO UPDATE SET"
                  " login = excluded.login, full_name = excluded.full_name, looked_up = 1%3"_s.arg(
                      names.columns, names.values, names.updates));
    for (const ChatUser &user : users) {
        query.addBindValue(m_application);
        query.addBindValue(user.id);
        query.addBindValue(user.login);
        query.addBindValue(user.fullName);
        m_engine->bindFullText(query, { user.fullName, user.login });
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
    query.prepare(u"SELECT id FROM dialogs WHERE app = ? AND crawled_at IS NOT NULL"
                  " AND crawled_at < ?"_s);
    query.addBindValue(m_application);
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
        for (const QString &sql : { u"DELETE FROM messages WHERE app = ? AND dialog_id = ?"_s,
                 u"UPDATE dialogs SET crawled_at = NULL, message_count = 0"
                 " WHERE app = ? AND id = ?"_s,
                 u"INSERT INTO pending(app, dialog_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s }) {
            query.prepare(sql);
            query.addBindValue(m_application);
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
    if (isShared()) {
        // The team's other applications stay; this one's rows go, all or none.
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (!db.transaction())
            return fail(tr("Index error"), db.lastError().text());
        QSqlQuery query(db);
        for (const QString &table : { u"messages"_s, u"members"_s, u"pending"_s, u"dialogs"_s,
                 u"users"_s, u"selections"_s, u"meta"_s }) {
            query.prepare(u"DELETE FROM %1 WHERE app = ?"_s.arg(table));
            query.addBindValue(m_application);
            if (!query.exec()) {
                const QString why = query.lastError().text();
                db.rollback();
                return fail(tr("Index error"), why);
            }
        }
        return db.commit() || fail(tr("Index error"), db.lastError().text());
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    bool ok = true;
    for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s }) {
        const QString file = m_location.path + suffix;
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

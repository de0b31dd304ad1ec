// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "StoreLocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

class QSqlQuery;

// What the Sweep index does differently on SQLite and PostgreSQL, in one place, so that its
// schema and queries are written once: how it opens, where its version is kept and how a
// migration excludes a second process, column types, full-text search (FTS5 tables kept by
// triggers, or tsvector columns with GIN indexes), what a moderator role may do, the size on
// disk, and how one crawl at a time holds an application's index.
//
// Full text is the same on both engines: words are runs of letters and digits, compared with
// case, width and accents folded; a phrase matches its words in a row, and a trailing * makes
// its last word a prefix.
class IndexEngine {
    Q_DECLARE_TR_FUNCTIONS(IndexEngine)
    Q_DISABLE_COPY_MOVE(IndexEngine)

public:
    // Held while a crawl updates an application's index; letting go (or the process ending)
    // lets the next one in.
    class Hold {
    public:
        virtual ~Hold() = default;
    };

    // The full-text columns an INSERT into a table adds after its own, with their values and
    // what an upsert's update sets: empty on SQLite, whose triggers keep FTS5 in step.
    struct FullTextColumns {
        QString columns;
        QString values;
        QString updates;
    };

    // How rows whose full-text columns match what a person typed are found: the FROM clause
    // naming the table by its alias, a condition for the WHERE clause, and the values its
    // placeholders take (bound before any other of the statement's). Empty values when the
    // text has no word to search for.
    struct FullTextMatch {
        QString from;
        QString condition;
        QVariantList values;
    };

    static std::unique_ptr<IndexEngine> forLocation(const StoreLocation &location);
    virtual ~IndexEngine() = default;

    const StoreLocation &location() const { return m_location; }
    // Opens the connection connectionName. *error says why not.
    virtual bool open(
        const QString &connectionName, const QString &password, QString *error) const = 0;
    // The index's schema version, 0 for none yet, -1 when it cannot be read.
    virtual int schemaVersion(const QSqlDatabase &db) const = 0;
    // Opens a migration's transaction so that only one process migrates at a time.
    virtual QStringList beginMigration() const = 0;
    virtual QStringList setSchemaVersion(int version) const = 0;
    // A schema statement in this engine's words: the schema is written with SQLite's types.
    virtual QString translate(const QString &statement) const = 0;
    // Makes columns of table (whose key column is num) searchable as full text.
    virtual QStringList fullTextSchema(const QString &table, const QStringList &columns) const = 0;
    // The engine's own statements once the schema of these tables is in place (the moderator
    // role's grants).
    virtual QStringList afterMigration(const QStringList &tables) const = 0;

    virtual FullTextColumns fullTextColumns(const QStringList &columns) const = 0;
    // Binds the values of fullTextColumns' placeholders, one text per column, after the
    // statement's own values.
    virtual void bindFullText(QSqlQuery &query, const QStringList &texts) const = 0;
    virtual FullTextMatch fullTextMatch(const QString &table, const QString &alias,
        const QStringList &columns, const QString &typed) const = 0;

    // Whether commits fold SQLite's write-ahead log back into the file (nothing on PostgreSQL).
    virtual bool setAutoCheckpoint(const QSqlDatabase &db, bool on) const = 0;
    // Bytes the index takes: the file, or the team database's index tables (every
    // application's).
    virtual qint64 sizeOnDisk(const QSqlDatabase &db, const QStringList &tables) const = 0;
    // One crawl at a time per application: nullptr with *error set when another holds it.
    virtual std::unique_ptr<Hold> holdCrawl(
        const QSqlDatabase &db, qint64 application, QString *error) const = 0;

    // What a person typed as a phrase: its words, folded, and whether the last is a prefix.
    struct Phrase {
        QStringList words;
        bool prefix = false;
    };
    static Phrase phrase(const QString &typed);
    // A text's words, folded as full-text search compares them.
    static QStringList words(const QString &text);

protected:
    explicit IndexEngine(const StoreLocation &location)
        : m_location(location)
    {
    }

private:
    StoreLocation m_location;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "IndexEngine.h"

// This computer: the index of one application in a SQLite file of its own, private to its
// owner (0600), with FTS5 tables that triggers keep in step with their rows.
class SqliteIndexEngine final : public IndexEngine {
    // Its own translation context, the one lupdate files its messages under.
    Q_DECLARE_TR_FUNCTIONS(SqliteIndexEngine)

public:
    explicit SqliteIndexEngine(const StoreLocation &location)
        : IndexEngine(location)
    {
    }

    // Whether Qt's SQLite driver has FTS5; when not, *problem says so for people.
    static bool hasFullTextSearch(QString *problem = nullptr);
    // The FTS5 expression for what a person typed: one phrase, quotes doubled; a trailing *
    // makes the last word a prefix. Empty when nothing searchable is left.
    static QString matchExpression(const QString &typed);

    bool open(
        const QString &connectionName, const QString &password, QString *error) const override;
    int schemaVersion(const QSqlDatabase &db) const override;
    QStringList beginMigration() const override;
    QStringList setSchemaVersion(int version) const override;
    QString translate(const QString &statement) const override { return statement; }
    QStringList fullTextSchema(const QString &table, const QStringList &columns) const override;
    QStringList afterMigration(const QStringList &) const override { return {}; }
    FullTextColumns fullTextColumns(const QStringList &) const override { return {}; }
    void bindFullText(QSqlQuery &, const QStringList &) const override { }
    FullTextMatch fullTextMatch(const QString &table, const QString &alias,
        const QStringList &columns, const QString &typed) const override;
    bool setAutoCheckpoint(const QSqlDatabase &db, bool on) const override;
    qint64 sizeOnDisk(const QSqlDatabase &db, const QStringList &tables) const override;
    std::unique_ptr<Hold> holdCrawl(
        const QSqlDatabase &db, qint64 application, QString *error) const override;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "IndexEngine.h"

// A team database: every application's index in the same tables, its rows keyed by the
// application. The version is in qbmod_index_schema, a migration holds a transaction-level
// advisory lock, full text is a tsvector column per searchable column with a GIN index, filled
// from the words as IndexEngine::words folds them (the 'simple' configuration then only keeps
// them), and a crawl holds a session-level advisory lock on its application. The index is not
// history: the moderator role may add, change and delete its rows.
class PostgresIndexEngine final : public IndexEngine {
    // Its own translation context, the one lupdate files its messages under.
    Q_DECLARE_TR_FUNCTIONS(PostgresIndexEngine)

public:
    explicit PostgresIndexEngine(const StoreLocation &location)
        : IndexEngine(location)
    {
    }

    // The tsquery for what a person typed: its words in a row (<->), quoted; a trailing *
    // makes the last a prefix (:*). Empty when there is no word.
    static QString tsQuery(const QString &typed);

    bool open(
        const QString &connectionName, const QString &password, QString *error) const override;
    int schemaVersion(const QSqlDatabase &db) const override;
    QStringList beginMigration() const override;
    QStringList setSchemaVersion(int version) const override;
    QString translate(const QString &statement) const override;
    QStringList fullTextSchema(const QString &table, const QStringList &columns) const override;
    QStringList afterMigration(const QStringList &tables) const override;
    FullTextColumns fullTextColumns(const QStringList &columns) const override;
    void bindFullText(QSqlQuery &query, const QStringList &texts) const override;
    FullTextMatch fullTextMatch(const QString &table, const QString &alias,
        const QStringList &columns, const QString &typed) const override;
    bool setAutoCheckpoint(const QSqlDatabase &, bool) const override { return true; }
    qint64 sizeOnDisk(const QSqlDatabase &db, const QStringList &tables) const override;
    std::unique_ptr<Hold> holdCrawl(
        const QSqlDatabase &db, qint64 application, QString *error) const override;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "StoreEngine.h"

// A team database: PostgreSQL through Qt's QPSQL driver. The version is in qbmod_schema, a
// migration holds a transaction-level advisory lock, SQLite's column types become PostgreSQL's,
// and a live run holds a session-level advisory lock, which the server lets go when the
// connection ends, however the process ends. After the tables, the migration grants the
// moderator role (qbmod_moderator, from scripts/team-db init) reading and adding rows only, and
// adds the triggers that refuse any rewrite of the history, whoever asks.
class PostgresStoreEngine final : public StoreEngine {
    // Its own translation context, the one lupdate files its messages under.
    Q_DECLARE_TR_FUNCTIONS(PostgresStoreEngine)

public:
    explicit PostgresStoreEngine(const StoreLocation &location)
        : StoreEngine(location)
    {
    }

    bool open(const QString &connectionName, const QString &password, int busyTimeoutMs,
        QString *error) const override;
    int schemaVersion(const QSqlDatabase &db) const override;
    QStringList beginMigration() const override;
    QStringList setSchemaVersion(int version) const override;
    QString translate(const QString &statement) const override;
    QStringList afterStep(int version) const override;
    QString returningId() const override;
    qint64 insertedId(QSqlQuery &query) const override;
    std::unique_ptr<RunHold> holdRun(
        const QSqlDatabase &db, qint64 runId, QString *error) const override;
    bool isRunHeld(const QSqlDatabase &db, qint64 runId) const override;

private:
    // Step 9: the runs' origin keys, kept as frozen as the rest of a run, and ended runs
    // closed to new rows but for the transaction that brings them in.
    static QStringList originSteps();
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "StoreEngine.h"

// This computer: a SQLite file, its version in PRAGMA user_version, live runs shown by lock
// files beside it that the system lets go when their process ends.
class SqliteStoreEngine final : public StoreEngine {
    // Its own translation context, the one lupdate files its messages under.
    Q_DECLARE_TR_FUNCTIONS(SqliteStoreEngine)

public:
    explicit SqliteStoreEngine(const StoreLocation &location)
        : StoreEngine(location)
    {
    }

    bool open(const QString &connectionName, const QString &password, int busyTimeoutMs,
        QString *error) const override;
    int schemaVersion(const QSqlDatabase &db) const override;
    QStringList beginMigration() const override;
    QStringList setSchemaVersion(int version) const override;
    QString translate(const QString &statement) const override { return statement; }
    QStringList afterStep(int version) const override;
    QString returningId() const override { return {}; }
    qint64 insertedId(QSqlQuery &query) const override;
    std::unique_ptr<RunHold> holdRun(
        const QSqlDatabase &db, qint64 runId, QString *error) const override;
    bool isRunHeld(const QSqlDatabase &db, qint64 runId) const override;

private:
    QString lockPath(qint64 runId) const;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "StoreLocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlQuery;

// The few things SQLite and PostgreSQL do differently, in one place, so that the journal's
// queries and migrations are written once: how a connection opens, where the schema version is
// kept and how a migration excludes a second process, column types, how an inserted row's id
// comes back, how a run shows it is live, and the engine's own guards (PostgreSQL's grants and
// triggers that keep the journal's history from being rewritten).
class StoreEngine {
    Q_DECLARE_TR_FUNCTIONS(StoreEngine)
    Q_DISABLE_COPY_MOVE(StoreEngine)

public:
    // Held while a run is executed; letting go (or the process ending, however it ends) makes
    // the run no longer live.
    class RunHold {
    public:
        virtual ~RunHold() = default;
    };

    static std::unique_ptr<StoreEngine> forLocation(const StoreLocation &location);
    virtual ~StoreEngine() = default;

    const StoreLocation &location() const { return m_location; }
    // Opens the connection connectionName. *error says why not.
    virtual bool open(const QString &connectionName, const QString &password, int busyTimeoutMs,
        QString *error) const = 0;
    // The schema version, 0 for an empty database, -1 when it is not one of ours.
    virtual int schemaVersion(const QSqlDatabase &db) const = 0;
    // Opens a migration step's transaction so that only one process migrates at a time.
    virtual QStringList beginMigration() const = 0;
    virtual QStringList setSchemaVersion(int version) const = 0;
    // A migration statement in this engine's words: migrations are written with SQLite's types.
    virtual QString translate(const QString &statement) const = 0;
    // The engine's own statements after migration step version (grants, triggers).
    virtual QStringList afterStep(int version) const = 0;
    // Appended to an INSERT whose id is wanted; insertedId reads it after exec().
    virtual QString returningId() const = 0;
    virtual qint64 insertedId(QSqlQuery &query) const = 0;
    // Marks runId live for as long as the hold lives. nullptr with *error set when it cannot.
    virtual std::unique_ptr<RunHold> holdRun(
        const QSqlDatabase &db, qint64 runId, QString *error) const = 0;
    // Whether some process (on any computer sharing the store) holds runId.
    virtual bool isRunHeld(const QSqlDatabase &db, qint64 runId) const = 0;

protected:
    explicit StoreEngine(const StoreLocation &location)
        : m_location(location)
    {
    }

private:
    StoreLocation m_location;
};

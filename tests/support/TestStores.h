// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "store/StoreLocation.h"

#include <QString>
#include <QTemporaryDir>
#include <QtTest>

class Journal;

// The engines the journal's tests run on, as global test data: every test function runs once on
// SQLite and once on PostgreSQL. The PostgreSQL rows use the real server scripts/test starts
// (scripts/team-db, found through QBMOD_TEAM_DB_*); without it they are skipped, except under CI,
// where they fail.
namespace TestStores {

// Adds the column "engine" with the rows sqlite and postgresql; call from initTestCase_data().
void addEngines();
// Empty when engine can be tested here; otherwise why not.
QString unavailable(const QString &engine);
// A new, empty store of engine named after name: a file in dir, or a new database on the team
// server owned by its owner role.
StoreLocation fresh(const QString &engine, const QTemporaryDir &dir, const QString &name);
// The same team database as a moderator role (alice or bob) instead of its owner.
StoreLocation asModerator(const StoreLocation &location, const QString &moderator);
// The password of location's role ({} for this computer).
QString password(const StoreLocation &location);
bool open(Journal &journal, const StoreLocation &location);

} // namespace TestStores

// In init(): the current engine row, skipped (or, under CI, failed) when it cannot run here.
#define QBMOD_FETCH_ENGINE(engine)                                                                 \
    QFETCH_GLOBAL(QString, engine);                                                                \
    if (const QString why = TestStores::unavailable(engine); !why.isEmpty()) {                     \
        if (!qEnvironmentVariableIsEmpty("CI") && qEnvironmentVariable("CI") != u"false"_s)        \
            QFAIL(qPrintable(why));                                                                \
        QSKIP(qPrintable(why));                                                                    \
    }

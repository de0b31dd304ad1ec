// SPDX-License-Identifier: Apache-2.0

#include "TestStores.h"

#include "moderation/Journal.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace TestStores {

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

StoreLocation server(const QString &database)
{
    StoreLocation location;
    location.kind = StoreLocation::Kind::TeamDatabase;
    location.host = env("QBMOD_TEAM_DB_HOST");
    location.port = env("QBMOD_TEAM_DB_PORT").toInt();
    location.database = database;
    location.user = env("QBMOD_TEAM_DB_OWNER");
    // The throwaway server listens on the loopback without TLS.
    location.tlsMode = u"disable"_s;
    return location;
}

} // namespace

void addEngines()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

QString unavailable(const QString &engine)
{
    if (engine != u"postgresql"_s)
        return {};
    if (env("QBMOD_TEAM_DB_HOST").isEmpty() || env("QBMOD_TEAM_DB_PORT").isEmpty())
        return u"no team database: run through scripts/test, which starts one"_s;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return u"the QPSQL driver is not installed (libqt6sql6-psql)"_s;
    return {};
}

StoreLocation fresh(const QString &engine, const QTemporaryDir &dir, const QString &name)
{
    if (engine != u"postgresql"_s)
        return StoreLocation::thisComputer(dir.filePath(name + u".sqlite"_s));
    static std::atomic<int> counter { 0 };
    const QString database = u"t%1_%2_%3"_s.arg(QCoreApplication::applicationPid())
                                 .arg(++counter)
                                 .arg(name.toLower().remove(QRegularExpression(u"[^a-z0-9]"_s)));
    const StoreLocation admin = server(env("QBMOD_TEAM_DB_NAME"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"test-stores-admin"_s);
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setDatabaseName(admin.database);
        db.setUserName(admin.user);
        db.setPassword(password(admin));
        db.setConnectOptions(u"sslmode=disable"_s);
        if (!db.open())
            qWarning() << "team database unreachable:" << db.lastError().text();
        QSqlQuery query(db);
        if (!query.exec(u"CREATE DATABASE %1"_s.arg(database)))
            qWarning() << "cannot create" << database << query.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"test-stores-admin"_s);
    return server(database);
}

StoreLocation asModerator(const StoreLocation &location, const QString &moderator)
{
    StoreLocation result = location;
    result.user = moderator;
    return result;
}

QString password(const StoreLocation &location)
{
    if (!location.isTeam())
        return {};
    if (location.user == env("QBMOD_TEAM_DB_OWNER"))
        return env("QBMOD_TEAM_DB_OWNER_PASSWORD");
    return qEnvironmentVariable(
        (u"QBMOD_TEAM_DB_"_s + location.user.toUpper() + u"_PASSWORD"_s).toLatin1().constData());
}

bool open(Journal &journal, const StoreLocation &location)
{
    return journal.open(location, password(location));
}

} // namespace TestStores

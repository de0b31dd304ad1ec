// SPDX-License-Identifier: Apache-2.0

#include "PostgresIndexEngine.h"

#include "PostgresStoreEngine.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// The first key of the index's advisory locks ("qbix"), apart from the journal's; the second
// is the application, or 0 for migrations.
constexpr qint64 indexLockSpace = 0x71626978;

class AdvisoryHold final : public IndexEngine::Hold {
public:
    AdvisoryHold(const QString &connectionName, qint64 application)
        : m_connectionName(connectionName)
        , m_application(application)
    {
    }
    ~AdvisoryHold() override
    {
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (!db.isOpen())
            return;
        QSqlQuery query(db);
        query.prepare(u"SELECT pg_advisory_unlock(CAST(? AS integer), CAST(? AS integer))"_s);
        query.addBindValue(indexLockSpace);
        query.addBindValue(m_application);
        query.exec();
    }

private:
    QString m_connectionName;
    qint64 m_application;
};

} // namespace

QString PostgresIndexEngine::tsQuery(const QString &typed)
{
    const Phrase typedPhrase = phrase(typed);
    QStringList lexemes;
    for (const QString &word : typedPhrase.words)
        lexemes.append(u"'"_s + word + u"'"_s);
    if (lexemes.isEmpty())
        return {};
    if (typedPhrase.prefix)
        lexemes.last() += u":*"_s;
    return lexemes.join(u" <-> "_s);
}

bool PostgresIndexEngine::open(
    const QString &connectionName, const QString &password, QString *error) const
{
    return PostgresStoreEngine(location()).open(connectionName, password, 10000, error);
}

int PostgresIndexEngine::schemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT to_regclass('qbmod_index_schema') IS NOT NULL"_s) || !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(u"SELECT MAX(version) FROM qbmod_index_schema"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QStringList PostgresIndexEngine::beginMigration() const
{
    return { u"BEGIN"_s, u"SELECT pg_advisory_xact_lock(%1, 0)"_s.arg(indexLockSpace),
        u"CREATE TABLE IF NOT EXISTS qbmod_index_schema (version INTEGER NOT NULL)"_s };
}

QStringList PostgresIndexEngine::setSchemaVersion(int version) const
{
    return { u"DELETE FROM qbmod_index_schema"_s,
        u"INSERT INTO qbmod_index_schema (version) VALUES (%1)"_s.arg(version) };
}

QString PostgresIndexEngine::translate(const QString &statement) const
{
    return PostgresStoreEngine(location()).translate(statement);
}

QStringList PostgresIndexEngine::fullTextSchema(
    const QString &table, const QStringList &columns) const
{
    QStringList statements;
    for (const QString &column : columns) {
        statements.append(u"ALTER TABLE %1 ADD COLUMN %2_fts tsvector"_s.arg(table, column));
        statements.append(u"CREATE INDEX %1_%2_fts ON %1 USING GIN (%2_fts)"_s.arg(table, column));
    }
    return statements;
}

QStringList PostgresIndexEngine::afterMigration(const QStringList &tables) const
{
    // Not history: moderators keep the index up to date and forget an application's rows.
    return { u"DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'qbmod_moderator')"
             " THEN GRANT SELECT ON qbmod_index_schema TO qbmod_moderator;"
             " GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO qbmod_moderator;"
             " GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO qbmod_moderator;"
             " END IF; END $$"_s.arg(tables.join(u", "_s)) };
}

IndexEngine::FullTextColumns PostgresIndexEngine::fullTextColumns(const QStringList &columns) const
{
    FullTextColumns result;
    for (const QString &column : columns) {
        result.columns += u", %1_fts"_s.arg(column);
        result.values += u", to_tsvector('simple', ?)"_s;
        result.updates += u", %1_fts = excluded.%1_fts"_s.arg(column);
    }
    return result;
}

void PostgresIndexEngine::bindFullText(QSqlQuery &query, const QStringList &texts) const
{
    for (const QString &text : texts)
        query.addBindValue(words(text).join(u' '));
}

IndexEngine::FullTextMatch PostgresIndexEngine::fullTextMatch(const QString &table,
    const QString &alias, const QStringList &columns, const QString &typed) const
{
    const QString query = tsQuery(typed);
    if (query.isEmpty())
        return {};
    FullTextMatch match;
    match.from = u"%1 %2"_s.arg(table, alias);
    QStringList conditions;
    for (const QString &column : columns) {
        conditions.append(u"%1.%2_fts @@ to_tsquery('simple', ?)"_s.arg(alias, column));
        match.values.append(query);
    }
    match.condition = u"("_s + conditions.join(u" OR "_s) + u")"_s;
    return match;
}

qint64 PostgresIndexEngine::sizeOnDisk(const QSqlDatabase &db, const QStringList &tables) const
{
    QSqlQuery query(db);
    QStringList sizes;
    for (const QString &table : tables)
        sizes.append(u"pg_total_relation_size('%1')"_s.arg(table));
    if (!query.exec(u"SELECT "_s + sizes.join(u" + "_s)) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

std::unique_ptr<IndexEngine::Hold> PostgresIndexEngine::holdCrawl(
    const QSqlDatabase &db, qint64 application, QString *error) const
{
    QSqlQuery query(db);
    query.prepare(u"SELECT pg_try_advisory_lock(CAST(? AS integer), CAST(? AS integer))"_s);
    query.addBindValue(indexLockSpace);
    query.addBindValue(application);
    if (!query.exec() || !query.next()) {
        *error = tr("Cannot take this application's index in the team database: %1")
                     .arg(query.lastError().text());
        return nullptr;
    }
    if (!query.value(0).toBool()) {
        *error = tr("Another update of this application's index is under way in the team "
                    "database.");
        return nullptr;
    }
    return std::make_unique<AdvisoryHold>(db.connectionName(), application);
}

// SPDX-License-Identifier: Apache-2.0

#include "Journal.h"
#include "JournalLogging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// A run's own columns but its id, which each journal gives anew.
const QStringList runCopyColumns { u"started_at"_s, u"finished_at"_s, u"status"_s, u"profile"_s,
    u"endpoint"_s, u"application_id"_s, u"auth_mode"_s, u"operator_login"_s,
    u"api_key_fingerprint"_s, u"acting_user_id"_s, u"mode"_s, u"target"_s, u"reason"_s,
    u"protection_overridden"_s, u"subject_user_id"_s, u"owner_pid"_s, u"owner_host"_s,
    u"index_query"_s, u"moderator_name"_s, u"origin_key"_s, u"origin"_s };

// The rows that belong to a run, each table with the columns copied and a stable order.
struct ChildTable {
    QString name;
    QStringList columns;
    QString order;
};

const QList<ChildTable> &childTables()
{
    static const QList<ChildTable> tables {
        { u"run_items"_s,
            { u"position"_s, u"object_id"_s, u"state"_s, u"outcome"_s, u"error"_s, u"sent_at"_s,
                u"answered_at"_s, u"settled_at"_s, u"settled_by"_s, u"container_id"_s,
                u"protection_overridden"_s },
            u"position"_s },
        { u"attempts"_s, { u"object_id"_s, u"attempt"_s, u"status"_s, u"recorded_at"_s },
            u"object_id, attempt"_s },
        { u"settlements"_s, { u"object_id"_s, u"outcome"_s, u"settled_at"_s, u"settled_by"_s },
            u"object_id"_s },
        { u"run_events"_s, { u"at"_s, u"name"_s, u"detail"_s, u"seq"_s }, u"at, seq"_s },
        { u"evidence"_s,
            { u"dialog_id"_s, u"collected_at"_s, u"dialog_json"_s, u"messages_json"_s,
                u"message_count"_s, u"error"_s },
            u"collected_at, id"_s },
    };
    return tables;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

} // namespace

bool Journal::copyRunInto(
    qint64 runId, Journal &to, const QString &origin, bool *alreadyThere) const
{
    *alreadyThere = false;
    const QSqlDatabase source = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery run(source);
    run.prepare(u"SELECT "_s + runCopyColumns.join(u", "_s) + u" FROM runs WHERE id = ?"_s);
    run.addBindValue(runId);
    if (!run.exec() || !run.next()) {
        to.m_error
            = tr("Journal error: run %1 cannot be read: %2").arg(runId).arg(run.lastError().text());
        return false;
    }
    QVariantList runValues;
    for (qsizetype i = 0; i < runCopyColumns.size(); ++i)
        runValues.append(run.value(static_cast<int>(i)));
    const qsizetype keyColumn = runCopyColumns.indexOf(u"origin_key"_s);
    const QString key = runValues.at(keyColumn).toString();
    if (key.isEmpty()) {
        to.m_error = tr("Journal error: run %1 has no origin key.").arg(runId);
        return false;
    }
    const qsizetype originColumn = runCopyColumns.indexOf(u"origin"_s);
    if (runValues.at(originColumn).toString().isEmpty())
        runValues[originColumn]
            = origin.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(origin);

    QSqlDatabase target = QSqlDatabase::database(to.m_connectionName, false);
    const auto isThere = [&] {
        QSqlQuery found(target);
        found.prepare(u"SELECT COUNT(*) FROM runs WHERE origin_key = ?"_s);
        found.addBindValue(key);
        return found.exec() && found.next() && found.value(0).toInt() > 0;
    };
    if (!target.transaction()) {
        to.m_error = tr("Journal error: %1").arg(target.lastError().text());
        return false;
    }
    if (isThere()) {
        target.rollback();
        *alreadyThere = true;
        return true;
    }
    QSqlQuery insert(target);
    insert.prepare(u"INSERT INTO runs ("_s + runCopyColumns.join(u", "_s) + u") VALUES ("_s
        + placeholders(runCopyColumns.size()) + u")"_s + to.m_engine->returningId());
    for (const QVariant &value : std::as_const(runValues))
        insert.addBindValue(value);
    bool written = to.exec(insert);
    const qint64 copyId = written ? to.m_engine->insertedId(insert) : 0;
    insert.finish();
    for (qsizetype t = 0; written && t < childTables().size(); ++t) {
        const ChildTable &table = childTables().at(t);
        QSqlQuery rows(source);
        rows.prepare(u"SELECT "_s + table.columns.join(u", "_s) + u" FROM "_s + table.name
            + u" WHERE run_id = ? ORDER BY "_s + table.order);
        rows.addBindValue(runId);
        if (!rows.exec()) {
            to.m_error = tr("Journal error: %1").arg(rows.lastError().text());
            written = false;
            break;
        }
        QSqlQuery add(target);
        add.prepare(u"INSERT INTO "_s + table.name + u" (run_id, "_s + table.columns.join(u", "_s)
            + u") VALUES (?, "_s + placeholders(table.columns.size()) + u")"_s);
        while (written && rows.next()) {
            add.bindValue(0, copyId);
            for (qsizetype c = 0; c < table.columns.size(); ++c)
                add.bindValue(static_cast<int>(c + 1), rows.value(static_cast<int>(c)));
            written = to.exec(add);
        }
    }
    if (written && target.commit())
        return true;
    if (written)
        to.m_error = tr("Journal error: %1").arg(target.lastError().text());
    target.rollback();
    // Another copy of the same run may have committed first: then it is there, once.
    if (isThere()) {
        *alreadyThere = true;
        return true;
    }
    qCWarning(lcJournal) << "run" << runId << "not copied:" << to.m_error;
    return false;
}

bool Journal::copyLaterSettlementsInto(qint64 runId, Journal &to, int *added) const
{
    *added = 0;
    const QSqlDatabase source = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery run(source);
    run.prepare(u"SELECT origin_key, status FROM runs WHERE id = ?"_s);
    run.addBindValue(runId);
    if (!run.exec() || !run.next()) {
        to.m_error
            = tr("Journal error: run %1 cannot be read: %2").arg(runId).arg(run.lastError().text());
        return false;
    }
    const QString key = run.value(0).toString();
    const QString status = run.value(1).toString();
    QSqlQuery settlements(source);
    settlements.prepare(u"SELECT object_id, outcome, settled_at, settled_by FROM settlements"
                        " WHERE run_id = ? ORDER BY object_id"_s);
    settlements.addBindValue(runId);
    if (!settlements.exec()) {
        to.m_error = tr("Journal error: %1").arg(settlements.lastError().text());
        return false;
    }
    QList<QVariantList> rows;
    while (settlements.next())
        rows.append({ settlements.value(0), settlements.value(1), settlements.value(2),
            settlements.value(3) });
    // Still running here means nothing was settled here since the copy.
    if (rows.isEmpty() && status == u"running"_s)
        return true;

    QSqlDatabase target = QSqlDatabase::database(to.m_connectionName, false);
    if (!target.transaction()) {
        to.m_error = tr("Journal error: %1").arg(target.lastError().text());
        return false;
    }
    QSqlQuery copy(target);
    copy.prepare(u"SELECT id FROM runs WHERE origin_key = ?"_s);
    copy.addBindValue(key);
    bool written = to.exec(copy);
    const qint64 copyId = written && copy.next() ? copy.value(0).toLongLong() : 0;
    copy.finish();
    if (written && copyId == 0) {
        to.m_error = tr("Journal error: the copy of run %1 is not there.").arg(runId);
        written = false;
    }
    QSqlQuery add(target);
    add.prepare(u"INSERT INTO settlements (run_id, object_id, outcome, settled_at, settled_by)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
    for (qsizetype i = 0; written && i < rows.size(); ++i) {
        add.bindValue(0, copyId);
        for (int c = 0; c < 4; ++c)
            add.bindValue(c + 1, rows.at(i).at(c));
        written = to.exec(add);
        if (written && add.numRowsAffected() > 0)
            ++*added;
    }
    // Closed here as interrupted: the copy, still running there, is closed the same way. An
    // end the copy already has is kept.
    if (written && status == u"interrupted"_s) {
        QSqlQuery close(target);
        close.prepare(
            u"UPDATE runs SET status = 'interrupted' WHERE id = ? AND status = 'running'"_s);
        close.addBindValue(copyId);
        written = to.exec(close);
    }
    if (written && target.commit())
        return true;
    if (written)
        to.m_error = tr("Journal error: %1").arg(target.lastError().text());
    target.rollback();
    *added = 0;
    qCWarning(lcJournal) << "settlements of run" << runId << "not copied:" << to.m_error;
    return false;
}

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Dialog.h"
#include "domain/ItemOutcome.h"
#include "domain/Message.h"
#include "moderation/Journal.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

struct DeletionPlan;

// Qt 6.4 has no qHash for enums, and QSet<ItemOutcome::Result> needs one. Being a plain
// function it is preferred over any generic enum overload a later Qt brings.
inline size_t qHash(ItemOutcome::Result result, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(result), seed);
}

// One row per item of a run (a dialog or message deleted, a dialog a user is removed from) and
// what happened to it, for the results view and for copying or exporting the results. Rows start
// without a result ("Waiting") and fill in as the run reports outcomes.
class DeleteResultModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteResultModel)

public:
    enum Column { ItemName, Id, Result, Reason, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        // int value of ItemOutcome::Result; no value while the row waits for its outcome.
        ResultRole,
        // The outcome's resultName(): stable text for scripts; empty while waiting.
        ResultNameRole,
    };
    Q_ENUM(Role)

    // Who ran what, where and when: written above the table, so that copied or exported
    // results read alone.
    struct RunContext {
        QList<qint64> journalRunIds; // the run, then its retries
        QDateTime startedAt;
        QString mode; // in words
        QString actingUser; // "Name (login, id)", or the API key's full rights
        QString operatorName; // the session login, or the API key's fingerprint
        QString reason;
        QString endpoint;
        qint64 applicationId = 0;
    };
    // From the plan (mode, names, reason) and the journal's record of the first run (time,
    // endpoint, operator); record is the connection alone when the run never reached the
    // journal.
    static RunContext runContext(
        const DeletionPlan &plan, const Journal::Run &record, const QList<qint64> &journalRunIds);

    explicit DeleteResultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Start over with one waiting row per item (the same id twice keeps one row).
    void setDialogs(const QList<Dialog> &dialogs);
    void setMessages(const QList<Message> &messages);
    // Records outcomes. An id that has no row yet gets one at the end, named by its id alone.
    // Rows whose result or reason changed are announced per run of adjacent rows, or in one
    // range when most rows changed.
    void applyOutcomes(const QList<ItemOutcome> &outcomes);
    void clear();

    // Ids whose result is one of these, in row order.
    QStringList idsWithResult(const QSet<ItemOutcome::Result> &results) const;
    // Ids that failed, got no answer or were never sent, in row order: what "Retry failed" sends
    // again.
    QStringList retryableIds() const;
    // Every attempt made so far per id, for a retry to weigh.
    QHash<QString, QList<int>> attemptsSoFar() const;
    std::optional<ItemOutcome> outcome(const QString &id) const;
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }

    // Summary counts, kept up to date as outcomes arrive.
    int count(ItemOutcome::Result result) const { return m_counts.value(int(result)); }
    int waitingCount() const { return m_waiting; }

    // The table as shown, with a header line, as RFC 4180 CSV (CRLF line ends, fields quoted
    // when they hold a comma, quote or line break). Cells that a spreadsheet would run as a
    // formula are prefixed with an apostrophe: dialog names come from chat users. With a
    // context, one "label,value" line per field of it and an empty line come first.
    QString toCsv(const std::optional<RunContext> &context = std::nullopt) const;
    // One object per row with stable keys: id, name, result (resultName, null while waiting),
    // reason, and http_status and server_messages when the server answered with an error.
    QJsonArray toJson() const;

Q_SIGNALS:
    // The summary counts changed.
    void countsChanged();

private:
    struct Row {
        QString id;
        QString name;
        std::optional<ItemOutcome> result;
    };

    void setRows(QList<Row> rows, const QString &nameHeader);
    static QString reasonText(const Row &row);
    void countResult(const std::optional<ItemOutcome> &result, int delta);
    static bool sameShown(const ItemOutcome &a, const ItemOutcome &b);
    QString displayText(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    QString m_nameHeader;
    QHash<int, int> m_counts; // int(ItemOutcome::Result) → rows
    int m_waiting = 0;
};

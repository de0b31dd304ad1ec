// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/DeleteOutcome.h"
#include "domain/Dialog.h"
#include "domain/Message.h"
#include "moderation/MemberRemovalEngine.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// Qt 6.4 has no qHash for enums, and QSet<DeleteOutcome::Result> needs one. Being a plain
// function it is preferred over any generic enum overload a later Qt brings.
inline size_t qHash(DeleteOutcome::Result result, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(result), seed);
}

// One row per item of a run (a dialog or message deleted, a dialog a user is removed from) and
// what happened to it, for the results view and for copying or exporting the results. Rows start
// without a result ("Waiting") and fill in as the engine reports outcomes. A model serves one run,
// so one result vocabulary: delete outcomes or member-removal outcomes.
class DeleteResultModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteResultModel)

public:
    enum Column { ItemName, Id, Result, Reason, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        // int value of DeleteOutcome::Result or MemberRemovalEngine::Outcome::Result; no value
        // while the row waits for its outcome.
        ResultRole,
        // The outcome's resultName(): stable text for scripts; empty while waiting.
        ResultNameRole,
    };
    Q_ENUM(Role)

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
    void applyOutcomes(const QList<DeleteOutcome> &outcomes);
    void applyOutcomes(const QList<MemberRemovalEngine::Outcome> &outcomes);
    void clear();

    // Ids whose result is one of these, in row order (rows of a member removal never match).
    QStringList idsWithResult(const QSet<DeleteOutcome::Result> &results) const;
    // Ids that failed, got no answer or were never sent, in row order: what "Retry failed" sends
    // again.
    QStringList retryableIds() const;
    std::optional<DeleteOutcome> outcome(const QString &id) const;
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }

    // Summary counts, kept up to date as outcomes arrive.
    int count(DeleteOutcome::Result result) const
    {
        return m_counts.value(countKey(false, int(result)));
    }
    int count(MemberRemovalEngine::Outcome::Result result) const
    {
        return m_counts.value(countKey(true, int(result)));
    }
    int waitingCount() const { return m_waiting; }

    // The table as shown, with a header line, as RFC 4180 CSV (CRLF line ends, fields quoted
    // when they hold a comma, quote or line break). Cells that a spreadsheet would run as a
    // formula are prefixed with an apostrophe: dialog names come from chat users.
    QString toCsv() const;
    // One object per row with stable keys: id, name, result (resultName, null while waiting),
    // reason, and http_status and server_messages when the server answered with an error.
    QJsonArray toJson() const;

Q_SIGNALS:
    // The summary counts changed.
    void countsChanged();

private:
    // What the server said about one item, in the run's own vocabulary.
    struct Settled {
        QString id;
        bool isRemoval = false; // a MemberRemovalEngine result, else a DeleteOutcome one
        int code = 0; // the enum value of the outcome's result
        QString name; // stable
        QString text; // for people
        bool retryable = false;
        ApiError error;

        bool operator==(const Settled &other) const;
    };
    struct Row {
        QString id;
        QString name;
        std::optional<Settled> result;
    };

    // The two vocabularies share enum values: counts keep them apart.
    static int countKey(bool isRemoval, int code) { return isRemoval ? -1 - code : code; }
    void setRows(QList<Row> rows, const QString &nameHeader);
    void applySettled(const QList<Settled> &results);
    static QString reasonText(const Row &row);
    void countResult(const std::optional<Settled> &result, int delta);
    QString displayText(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    QString m_nameHeader;
    QHash<int, int> m_counts; // countKey() → rows
    int m_waiting = 0;
};

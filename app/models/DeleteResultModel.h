#pragma once

#include "domain/DeleteOutcome.h"
#include "domain/Dialog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <optional>

// Qt 6.4 has no qHash for enums, and QSet<DeleteOutcome::Result> needs one. Being a plain
// function it is preferred over any generic enum overload a later Qt brings.
inline size_t qHash(DeleteOutcome::Result result, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(result), seed);
}

// One row per dialog of a bulk delete and what happened to it, for the results view and for
// copying or exporting the results. Rows start without a result ("Waiting") and fill in as the
// engine reports outcomes.
class DeleteResultModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteResultModel)

public:
    enum Column { DialogName, Id, Result, Reason, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        // int value of DeleteOutcome::Result; no value while the row waits for its outcome.
        ResultRole,
        // DeleteOutcome::resultName(): stable text for scripts; empty while waiting.
        ResultNameRole,
    };
    Q_ENUM(Role)

    explicit DeleteResultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Starts over with one waiting row per dialog (the same id twice keeps one row).
    void setDialogs(const QList<Dialog> &dialogs);
    // Records outcomes. An id that has no row yet gets one at the end, named by its id alone.
    // Rows whose result or reason changed are announced per run of adjacent rows, or in one
    // range when most rows changed.
    void applyOutcomes(const QList<DeleteOutcome> &outcomes);
    void clear();

    // Ids whose result is one of these, in row order: what "Retry failed" sends again.
    QStringList idsWithResult(const QSet<DeleteOutcome::Result> &results) const;
    std::optional<DeleteOutcome> outcome(const QString &id) const;
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }

    // Summary counts, kept up to date as outcomes arrive.
    int count(DeleteOutcome::Result result) const;
    int waitingCount() const { return m_waiting; }
    // A sentence for the status line, e.g. "3 deleted, 1 failed, 2 waiting".
    QString summaryText() const;

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
    struct Row {
        QString id;
        QString name;
        std::optional<DeleteOutcome> outcome;
    };

    static constexpr int resultCount = static_cast<int>(DeleteOutcome::Result::NotAttempted) + 1;

    static QString reasonText(const Row &row);
    static bool sameOutcome(const DeleteOutcome &left, const DeleteOutcome &right);
    void countOutcome(const std::optional<DeleteOutcome> &outcome, int delta);
    QString displayText(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    std::array<int, resultCount> m_counts {};
    int m_waiting = 0;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SortKeys.h"
#include "domain/Dialog.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class DialogTableModel;

// Sorting and the instant local filter over a DialogTableModel, built for six-figure row
// counts. A general sort-filter proxy judges and places rows one at a time through QVariants;
// this one keeps, per source row, what the filter and the sort need, made once when the row
// arrives or changes:
//
// - the row's searchable text (name, last message, id) case-folded into one string, so a
//   keystroke is one plain search per row; owner names are folded once per user. When the text
//   grows (typing on), only the rows still shown are searched again.
// - the sort column's key (SortKeys): a number for numbers and dates, a collation key for text
//   (numbers in it read as numbers, so "Room 2" comes before "Room 10"), computed once, never a
//   collation per comparison; with ICU most comparisons end at the key's first eight bytes.
//
// Every source row sits in one vector in sort order; the rows shown are that vector filtered,
// so a filter change never sorts. A page of new rows is sorted on its own and each row's place
// found by binary search, then the page is inserted at the end in one insertion and moved into
// place in one layout change. Filter and sort changes are one layout change each, so the view
// keeps its selection and current row.
//
// Only a DialogTableModel can be the source; any other model shows no rows.
class DialogFilterProxyModel final : public QAbstractProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialogFilterProxyModel)

public:
    explicit DialogFilterProxyModel(QObject *parent = nullptr);
    ~DialogFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Orders by DialogTableModel::SortRole's values; -1 keeps the source's order. Rows with
    // equal values keep the source's order in either direction.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // From this many rows on, a sort that must make keys or order rows (a header click, the end
    // of a bulk append) runs in slices of about 20 ms between events, so that the window never
    // freezes; the rows keep their old order until it is done. 0 (the default) sorts at once.
    void setSliceRowLimit(int rows) { m_sliceRowLimit = rows; }
    bool isSorting() const { return m_job != nullptr; }

    // Keeps rows whose name, last message, dialog id or owner name contains the text, ignoring
    // case; a whole number also matches the owner's user id. Surrounding spaces are ignored and
    // an empty text keeps everything.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    // Keeps dialogs of these types; an empty list keeps every type.
    void setTypeFilter(const QList<DialogType> &types);
    QList<DialogType> typeFilter() const;

    // Many rows about to be appended (loading everything): until endBulkAppend() appended rows
    // stay at the end in arrival order (still filtered), so the rows on screen hold still, and
    // the end sorts them in at once.
    void beginBulkAppend();
    void endBulkAppend();
    bool isBulkAppending() const { return m_bulkAppending; }

    // The locale whose rules order text. Defaults to the application's locale; the C locale
    // orders by code point and cannot sort numbers naturally, so English stands in for it.
    void setCollatorLocale(const QLocale &locale);
    QLocale collatorLocale() const { return m_sortKeys.locale(); }

    // The case folding the filter uses, code point by code point as a case-insensitive
    // QStringMatcher folds.
    static QString folded(QStringView text);

Q_SIGNALS:
    void sortingChanged(bool sorting);

private:
    struct SortJob;

    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onDialogsAboutToBeRemoved(const QList<int> &rows);
    void onDialogsRemoved();
    // Takes the shown rows whose source rows are flagged out of the view: one removal, after
    // one layout change that gathers them at the end when they are scattered.
    void hideSourceRows(const std::vector<char> &going);
    // During a removal of many rows: where a source row of before it now is, and back.
    int currentSourceRow(int row) const;
    int rowBeforeRemoval(int currentRow) const;
    void onRowsRemoved(int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void rebuildAll();

    void startSortJob(int column, Qt::SortOrder order);
    // One slice of the sort job; the last one puts the rows in their new order.
    void continueSortJob();
    // The source changed under the job: keys from this row on are made again, and the rows
    // are ordered again from the start.
    void restartSortJob(int changedRow);
    void cancelSortJob();

    static bool isTextColumn(int column);
    using Key = SortKeys::Key;
    Key makeKey(int sourceRow, int column);
    Key makeKey(int sourceRow) { return makeKey(sourceRow, m_sortColumn); }
    // Makes every row's key for the sort column anew.
    void remakeKeys();
    // Frees the text of keys no row holds any more, when that has grown large.
    void dropUnusedKeys();
    // Whether the row goes before the other in the order the keys and direction give.
    bool precedes(const std::vector<Key> &keys, Qt::SortOrder order, int left, int right) const;
    bool before(int leftRow, int rightRow) const
    {
        return precedes(m_keys, m_sortOrder, leftRow, rightRow);
    }
    void sortRows(std::vector<int> &rows) const;
    // Puts the rows (sorted among themselves) into m_order at their places.
    void mergeIntoOrder(const std::vector<int> &rows);
    // The places among m_order's sorted rows [low, high) of rows[first, last).
    void findPlaces(const std::vector<int> &rows, size_t first, size_t last, size_t low,
        size_t high, std::vector<size_t> &places) const;

    QString haystack(int sourceRow) const;
    bool containsNeedle(QStringView text) const;
    bool haystackMatches(int sourceRow) const;
    // Judges the row against the filters; rematch false reuses the row's text hit, when only
    // owner names changed.
    void judge(int sourceRow, bool rematch = true);
    void refreshOwnerMatches();
    bool accepts(int sourceRow) const { return m_accepted[static_cast<size_t>(sourceRow)] != 0; }

    // Makes m_rows the accepted rows of m_order, as one layout change when anything moved (or
    // always, for filter and sort changes).
    void relayout(bool always);
    void changeLayout(std::vector<int> rows, QAbstractItemModel::LayoutChangeHint hint);
    void indexRows() const;
    // Numbers m_proxyRowOf again if a layout change left that for later.
    void ensureIndexed() const;

    // Values beyond the known types match no filter bit.
    static unsigned typeBit(DialogType type)
    {
        const auto value = static_cast<unsigned>(type);
        return value < 32 ? 1u << value : 0u;
    }

    QPointer<DialogTableModel> m_dialogs;
    QList<QMetaObject::Connection> m_sourceConnections;
    SortKeys m_sortKeys;

    QString m_filterText;
    QString m_foldedNeedle;
    qsizetype m_pivot = 0; // where in the needle the search looks first
    std::optional<qint64> m_ownerIdNeedle;
    unsigned m_typeMask = 0; // bits of DialogType; 0 keeps every type
    QSet<qint64> m_matchingOwners; // owners whose name contains the needle

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_bulkAppending = false;

    // By source row.
    std::vector<QString> m_haystacks; // folded name, last message and id
    std::vector<char> m_textHits; // the haystack contains the needle
    std::vector<char> m_accepted;
    std::vector<Key> m_keys; // for m_sortColumn; empty when unsorted
    QHash<qint64, Key> m_ownerKeys; // Owner column keys by owner id
    mutable std::vector<int> m_proxyRowOf; // -1 when filtered out; see m_proxyRowsStale
    mutable bool m_proxyRowsStale = false; // m_proxyRowOf is to be numbered from m_rows

    // Every source row in the current order; during a bulk append, rows appended since its
    // start follow the sorted ones in arrival order.
    std::vector<int> m_order;
    size_t m_sortedCount = 0;
    // The rows shown: m_order's accepted rows.
    std::vector<int> m_rows;
    // The rows shown before the last layout change, kept for the next one to build in.
    std::vector<int> m_spareRows;

    // The rows a removeDialogs() takes (source rows from before it), while it runs, and how
    // many of them have gone so far; the proxy keeps source rows from before it until the end.
    std::vector<int> m_removal;
    size_t m_removedSoFar = 0;
    bool m_removing = false;

    int m_sliceRowLimit = 0;
    std::unique_ptr<SortJob> m_job;
    QTimer m_jobTimer;
};

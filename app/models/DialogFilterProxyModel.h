// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Dialog.h"

#include <QCollator>
#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringMatcher>

#include <limits>
#include <optional>
#include <vector>

class DialogTableModel;

// Sorting and the instant local filter over a DialogTableModel.
//
// Sorting uses DialogTableModel::SortRole: numbers and dates compare as values, text through a
// QCollator in numeric mode so that "Room 2" comes before "Room 10".
//
// A sort makes about 17 comparisons per row, and collating two texts each time made sorting
// 100 000 names take seconds. Over a DialogTableModel the sort column's keys are therefore kept
// per source row until the row changes: numbers for numbers and dates, collation keys for text,
// and for text also each row's rank among all rows, made before a sort or a filter change, so
// that most comparisons compare two ints. Rows added or changed since compare by their keys.
//
// The filter runs on every keystroke over every loaded row, so over a DialogTableModel it reads
// the Dialog values directly instead of building QVariants, and the needle is prepared once per
// change. Each row's verdict is kept: when the text grows (typing on), a row the shorter text
// rejected cannot match the longer one, so only the rows still shown are matched again. Any
// other source model works through its roles, only slower.
class DialogFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialogFilterProxyModel)

public:
    explicit DialogFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Keeps rows whose name, last message, dialog id or owner name contains the text, ignoring
    // case; a whole number also matches the owner's user id. Surrounding spaces are ignored and
    // an empty text keeps everything.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    // Keeps dialogs of these types; an empty list keeps every type.
    void setTypeFilter(const QList<DialogType> &types);
    QList<DialogType> typeFilter() const;

    // Many rows about to be appended (loading everything): sorting each page in costs a pass
    // over every row per page, so until endBulkAppend() appended rows stay at the end in
    // arrival order (still filtered), and the end sorts everything once.
    void beginBulkAppend();
    void endBulkAppend();
    bool isBulkAppending() const { return m_bulkAppending; }

    // The locale whose rules order text. Defaults to the application's locale; the C locale
    // orders by code point and cannot sort numbers naturally, so English stands in for it.
    void setCollatorLocale(const QLocale &locale);
    QLocale collatorLocale() const { return m_collator.locale(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool textMatches(QStringView text) const;
    bool acceptsDialog(const Dialog &dialog) const;
    bool acceptsGenericRow(int sourceRow) const;

    void watchSource(QAbstractItemModel *source);
    bool usesSortKeys() const;
    static bool isTextColumn(int column);
    // Sizes the key cache for the column about to be compared, emptying it for a new column.
    void prepareSortKeys(int column) const;
    const QCollatorSortKey &textKey(int sourceRow) const;
    qint64 numberKey(int sourceRow) const;
    bool textLessThan(int leftRow, int rightRow) const;
    // Ranks every row's text for the column unless most rows have a rank already.
    void rankRows(int column) const;
    // Before the base class re-filters: rows that come back are sorted in by rank.
    void prepareFilterChange();
    void clearSortKeys();
    void refilter();
    void forgetVerdicts(int first, int last);
    void eraseVerdicts(int first, int last);
    void dropSortKeys(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void eraseSortKeys(int first, int last);

    // Values beyond the known types (from a foreign source model) match no filter bit.
    static unsigned typeBit(DialogType type)
    {
        const auto value = static_cast<unsigned>(type);
        return value < 32 ? 1u << value : 0u;
    }

    // The same model as sourceModel() when it is a DialogTableModel, for the direct paths.
    QPointer<DialogTableModel> m_dialogs;
    QCollator m_collator;
    QString m_filterText;
    QStringMatcher m_matcher;
    std::optional<qint64> m_ownerIdNeedle;
    unsigned m_typeMask = 0; // bits of DialogType; 0 keeps every type
    bool m_bulkAppending = false;

    // Sort keys by source row for m_keyColumn, made when a comparison first needs them.
    static constexpr qint64 noNumberKey = std::numeric_limits<qint64>::min();
    mutable int m_keyColumn = -1;
    mutable std::vector<std::optional<QCollatorSortKey>> m_textKeys;
    mutable std::vector<qint64> m_numberKeys; // noNumberKey where not made yet
    // Rank of each row's text key among all rows (equal keys share a rank); -1 for a row that
    // changed since, which m_changedSinceRanking counts. Rows past the end have no rank yet.
    mutable std::vector<int> m_textRanks;
    mutable size_t m_changedSinceRanking = 0;
    QList<QMetaObject::Connection> m_sourceConnections;

    // Each source row's verdict under the current filter, by source row; rows past the end and
    // rows changed since have none.
    enum class Verdict : char { Unknown, Accepted, Rejected };
    mutable std::vector<Verdict> m_verdicts;
};

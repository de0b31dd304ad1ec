// SPDX-License-Identifier: Apache-2.0

#include "DialogFilterProxyModel.h"

#include "DialogTableModel.h"

#include <QDateTime>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

QLocale collatingLocale(const QLocale &locale)
{
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                           : locale;
}

} // namespace

DialogFilterProxyModel::DialogFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DialogTableModel::SortRole);
    m_matcher.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setLocale(collatingLocale(QLocale()));
}

void DialogFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (sourceModel == this->sourceModel())
        return;
    // Set before the base class looks at any row.
    m_dialogs = qobject_cast<DialogTableModel *>(sourceModel);
    clearSortKeys();
    m_verdicts.clear();
    watchSource(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

// Connected before the base class connects its own handlers, so stale keys are gone before it
// re-sorts changed or inserted rows.
void DialogFilterProxyModel::watchSource(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    if (!source)
        return;
    const auto clearKeys = [this] {
        clearSortKeys();
        m_verdicts.clear();
    };
    m_sourceConnections = {
        connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                dropSortKeys(topLeft, bottomRight);
                forgetVerdicts(topLeft.row(), bottomRight.row());
            }),
        connect(source, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) {
                // Rows added at the end get keys when first compared; anywhere else the
                // rows after them move.
                if (static_cast<size_t>(first) < std::max(m_textKeys.size(), m_numberKeys.size()))
                    clearSortKeys();
                if (static_cast<size_t>(first) < m_verdicts.size())
                    m_verdicts.clear();
            }),
        connect(source, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                eraseSortKeys(first, last);
                eraseVerdicts(first, last);
            }),
        connect(source, &QAbstractItemModel::rowsMoved, this, clearKeys),
        connect(source, &QAbstractItemModel::modelReset, this, clearKeys),
        connect(source, &QAbstractItemModel::layoutChanged, this, clearKeys),
    };
}

void DialogFilterProxyModel::setFilterText(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle == m_filterText)
        return;
    // A longer text that contains the old one matches a subset of its rows; a whole number
    // does not, as it also matches the owner's id exactly.
    bool isWholeNumber = false;
    needle.toLongLong(&isWholeNumber);
    const bool narrows = !isWholeNumber && needle.contains(m_filterText, Qt::CaseInsensitive);
    if (!narrows)
        m_verdicts.clear();
    m_filterText = needle;
    // The matcher folds the needle's case once here; matching then folds the haystack as it
    // goes, without making a lowercase copy of each row's text.
    m_matcher.setPattern(needle);
    bool isNumber = false;
    const qint64 number = needle.toLongLong(&isNumber);
    m_ownerIdNeedle = isNumber && number > 0 ? std::optional<qint64>(number) : std::nullopt;
    prepareFilterChange();
    refilter();
}

// The base class's own re-filter removes and inserts each run of rows that changed, updating
// its whole mapping for every run: a first letter hiding 60 000 scattered rows took seconds.
// Building the mapping anew is one filter pass and one sort of the rows kept, and the selection
// survives it (a layout change keeps persistent indexes).
void DialogFilterProxyModel::refilter()
{
    invalidate();
}

void DialogFilterProxyModel::forgetVerdicts(int first, int last)
{
    const auto end = std::min(m_verdicts.size(), static_cast<size_t>(last) + 1);
    for (auto row = static_cast<size_t>(first); row < end; ++row)
        m_verdicts[row] = Verdict::Unknown;
}

void DialogFilterProxyModel::eraseVerdicts(int first, int last)
{
    const auto begin = std::min(m_verdicts.size(), static_cast<size_t>(first));
    const auto end = std::min(m_verdicts.size(), static_cast<size_t>(last) + 1);
    m_verdicts.erase(m_verdicts.begin() + static_cast<std::ptrdiff_t>(begin),
        m_verdicts.begin() + static_cast<std::ptrdiff_t>(end));
}

void DialogFilterProxyModel::setTypeFilter(const QList<DialogType> &types)
{
    unsigned mask = 0;
    for (DialogType type : types)
        mask |= typeBit(type);
    if (mask == m_typeMask)
        return;
    m_typeMask = mask;
    m_verdicts.clear();
    prepareFilterChange();
    refilter();
}

QList<DialogType> DialogFilterProxyModel::typeFilter() const
{
    QList<DialogType> types;
    for (DialogType type :
        { DialogType::Unknown, DialogType::Public, DialogType::Group, DialogType::Private }) {
        if (m_typeMask & typeBit(type))
            types.append(type);
    }
    return types;
}

void DialogFilterProxyModel::beginBulkAppend()
{
    if (m_bulkAppending)
        return;
    m_bulkAppending = true;
    // Without dynamic sorting the base class puts rows added at the end after every other row,
    // in one insertion, instead of finding each one's place.
    setDynamicSortFilter(false);
}

void DialogFilterProxyModel::endBulkAppend()
{
    if (!m_bulkAppending)
        return;
    m_bulkAppending = false;
    prepareFilterChange();
    // Rows changed meanwhile (owner names resolved) were not filtered again.
    if (!m_filterText.isEmpty() || m_typeMask != 0) {
        m_verdicts.clear();
        refilter();
    }
    // Sorts everything once, keeping the selection.
    setDynamicSortFilter(true);
}

void DialogFilterProxyModel::setCollatorLocale(const QLocale &locale)
{
    m_collator.setLocale(collatingLocale(locale));
    clearSortKeys();
    // Only the order changes, but the base class has no cheaper way to sort again.
    invalidate();
}

bool DialogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (!m_dialogs)
        return acceptsGenericRow(sourceRow);
    const auto row = static_cast<size_t>(sourceRow);
    if (row < m_verdicts.size() && m_verdicts[row] == Verdict::Rejected)
        return false;
    const bool accepted = acceptsDialog(m_dialogs->dialogAt(sourceRow));
    if (row >= m_verdicts.size())
        m_verdicts.resize(static_cast<size_t>(m_dialogs->rowCount()), Verdict::Unknown);
    m_verdicts[row] = accepted ? Verdict::Accepted : Verdict::Rejected;
    return accepted;
}

bool DialogFilterProxyModel::textMatches(QStringView text) const
{
    return !text.isEmpty() && m_matcher.indexIn(text) >= 0;
}

bool DialogFilterProxyModel::acceptsDialog(const Dialog &dialog) const
{
    if (m_typeMask != 0 && (m_typeMask & typeBit(dialog.type)) == 0)
        return false;
    if (m_filterText.isEmpty())
        return true;
    if (m_ownerIdNeedle && dialog.ownerId == *m_ownerIdNeedle)
        return true;
    return textMatches(dialog.name) || textMatches(dialog.lastMessage) || textMatches(dialog.id)
        || textMatches(m_dialogs->userName(dialog.ownerId));
}

bool DialogFilterProxyModel::acceptsGenericRow(int sourceRow) const
{
    const QAbstractItemModel *source = sourceModel();
    const auto value = [source, sourceRow](int column, int role) {
        return source->index(sourceRow, column).data(role);
    };
    if (m_typeMask != 0) {
        const QVariant type = value(DialogTableModel::Name, DialogTableModel::TypeRole);
        if ((m_typeMask & typeBit(static_cast<DialogType>(type.toInt()))) == 0)
            return false;
    }
    if (m_filterText.isEmpty())
        return true;
    if (m_ownerIdNeedle
        && value(DialogTableModel::Owner, DialogTableModel::OwnerIdRole).toLongLong()
            == *m_ownerIdNeedle)
        return true;
    return textMatches(value(DialogTableModel::Name, Qt::DisplayRole).toString())
        || textMatches(value(DialogTableModel::LastMessage, Qt::ToolTipRole).toString())
        || textMatches(value(DialogTableModel::Name, DialogTableModel::IdRole).toString())
        || textMatches(value(DialogTableModel::Owner, Qt::DisplayRole).toString());
}

void DialogFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= 0 && isTextColumn(column) && usesSortKeys())
        rankRows(column);
    QSortFilterProxyModel::sort(column, order);
}

void DialogFilterProxyModel::prepareFilterChange()
{
    const int column = sortColumn();
    if (column >= 0 && isTextColumn(column) && usesSortKeys())
        rankRows(column);
}

bool DialogFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.model() == m_dialogs.data() && usesSortKeys()) {
        const int column = left.column();
        prepareSortKeys(column);
        if (isTextColumn(column))
            return textLessThan(left.row(), right.row());
        return numberKey(left.row()) < numberKey(right.row());
    }

    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    if (leftValue.metaType().id() == QMetaType::QString
        && rightValue.metaType().id() == QMetaType::QString)
        return m_collator.compare(leftValue.toString(), rightValue.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

bool DialogFilterProxyModel::usesSortKeys() const
{
    return m_dialogs && sourceModel() == m_dialogs.data()
        && sortRole() == DialogTableModel::SortRole;
}

bool DialogFilterProxyModel::isTextColumn(int column)
{
    return column == DialogTableModel::Name || column == DialogTableModel::Owner
        || column == DialogTableModel::LastMessage;
}

void DialogFilterProxyModel::prepareSortKeys(int column) const
{
    if (column != m_keyColumn) {
        m_textKeys.clear();
        m_numberKeys.clear();
        m_textRanks.clear();
        m_changedSinceRanking = 0;
        m_keyColumn = column;
    }
    const auto rows = static_cast<size_t>(m_dialogs->rowCount());
    if (isTextColumn(column)) {
        if (m_textKeys.size() < rows)
            m_textKeys.resize(rows);
    } else if (m_numberKeys.size() < rows) {
        m_numberKeys.resize(rows, noNumberKey);
    }
}

// The keys give the same order as DialogTableModel::SortRole, read straight from the values.
const QCollatorSortKey &DialogFilterProxyModel::textKey(int sourceRow) const
{
    std::optional<QCollatorSortKey> &key = m_textKeys[static_cast<size_t>(sourceRow)];
    if (!key) {
        const Dialog &dialog = m_dialogs->dialogAt(sourceRow);
        switch (m_keyColumn) {
        case DialogTableModel::Name:
            key.emplace(m_collator.sortKey(dialog.name));
            break;
        case DialogTableModel::Owner:
            key.emplace(m_collator.sortKey(m_dialogs->ownerText(dialog)));
            break;
        default:
            key.emplace(m_collator.sortKey(dialog.lastMessage));
            break;
        }
    }
    return *key;
}

qint64 DialogFilterProxyModel::numberKey(int sourceRow) const
{
    qint64 &key = m_numberKeys[static_cast<size_t>(sourceRow)];
    if (key != noNumberKey)
        return key;
    const Dialog &dialog = m_dialogs->dialogAt(sourceRow);
    // Dates without a value sort as the oldest, just above the "not made yet" marker.
    const auto dateKey = [](const QDateTime &when) {
        return when.isValid() ? when.toMSecsSinceEpoch() : noNumberKey + 1;
    };
    switch (m_keyColumn) {
    case DialogTableModel::Type:
        key = static_cast<qint64>(dialog.type);
        break;
    case DialogTableModel::Members:
        key = DialogTableModel::memberSortValue(dialog);
        break;
    case DialogTableModel::LastActivity:
        key = dateKey(DialogTableModel::lastActivity(dialog));
        break;
    case DialogTableModel::Created:
        key = dateKey(dialog.createdAt);
        break;
    default:
        key = 0;
        break;
    }
    return key;
}

bool DialogFilterProxyModel::textLessThan(int leftRow, int rightRow) const
{
    const auto rankOf = [this](int row) {
        const auto index = static_cast<size_t>(row);
        return index < m_textRanks.size() ? m_textRanks[index] : -1;
    };
    const int leftRank = rankOf(leftRow);
    const int rightRank = rankOf(rightRow);
    if (leftRank >= 0 && rightRank >= 0)
        return leftRank < rightRank;
    return textKey(leftRow).compare(textKey(rightRow)) < 0;
}

void DialogFilterProxyModel::rankRows(int column) const
{
    prepareSortKeys(column);
    const size_t rows = m_textKeys.size();
    const size_t unranked = m_changedSinceRanking + (rows - std::min(rows, m_textRanks.size()));
    // A few rows without a rank compare by key; many would make every keystroke slow.
    if (rows == 0 || (!m_textRanks.empty() && unranked * 8 < rows))
        return;

    std::vector<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
        [this](int left, int right) { return textKey(left).compare(textKey(right)) < 0; });
    // Equal keys must share a rank: a row without a rank finds them equal by key, and the
    // order would not be consistent if their ranks said otherwise.
    m_textRanks.assign(rows, -1);
    int rank = 0;
    for (size_t i = 0; i < rows; ++i) {
        if (i > 0 && textKey(order[i - 1]).compare(textKey(order[i])) != 0)
            ++rank;
        m_textRanks[static_cast<size_t>(order[i])] = rank;
    }
    m_changedSinceRanking = 0;
}

void DialogFilterProxyModel::clearSortKeys()
{
    m_textKeys.clear();
    m_numberKeys.clear();
    m_textRanks.clear();
    m_changedSinceRanking = 0;
}

void DialogFilterProxyModel::dropSortKeys(
    const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_keyColumn < topLeft.column() || m_keyColumn > bottomRight.column())
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const auto index = static_cast<size_t>(row);
        if (index < m_textKeys.size())
            m_textKeys[index].reset();
        if (index < m_numberKeys.size())
            m_numberKeys[index] = noNumberKey;
        if (index < m_textRanks.size() && m_textRanks[index] >= 0) {
            m_textRanks[index] = -1;
            ++m_changedSinceRanking;
        }
    }
}

// Keeps the keys of the rows after the removed ones: a removal changes no one's order.
void DialogFilterProxyModel::eraseSortKeys(int first, int last)
{
    const auto eraseRange = [first, last](auto &keys) {
        const auto begin = std::min(keys.size(), static_cast<size_t>(first));
        const auto end = std::min(keys.size(), static_cast<size_t>(last) + 1);
        keys.erase(keys.begin() + static_cast<std::ptrdiff_t>(begin),
            keys.begin() + static_cast<std::ptrdiff_t>(end));
    };
    const auto rankBegin = std::min(m_textRanks.size(), static_cast<size_t>(first));
    const auto rankEnd = std::min(m_textRanks.size(), static_cast<size_t>(last) + 1);
    m_changedSinceRanking -= static_cast<size_t>(
        std::count(m_textRanks.begin() + static_cast<std::ptrdiff_t>(rankBegin),
            m_textRanks.begin() + static_cast<std::ptrdiff_t>(rankEnd), -1));
    eraseRange(m_textKeys);
    eraseRange(m_numberKeys);
    eraseRange(m_textRanks);
}

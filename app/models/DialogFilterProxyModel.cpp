// SPDX-License-Identifier: Apache-2.0

#include "DialogFilterProxyModel.h"

#include "DialogTableModel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QScopeGuard>

#include <algorithm>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

// Between the fields of a row's folded text, so that no needle matches across two fields.
constexpr QChar fieldSeparator = QChar(0);

// A slice of a sort job stops once it has run this long; single steps take a few ms more.
constexpr qint64 sliceMs = 20;
// Rows each job slice sorts in one go before merging runs.
constexpr size_t runLength = 4096;

// Dates without a value sort as the oldest.
qint64 dateKey(const QDateTime &when)
{
    return when.isValid() ? when.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

} // namespace

DialogFilterProxyModel::DialogFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    // Each slice is started anew when the last one ends. A repeating timer would be due again
    // from when its slice began, ahead of every other timer that fell due during the slice, so
    // those would wait for two slices.
    m_jobTimer.setSingleShot(true);
    m_jobTimer.setInterval(0);
    connect(&m_jobTimer, &QTimer::timeout, this, &DialogFilterProxyModel::continueSortJob);
}

struct DialogFilterProxyModel::SortJob {
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
    std::vector<Key> keys; // by source row; made from the first row on
    std::vector<int> rows; // every source row, ordered as far as the job has got
    std::vector<int> spare; // where a merge pass writes
    size_t runWidth = 0; // rows sorted runs have; 0 until the runs are sorted
    size_t next = 0; // the next run to sort or the next pair of runs to merge
};

DialogFilterProxyModel::~DialogFilterProxyModel() = default;

void DialogFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (sourceModel == this->sourceModel())
        return;
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(sourceModel);
    m_dialogs = qobject_cast<DialogTableModel *>(sourceModel);
    if (m_dialogs) {
        DialogTableModel *source = m_dialogs;
        const auto reset = [this] {
            beginResetModel();
            rebuildAll();
            endResetModel();
        };
        m_sourceConnections = {
            connect(source, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); }),
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    onRowsAboutToBeRemoved(first, last);
                }),
            connect(source, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) { onRowsRemoved(first, last); }),
            connect(source, &DialogTableModel::dialogsAboutToBeRemoved, this,
                &DialogFilterProxyModel::onDialogsAboutToBeRemoved),
            connect(source, &DialogTableModel::dialogsRemoved, this,
                &DialogFilterProxyModel::onDialogsRemoved),
            connect(source, &QAbstractItemModel::dataChanged, this,
                &DialogFilterProxyModel::onDataChanged),
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
                &DialogFilterProxyModel::beginResetModel),
            connect(source, &QAbstractItemModel::modelReset, this,
                [this] {
                    rebuildAll();
                    endResetModel();
                }),
            // The table model moves no rows and changes no layout; should it ever, start over.
            connect(source, &QAbstractItemModel::rowsMoved, this, reset),
            connect(source, &QAbstractItemModel::layoutChanged, this, reset),
            connect(source, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged),
        };
    }
    rebuildAll();
    endResetModel();
}

QModelIndex DialogFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex DialogFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int DialogFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DialogFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dialogs ? 0 : DialogTableModel::ColumnCount;
}

bool DialogFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex DialogFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

QModelIndex DialogFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_dialogs || !proxyIndex.isValid() || proxyIndex.model() != this
        || proxyIndex.row() >= rowCount())
        return {};
    return m_dialogs->index(
        currentSourceRow(m_rows[static_cast<size_t>(proxyIndex.row())]), proxyIndex.column());
}

QModelIndex DialogFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_dialogs || !sourceIndex.isValid() || sourceIndex.model() != m_dialogs.data())
        return {};
    const auto sourceRow = static_cast<size_t>(rowBeforeRemoval(sourceIndex.row()));
    ensureIndexed();
    if (sourceRow >= m_proxyRowOf.size())
        return {};
    const int row = m_proxyRowOf[sourceRow];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant DialogFilterProxyModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    // Column titles come from the table model whether or not any row is shown.
    if (m_dialogs && orientation == Qt::Horizontal)
        return m_dialogs->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

// --- Keeping up with the source ---

void DialogFilterProxyModel::rebuildAll()
{
    cancelSortJob();
    const int rows = m_dialogs ? m_dialogs->rowCount() : 0;
    m_haystacks.assign(static_cast<size_t>(rows), QString());
    m_textHits.assign(static_cast<size_t>(rows), 0);
    m_accepted.assign(static_cast<size_t>(rows), 0);
    refreshOwnerMatches();
    for (int row = 0; row < rows; ++row) {
        m_haystacks[static_cast<size_t>(row)] = haystack(row);
        judge(row);
    }
    m_order.resize(static_cast<size_t>(rows));
    std::iota(m_order.begin(), m_order.end(), 0);
    remakeKeys();
    if (m_sortColumn >= 0)
        sortRows(m_order);
    m_sortedCount = m_order.size();
    m_rows.clear();
    for (int row : m_order) {
        if (accepts(row))
            m_rows.push_back(row);
    }
    indexRows();
}

void DialogFilterProxyModel::onRowsInserted(int first, int last)
{
    const auto oldCount = m_haystacks.size();
    if (static_cast<size_t>(first) != oldCount) {
        // The table model only appends; rows put anywhere else start everything over.
        beginResetModel();
        rebuildAll();
        endResetModel();
        return;
    }
    const auto added = static_cast<size_t>(last - first + 1);
    m_haystacks.resize(oldCount + added);
    m_textHits.resize(oldCount + added, 0);
    m_accepted.resize(oldCount + added, 0);
    // Numbers left for later stay so: the new rows are numbered with the rest.
    if (!m_proxyRowsStale)
        m_proxyRowOf.resize(oldCount + added, -1);
    std::vector<int> fresh(added);
    std::iota(fresh.begin(), fresh.end(), first);
    for (int row : fresh) {
        m_haystacks[static_cast<size_t>(row)] = haystack(row);
        judge(row);
        if (m_sortColumn >= 0)
            m_keys.push_back(makeKey(row));
    }

    if (m_job)
        restartSortJob(first);
    const bool sortIn = m_sortColumn >= 0 && !m_bulkAppending;
    if (sortIn)
        sortRows(fresh);
    std::vector<int> shown;
    for (int row : fresh) {
        if (accepts(row))
            shown.push_back(row);
    }
    // One insertion at the end; a sorted page then moves into place in one layout change.
    if (!shown.empty()) {
        const int begin = rowCount();
        beginInsertRows({}, begin, begin + static_cast<int>(shown.size()) - 1);
        for (int row : shown) {
            if (!m_proxyRowsStale)
                m_proxyRowOf[static_cast<size_t>(row)] = static_cast<int>(m_rows.size());
            m_rows.push_back(row);
        }
        endInsertRows();
    }
    if (sortIn) {
        mergeIntoOrder(fresh);
        relayout(false);
    } else {
        m_order.insert(m_order.end(), fresh.begin(), fresh.end());
        if (m_sortColumn < 0)
            m_sortedCount = m_order.size();
    }
}

void DialogFilterProxyModel::onRowsAboutToBeRemoved(int first, int last)
{
    if (m_removing)
        return; // gone from the view already
    ensureIndexed();
    std::vector<char> going(m_proxyRowOf.size(), 0);
    std::fill(going.begin() + first, going.begin() + last + 1, 1);
    hideSourceRows(going);
}

void DialogFilterProxyModel::hideSourceRows(const std::vector<char> &going)
{
    ensureIndexed();
    std::vector<int> doomed;
    for (size_t proxyRow = 0; proxyRow < m_rows.size(); ++proxyRow) {
        if (going[static_cast<size_t>(m_rows[proxyRow])])
            doomed.push_back(static_cast<int>(proxyRow));
    }
    if (doomed.empty())
        return;
    const bool adjacent = doomed.back() - doomed.front() + 1 == static_cast<int>(doomed.size());
    if (!adjacent) {
        // Scattered rows move to the end in one layout change, to leave in one removal.
        std::vector<int> rows;
        rows.reserve(m_rows.size());
        for (int row : m_rows) {
            if (!going[static_cast<size_t>(row)])
                rows.push_back(row);
        }
        for (int proxyRow : doomed)
            rows.push_back(m_rows[static_cast<size_t>(proxyRow)]);
        changeLayout(std::move(rows), QAbstractItemModel::VerticalSortHint);
        std::iota(doomed.begin(), doomed.end(), rowCount() - static_cast<int>(doomed.size()));
        ensureIndexed();
    }
    beginRemoveRows({}, doomed.front(), doomed.back());
    for (int proxyRow : doomed)
        m_proxyRowOf[static_cast<size_t>(m_rows[static_cast<size_t>(proxyRow)])] = -1;
    m_rows.erase(m_rows.begin() + doomed.front(), m_rows.begin() + doomed.back() + 1);
    for (auto proxyRow = static_cast<size_t>(doomed.front()); proxyRow < m_rows.size(); ++proxyRow)
        m_proxyRowOf[static_cast<size_t>(m_rows[proxyRow])] = static_cast<int>(proxyRow);
    endRemoveRows();
}

void DialogFilterProxyModel::onDialogsAboutToBeRemoved(const QList<int> &rows)
{
    ensureIndexed();
    std::vector<char> going(m_proxyRowOf.size(), 0);
    for (int row : rows)
        going[static_cast<size_t>(row)] = 1;
    hideSourceRows(going);
    m_removal.assign(rows.cbegin(), rows.cend());
    m_removedSoFar = 0;
    m_removing = true;
}

// The source removes the rows run by run from the top; those before a row that have gone
// moved it up.
int DialogFilterProxyModel::currentSourceRow(int row) const
{
    if (!m_removing)
        return row;
    const auto before = static_cast<size_t>(
        std::lower_bound(m_removal.begin(), m_removal.end(), row) - m_removal.begin());
    return row - static_cast<int>(std::min(before, m_removedSoFar));
}

int DialogFilterProxyModel::rowBeforeRemoval(int currentRow) const
{
    if (!m_removing)
        return currentRow;
    // The i-th row gone was at m_removal[i] - i in the numbering without the ones before it.
    size_t low = 0;
    size_t high = m_removedSoFar;
    while (low < high) {
        const size_t middle = (low + high) / 2;
        if (m_removal[middle] - static_cast<int>(middle) <= currentRow)
            low = middle + 1;
        else
            high = middle;
    }
    return currentRow + static_cast<int>(low);
}

void DialogFilterProxyModel::onDialogsRemoved()
{
    if (!m_removing)
        return;
    m_removing = false;
    std::vector<char> going(m_haystacks.size(), 0);
    for (int row : m_removal)
        going[static_cast<size_t>(row)] = 1;
    // New number of each row that stays.
    std::vector<int> renumbered(m_haystacks.size(), -1);
    int next = 0;
    for (size_t row = 0; row < renumbered.size(); ++row) {
        if (!going[row])
            renumbered[row] = next++;
    }
    const auto compact = [&going](auto &perRow) {
        size_t kept = 0;
        const size_t size = std::min(perRow.size(), going.size());
        for (size_t row = 0; row < size; ++row) {
            if (!going[row]) {
                if (kept != row)
                    perRow[kept] = std::move(perRow[row]);
                ++kept;
            }
        }
        perRow.erase(perRow.begin() + static_cast<std::ptrdiff_t>(kept),
            perRow.begin() + static_cast<std::ptrdiff_t>(size));
    };
    compact(m_haystacks);
    compact(m_textHits);
    compact(m_accepted);
    compact(m_keys);
    if (m_job) {
        compact(m_job->keys);
        restartSortJob(static_cast<int>(m_job->keys.size()));
    }
    dropUnusedKeys();
    size_t kept = 0;
    size_t sortedKept = 0;
    for (size_t i = 0; i < m_order.size(); ++i) {
        const int row = renumbered[static_cast<size_t>(m_order[i])];
        if (row < 0)
            continue;
        if (i < m_sortedCount)
            ++sortedKept;
        m_order[kept++] = row;
    }
    m_order.resize(kept);
    m_sortedCount = sortedKept;
    for (int &row : m_rows)
        row = renumbered[static_cast<size_t>(row)];
    m_removal.clear();
    m_removedSoFar = 0;
    indexRows();
}

// The rows left keep their order and their proxy rows; only source row numbers shift.
void DialogFilterProxyModel::onRowsRemoved(int first, int last)
{
    const int removed = last - first + 1;
    if (m_removing) {
        m_removedSoFar += static_cast<size_t>(removed);
        return;
    }
    const auto eraseRange = [first, last](auto &perRow) {
        perRow.erase(perRow.begin() + first, perRow.begin() + last + 1);
    };
    eraseRange(m_haystacks);
    eraseRange(m_textHits);
    eraseRange(m_accepted);
    ensureIndexed();
    eraseRange(m_proxyRowOf);
    if (!m_keys.empty())
        eraseRange(m_keys);
    if (m_job) {
        if (m_job->keys.size() > static_cast<size_t>(last))
            eraseRange(m_job->keys);
        else
            m_job->keys.resize(std::min(m_job->keys.size(), static_cast<size_t>(first)));
        restartSortJob(static_cast<int>(m_job->keys.size()));
    }
    dropUnusedKeys();

    size_t kept = 0;
    size_t sortedKept = 0;
    for (size_t i = 0; i < m_order.size(); ++i) {
        const int row = m_order[i];
        if (row >= first && row <= last)
            continue;
        if (i < m_sortedCount)
            ++sortedKept;
        m_order[kept++] = row > last ? row - removed : row;
    }
    m_order.resize(kept);
    m_sortedCount = sortedKept;
    for (int &row : m_rows) {
        if (row > last)
            row -= removed;
    }
}

void DialogFilterProxyModel::onDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const int top = topLeft.row();
    const int bottom = bottomRight.row();
    const int left = topLeft.column();
    const int right = bottomRight.column();
    const bool ownersChanged = left <= DialogTableModel::Owner && right >= DialogTableModel::Owner;
    // Owner names live in the table model, not in the rows: only they change when a whole
    // Owner column changes.
    const bool onlyOwners = left == DialogTableModel::Owner && right == DialogTableModel::Owner;
    if (ownersChanged) {
        m_ownerKeys.clear();
        refreshOwnerMatches();
    }
    const bool keysChanged = m_sortColumn >= left && m_sortColumn <= right;
    if (m_job && m_job->column >= left && m_job->column <= right)
        restartSortJob(top);

    std::vector<int> moved;
    for (int row = top; row <= bottom; ++row) {
        if (!onlyOwners)
            m_haystacks[static_cast<size_t>(row)] = haystack(row);
        judge(row, !onlyOwners);
        if (keysChanged) {
            m_keys[static_cast<size_t>(row)] = makeKey(row);
            moved.push_back(row);
        }
    }
    if (!moved.empty()) {
        std::vector<char> isMoved(m_haystacks.size(), 0);
        for (int row : moved)
            isMoved[static_cast<size_t>(row)] = 1;
        size_t kept = 0;
        size_t sortedKept = 0;
        for (size_t i = 0; i < m_order.size(); ++i) {
            const int row = m_order[i];
            if (isMoved[static_cast<size_t>(row)])
                continue;
            if (i < m_sortedCount)
                ++sortedKept;
            m_order[kept++] = row;
        }
        m_order.resize(kept);
        m_sortedCount = sortedKept;
        sortRows(moved);
        mergeIntoOrder(moved);
        dropUnusedKeys();
    }
    relayout(false);

    const int shownRows = rowCount();
    if (shownRows == 0)
        return;
    if (bottom - top > 64) {
        Q_EMIT dataChanged(index(0, left), index(shownRows - 1, right));
        return;
    }
    ensureIndexed();
    for (int row = top; row <= bottom; ++row) {
        const int proxyRow = m_proxyRowOf[static_cast<size_t>(row)];
        if (proxyRow >= 0)
            Q_EMIT dataChanged(index(proxyRow, left), index(proxyRow, right));
    }
}

// --- Filtering ---

namespace {

// Writes the folded text to out, which has room for text.size() characters: folding keeps
// every character in its plane, so the length stays.
void foldInto(QStringView text, char16_t *out)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            out[i] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        } else if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            const char32_t folded
                = QChar::toCaseFolded(QChar::surrogateToUcs4(c, text[i + 1].unicode()));
            out[i] = QChar::highSurrogate(folded);
            out[++i] = QChar::lowSurrogate(folded);
        } else {
            out[i] = static_cast<char16_t>(QChar::toCaseFolded(char32_t(c)));
        }
    }
}

// Where in the needle to look first: its least common character, ranked by how often letters
// occur in English text; anything else (digits, other scripts) counts as rare.
qsizetype rarestCharacter(QStringView needle)
{
    static constexpr QStringView byFrequency = u" etaoinsrhldcumfpgwybvkxjqz";
    qsizetype rarest = 0;
    qsizetype rarestRank = -1;
    for (qsizetype i = 0; i < needle.size(); ++i) {
        qsizetype rank = byFrequency.indexOf(needle[i]);
        if (rank < 0)
            rank = byFrequency.size();
        if (rank > rarestRank) {
            rarestRank = rank;
            rarest = i;
        }
    }
    return rarest;
}

} // namespace

QString DialogFilterProxyModel::folded(QStringView text)
{
    QString result(text.size(), Qt::Uninitialized);
    foldInto(text, reinterpret_cast<char16_t *>(result.data()));
    return result;
}

QString DialogFilterProxyModel::haystack(int sourceRow) const
{
    const Dialog &dialog = m_dialogs->dialogAt(sourceRow);
    QString text(
        dialog.name.size() + dialog.lastMessage.size() + dialog.id.size() + 2, Qt::Uninitialized);
    auto *out = reinterpret_cast<char16_t *>(text.data());
    for (const QString *field : { &dialog.name, &dialog.lastMessage, &dialog.id }) {
        foldInto(*field, out);
        out += field->size();
        if (field != &dialog.id)
            *out++ = fieldSeparator.unicode();
    }
    return text;
}

// A vectorised search for the needle's rarest character, and a comparison of the whole
// needle only where it occurs: about twice as fast as a Boyer-Moore search over short texts.
bool DialogFilterProxyModel::containsNeedle(QStringView text) const
{
    const QStringView needle = m_foldedNeedle;
    const qsizetype length = needle.size();
    if (length == 1)
        return text.contains(needle.front());
    const QChar pivot = needle[m_pivot];
    const qsizetype last = text.size() - (length - m_pivot);
    for (qsizetype from = m_pivot; from <= last;) {
        const qsizetype at = text.indexOf(pivot, from);
        if (at < 0 || at > last)
            return false;
        if (text.sliced(at - m_pivot, length) == needle)
            return true;
        from = at + 1;
    }
    return false;
}

bool DialogFilterProxyModel::haystackMatches(int sourceRow) const
{
    if (!m_foldedNeedle.contains(fieldSeparator))
        return containsNeedle(m_haystacks[static_cast<size_t>(sourceRow)]);
    // A needle with the separator in it could match across two fields: each on its own.
    const Dialog &dialog = m_dialogs->dialogAt(sourceRow);
    for (const QString *field : { &dialog.name, &dialog.lastMessage, &dialog.id }) {
        if (folded(*field).contains(m_foldedNeedle))
            return true;
    }
    return false;
}

void DialogFilterProxyModel::judge(int sourceRow, bool rematch)
{
    const auto row = static_cast<size_t>(sourceRow);
    const Dialog &dialog = m_dialogs->dialogAt(sourceRow);
    const bool typeAccepted = m_typeMask == 0 || (m_typeMask & typeBit(dialog.type)) != 0;
    if (m_filterText.isEmpty()) {
        m_accepted[row] = typeAccepted;
        return;
    }
    if (typeAccepted && rematch)
        m_textHits[row] = haystackMatches(sourceRow);
    m_accepted[row] = typeAccepted
        && (m_textHits[row] || (m_ownerIdNeedle && dialog.ownerId == *m_ownerIdNeedle)
            || m_matchingOwners.contains(dialog.ownerId));
}

void DialogFilterProxyModel::refreshOwnerMatches()
{
    m_matchingOwners.clear();
    if (!m_dialogs || m_filterText.isEmpty())
        return;
    const QHash<qint64, QString> &names = m_dialogs->userNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (!it.value().isEmpty() && folded(it.value()).contains(m_foldedNeedle))
            m_matchingOwners.insert(it.key());
    }
}

void DialogFilterProxyModel::setFilterText(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle == m_filterText)
        return;
    // A longer text that contains the old one matches a subset of its rows; a whole number
    // does not, as it also matches the owner's id exactly.
    bool isWholeNumber = false;
    const qint64 number = needle.toLongLong(&isWholeNumber);
    const bool narrows = !isWholeNumber && folded(needle).contains(folded(m_filterText));
    m_filterText = needle;
    m_foldedNeedle = folded(needle);
    m_pivot = rarestCharacter(m_foldedNeedle);
    m_ownerIdNeedle = isWholeNumber && number > 0 ? std::optional<qint64>(number) : std::nullopt;
    refreshOwnerMatches();
    if (!m_dialogs)
        return;
    if (narrows) {
        // A row hidden now stays hidden: only the rows shown are judged again, in source order
        // (memory order) rather than in sort order.
        ensureIndexed();
        for (int row = 0; row < static_cast<int>(m_proxyRowOf.size()); ++row) {
            if (m_proxyRowOf[static_cast<size_t>(row)] >= 0)
                judge(row);
        }
    } else {
        for (int row = 0; row < static_cast<int>(m_haystacks.size()); ++row)
            judge(row);
    }
    relayout(true);
}

void DialogFilterProxyModel::setTypeFilter(const QList<DialogType> &types)
{
    unsigned mask = 0;
    for (DialogType type : types)
        mask |= typeBit(type);
    if (mask == m_typeMask)
        return;
    m_typeMask = mask;
    if (!m_dialogs)
        return;
    for (int row = 0; row < static_cast<int>(m_haystacks.size()); ++row)
        judge(row);
    relayout(true);
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

// --- Sorting ---

bool DialogFilterProxyModel::isTextColumn(int column)
{
    return column == DialogTableModel::Name || column == DialogTableModel::Owner
        || column == DialogTableModel::LastMessage;
}

// The same order as DialogTableModel::SortRole, read straight from the values.
DialogFilterProxyModel::Key DialogFilterProxyModel::makeKey(int sourceRow, int column)
{
    const Dialog &dialog = m_dialogs->dialogAt(sourceRow);
    switch (column) {
    case DialogTableModel::Name:
        return m_sortKeys.text(dialog.name);
    case DialogTableModel::Owner: {
        // Many dialogs share an owner: one key each.
        auto found = m_ownerKeys.constFind(dialog.ownerId);
        if (found == m_ownerKeys.cend()) {
            const Key key = m_sortKeys.text(m_dialogs->ownerText(dialog));
            found = m_ownerKeys.insert(dialog.ownerId, key);
        }
        return *found;
    }
    case DialogTableModel::LastMessage:
        return m_sortKeys.text(dialog.lastMessage);
    case DialogTableModel::Type:
        return SortKeys::number(static_cast<qint64>(dialog.type));
    case DialogTableModel::Members:
        return SortKeys::number(DialogTableModel::memberSortValue(dialog));
    case DialogTableModel::LastActivity:
        return SortKeys::number(dateKey(DialogTableModel::lastActivity(dialog)));
    case DialogTableModel::Created:
        return SortKeys::number(dateKey(dialog.createdAt));
    default:
        return {};
    }
}

void DialogFilterProxyModel::dropUnusedKeys()
{
    // A job's keys are in use too; its end drops what it replaced.
    if (!m_job && m_sortKeys.dropUnused(m_keys))
        m_ownerKeys.clear(); // renumbered: its keys are no longer good
}

void DialogFilterProxyModel::remakeKeys()
{
    // Only the sort job and the owner cache hold keys besides these; a job is restarted or gone
    // before this, and the cache is made again.
    m_keys.clear();
    m_ownerKeys.clear();
    if (!m_job)
        m_sortKeys.clear();
    if (m_sortColumn < 0 || !m_dialogs)
        return;
    m_keys.reserve(m_haystacks.size());
    for (int row = 0; row < static_cast<int>(m_haystacks.size()); ++row)
        m_keys.push_back(makeKey(row));
}

bool DialogFilterProxyModel::precedes(
    const std::vector<Key> &keys, Qt::SortOrder order, int leftRow, int rightRow) const
{
    const int result = m_sortKeys.compare(
        keys[static_cast<size_t>(leftRow)], keys[static_cast<size_t>(rightRow)]);
    if (result != 0)
        return order == Qt::AscendingOrder ? result < 0 : result > 0;
    return leftRow < rightRow;
}

void DialogFilterProxyModel::sortRows(std::vector<int> &rows) const
{
    if (m_sortColumn < 0) {
        std::sort(rows.begin(), rows.end());
        return;
    }
    // Ties go by source row, so the order is total and an unstable sort gives one answer.
    std::sort(
        rows.begin(), rows.end(), [this](int left, int right) { return before(left, right); });
}

void DialogFilterProxyModel::findPlaces(const std::vector<int> &rows, size_t first, size_t last,
    size_t low, size_t high, std::vector<size_t> &places) const
{
    const auto goesBefore = [this](int left, int right) {
        return m_sortColumn < 0 ? left < right : before(left, right);
    };
    while (first < last) {
        const size_t middle = first + (last - first) / 2;
        const auto begin = m_order.begin();
        const auto place = std::upper_bound(begin + static_cast<std::ptrdiff_t>(low),
            begin + static_cast<std::ptrdiff_t>(high), rows[middle], goesBefore);
        places[middle] = static_cast<size_t>(place - begin);
        findPlaces(rows, first, middle, low, places[middle], places);
        first = middle + 1;
        low = places[middle];
    }
}

void DialogFilterProxyModel::mergeIntoOrder(const std::vector<int> &rows)
{
    if (rows.empty())
        return;
    // The middle row's place is searched for first, then each half of the page searches only
    // its side of it: the top of the search is shared, not repeated for every row.
    std::vector<size_t> places(rows.size());
    findPlaces(rows, 0, rows.size(), 0, m_sortedCount, places);
    // In place from the back: the unsorted tail moves up by the whole page, and each run of
    // sorted rows by the number of new rows that go before it.
    const auto at = [this](size_t i) { return m_order.begin() + static_cast<std::ptrdiff_t>(i); };
    const size_t oldSize = m_order.size();
    m_order.resize(oldSize + rows.size());
    std::move_backward(at(m_sortedCount), at(oldSize), m_order.end());
    size_t read = m_sortedCount;
    size_t write = m_sortedCount + rows.size();
    for (size_t i = rows.size(); i-- > 0;) {
        std::move_backward(at(places[i]), at(read), at(write));
        write -= read - places[i];
        read = places[i];
        m_order[--write] = rows[i];
    }
    m_sortedCount += rows.size();
}

void DialogFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= DialogTableModel::ColumnCount || column < 0)
        column = -1;
    if (m_job) {
        if (m_job->column == column && m_job->order == order)
            return;
        cancelSortJob();
    }
    if (column == m_sortColumn && order == m_sortOrder && m_sortedCount == m_order.size())
        return;
    if (m_dialogs && column >= 0 && m_sliceRowLimit > 0
        && m_order.size() >= static_cast<size_t>(m_sliceRowLimit)) {
        startSortJob(column, order);
        return;
    }
    const bool sameKeys = column == m_sortColumn;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_dialogs)
        return;
    if (!sameKeys || m_keys.size() != m_haystacks.size())
        remakeKeys();
    sortRows(m_order);
    m_sortedCount = m_order.size();
    relayout(true);
}

void DialogFilterProxyModel::beginBulkAppend()
{
    m_bulkAppending = true;
}

void DialogFilterProxyModel::endBulkAppend()
{
    if (!m_bulkAppending)
        return;
    m_bulkAppending = false;
    if (m_sortColumn < 0 || m_sortedCount == m_order.size())
        return;
    if (m_job)
        return; // it orders every row
    if (m_sliceRowLimit > 0
        && m_order.size() - m_sortedCount >= static_cast<size_t>(m_sliceRowLimit)) {
        startSortJob(m_sortColumn, m_sortOrder);
        return;
    }
    std::vector<int> tail(
        m_order.begin() + static_cast<std::ptrdiff_t>(m_sortedCount), m_order.end());
    m_order.resize(m_sortedCount);
    sortRows(tail);
    mergeIntoOrder(tail);
    relayout(false);
}

void DialogFilterProxyModel::setCollatorLocale(const QLocale &locale)
{
    // Every text key made so far is forgotten: the job's and the rows' are made again.
    m_sortKeys.setLocale(locale);
    m_ownerKeys.clear();
    if (m_job && isTextColumn(m_job->column))
        restartSortJob(0);
    if (!m_dialogs || !isTextColumn(m_sortColumn))
        return;
    remakeKeys();
    sortRows(m_order);
    m_sortedCount = m_order.size();
    relayout(false);
}

// --- Sorting in slices ---

void DialogFilterProxyModel::startSortJob(int column, Qt::SortOrder order)
{
    m_job = std::make_unique<SortJob>();
    m_job->column = column;
    m_job->order = order;
    // Keys already made for the column serve again; the direction does not change them.
    if (column == m_sortColumn && m_keys.size() == m_haystacks.size())
        m_job->keys = m_keys;
    m_jobTimer.start();
    Q_EMIT sortingChanged(true);
}

void DialogFilterProxyModel::restartSortJob(int changedRow)
{
    m_job->keys.resize(std::min(m_job->keys.size(), static_cast<size_t>(changedRow)));
    m_job->rows.clear();
    m_job->runWidth = 0;
    m_job->next = 0;
}

void DialogFilterProxyModel::cancelSortJob()
{
    if (!m_job)
        return;
    m_jobTimer.stop();
    m_job.reset();
    Q_EMIT sortingChanged(false);
}

void DialogFilterProxyModel::continueSortJob()
{
    SortJob &job = *m_job;
    QElapsedTimer clock;
    clock.start();
    const auto sliceSpent = [&clock] { return clock.elapsed() >= sliceMs; };
    const auto nextSlice = qScopeGuard([this] {
        if (m_job)
            m_jobTimer.start();
    });
    const size_t rows = m_haystacks.size();
    const auto goesBefore
        = [this, &job](int left, int right) { return precedes(job.keys, job.order, left, right); };

    while (job.keys.size() < rows) {
        for (int i = 0; i < 256 && job.keys.size() < rows; ++i)
            job.keys.push_back(makeKey(static_cast<int>(job.keys.size()), job.column));
        if (sliceSpent())
            return;
    }
    if (job.runWidth == 0) {
        if (job.rows.size() != rows) {
            job.rows.resize(rows);
            std::iota(job.rows.begin(), job.rows.end(), 0);
            job.next = 0;
        }
        while (job.next < rows) {
            const auto begin = job.rows.begin() + static_cast<std::ptrdiff_t>(job.next);
            job.next = std::min(rows, job.next + runLength);
            std::sort(begin, job.rows.begin() + static_cast<std::ptrdiff_t>(job.next), goesBefore);
            if (sliceSpent())
                return;
        }
        job.runWidth = runLength;
        job.next = 0;
    }
    while (job.runWidth < rows) {
        job.spare.resize(rows);
        while (job.next < rows) {
            const size_t low = job.next;
            const size_t middle = std::min(rows, low + job.runWidth);
            const size_t high = std::min(rows, low + 2 * job.runWidth);
            const auto at = [](std::vector<int> &v, size_t i) {
                return v.begin() + static_cast<std::ptrdiff_t>(i);
            };
            std::merge(at(job.rows, low), at(job.rows, middle), at(job.rows, middle),
                at(job.rows, high), at(job.spare, low), goesBefore);
            job.next = high;
            if (job.next < rows && sliceSpent())
                return;
        }
        job.rows.swap(job.spare);
        job.runWidth *= 2;
        job.next = 0;
        if (job.runWidth < rows && sliceSpent())
            return;
    }

    m_jobTimer.stop();
    const std::unique_ptr<SortJob> done = std::move(m_job);
    m_sortColumn = done->column;
    m_sortOrder = done->order;
    m_keys = std::move(done->keys);
    dropUnusedKeys(); // the last column's keys
    m_order = std::move(done->rows);
    m_sortedCount = m_order.size();
    relayout(true);
    Q_EMIT sortingChanged(false);
}

// --- Layout ---

void DialogFilterProxyModel::relayout(bool always)
{
    // Built in the rows of the layout before last, so that page after page makes no new vector.
    std::vector<int> rows = std::move(m_spareRows);
    rows.clear();
    if (m_filterText.isEmpty() && m_typeMask == 0) {
        rows.assign(m_order.cbegin(), m_order.cend()); // every row is shown
    } else {
        rows.reserve(m_rows.size());
        for (int row : m_order) {
            if (accepts(row))
                rows.push_back(row);
        }
    }
    if (!always && rows == m_rows) {
        m_spareRows = std::move(rows);
        return;
    }
    const auto hint = rows.size() == m_rows.size() ? QAbstractItemModel::VerticalSortHint
                                                   : QAbstractItemModel::NoLayoutChangeHint;
    changeLayout(std::move(rows), hint);
}

void DialogFilterProxyModel::changeLayout(
    std::vector<int> rows, QAbstractItemModel::LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(static_cast<size_t>(before.size()));
    for (const QModelIndex &index : before)
        sourceRows.push_back(m_rows[static_cast<size_t>(index.row())]);
    m_rows.swap(rows);
    m_spareRows = std::move(rows);
    // Without persistent indexes to move, the source rows' proxy rows are numbered when next
    // asked for: page after page under a sorted proxy does not renumber every row each time.
    if (before.isEmpty()) {
        m_proxyRowsStale = true;
        Q_EMIT layoutChanged({}, hint);
        return;
    }
    indexRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = m_proxyRowOf[static_cast<size_t>(sourceRows[static_cast<size_t>(i)])];
        after.append(row < 0 ? QModelIndex() : createIndex(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, hint);
}

void DialogFilterProxyModel::ensureIndexed() const
{
    if (m_proxyRowsStale)
        indexRows();
}

void DialogFilterProxyModel::indexRows() const
{
    m_proxyRowsStale = false;
    m_proxyRowOf.assign(m_haystacks.size(), -1);
    for (size_t proxyRow = 0; proxyRow < m_rows.size(); ++proxyRow)
        m_proxyRowOf[static_cast<size_t>(m_rows[proxyRow])] = static_cast<int>(proxyRow);
}

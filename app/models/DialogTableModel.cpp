// SPDX-License-Identifier: Apache-2.0

#include "DialogTableModel.h"

#include "support/LocalTime.h"

#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString shortDate(const QDateTime &when)
{
    return when.isValid() ? LocalTime::text(when) : QString();
}

QString longDate(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace

DialogTableModel::DialogTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int DialogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_dialogs.size()) - m_gapSize;
}

int DialogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DialogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dialog &dialog = dialogAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(dialog, index.column());
    case Qt::ToolTipRole:
        return toolTipData(dialog, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Members)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return dialog.id;
    case SortRole:
        return sortData(dialog, index.column());
    case DialogRole:
        return QVariant::fromValue(dialog);
    case OwnerIdRole:
        return dialog.ownerId;
    case TypeRole:
        return static_cast<int>(dialog.type);
    default:
        return {};
    }
}

QVariant DialogTableModel::displayData(const Dialog &dialog, int column) const
{
    switch (column) {
    case Name:
        return dialog.name;
    case Type:
        return Dialog::typeName(dialog.type);
    case Owner:
        return ownerText(dialog);
    case Members:
        if (dialog.type == DialogType::Public)
            return tr("all", "members of a public dialog");
        return QLocale().toString(static_cast<int>(dialog.occupantIds.size()));
    case LastMessage:
        return messagePreview(dialog.lastMessage);
    case LastActivity:
        return shortDate(lastActivity(dialog));
    case Created:
        return shortDate(dialog.createdAt);
    default:
        return {};
    }
}

QVariant DialogTableModel::toolTipData(const Dialog &dialog, int column) const
{
    switch (column) {
    case Name:
        return tr("%1\nDialog id: %2").arg(dialog.name, dialog.id);
    case Owner: {
        if (dialog.ownerId == 0)
            return {};
        const QString name = userName(dialog.ownerId);
        if (name.isEmpty())
            return tr("User id %1").arg(dialog.ownerId);
        // One multi-argument arg(): a "%2" inside a user's name must stay text.
        return tr("%1 (user id %2)").arg(name, QString::number(dialog.ownerId));
    }
    case Members:
        if (dialog.type == DialogType::Public)
            return tr("Public dialog: every user of the application can join");
        return tr("%n member(s)", nullptr, static_cast<int>(dialog.occupantIds.size()));
    case LastMessage:
        return dialog.lastMessage.isEmpty() ? QVariant() : QVariant(dialog.lastMessage);
    case LastActivity:
        return longDate(lastActivity(dialog));
    case Created:
        return longDate(dialog.createdAt);
    default:
        return {};
    }
}

QVariant DialogTableModel::sortData(const Dialog &dialog, int column) const
{
    switch (column) {
    case Name:
        return dialog.name;
    case Type:
        return static_cast<int>(dialog.type);
    case Owner:
        return ownerText(dialog);
    case Members:
        return memberSortValue(dialog);
    case LastMessage:
        return dialog.lastMessage;
    case LastActivity:
        return lastActivity(dialog);
    case Created:
        return dialog.createdAt;
    default:
        return {};
    }
}

QVariant DialogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Owner:
        return tr("Owner");
    case Members:
        return tr("Members");
    case LastMessage:
        return tr("Last message");
    case LastActivity:
        return tr("Last activity");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

QHash<int, QByteArray> DialogTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("dialogId"));
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    names.insert(DialogRole, QByteArrayLiteral("dialog"));
    names.insert(OwnerIdRole, QByteArrayLiteral("ownerId"));
    names.insert(TypeRole, QByteArrayLiteral("dialogType"));
    return names;
}

void DialogTableModel::appendPage(const QList<Dialog> &dialogs)
{
    QList<Dialog> fresh;
    fresh.reserve(dialogs.size());
    QHash<QString, qsizetype> freshIndex; // the same id twice in one page keeps one row
    for (const Dialog &dialog : dialogs) {
        // Without an id a row could be neither found nor deleted.
        if (dialog.id.isEmpty())
            continue;
        if (updateDialog(dialog))
            continue;
        const auto repeated = freshIndex.constFind(dialog.id);
        if (repeated != freshIndex.cend()) {
            fresh[*repeated] = dialog;
            continue;
        }
        freshIndex.insert(dialog.id, fresh.size());
        fresh.append(dialog);
    }
    if (fresh.isEmpty())
        return;

    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (Dialog &dialog : fresh) {
        m_indexById.insert(dialog.id, static_cast<int>(m_dialogs.size()));
        m_dialogs.append(std::move(dialog));
    }
    endInsertRows();
}

bool DialogTableModel::updateDialog(const Dialog &dialog)
{
    const auto found = m_indexById.constFind(dialog.id);
    if (found == m_indexById.cend())
        return false;
    m_dialogs[*found] = dialog;
    const int row = rowForStorage(*found);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void DialogTableModel::removeDialogs(const QStringList &ids)
{
    QList<int> doomed;
    doomed.reserve(ids.size());
    for (const QString &id : ids) {
        const auto found = m_indexById.constFind(id);
        if (found != m_indexById.cend())
            doomed.append(*found);
    }
    if (doomed.isEmpty())
        return;
    std::sort(doomed.begin(), doomed.end());
    doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());

    // Erasing run after run from the list would shift the whole tail once per run, O(n) each.
    // Instead the removed rows become a gap that travels down the storage: the rows between two
    // runs move up past it once, the rows after the last run once at the end, and row numbers
    // are mapped around the gap meanwhile so the model reads right between the signals.
    const int count = static_cast<int>(m_dialogs.size());
    Dialog *storage = m_dialogs.data();
    const auto closeGapUpTo = [this, storage](int end) {
        for (int from = m_gapBegin + m_gapSize; from < end; ++from) {
            storage[m_gapBegin] = std::move(storage[from]);
            m_indexById[storage[m_gapBegin].id] = m_gapBegin;
            ++m_gapBegin;
        }
    };

    Q_EMIT dialogsAboutToBeRemoved(doomed);
    m_gapBegin = doomed.first();
    m_gapSize = 0;
    for (qsizetype i = 0; i < doomed.size();) {
        const int runBegin = doomed.at(i);
        int runEnd = runBegin;
        while (++i < doomed.size() && doomed.at(i) == runEnd + 1)
            ++runEnd;

        closeGapUpTo(runBegin);
        const int firstRow = runBegin - m_gapSize;
        beginRemoveRows({}, firstRow, firstRow + runEnd - runBegin);
        for (int index = runBegin; index <= runEnd; ++index)
            m_indexById.remove(storage[index].id);
        m_gapSize += runEnd - runBegin + 1;
        endRemoveRows();
    }
    closeGapUpTo(count);
    m_dialogs.resize(count - m_gapSize);
    m_gapBegin = 0;
    m_gapSize = 0;
    Q_EMIT dialogsRemoved();
}

void DialogTableModel::clear()
{
    if (m_dialogs.isEmpty())
        return;
    beginResetModel();
    m_dialogs.clear();
    m_indexById.clear();
    endResetModel();
}

void DialogTableModel::setUserNames(const QHash<qint64, QString> &names)
{
    if (names.isEmpty())
        return;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        m_userNames.insert(it.key(), it.value());
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Owner), index(rowCount() - 1, Owner),
            { Qt::DisplayRole, Qt::ToolTipRole, SortRole });
}

void DialogTableModel::clearUserNames()
{
    if (m_userNames.isEmpty())
        return;
    m_userNames.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Owner), index(rowCount() - 1, Owner),
            { Qt::DisplayRole, Qt::ToolTipRole, SortRole });
}

QString DialogTableModel::ownerText(const Dialog &dialog) const
{
    if (dialog.ownerId == 0)
        return {};
    const QString name = userName(dialog.ownerId);
    return name.isEmpty() ? QString::number(dialog.ownerId) : name;
}

int DialogTableModel::rowOf(const QString &id) const
{
    const auto found = m_indexById.constFind(id);
    return found == m_indexById.cend() ? -1 : rowForStorage(*found);
}

std::optional<Dialog> DialogTableModel::dialog(const QString &id) const
{
    const auto found = m_indexById.constFind(id);
    if (found == m_indexById.cend())
        return std::nullopt;
    return m_dialogs.at(*found);
}

QStringList DialogTableModel::ids() const
{
    QStringList result;
    const int rows = rowCount();
    result.reserve(rows);
    for (int row = 0; row < rows; ++row)
        result.append(dialogAt(row).id);
    return result;
}

QDateTime DialogTableModel::lastActivity(const Dialog &dialog)
{
    if (dialog.lastMessageAt.isValid())
        return dialog.lastMessageAt;
    return dialog.updatedAt.isValid() ? dialog.updatedAt : dialog.createdAt;
}

QString DialogTableModel::messagePreview(const QString &message)
{
    QString text = message.simplified();
    if (text.size() <= previewLength)
        return text;
    qsizetype cut = previewLength - 1;
    // Never split a surrogate pair: half a character renders as a box.
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    text.truncate(cut);
    text.append(u'\u2026');
    return text;
}

int DialogTableModel::memberSortValue(const Dialog &dialog)
{
    if (dialog.type == DialogType::Public)
        return std::numeric_limits<int>::max();
    return static_cast<int>(dialog.occupantIds.size());
}

// SPDX-License-Identifier: Apache-2.0

#include "UserTableModel.h"

#include "support/LocalTime.h"

#include <QLocale>

#include <algorithm>

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatUser &user = m_users.at(index.row());
    const auto dateText
        = [](const QDateTime &time) { return time.isValid() ? LocalTime::text(time) : QString(); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return QString::number(user.id);
        case Badges:
            return badges(user);
        case Login:
            return user.login;
        case FullName:
            return user.fullName;
        case Email:
            return user.email;
        case Created:
            return dateText(user.createdAt);
        case LastRequest:
            return dateText(user.lastRequestAt);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Id:
            return user.id;
        case Created:
            return user.createdAt;
        case LastRequest:
            return user.lastRequestAt;
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case UserIdRole:
        return user.id;
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Id");
    case Badges:
        return tr("Badges");
    case Login:
        return tr("Login");
    case FullName:
        return tr("Full name");
    case Email:
        return tr("Email");
    case Created:
        return tr("Created");
    case LastRequest:
        return tr("Last request");
    default:
        return {};
    }
}

QString UserTableModel::badges(const ChatUser &user) const
{
    QStringList marks;
    if (m_protected.contains(user.id))
        marks.append(tr("Protected"));
    if (user.isStaff())
        marks.append(tr("Staff"));
    return marks.join(tr(", "));
}

void UserTableModel::setProtectedUsers(const QSet<qint64> &ids)
{
    if (ids == m_protected)
        return;
    m_protected = ids;
    if (!m_users.isEmpty())
        Q_EMIT dataChanged(index(0, Badges), index(rowCount() - 1, Badges));
}

void UserTableModel::appendPage(const QList<ChatUser> &users)
{
    QList<ChatUser> added;
    for (const ChatUser &user : users) {
        const int row = m_rowById.value(user.id, -1);
        if (row >= 0) {
            m_users[row] = user;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (std::none_of(added.cbegin(), added.cend(),
                       [&user](const ChatUser &other) { return other.id == user.id; })) {
            added.append(user);
        }
    }
    if (added.isEmpty())
        return;
    const int first = static_cast<int>(m_users.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    for (const ChatUser &user : std::as_const(added)) {
        m_rowById.insert(user.id, static_cast<int>(m_users.size()));
        m_users.append(user);
    }
    endInsertRows();
}

void UserTableModel::clear()
{
    if (m_users.isEmpty())
        return;
    beginResetModel();
    m_users.clear();
    m_rowById.clear();
    endResetModel();
}

std::optional<ChatUser> UserTableModel::user(qint64 id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_users.at(row);
}

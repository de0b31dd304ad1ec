// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/ChatUser.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

// The users the console has looked up, one row each, in the order the server gave them. A page
// is one insertion; a user already listed is replaced in place, so overlapping pages never
// duplicate rows.
class UserTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableModel)

public:
    enum Column { Id, Badges, Login, FullName, Email, Created, LastRequest, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        UserIdRole = Qt::UserRole + 1,
        // Raw values for sorting: qint64 for the id, QDateTime for dates, QString otherwise.
        SortRole,
    };
    Q_ENUM(Role)

    explicit UserTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void appendPage(const QList<ChatUser> &users);
    // Users the operator protects: marked in the Badges column, as staff are.
    void setProtectedUsers(const QSet<qint64> &ids);
    // "Protected, Staff", or empty.
    QString badges(const ChatUser &user) const;
    void clear();

    // row must be in [0, rowCount()).
    const ChatUser &userAt(int row) const { return m_users.at(row); }
    std::optional<ChatUser> user(qint64 id) const;
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }

private:
    QList<ChatUser> m_users;
    QHash<qint64, int> m_rowById;
    QSet<qint64> m_protected;
};

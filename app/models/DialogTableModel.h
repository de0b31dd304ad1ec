// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Dialog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The dialogs the console has loaded, one row each, in the order they arrived. Sorting and
// filtering belong to DialogFilterProxyModel; this model only keeps rows and their id index.
//
// Built for six-figure row counts: a page is one insertion, an update touches one row, and a
// removal of any number of ids moves each remaining row at most once.
//
// DialogRole hands out a copy of the whole Dialog. Qt 6 puts any copyable type into a QVariant
// without Q_DECLARE_METATYPE, so none is declared here (a second declaration elsewhere would
// not compile).
class DialogTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialogTableModel)

public:
    enum Column { Name, Type, Owner, Members, LastMessage, LastActivity, Created, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        // Raw values for sorting: QString for text columns, int for type and members (public
        // dialogs count as the most members), QDateTime for dates.
        SortRole,
        DialogRole,
        OwnerIdRole,
        TypeRole, // int value of DialogType
    };
    Q_ENUM(Role)

    // Longest last-message preview shown in a cell; the tooltip has the whole text.
    static constexpr int previewLength = 80;

    explicit DialogTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Adds a page as one insertion at the end. Dialogs already in the model (same id) are
    // replaced in place instead, so a page that overlaps an earlier one never duplicates rows.
    void appendPage(const QList<Dialog> &dialogs);
    // Replaces the row with the same id; false when there is none.
    bool updateDialog(const Dialog &dialog);
    // Removes every row whose id is listed, one removal per run of adjacent rows. Unknown ids
    // are ignored.
    void removeDialogs(const QStringList &ids);
    // Drops every dialog; resolved user names are kept (they describe users, not dialogs).
    void clear();

    // Adds or replaces display names for user ids. Names arrive in batches as owners are
    // resolved, so earlier batches are kept.
    void setUserNames(const QHash<qint64, QString> &names);
    void clearUserNames();
    // The user's display name when it is known, else a null string.
    QString userName(qint64 userId) const { return m_userNames.value(userId); }
    const QHash<qint64, QString> &userNames() const { return m_userNames; }
    // What the Owner column shows: the name when known, else the id.
    QString ownerText(const Dialog &dialog) const;

    int rowOf(const QString &id) const;
    std::optional<Dialog> dialog(const QString &id) const;
    // row must be in [0, rowCount()).
    const Dialog &dialogAt(int row) const { return m_dialogs.at(storageIndex(row)); }
    QStringList ids() const;

    // The time the Last activity column shows: the last message, or the last change to the
    // dialog when it has no messages.
    static QDateTime lastActivity(const Dialog &dialog);
    // Single line, whitespace collapsed, at most previewLength characters.
    static QString messagePreview(const QString &message);
    // Members shown for sorting: public dialogs are open to everyone and sort above any count.
    static int memberSortValue(const Dialog &dialog);

Q_SIGNALS:
    // Around the removals removeDialogs() makes, run by run: the rows going, in ascending
    // order, before any goes; then that all have gone. A proxy can take them out of its own
    // order at once, instead of once per run.
    void dialogsAboutToBeRemoved(const QList<int> &rows);
    void dialogsRemoved();

private:
    QVariant displayData(const Dialog &dialog, int column) const;
    QVariant toolTipData(const Dialog &dialog, int column) const;
    QVariant sortData(const Dialog &dialog, int column) const;

    // During removeDialogs the storage holds a gap of removed rows (see removeDialogs); at all
    // other times m_gapSize is 0 and rows are storage indexes.
    int storageIndex(int row) const { return row < m_gapBegin ? row : row + m_gapSize; }
    int rowForStorage(int index) const { return index < m_gapBegin ? index : index - m_gapSize; }

    QList<Dialog> m_dialogs;
    QHash<QString, int> m_indexById; // id → storage index
    QHash<qint64, QString> m_userNames;
    int m_gapBegin = 0;
    int m_gapSize = 0;
};

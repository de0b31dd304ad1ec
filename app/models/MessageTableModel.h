// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Message.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// A dialog's messages as the message viewer lists them, newest first. Text is handed out as
// plain strings only (a view must never render it as rich text: it comes from chat users), and
// attachments are described, never fetched.
class MessageTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageTableModel)

public:
    enum Column { Sent, Sender, Text, Attachments, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        SenderIdRole,
    };
    Q_ENUM(Role)

    // Longest text shown in a cell; the detail view has the whole text.
    static constexpr int previewLength = 120;

    explicit MessageTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds a page at the end; messages already listed are skipped.
    void appendPage(const QList<Message> &messages);
    void removeMessages(const QStringList &ids);
    void clear();
    // Names for sender ids, added to those already known.
    void setUserNames(const QHash<qint64, QString> &names);
    QString senderName(qint64 userId) const;

    const Message &messageAt(int row) const { return m_messages.at(row); }
    int rowOf(const QString &id) const;

    // One line, whitespace collapsed, at most previewLength characters.
    static QString previewText(const QString &text);
    // "photo.jpg (image), file 5f3…": what is attached, by name or id, never its content.
    static QString attachmentsText(const Message &message);

private:
    QList<Message> m_messages;
    QHash<qint64, QString> m_userNames;
};

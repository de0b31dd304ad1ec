// SPDX-License-Identifier: Apache-2.0

#include "MessageTableModel.h"

#include "support/LocalTime.h"

#include <QLocale>
#include <QSet>

MessageTableModel::MessageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int MessageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_messages.size());
}

int MessageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &message = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Sent:
            return message.sentAt.isValid() ? LocalTime::text(message.sentAt) : QString();
        case Sender:
            return senderName(message.senderId);
        case Text:
            return previewText(message.text);
        case Attachments:
            return attachmentsText(message);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Sender ? tr("User %1").arg(message.senderId) : QVariant();
    case MessageIdRole:
        return message.id;
    case SenderIdRole:
        return message.senderId;
    default:
        return {};
    }
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sent:
        return tr("Sent");
    case Sender:
        return tr("Sender");
    case Text:
        return tr("Text");
    case Attachments:
        return tr("Attachments");
    default:
        return {};
    }
}

void MessageTableModel::appendPage(const QList<Message> &messages)
{
    QSet<QString> known;
    for (const Message &message : std::as_const(m_messages))
        known.insert(message.id);
    QList<Message> added;
    for (const Message &message : messages) {
        if (!known.contains(message.id)) {
            known.insert(message.id);
            added.append(message);
        }
    }
    if (added.isEmpty())
        return;
    const int first = static_cast<int>(m_messages.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    m_messages.append(added);
    endInsertRows();
}

void MessageTableModel::removeMessages(const QStringList &ids)
{
    const QSet<QString> gone(ids.cbegin(), ids.cend());
    for (int row = static_cast<int>(m_messages.size()) - 1; row >= 0; --row) {
        if (gone.contains(m_messages.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_messages.removeAt(row);
            endRemoveRows();
        }
    }
}

void MessageTableModel::clear()
{
    if (m_messages.isEmpty())
        return;
    beginResetModel();
    m_messages.clear();
    endResetModel();
}

void MessageTableModel::setUserNames(const QHash<qint64, QString> &names)
{
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        m_userNames.insert(it.key(), it.value());
    if (!m_messages.isEmpty())
        Q_EMIT dataChanged(index(0, Sender), index(rowCount() - 1, Sender));
}

QString MessageTableModel::senderName(qint64 userId) const
{
    const QString name = m_userNames.value(userId);
    return name.isEmpty() ? QString::number(userId) : name;
}

int MessageTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).id == id)
            return row;
    }
    return -1;
}

QString MessageTableModel::previewText(const QString &text)
{
    const QString line = text.simplified();
    return line.size() <= previewLength ? line : line.left(previewLength - 1) + u'…';
}

QString MessageTableModel::attachmentsText(const Message &message)
{
    QStringList parts;
    for (const Attachment &attachment : message.attachments) {
        const QString label = attachment.name.isEmpty() ? attachment.id : attachment.name;
        parts.append(attachment.type.isEmpty() ? label : tr("%1 (%2)").arg(label, attachment.type));
    }
    return parts.join(u", ");
}

// SPDX-License-Identifier: Apache-2.0

#include "DeleteResultModel.h"

#include "MessageTableModel.h"
#include "moderation/DeletionPlan.h"
#include "moderation/JournalExport.h"
#include "support/InertText.h"

#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

DeleteResultModel::DeleteResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int DeleteResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeleteResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeleteResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Reason && row.result && row.result->blockedBecause.isEmpty()
            && row.result->error.isError()) {
            const QStringList words = row.result->error.serverMessages();
            return words.isEmpty() ? reasonText(row) : reasonText(row) + u'\n' + words.join(u'\n');
        }
        return {};
    case IdRole:
        return row.id;
    case ResultRole:
        return row.result ? QVariant(int(row.result->result)) : QVariant();
    case ResultNameRole:
        return row.result ? ItemOutcome::resultName(row.result->result) : QString();
    default:
        return {};
    }
}

QString DeleteResultModel::displayText(const Row &row, int column) const
{
    switch (column) {
    case ItemName:
        return row.name;
    case Id:
        return row.id;
    case Result:
        return row.result ? ItemOutcome::resultText(row.result->result)
                          : tr("Waiting", "delete result not known yet");
    case Reason:
        return reasonText(row);
    default:
        return {};
    }
}

QVariant DeleteResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemName:
        return m_nameHeader.isEmpty() ? tr("Dialog") : m_nameHeader;
    case Id:
        return tr("Id");
    case Result:
        return tr("Result");
    case Reason:
        // The server's words: "Reason" is the moderator's, in the confirmation and the journal.
        return tr("Server's answer");
    default:
        return {};
    }
}

void DeleteResultModel::setDialogs(const QList<Dialog> &dialogs)
{
    QList<Row> rows;
    rows.reserve(dialogs.size());
    for (const Dialog &dialog : dialogs)
        rows.append({ dialog.id, dialog.name, std::nullopt });
    setRows(std::move(rows), tr("Dialog"));
}

void DeleteResultModel::setMessages(const QList<Message> &messages)
{
    QList<Row> rows;
    rows.reserve(messages.size());
    for (const Message &message : messages)
        rows.append({ message.id, MessageTableModel::previewText(message.text), std::nullopt });
    setRows(std::move(rows), tr("Message"));
}

void DeleteResultModel::setRows(QList<Row> rows, const QString &nameHeader)
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_nameHeader = nameHeader;
    m_rows.reserve(rows.size());
    for (Row &row : rows) {
        if (row.id.isEmpty() || m_rowById.contains(row.id))
            continue;
        m_rowById.insert(row.id, static_cast<int>(m_rows.size()));
        m_rows.append(std::move(row));
    }
    m_counts.clear();
    m_waiting = static_cast<int>(m_rows.size());
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, ItemName, ItemName);
    Q_EMIT countsChanged();
}

void DeleteResultModel::clear()
{
    setDialogs({});
}

void DeleteResultModel::applyOutcomes(const QList<ItemOutcome> &outcomes)
{
    QList<int> changed;
    QList<Row> added;
    QHash<QString, qsizetype> addedIndex;
    for (const ItemOutcome &result : outcomes) {
        if (result.id.isEmpty())
            continue;
        const auto found = m_rowById.constFind(result.id);
        if (found != m_rowById.cend()) {
            Row &row = m_rows[*found];
            const bool shownAlready = row.result && sameShown(*row.result, result);
            countResult(row.result, -1);
            row.result = result;
            countResult(row.result, +1);
            if (!shownAlready)
                changed.append(*found);
            continue;
        }
        const auto repeated = addedIndex.constFind(result.id);
        if (repeated != addedIndex.cend()) {
            added[*repeated].result = result;
            continue;
        }
        addedIndex.insert(result.id, added.size());
        added.append({ result.id, QString(), result });
    }

    if (!added.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (Row &row : added) {
            m_rowById.insert(row.id, static_cast<int>(m_rows.size()));
            countResult(row.result, +1);
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }

    if (!changed.isEmpty()) {
        std::sort(changed.begin(), changed.end());
        changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
        const int lastColumn = ColumnCount - 1;
        if (changed.size() * 2 > rowCount()) {
            // Most rows changed: one signal is cheaper for views than hundreds.
            Q_EMIT dataChanged(index(changed.first(), 0), index(changed.last(), lastColumn));
        } else {
            for (qsizetype i = 0; i < changed.size();) {
                const int runBegin = changed.at(i);
                int runEnd = runBegin;
                while (++i < changed.size() && changed.at(i) == runEnd + 1)
                    ++runEnd;
                Q_EMIT dataChanged(index(runBegin, 0), index(runEnd, lastColumn));
            }
        }
    }

    if (!added.isEmpty() || !changed.isEmpty())
        Q_EMIT countsChanged();
}

QStringList DeleteResultModel::idsWithResult(const QSet<ItemOutcome::Result> &results) const
{
    QStringList ids;
    for (const Row &row : m_rows) {
        if (row.result && results.contains(row.result->result))
            ids.append(row.id);
    }
    return ids;
}

QStringList DeleteResultModel::retryableIds() const
{
    QStringList ids;
    for (const Row &row : m_rows) {
        if (row.result && row.result->isRetryable())
            ids.append(row.id);
    }
    return ids;
}

QHash<QString, QList<int>> DeleteResultModel::attemptsSoFar() const
{
    QHash<QString, QList<int>> attempts;
    for (const Row &row : m_rows) {
        if (row.result && !row.result->attempts.isEmpty())
            attempts.insert(row.id, row.result->attempts);
    }
    return attempts;
}

std::optional<ItemOutcome> DeleteResultModel::outcome(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_rows.at(row).result;
}

DeleteResultModel::RunContext DeleteResultModel::runContext(
    const DeletionPlan &plan, const Journal::Run &record, const QList<qint64> &journalRunIds)
{
    RunContext context;
    context.journalRunIds = journalRunIds;
    context.startedAt = record.startedAt;
    switch (plan.effectiveMode()) {
    case RunMode::RemoveMember:
        context.mode
            = tr("remove %1 from the members of the dialogs").arg(plan.subjectUserDescription());
        break;
    case RunMode::ForEveryone:
        context.mode = tr("delete for everyone");
        break;
    case RunMode::FromActingUsersList:
        context.mode = plan.target == RunTarget::Messages ? tr("remove from one user's history")
                                                          : tr("remove from one user's list");
        break;
    }
    context.actingUser = plan.actingUserDescription();
    context.operatorName = record.operatorLogin.isEmpty()
        ? tr("API key %1").arg(record.apiKeyFingerprint)
        : record.operatorLogin;
    context.reason = plan.reason;
    context.endpoint = record.endpoint;
    context.applicationId = record.applicationId;
    return context;
}

QString DeleteResultModel::toCsv(const std::optional<RunContext> &context) const
{
    QString csv;
    const auto appendLine = [&csv](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                csv += u',';
            csv += InertText::csvCell(fields.at(i));
        }
        csv += u"\r\n"_s;
    };
    if (context) {
        QStringList runs { tr("Journal run") };
        for (const qint64 id : context->journalRunIds)
            runs.append(QString::number(id));
        appendLine(runs);
        appendLine({ tr("Started"), JournalExport::timeText(context->startedAt) });
        appendLine({ tr("Mode"), context->mode });
        appendLine({ tr("Acting user"), context->actingUser });
        appendLine({ tr("Operator"), context->operatorName });
        appendLine({ tr("Reason"), context->reason });
        appendLine({ tr("Endpoint"), context->endpoint });
        appendLine({ tr("Application"),
            context->applicationId ? QString::number(context->applicationId) : QString() });
        csv += u"\r\n"_s;
    }
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header.append(headerData(column, Qt::Horizontal).toString());
    appendLine(header);
    for (const Row &row : m_rows) {
        QStringList fields;
        for (int column = 0; column < ColumnCount; ++column)
            fields.append(displayText(row, column));
        appendLine(fields);
    }
    return csv;
}

QJsonArray DeleteResultModel::toJson() const
{
    QJsonArray array;
    for (const Row &row : m_rows) {
        QJsonObject object {
            { u"id"_s, row.id },
            { u"name"_s, row.name },
            { u"result"_s,
                row.result ? QJsonValue(ItemOutcome::resultName(row.result->result))
                           : QJsonValue() },
            { u"reason"_s, reasonText(row) },
        };
        if (row.result && row.result->blockedBecause.isEmpty() && row.result->error.isError()) {
            const ApiError &error = row.result->error;
            if (error.httpStatus() != 0)
                object.insert(u"http_status"_s, error.httpStatus());
            object.insert(u"server_messages"_s, QJsonArray::fromStringList(error.serverMessages()));
        }
        array.append(object);
    }
    return array;
}

QString DeleteResultModel::reasonText(const Row &row)
{
    return row.result ? row.result->detail() : QString();
}

bool DeleteResultModel::sameShown(const ItemOutcome &a, const ItemOutcome &b)
{
    return a.result == b.result && a.blockedBecause == b.blockedBecause
        && a.error.kind() == b.error.kind() && a.error.httpStatus() == b.error.httpStatus()
        && a.error.serverMessages() == b.error.serverMessages()
        && a.error.detail() == b.error.detail();
}

void DeleteResultModel::countResult(const std::optional<ItemOutcome> &result, int delta)
{
    if (result)
        m_counts[int(result->result)] += delta;
    else
        m_waiting += delta;
}

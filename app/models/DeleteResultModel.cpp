#include "DeleteResultModel.h"

#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QList<DeleteOutcome::Result> &allResults()
{
    static const QList<DeleteOutcome::Result> results {
        DeleteOutcome::Result::Deleted,
        DeleteOutcome::Result::AlreadyGone,
        DeleteOutcome::Result::NotPermitted,
        DeleteOutcome::Result::Failed,
        DeleteOutcome::Result::Unknown,
        DeleteOutcome::Result::NotAttempted,
    };
    return results;
}

QString csvField(const QString &value)
{
    QString field = value;
    // Spreadsheets run a cell that starts like a formula; a name such as "=HYPERLINK(…)" must
    // arrive as text (the OWASP advice for CSV export).
    if (!field.isEmpty()
        && (field.front() == u'=' || field.front() == u'+' || field.front() == u'-'
            || field.front() == u'@' || field.front() == u'\t' || field.front() == u'\r'))
        field.prepend(u'\'');
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
        || field.contains(u'\r')) {
        field.replace(u"\""_s, u"\"\""_s);
        field = u'"' + field + u'"';
    }
    return field;
}

} // namespace

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
        if (index.column() == Reason && row.outcome && row.outcome->error.isError()) {
            const QStringList words = row.outcome->error.serverMessages();
            return words.isEmpty() ? reasonText(row) : reasonText(row) + u'\n' + words.join(u'\n');
        }
        return {};
    case IdRole:
        return row.id;
    case ResultRole:
        return row.outcome ? QVariant(static_cast<int>(row.outcome->result)) : QVariant();
    case ResultNameRole:
        return row.outcome ? DeleteOutcome::resultName(row.outcome->result) : QString();
    default:
        return {};
    }
}

QString DeleteResultModel::displayText(const Row &row, int column) const
{
    switch (column) {
    case DialogName:
        return row.name;
    case Id:
        return row.id;
    case Result:
        return row.outcome ? DeleteOutcome::resultText(row.outcome->result)
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
    case DialogName:
        return tr("Dialog");
    case Id:
        return tr("Id");
    case Result:
        return tr("Result");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

void DeleteResultModel::setDialogs(const QList<Dialog> &dialogs)
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_rows.reserve(dialogs.size());
    for (const Dialog &dialog : dialogs) {
        if (dialog.id.isEmpty() || m_rowById.contains(dialog.id))
            continue;
        m_rowById.insert(dialog.id, static_cast<int>(m_rows.size()));
        m_rows.append({ dialog.id, dialog.name, std::nullopt });
    }
    m_counts.fill(0);
    m_waiting = static_cast<int>(m_rows.size());
    endResetModel();
    Q_EMIT countsChanged();
}

void DeleteResultModel::clear()
{
    setDialogs({});
}

void DeleteResultModel::applyOutcomes(const QList<DeleteOutcome> &outcomes)
{
    QList<int> changed;
    QList<Row> added;
    QHash<QString, qsizetype> addedIndex;
    for (const DeleteOutcome &outcome : outcomes) {
        if (outcome.id.isEmpty())
            continue;
        const auto found = m_rowById.constFind(outcome.id);
        if (found != m_rowById.cend()) {
            Row &row = m_rows[*found];
            if (row.outcome && sameOutcome(*row.outcome, outcome))
                continue;
            countOutcome(row.outcome, -1);
            row.outcome = outcome;
            countOutcome(row.outcome, +1);
            changed.append(*found);
            continue;
        }
        const auto repeated = addedIndex.constFind(outcome.id);
        if (repeated != addedIndex.cend()) {
            added[*repeated].outcome = outcome;
            continue;
        }
        addedIndex.insert(outcome.id, added.size());
        added.append({ outcome.id, QString(), outcome });
    }

    if (!added.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (Row &row : added) {
            m_rowById.insert(row.id, static_cast<int>(m_rows.size()));
            countOutcome(row.outcome, +1);
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

QStringList DeleteResultModel::idsWithResult(const QSet<DeleteOutcome::Result> &results) const
{
    QStringList ids;
    for (const Row &row : m_rows) {
        if (row.outcome && results.contains(row.outcome->result))
            ids.append(row.id);
    }
    return ids;
}

std::optional<DeleteOutcome> DeleteResultModel::outcome(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : m_rows.at(row).outcome;
}

int DeleteResultModel::count(DeleteOutcome::Result result) const
{
    return m_counts.at(static_cast<std::size_t>(result));
}

QString DeleteResultModel::summaryText() const
{
    QStringList parts;
    for (DeleteOutcome::Result result : allResults()) {
        const int n = count(result);
        if (n == 0)
            continue;
        switch (result) {
        case DeleteOutcome::Result::Deleted:
            parts.append(tr("%n deleted", nullptr, n));
            break;
        case DeleteOutcome::Result::AlreadyGone:
            parts.append(tr("%n already gone", nullptr, n));
            break;
        case DeleteOutcome::Result::NotPermitted:
            parts.append(tr("%n not permitted", nullptr, n));
            break;
        case DeleteOutcome::Result::Failed:
            parts.append(tr("%n failed", nullptr, n));
            break;
        case DeleteOutcome::Result::Unknown:
            parts.append(tr("%n unknown", nullptr, n));
            break;
        case DeleteOutcome::Result::NotAttempted:
            parts.append(tr("%n not attempted", nullptr, n));
            break;
        }
    }
    if (m_waiting > 0)
        parts.append(tr("%n waiting", nullptr, m_waiting));
    if (parts.isEmpty())
        return tr("No dialogs");
    return QLocale().createSeparatedList(parts);
}

QString DeleteResultModel::toCsv() const
{
    QString csv;
    const auto appendLine = [&csv](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                csv += u',';
            csv += csvField(fields.at(i));
        }
        csv += u"\r\n"_s;
    };
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
                row.outcome ? QJsonValue(DeleteOutcome::resultName(row.outcome->result))
                            : QJsonValue() },
            { u"reason"_s, reasonText(row) },
        };
        if (row.outcome && row.outcome->error.isError()) {
            const ApiError &error = row.outcome->error;
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
    if (!row.outcome || !row.outcome->error.isError())
        return {};
    return row.outcome->error.message();
}

bool DeleteResultModel::sameOutcome(const DeleteOutcome &left, const DeleteOutcome &right)
{
    return left.result == right.result && left.error.kind() == right.error.kind()
        && left.error.httpStatus() == right.error.httpStatus()
        && left.error.serverMessages() == right.error.serverMessages()
        && left.error.detail() == right.error.detail();
}

void DeleteResultModel::countOutcome(const std::optional<DeleteOutcome> &outcome, int delta)
{
    if (outcome)
        m_counts.at(static_cast<std::size_t>(outcome->result)) += delta;
    else
        m_waiting += delta;
}

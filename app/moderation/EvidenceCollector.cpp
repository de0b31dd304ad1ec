// SPDX-License-Identifier: Apache-2.0

#include "EvidenceCollector.h"

#include "JournalLogging.h"
#include "api/endpoints/GetDialogEndpoint.h"
#include "api/endpoints/ListDialogsEndpoint.h"
#include "api/endpoints/ListMessagesEndpoint.h"
#include "domain/ObjectId.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

EvidenceCollector::EvidenceCollector(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void EvidenceCollector::start(
    const QStringList &dialogIds, std::optional<qint64> onBehalfOf, int messagesPerDialog)
{
    Q_ASSERT(m_waiting == 0);
    m_onBehalfOf = onBehalfOf;
    m_messagesPerDialog = std::max(0, messagesPerDialog);
    m_records.clear();
    m_records.reserve(dialogIds.size());
    for (const QString &id : dialogIds)
        m_records.append(Record { id, std::nullopt, {}, {}, {} });
    m_waiting = static_cast<int>(dialogIds.size());
    m_requestsSent = 0;
    if (m_waiting == 0) {
        QMetaObject::invokeMethod(this, &EvidenceCollector::finished, Qt::QueuedConnection);
        return;
    }
    // Ids the list filter could not carry (not 24 hex digits) are read on their own.
    QList<int> batch;
    for (int i = 0; i < m_records.size(); ++i) {
        if (!ObjectId::isValid(m_records.at(i).dialogId)) {
            readSingle(i);
            continue;
        }
        batch.append(i);
        if (batch.size() == dialogsPerRead)
            readBatch(std::exchange(batch, {}));
    }
    if (!batch.isEmpty())
        readBatch(batch);
}

void EvidenceCollector::readBatch(const QList<int> &indexes)
{
    DialogQuery query;
    query.onBehalfOf = m_onBehalfOf;
    QSet<QString> unique;
    for (const int index : indexes) {
        const QString &id = m_records.at(index).dialogId;
        if (!unique.contains(id)) {
            unique.insert(id);
            query.ids.append(id);
        }
    }
    const QStringList asked = query.ids;
    ++m_requestsSent;
    m_client->send(ListDialogsEndpoint::build(query, 0, static_cast<int>(asked.size())), this,
        [this, indexes, asked](const ApiReply &reply) { onBatch(indexes, asked, reply); });
}

void EvidenceCollector::onBatch(
    const QList<int> &indexes, const QStringList &asked, const ApiReply &reply)
{
    // Only the dialogs asked for count, each once; anything else in the answer is ignored, and
    // an answer that is not a list of at most that many is no answer at all.
    QHash<QString, QJsonObject> found;
    const ApiResult<QJsonObject> object = jsonObjectOf(reply);
    const QJsonArray items = object.ok() ? object.value.value(u"items"_s).toArray() : QJsonArray();
    if (items.size() <= asked.size()) {
        const QSet<QString> wanted(asked.cbegin(), asked.cend());
        for (const QJsonValue &item : items) {
            const QJsonObject json = item.toObject();
            const QString id = json.value(u"_id"_s).toString();
            if (wanted.contains(id) && !found.contains(id))
                found.insert(id, json);
        }
    }
    if (!object.ok())
        qCDebug(lcJournal) << "evidence: reading" << asked.size()
                           << "dialogs at once failed, reading them one by one:"
                           << object.error.message();
    for (const int index : indexes) {
        const auto json = found.constFind(m_records.at(index).dialogId);
        std::optional<Dialog> dialog
            = json != found.cend() ? Dialog::fromJson(*json) : std::optional<Dialog>();
        if (dialog)
            keepDialog(index, std::move(*dialog), *json);
        else
            readSingle(index);
    }
}

void EvidenceCollector::readSingle(int index)
{
    ++m_requestsSent;
    m_client->send(GetDialogEndpoint::build(m_records.at(index).dialogId, m_onBehalfOf), this,
        [this, index](const ApiReply &reply) { onDialog(index, reply); });
}

void EvidenceCollector::onDialog(int index, const ApiReply &reply)
{
    Record &record = m_records[index];
    ApiResult<Dialog> parsed = GetDialogEndpoint::parse(reply);
    if (!parsed.ok()) {
        record.error = tr("Dialog not read: %1").arg(parsed.error.message());
        record.readError = parsed.error;
        done();
        return;
    }
    keepDialog(index, std::move(parsed.value), QJsonDocument::fromJson(reply.body).object());
}

void EvidenceCollector::keepDialog(int index, Dialog dialog, const QJsonObject &json)
{
    Record &record = m_records[index];
    record.dialog = std::move(dialog);
    record.dialogJson = json;
    if (m_messagesPerDialog == 0) {
        done();
        return;
    }
    requestMessages(index, 0);
}

void EvidenceCollector::requestMessages(int index, int skip)
{
    MessageQuery query;
    query.dialogId = m_records.at(index).dialogId;
    query.onBehalfOf = m_onBehalfOf;
    query.newestFirst = true;
    const int limit = std::min(ListMessagesEndpoint::defaultPageSize, m_messagesPerDialog - skip);
    ++m_requestsSent;
    m_client->send(ListMessagesEndpoint::build(query, skip, limit), this,
        [this, index, skip](const ApiReply &reply) { onMessages(index, skip, reply); });
}

void EvidenceCollector::onMessages(int index, int skip, const ApiReply &reply)
{
    Record &record = m_records[index];
    const ApiResult<QJsonObject> object = jsonObjectOf(reply);
    if (!object.ok()) {
        record.error = tr("Messages not read: %1").arg(object.error.message());
        done();
        return;
    }
    const QJsonArray page = object.value.value(u"items"_s).toArray();
    for (const QJsonValue &message : page)
        record.messages.append(message);
    const int asked = std::min(ListMessagesEndpoint::defaultPageSize, m_messagesPerDialog - skip);
    const int next = skip + static_cast<int>(page.size());
    if (page.size() >= asked && next < m_messagesPerDialog) {
        requestMessages(index, next);
        return;
    }
    qCDebug(lcJournal) << "evidence for" << record.dialogId << ":" << record.messages.size()
                       << "messages";
    done();
}

void EvidenceCollector::done()
{
    if (--m_waiting == 0)
        Q_EMIT finished();
}

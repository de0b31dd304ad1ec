// SPDX-License-Identifier: Apache-2.0

#include "EvidenceCollector.h"

#include "JournalLogging.h"
#include "api/endpoints/GetDialogEndpoint.h"
#include "api/endpoints/ListMessagesEndpoint.h"

#include <QJsonDocument>

#include <algorithm>

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
    if (m_waiting == 0) {
        QMetaObject::invokeMethod(this, &EvidenceCollector::finished, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < m_records.size(); ++i) {
        m_client->send(GetDialogEndpoint::build(m_records.at(i).dialogId, m_onBehalfOf), this,
            [this, i](const ApiReply &reply) { onDialog(i, reply); });
    }
}

void EvidenceCollector::onDialog(int index, const ApiReply &reply)
{
    Record &record = m_records[index];
    ApiResult<Dialog> parsed = GetDialogEndpoint::parse(reply);
    if (!parsed.ok()) {
        record.error = tr("Dialog not read: %1").arg(parsed.error.message());
        done();
        return;
    }
    record.dialog = std::move(parsed.value);
    record.dialogJson = QJsonDocument::fromJson(reply.body).object();
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

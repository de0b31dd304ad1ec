// SPDX-License-Identifier: Apache-2.0

#include "SweepCheck.h"

#include "api/endpoints/GetDialogEndpoint.h"
#include "api/endpoints/ListMessagesEndpoint.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {
// Ids per lookup: about 1 250 characters of query, like the delete batches.
constexpr int idsPerLookup = 50;
} // namespace

SweepCheck::State SweepCheck::Result::stateOf(const QString &id) const
{
    if (present.contains(id))
        return State::Present;
    if (gone.contains(id))
        return State::Gone;
    return State::Unknown;
}

SweepCheck::SweepCheck(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QString SweepCheck::memberKey(const QString &dialogId, qint64 userId)
{
    return dialogId + u':' + QString::number(userId);
}

void SweepCheck::started(int calls)
{
    m_result = Result();
    m_waiting = calls;
    if (calls == 0) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(m_result); }, Qt::QueuedConnection);
    }
}

void SweepCheck::oneDone()
{
    if (--m_waiting == 0)
        Q_EMIT finished(m_result);
}

void SweepCheck::checkMessages(const QHash<QString, QString> &dialogOfMessage)
{
    QHash<QString, QStringList> byDialog;
    for (auto it = dialogOfMessage.cbegin(); it != dialogOfMessage.cend(); ++it)
        byDialog[it.value()].append(it.key());
    QList<std::pair<QString, QStringList>> lookups;
    for (auto it = byDialog.cbegin(); it != byDialog.cend(); ++it) {
        for (qsizetype first = 0; first < it.value().size(); first += idsPerLookup)
            lookups.append({ it.key(), it.value().mid(first, idsPerLookup) });
    }
    started(int(lookups.size()));
    for (const auto &[dialogId, ids] : std::as_const(lookups)) {
        MessageQuery query;
        query.dialogId = dialogId;
        query.messageIds = ids;
        query.onBehalfOf = m_onBehalfOf;
        m_client->send(ListMessagesEndpoint::build(query, 0, int(ids.size())), this,
            // A copy by name: C++17 lambdas cannot capture a structured binding (clang says so).
            [this, ids = ids](const ApiReply &reply) {
                const auto page = ListMessagesEndpoint::parse(reply);
                if (page.ok()) {
                    QSet<QString> listed;
                    for (const Message &message : page.value.items)
                        listed.insert(message.id.toLower());
                    for (const QString &id : ids)
                        (listed.contains(id.toLower()) ? m_result.present : m_result.gone)
                            .append(id);
                } else if (page.error.kind() == ApiError::Kind::NotFound) {
                    // The dialog itself is gone, and its messages with it.
                    m_result.gone += ids;
                } else {
                    for (const QString &id : ids)
                        m_result.unknown.insert(id, page.error.message());
                }
                oneDone();
            });
    }
}

void SweepCheck::checkDialogs(const QStringList &dialogIds)
{
    started(int(dialogIds.size()));
    for (const QString &id : dialogIds) {
        m_client->send(
            GetDialogEndpoint::build(id, m_onBehalfOf), this, [this, id](const ApiReply &reply) {
                const auto dialog = GetDialogEndpoint::parse(reply);
                if (dialog.ok())
                    m_result.present.append(id);
                else if (dialog.error.kind() == ApiError::Kind::NotFound)
                    m_result.gone.append(id);
                else
                    m_result.unknown.insert(id, dialog.error.message());
                oneDone();
            });
    }
}

void SweepCheck::checkMembers(const QHash<QString, QList<qint64>> &membersOfDialog)
{
    started(int(membersOfDialog.size()));
    for (auto it = membersOfDialog.cbegin(); it != membersOfDialog.cend(); ++it) {
        const QString dialogId = it.key();
        const QList<qint64> users = it.value();
        m_client->send(GetDialogEndpoint::build(dialogId, m_onBehalfOf), this,
            [this, dialogId, users](const ApiReply &reply) {
                const auto dialog = GetDialogEndpoint::parse(reply);
                for (const qint64 user : users) {
                    const QString key = memberKey(dialogId, user);
                    if (dialog.ok())
                        (dialog.value.occupantIds.contains(user) ? m_result.present : m_result.gone)
                            .append(key);
                    else if (dialog.error.kind() == ApiError::Kind::NotFound)
                        m_result.gone.append(key);
                    else
                        m_result.unknown.insert(key, dialog.error.message());
                }
                oneDone();
            });
    }
}

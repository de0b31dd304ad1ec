// SPDX-License-Identifier: Apache-2.0

#include "MessagesListCommand.h"

#include "TextTable.h"
#include "api/ApiClient.h"
#include "api/endpoints/ListMessagesEndpoint.h"
#include "api/endpoints/PageNumbers.h"
#include "domain/ObjectId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

void MessagesListCommand::start()
{
    if (m_context.arguments.size() != 1) {
        usageError(tr("messages list takes exactly one dialog id."));
        return;
    }
    m_dialogId = m_context.arguments.first();
    if (!ObjectId::isValid(m_dialogId)) {
        usageError(tr("\"%1\" is not a dialog id (24 hexadecimal digits).").arg(m_dialogId));
        return;
    }
    if (m_context.parser->isSet(u"limit"_s)) {
        bool ok = false;
        m_limit = m_context.parser->value(u"limit"_s).toInt(&ok);
        if (!ok || m_limit < 1) {
            usageError(tr("--limit needs a whole number of at least 1."));
            return;
        }
    }
    if (m_context.parser->isSet(u"sender"_s)) {
        bool ok = false;
        const qint64 sender = m_context.parser->value(u"sender"_s).toLongLong(&ok);
        if (!ok || sender <= 0) {
            usageError(tr("--sender needs a user id (a positive number)."));
            return;
        }
        m_senderId = sender;
    }
    requestNext();
}

void MessagesListCommand::requestNext()
{
    MessageQuery query;
    query.dialogId = m_dialogId;
    query.onBehalfOf = m_context.onBehalfOf;
    query.senderId = m_senderId;
    const int skip = static_cast<int>(m_messages.size());
    const int limit = std::min(ListMessagesEndpoint::defaultPageSize, m_limit - skip);
    m_context.client->send(ListMessagesEndpoint::build(query, skip, limit), this,
        [this, limit](const ApiReply &reply) {
            const auto page = ListMessagesEndpoint::parse(reply);
            if (!page.ok()) {
                failWith(page.error);
                return;
            }
            if (const auto oversized = PageNumbers::oversizedPage(
                    page.value.items.size(), limit, QStringLiteral("messages"), reply)) {
                failWith(*oversized);
                return;
            }
            m_messages.append(page.value.items);
            // No total in this envelope: a short page is the last one.
            if (page.value.items.size() < limit || m_messages.size() >= m_limit)
                print();
            else
                requestNext();
        });
}

void MessagesListCommand::print()
{
    QTextStream &out = m_context.io->out;
    if (m_context.json) {
        QJsonArray items;
        for (const Message &message : std::as_const(m_messages))
            items.append(message.toJson());
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject { { u"items"_s, items } }).toJson(QJsonDocument::Compact))
            << Qt::endl;
    } else {
        TextTable table({ tr("ID"), tr("SENT"), tr("SENDER"), tr("TEXT"), tr("ATTACHMENTS") });
        for (const Message &message : std::as_const(m_messages)) {
            table.addRow({ message.id, message.sentAt.toString(Qt::ISODate),
                QString::number(message.senderId), message.text,
                message.attachments.isEmpty() ? QString()
                                              : QString::number(message.attachments.size()) });
        }
        table.print(out, 60);
        out << tr("%n message(s).", nullptr, static_cast<int>(m_messages.size())) << Qt::endl;
    }
    Q_EMIT finished(ExitSuccess);
}

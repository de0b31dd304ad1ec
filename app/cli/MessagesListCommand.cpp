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
    fillWindow();
}

// Pages go out together, as many as the client keeps in flight, up to --limit: this envelope
// has no total, so the first short page tells where the list ends, and answers for pages
// beyond it are dropped.
void MessagesListCommand::fillWindow()
{
    const int window = std::max(1, m_context.client->limits().maxInFlight);
    const int end = std::min(m_limit, m_end);
    while (!m_failed && m_inFlight < window && m_nextSkip < end) {
        const int limit = std::min(ListMessagesEndpoint::defaultPageSize, end - m_nextSkip);
        requestPage(m_nextSkip, limit);
        m_nextSkip += limit;
    }
    if (!m_failed && m_inFlight == 0)
        print();
}

void MessagesListCommand::requestPage(int skip, int limit)
{
    MessageQuery query;
    query.dialogId = m_dialogId;
    query.onBehalfOf = m_context.onBehalfOf;
    query.senderId = m_senderId;
    ++m_inFlight;
    m_context.client->send(ListMessagesEndpoint::build(query, skip, limit), this,
        [this, skip, limit](const ApiReply &reply) {
            --m_inFlight;
            if (m_failed)
                return;
            const auto page = ListMessagesEndpoint::parse(reply);
            if (!page.ok()) {
                m_failed = true;
                failWith(page.error);
                return;
            }
            const int count = static_cast<int>(page.value.items.size());
            if (const auto oversized
                = PageNumbers::oversizedPage(count, limit, QStringLiteral("messages"), reply)) {
                m_failed = true;
                failWith(*oversized);
                return;
            }
            m_pages.insert(skip, page.value.items);
            // No total in this envelope: a short page is the last one.
            if (count < limit)
                m_end = std::min(m_end, skip + count);
            fillWindow();
        });
}

void MessagesListCommand::print()
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend() && it.key() < m_end; ++it)
        m_messages.append(it.value());
    m_pages.clear();
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

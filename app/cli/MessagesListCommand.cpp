// SPDX-License-Identifier: Apache-2.0

#include "MessagesListCommand.h"

#include "ListingOptions.h"
#include "TextTable.h"
#include "api/ApiClient.h"
#include "api/MessageCollector.h"
#include "domain/ObjectId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

void MessagesListCommand::start()
{
    if (m_context.arguments.size() != 1) {
        usageError(tr("messages list takes exactly one dialog id."));
        return;
    }
    MessageQuery query;
    query.dialogId = m_context.arguments.first();
    query.onBehalfOf = m_context.onBehalfOf;
    if (!ObjectId::isValid(query.dialogId)) {
        usageError(tr("\"%1\" is not a dialog id (24 hexadecimal digits).").arg(query.dialogId));
        return;
    }
    const ListingOptions listing
        = ListingOptions::read(m_context, ListMessagesEndpoint::defaultPageSize);
    if (!listing.problem.isEmpty()) {
        usageError(listing.problem);
        return;
    }
    if (m_context.parser->isSet(u"sender"_s)) {
        bool ok = false;
        const qint64 sender = m_context.parser->value(u"sender"_s).toLongLong(&ok);
        if (!ok || sender <= 0) {
            usageError(tr("--sender needs a user id (a positive number)."));
            return;
        }
        query.senderId = sender;
    }

    m_collector = new MessageCollector(m_context.client, this);
    m_collector->setWindow(m_context.client->limits().maxInFlight);
    connect(m_collector, &MessageCollector::failed, this, &MessagesListCommand::failWith);
    if (listing.jsonLines) {
        connect(m_collector, &MessageCollector::pageLoaded, this,
            [this](int, const QList<Message> &messages) {
                ListingOptions::writeLines(m_context, messages);
            });
        connect(m_collector, &MessageCollector::finished, this,
            [this] { Q_EMIT finished(ExitSuccess); });
    } else {
        connect(m_collector, &MessageCollector::pageLoaded, this,
            [this](int skip, const QList<Message> &messages) { m_pages.insert(skip, messages); });
        connect(m_collector, &MessageCollector::finished, this, &MessagesListCommand::print);
    }
    m_collector->start(query, listing.maxItems);
}

void MessagesListCommand::print()
{
    QTextStream &out = m_context.io->out;
    if (m_context.json) {
        QJsonArray items;
        for (const QList<Message> &page : std::as_const(m_pages)) {
            for (const Message &message : page)
                items.append(message.toJson());
        }
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject { { u"items"_s, items } }).toJson(QJsonDocument::Compact))
            << Qt::endl;
        Q_EMIT finished(ExitSuccess);
        return;
    }
    TextTable table({ tr("ID"), tr("SENT"), tr("SENDER"), tr("TEXT"), tr("ATTACHMENTS") });
    int shown = 0;
    for (const QList<Message> &page : std::as_const(m_pages)) {
        for (const Message &message : page) {
            table.addRow({ message.id, message.sentAt.toString(Qt::ISODate),
                QString::number(message.senderId), message.text,
                message.attachments.isEmpty() ? QString()
                                              : QString::number(message.attachments.size()) });
            ++shown;
        }
    }
    table.print(out, 60);
    out << tr("%n message(s).", nullptr, shown) << Qt::endl;
    Q_EMIT finished(ExitSuccess);
}

// SPDX-License-Identifier: Apache-2.0

#include "DialogsListCommand.h"

#include "ListingOptions.h"
#include "TextTable.h"
#include "api/ApiClient.h"
#include "api/DialogCollector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

void DialogsListCommand::start()
{
    const QCommandLineParser &parser = *m_context.parser;
    DialogQuery query;
    query.onBehalfOf = m_context.onBehalfOf;
    query.nameContains = parser.value(u"name-contains"_s);
    if (m_scope == Scope::OfUser) {
        bool ok = false;
        const qint64 userId
            = m_context.arguments.size() == 1 ? m_context.arguments.first().toLongLong(&ok) : 0;
        if (!ok || userId <= 0) {
            usageError(tr("users dialogs takes exactly one user id (a positive number)."));
            return;
        }
        if (m_context.client->connection().authMode == AuthMode::ApiKey)
            query.onBehalfOf = userId;
        else
            query.occupantId = userId;
    }
    if (parser.isSet(u"type"_s)) {
        const auto parts = parser.value(u"type"_s).split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            bool ok = false;
            const int number = part.trimmed().toInt(&ok);
            const DialogType type = Dialog::typeFromNumber(ok ? number : 0);
            if (type == DialogType::Unknown) {
                usageError(tr("--type takes 1 (public), 2 (group) or 3 (private), comma-separated; "
                              "\"%1\" is none of them.")
                               .arg(part));
                return;
            }
            if (!query.types.contains(type))
                query.types.append(type);
        }
    }

    const ListingOptions listing
        = ListingOptions::read(m_context, ListDialogsEndpoint::defaultPageSize);
    if (!listing.problem.isEmpty()) {
        usageError(listing.problem);
        return;
    }

    m_collector = new DialogCollector(m_context.client, this);
    m_collector->setWindow(m_context.client->limits().maxInFlight);
    connect(m_collector, &DialogCollector::failed, this, &DialogsListCommand::failWith);
    if (listing.jsonLines) {
        connect(m_collector, &DialogCollector::pageLoaded, this,
            [this](int, const QList<Dialog> &dialogs) {
                ListingOptions::writeLines(m_context, dialogs);
            });
        connect(m_collector, &DialogCollector::finished, this,
            [this] { Q_EMIT finished(ExitSuccess); });
    } else {
        connect(m_collector, &DialogCollector::pageLoaded, this,
            [this](int skip, const QList<Dialog> &dialogs) { m_pages.insert(skip, dialogs); });
        connect(m_collector, &DialogCollector::finished, this, &DialogsListCommand::print);
    }
    m_collector->start(query, listing.maxItems);
}

void DialogsListCommand::print()
{
    QTextStream &out = m_context.io->out;
    if (m_context.json) {
        QJsonArray items;
        for (const QList<Dialog> &page : std::as_const(m_pages)) {
            for (const Dialog &dialog : page)
                items.append(dialog.toJson());
        }
        const QJsonObject result { { u"total_entries"_s, m_collector->serverTotal() },
            { u"items"_s, items } };
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
        Q_EMIT finished(ExitSuccess);
        return;
    }

    TextTable table(
        { tr("ID"), tr("TYPE"), tr("NAME"), tr("OWNER"), tr("MEMBERS"), tr("LAST ACTIVITY") });
    int shown = 0;
    for (const QList<Dialog> &page : std::as_const(m_pages)) {
        for (const Dialog &dialog : page) {
            table.addRow({ dialog.id, Dialog::typeName(dialog.type), dialog.name,
                QString::number(dialog.ownerId),
                dialog.type == DialogType::Public ? tr("all")
                                                  : QString::number(dialog.occupantIds.size()),
                dialog.lastMessageAt.isValid() ? dialog.lastMessageAt.toString(Qt::ISODate)
                                               : QString() });
            ++shown;
        }
    }
    table.print(out);
    out << tr("%n dialog(s) shown", nullptr, shown) << u", "_s
        << tr("%n in total", nullptr, m_collector->serverTotal()) << u'.' << Qt::endl;
    Q_EMIT finished(ExitSuccess);
}

// SPDX-License-Identifier: Apache-2.0

#include "UsersListCommand.h"

#include "ListingOptions.h"
#include "TextTable.h"
#include "api/ApiClient.h"
#include "api/UserCollector.h"
#include "api/UserFinder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

void UsersListCommand::start()
{
    const QCommandLineParser &parser = *m_context.parser;
    const QString text = parser.value(u"search"_s);
    if (!UserFinder::invalidText(text).isEmpty()) {
        usageError(UserFinder::invalidText(text));
        return;
    }
    const bool paging = parser.isSet(u"all"_s) || parser.isSet(u"jsonl"_s);
    if (paging) {
        const ListingOptions listing
            = ListingOptions::read(m_context, ListUsersEndpoint::maxPerPage);
        if (!listing.problem.isEmpty()) {
            usageError(listing.problem);
            return;
        }
        m_maxItems = listing.maxItems;
        m_jsonLines = listing.jsonLines;
        m_searches = UserFinder::searchesFor(text);
        m_collector = new UserCollector(m_context.client, this);
        m_collector->setWindow(m_context.client->limits().maxInFlight);
        connect(m_collector, &UserCollector::failed, this, &UsersListCommand::failWith);
        connect(m_collector, &UserCollector::pageLoaded, this, &UsersListCommand::takePage);
        connect(m_collector, &UserCollector::finished, this, [this] {
            if (m_searchIndex == 0)
                m_totalEntries = std::max(m_totalEntries, m_collector->serverTotal());
            ++m_searchIndex;
            startNextSearch();
        });
        startNextSearch();
        return;
    }

    int limit = ListUsersEndpoint::maxPerPage;
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > ListUsersEndpoint::maxPerPage) {
            usageError(tr("--limit needs a whole number from 1 to %1; with --all or --jsonl, any "
                          "number of at least 1.")
                           .arg(ListUsersEndpoint::maxPerPage));
            return;
        }
    }
    auto *finder = new UserFinder(m_context.client, this);
    connect(finder, &UserFinder::found, this, &UsersListCommand::print);
    connect(finder, &UserFinder::failed, this, &UsersListCommand::failWith);
    finder->find(text, limit);
}

// The searches TEXT stands for run one after the other; a user two of them find is listed once.
void UsersListCommand::startNextSearch()
{
    const int left = m_maxItems < 0 ? -1 : m_maxItems - static_cast<int>(m_seen.size());
    if (m_searchIndex >= m_searches.size() || left == 0) {
        if (m_jsonLines) {
            Q_EMIT finished(ExitSuccess);
            return;
        }
        QList<ChatUser> users;
        for (const QList<ChatUser> &page : std::as_const(m_pages))
            users.append(page);
        print(users, std::max(m_totalEntries, static_cast<int>(users.size())));
        return;
    }
    m_collector->start(m_searches.at(m_searchIndex), left);
}

void UsersListCommand::takePage(int skip, const QList<ChatUser> &users)
{
    QList<ChatUser> fresh;
    for (const ChatUser &user : users) {
        if (!m_seen.contains(user.id)) {
            m_seen.insert(user.id);
            fresh.append(user);
        }
    }
    if (m_jsonLines)
        ListingOptions::writeLines(m_context, fresh);
    else
        m_pages.insert({ m_searchIndex, skip }, fresh);
}

void UsersListCommand::print(const QList<ChatUser> &users, int totalEntries)
{
    QTextStream &out = m_context.io->out;
    if (m_context.json) {
        QJsonArray items;
        for (const ChatUser &user : users)
            items.append(user.toJson());
        const QJsonObject result { { u"total_entries"_s, totalEntries }, { u"items"_s, items } };
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        TextTable table({ tr("ID"), tr("LOGIN"), tr("FULL NAME"), tr("EMAIL"), tr("CREATED"),
            tr("LAST REQUEST") });
        for (const ChatUser &user : users) {
            table.addRow({ QString::number(user.id), user.login, user.fullName, user.email,
                user.createdAt.toString(Qt::ISODate), user.lastRequestAt.toString(Qt::ISODate) });
        }
        table.print(out);
        out << tr("%n user(s) shown", nullptr, static_cast<int>(users.size())) << u", "_s
            << tr("%n in total", nullptr, totalEntries) << u'.' << Qt::endl;
    }
    Q_EMIT finished(ExitSuccess);
}

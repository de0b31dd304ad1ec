// SPDX-License-Identifier: Apache-2.0

#include "UsersListCommand.h"

#include "TextTable.h"
#include "api/UserFinder.h"
#include "api/endpoints/ListUsersEndpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

void UsersListCommand::start()
{
    const QCommandLineParser &parser = *m_context.parser;
    int limit = ListUsersEndpoint::maxPerPage;
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > ListUsersEndpoint::maxPerPage) {
            usageError(tr("--limit needs a whole number from 1 to %1.")
                           .arg(ListUsersEndpoint::maxPerPage));
            return;
        }
    }
    const QString text = parser.value(u"search"_s);
    auto *finder = new UserFinder(m_context.client, this);
    connect(finder, &UserFinder::found, this, &UsersListCommand::print);
    connect(finder, &UserFinder::failed, this, &UsersListCommand::failWith);
    if (!finder->find(text, limit))
        usageError(UserFinder::invalidText(text));
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

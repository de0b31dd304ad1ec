#include "UsersListCommand.h"

#include "TextTable.h"
#include "api/ApiClient.h"
#include "api/endpoints/GetUserEndpoint.h"
#include "api/endpoints/ListUsersEndpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

void UsersListCommand::start()
{
    const QCommandLineParser &parser = *m_context.parser;
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        m_limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || m_limit < 1 || m_limit > ListUsersEndpoint::maxPerPage) {
            usageError(tr("--limit needs a whole number from 1 to %1.")
                               .arg(ListUsersEndpoint::maxPerPage));
            return;
        }
    }
    const QString text = parser.value(u"search"_s).trimmed();
    if (text.isEmpty()) {
        lookUp(ListUsersEndpoint::build({}, 1, m_limit));
        return;
    }
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber) {
        ++m_outstanding;
        m_context.client->send(GetUserEndpoint::build(id), this,
                               [this](const ApiReply &reply) { onAnswered(reply, true); });
        return;
    }
    const UserSearch search = UserSearch::fromText(text);
    if (search.by == UserSearch::By::FullName && text.size() < 3) {
        usageError(tr("Searching by name needs at least 3 characters."));
        return;
    }
    lookUp(ListUsersEndpoint::build(search, 1, m_limit));
    if (search.by == UserSearch::By::FullName)
        lookUp(ListUsersEndpoint::build({ UserSearch::By::Login, text, {} }, 1, 1));
}

void UsersListCommand::lookUp(const ApiRequest &request)
{
    ++m_outstanding;
    m_context.client->send(request, this,
                           [this](const ApiReply &reply) { onAnswered(reply, false); });
}

void UsersListCommand::onAnswered(const ApiReply &reply, bool singleUser)
{
    --m_outstanding;
    if (singleUser) {
        const auto user = GetUserEndpoint::parse(reply);
        if (user.ok())
            m_users.append(user.value);
        else if (user.error.kind() != ApiError::Kind::NotFound)
            m_error = user.error;
        m_totalEntries = static_cast<int>(m_users.size());
    } else {
        const auto page = ListUsersEndpoint::parse(reply);
        if (page.ok()) {
            for (const ChatUser &user : page.value.items) {
                const bool known = std::any_of(m_users.cbegin(), m_users.cend(),
                                               [&user](const ChatUser &other) {
                                                   return other.id == user.id;
                                               });
                if (!known)
                    m_users.append(user);
            }
            m_totalEntries = std::max(m_totalEntries, page.value.totalEntries);
        } else {
            m_error = page.error;
        }
    }
    if (m_outstanding > 0)
        return;
    if (m_error.isError()) {
        failWith(m_error);
        return;
    }
    m_totalEntries = std::max(m_totalEntries, static_cast<int>(m_users.size()));
    print();
}

void UsersListCommand::print()
{
    QTextStream &out = m_context.io->out;
    if (m_context.json) {
        QJsonArray items;
        for (const ChatUser &user : std::as_const(m_users))
            items.append(user.toJson());
        const QJsonObject result { { u"total_entries"_s, m_totalEntries }, { u"items"_s, items } };
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))
            << Qt::endl;
    } else {
        TextTable table({ tr("ID"), tr("LOGIN"), tr("FULL NAME"), tr("EMAIL"), tr("CREATED"),
                          tr("LAST REQUEST") });
        for (const ChatUser &user : std::as_const(m_users)) {
            table.addRow({ QString::number(user.id), user.login, user.fullName, user.email,
                           user.createdAt.toString(Qt::ISODate),
                           user.lastRequestAt.toString(Qt::ISODate) });
        }
        table.print(out);
        out << tr("%n user(s) shown", nullptr, static_cast<int>(m_users.size())) << u", "_s
            << tr("%n in total", nullptr, m_totalEntries) << u'.' << Qt::endl;
    }
    Q_EMIT finished(ExitSuccess);
}

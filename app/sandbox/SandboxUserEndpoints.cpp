// SPDX-License-Identifier: Apache-2.0

#include "SandboxUserEndpoints.h"

#include "SandboxCaller.h"
#include "SandboxCommunity.h"
#include "SandboxJson.h"
#include "SandboxParameters.h"
#include "SandboxSessions.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultPerPage = 10;
constexpr int MaxPerPage = 100;

enum class FieldKind { Number, Text, Date, AlwaysNull };

FieldKind kindOf(const QString &field)
{
    if (field == u"id"_s)
        return FieldKind::Number;
    if (field == u"full_name"_s || field == u"email"_s || field == u"login"_s || field == u"phone"_s
        || field == u"website"_s)
        return FieldKind::Text;
    if (field == u"created_at"_s || field == u"updated_at"_s || field == u"last_request_at"_s)
        return FieldKind::Date;
    if (field == u"external_user_id"_s || field == u"twitter_id"_s || field == u"facebook_id"_s)
        return FieldKind::AlwaysNull;
    return FieldKind::AlwaysNull;
}

bool isField(const QString &field)
{
    static const QStringList fields { u"id"_s, u"full_name"_s, u"email"_s, u"login"_s, u"phone"_s,
        u"website"_s, u"created_at"_s, u"updated_at"_s, u"last_request_at"_s, u"external_user_id"_s,
        u"twitter_id"_s, u"facebook_id"_s };
    return fields.contains(field);
}

qint64 numberOf(const SandboxUser &user, const QString &field)
{
    if (field == u"id"_s)
        return user.id;
    if (field == u"created_at"_s)
        return user.createdAt;
    if (field == u"updated_at"_s)
        return user.updatedAt;
    return user.lastRequestAt;
}

QString textOf(const SandboxUser &user, const QString &field)
{
    if (field == u"full_name"_s)
        return user.fullName;
    if (field == u"email"_s)
        return user.email;
    if (field == u"login"_s)
        return user.login;
    if (field == u"phone"_s)
        return user.phone;
    return user.website;
}

// One filter operator applied to a text or a number: the same comparisons either way.
template<typename T> bool compares(const QString &op, const T &actual, const QList<T> &values)
{
    const T &first = values.constFirst();
    if (op == u"eq"_s)
        return actual == first;
    if (op == u"ne"_s)
        return actual != first;
    if (op == u"in"_s)
        return values.contains(actual);
    if (op == u"gt"_s)
        return actual > first;
    if (op == u"lt"_s)
        return actual < first;
    if (op == u"ge"_s)
        return actual >= first;
    if (op == u"le"_s)
        return actual <= first;
    return actual >= first && actual <= values.constLast(); // between
}

using Predicate = std::function<bool(const SandboxUser &)>;

// "number id in 5,6,7" -> a predicate; false when the text is not a filter.
bool parseFilter(const QString &text, Predicate *predicate)
{
    static const QRegularExpression pattern(
        u"^\\s*(string|number|date)\\s+(\\w+)\\s+(gt|lt|ge|le|eq|ne|between|in)\\s+(.*?)\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch() || !isField(match.captured(2)))
        return false;
    const QString field = match.captured(2);
    const QString op = match.captured(3);
    const QString value = match.captured(4);
    const QStringList values = (op == u"in"_s || op == u"between"_s)
        ? value.split(u',', Qt::SkipEmptyParts)
        : QStringList { value };
    if (values.isEmpty() || (op == u"between"_s && values.size() != 2))
        return false;

    const FieldKind kind = kindOf(field);
    if (kind == FieldKind::AlwaysNull) {
        // Nobody in the demo community has these set.
        const bool matchesNull = op == u"ne"_s;
        *predicate = [matchesNull](const SandboxUser &) { return matchesNull; };
        return true;
    }
    if (kind == FieldKind::Text) {
        *predicate = [field, op, values](const SandboxUser &user) {
            return compares(op, textOf(user, field), values);
        };
        return true;
    }
    QList<qint64> numbers;
    for (const QString &item : values) {
        qint64 number = 0;
        bool ok = false;
        if (kind == FieldKind::Date)
            ok = SandboxJson::parseTime(item, &number);
        else
            number = item.trimmed().toLongLong(&ok);
        if (!ok)
            return false;
        numbers.append(number);
    }
    *predicate = [field, op, numbers](const SandboxUser &user) {
        return compares(op, numberOf(user, field), numbers);
    };
    return true;
}

// The JS SDK sends every filter in one filter[] value, joined with commas, while "in" and
// "between" use commas inside a filter: a piece starts a new filter only if it begins with a
// type keyword.
QStringList splitFilters(const QString &joined)
{
    static const QRegularExpression start(u"^\\s*(string|number|date)\\s"_s);
    QStringList filters;
    const QStringList pieces = joined.split(u',');
    for (const QString &piece : pieces) {
        if (filters.isEmpty() || start.match(piece).hasMatch())
            filters.append(piece);
        else
            filters.last() += u',' + piece;
    }
    return filters;
}

} // namespace

SandboxUserEndpoints::SandboxUserEndpoints(SandboxCommunity &community, SandboxSessions &sessions)
    : m_community(community)
    , m_sessions(sessions)
{
}

SandboxResponse SandboxUserEndpoints::one(const SandboxUser *user)
{
    if (!user)
        return SandboxResponse::codeMessage(404, u"Couldn't find user"_s);
    return SandboxResponse::json(200, QJsonObject { { u"user"_s, SandboxJson::user(*user) } });
}

SandboxResponse SandboxUserEndpoints::page(const QList<const SandboxUser *> &users,
    const SandboxParameters &parameters, bool notFoundWhenEmpty) const
{
    if (users.isEmpty() && notFoundWhenEmpty)
        return SandboxResponse::codeMessage(404, u"Couldn't find user"_s);
    bool ok = false;
    int page = parameters.value(u"page"_s).toInt(&ok);
    if (!ok || page < 1)
        page = 1;
    int perPage = parameters.value(u"per_page"_s).toInt(&ok);
    if (!ok || perPage < 1)
        perPage = DefaultPerPage;
    perPage = std::min(perPage, MaxPerPage);

    QJsonArray items;
    const qint64 first = qint64(page - 1) * perPage;
    for (qint64 i = first; i < users.size() && i < first + perPage; ++i)
        items.append(QJsonObject { { u"user"_s, SandboxJson::user(*users.at(i)) } });
    return SandboxResponse::json(200,
        QJsonObject {
            { u"current_page"_s, page },
            { u"per_page"_s, perPage },
            { u"total_entries"_s, int(users.size()) },
            { u"items"_s, items },
        });
}

SandboxResponse SandboxUserEndpoints::list(const SandboxParameters &parameters)
{
    static const QRegularExpression filterName(u"^filter(\\[\\d*\\])?$"_s);
    QList<Predicate> predicates;
    for (const auto &[name, value] : parameters.items()) {
        if (!filterName.match(name).hasMatch())
            continue;
        const QStringList filters = splitFilters(value);
        for (const QString &filter : filters) {
            Predicate predicate;
            if (!parseFilter(filter, &predicate))
                return SandboxResponse::errorBase(422, u"Invalid filter: "_s + filter.trimmed());
            predicates.append(predicate);
        }
    }

    QList<const SandboxUser *> users;
    for (const SandboxUser &user : m_community.users()) {
        if (std::all_of(predicates.cbegin(), predicates.cend(),
                [&user](const Predicate &p) { return p(user); }))
            users.append(&user);
    }

    const QString order = parameters.value(u"order"_s).trimmed();
    if (!order.isEmpty()) {
        static const QRegularExpression pattern(
            u"^(asc|desc)\\s+(string|number|date)\\s+(\\w+)$"_s);
        const QRegularExpressionMatch match = pattern.match(order);
        if (!match.hasMatch() || !isField(match.captured(3)))
            return SandboxResponse::errorBase(422, u"Invalid order: "_s + order);
        const bool descending = match.captured(1) == u"desc"_s;
        const QString field = match.captured(3);
        const FieldKind kind = kindOf(field);
        std::stable_sort(
            users.begin(), users.end(), [&](const SandboxUser *a, const SandboxUser *b) {
                if (kind == FieldKind::Text) {
                    const int c = textOf(*a, field).compare(textOf(*b, field));
                    return descending ? c > 0 : c < 0;
                }
                if (kind == FieldKind::AlwaysNull)
                    return false;
                const qint64 x = numberOf(*a, field);
                const qint64 y = numberOf(*b, field);
                return descending ? x > y : x < y;
            });
    }
    return page(users, parameters, false);
}

SandboxResponse SandboxUserEndpoints::show(const QString &id)
{
    bool ok = false;
    const qint64 userId = id.toLongLong(&ok);
    return one(ok ? m_community.user(userId) : nullptr);
}

SandboxResponse SandboxUserEndpoints::byLogin(const SandboxParameters &parameters)
{
    return one(m_community.userByLogin(parameters.value(u"login"_s)));
}

SandboxResponse SandboxUserEndpoints::byEmail(const SandboxParameters &parameters)
{
    return one(m_community.userByEmail(parameters.value(u"email"_s)));
}

SandboxResponse SandboxUserEndpoints::byFullName(const SandboxParameters &parameters)
{
    const QString wanted = parameters.value(u"full_name"_s).trimmed();
    if (wanted.size() < 3)
        return SandboxResponse::errorField(
            422, u"full_name"_s, u"is too short (minimum is 3 characters)"_s);
    QList<const SandboxUser *> users;
    for (const SandboxUser &user : m_community.users()) {
        if (user.fullName.contains(wanted, Qt::CaseInsensitive))
            users.append(&user);
    }
    return page(users, parameters, true);
}

SandboxResponse SandboxUserEndpoints::byTags(const SandboxParameters &parameters)
{
    const QStringList wanted = parameters.arrayValues(u"tags"_s);
    QList<const SandboxUser *> users;
    for (const SandboxUser &user : m_community.users()) {
        const bool tagged = std::any_of(wanted.cbegin(), wanted.cend(),
            [&user](const QString &t) { return user.tags.contains(t, Qt::CaseInsensitive); });
        if (tagged)
            users.append(&user);
    }
    return page(users, parameters, true);
}

SandboxResponse SandboxUserEndpoints::byExternalId(const QString &)
{
    // Nobody in the demo community has an external id.
    return one(nullptr);
}

SandboxResponse SandboxUserEndpoints::createToken(const QString &id, const SandboxCaller &caller)
{
    if (caller.kind != SandboxCaller::Kind::ApiKey)
        return SandboxResponse::errorBase(401, u"Invalid Authorization header"_s);
    bool ok = false;
    const SandboxUser *user = m_community.user(id.toLongLong(&ok));
    if (!ok || !user)
        return SandboxResponse::errorBase(404, u"User not found"_s);
    const SandboxSession &session = m_sessions.create(m_community.application().id, user->id, 0, 0);
    return SandboxResponse::json(201,
        QJsonObject {
            { u"token"_s, session.token },
            { u"expires_at"_s, SandboxJson::isoTime(m_sessions.expiresAt(session)) },
        });
}

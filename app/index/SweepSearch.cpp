// SPDX-License-Identifier: Apache-2.0

#include "SweepSearch.h"

#include "SweepIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace {

QDateTime fromSeconds(const QVariant &value)
{
    const qint64 seconds = value.toLongLong();
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()) : QDateTime();
}

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// The message filters as SQL over messages m joined to dialogs d.
QString messageConditions(const SweepFilter &filter, QVariantList *values)
{
    QStringList conditions;
    if (filter.senderId) {
        conditions.append(u"m.sender_id = ?"_s);
        values->append(*filter.senderId);
    }
    if (filter.since.isValid()) {
        conditions.append(u"m.sent_at >= ?"_s);
        values->append(filter.since.toSecsSinceEpoch());
    }
    if (filter.until.isValid()) {
        conditions.append(u"m.sent_at < ?"_s);
        values->append(filter.until.toSecsSinceEpoch());
    }
    if (!filter.types.isEmpty()) {
        QStringList marks;
        for (const DialogType type : filter.types) {
            marks.append(u"?"_s);
            values->append(static_cast<int>(type));
        }
        conditions.append(u"d.type IN (%1)"_s.arg(marks.join(u',')));
    }
    if (filter.hasLink)
        conditions.append(u"m.has_link = 1"_s);
    if (filter.hasAttachment)
        conditions.append(u"m.has_attachment = 1"_s);
    return conditions.join(u" AND "_s);
}

} // namespace

QJsonObject SweepFilter::toJson() const
{
    QJsonObject object { { u"text"_s, text } };
    if (senderId)
        object.insert(u"sender_id"_s, *senderId);
    if (since.isValid())
        object.insert(u"since"_s, isoOrEmpty(since));
    if (until.isValid())
        object.insert(u"until"_s, isoOrEmpty(until));
    if (!types.isEmpty()) {
        QJsonArray array;
        for (const DialogType type : types)
            array.append(static_cast<int>(type));
        object.insert(u"types"_s, array);
    }
    if (hasLink)
        object.insert(u"has_link"_s, true);
    if (hasAttachment)
        object.insert(u"has_attachment"_s, true);
    return object;
}

SweepFilter SweepFilter::fromJson(const QJsonObject &object)
{
    SweepFilter filter;
    filter.text = object.value(u"text"_s).toString();
    if (object.contains(u"sender_id"_s))
        filter.senderId = object.value(u"sender_id"_s).toInteger();
    filter.since = QDateTime::fromString(object.value(u"since"_s).toString(), Qt::ISODate);
    filter.until = QDateTime::fromString(object.value(u"until"_s).toString(), Qt::ISODate);
    const QJsonArray types = object.value(u"types"_s).toArray();
    for (const QJsonValue &type : types)
        filter.types.append(Dialog::typeFromNumber(type.toInteger()));
    filter.hasLink = object.value(u"has_link"_s).toBool();
    filter.hasAttachment = object.value(u"has_attachment"_s).toBool();
    return filter;
}

QString SweepSelection::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Inactive:
        return u"inactive"_s;
    case Kind::OwnedBy:
        return u"owned_by"_s;
    case Kind::EmptyGroups:
        return u"empty_groups"_s;
    case Kind::Phrase:
        return u"phrase"_s;
    case Kind::Campaign:
        return u"campaign"_s;
    }
    return {};
}

std::optional<SweepSelection::Kind> SweepSelection::kindFromName(const QString &name)
{
    for (const Kind kind :
        { Kind::Inactive, Kind::OwnedBy, Kind::EmptyGroups, Kind::Phrase, Kind::Campaign }) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString SweepSelection::describe() const
{
    switch (kind) {
    case Kind::Inactive:
        return SweepSearch::tr("Dialogs with no message in %n day(s)", nullptr, days);
    case Kind::OwnedBy:
        return SweepSearch::tr("Dialogs owned by user %1").arg(userId);
    case Kind::EmptyGroups:
        return SweepSearch::tr("Empty groups");
    case Kind::Phrase:
        return SweepSearch::tr("Messages matching \"%1\"").arg(filter.text);
    case Kind::Campaign:
        return SweepSearch::tr("Messages of a campaign");
    }
    return {};
}

QJsonObject SweepSelection::toJson() const
{
    QJsonObject object { { u"name"_s, name }, { u"kind"_s, kindName(kind) } };
    switch (kind) {
    case Kind::Inactive:
        object.insert(u"days"_s, days);
        break;
    case Kind::OwnedBy:
        object.insert(u"user_id"_s, userId);
        break;
    case Kind::EmptyGroups:
        break;
    case Kind::Phrase:
        object.insert(u"filter"_s, filter.toJson());
        break;
    case Kind::Campaign:
        object.insert(u"text_hash"_s, QString::number(textHash));
        object.insert(u"window_seconds"_s, windowSeconds);
        break;
    }
    return object;
}

SweepSearch::SweepSearch(const SweepIndex &index)
    : m_connectionName(index.connectionName())
    , m_engine(&index.engine())
    , m_application(index.application())
{
}

QString SweepSearch::userLabel(qint64 id, const QString &fullName, const QString &login)
{
    if (fullName.isEmpty() && login.isEmpty())
        return QString::number(id);
    if (fullName.isEmpty())
        return u"%1 (%2)"_s.arg(login).arg(id);
    if (login.isEmpty())
        return u"%1 (%2)"_s.arg(fullName).arg(id);
    return u"%1 (%2, %3)"_s.arg(fullName, login).arg(id);
}

std::optional<SweepResult> SweepSearch::search(const SweepFilter &filter, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const bool typed = !filter.text.trimmed().isEmpty();
    const IndexEngine::FullTextMatch match = typed
        ? m_engine->fullTextMatch(u"messages"_s, u"m"_s, { u"text"_s }, filter.text)
        : IndexEngine::FullTextMatch();
    if (typed && match.values.isEmpty()) {
        if (error)
            *error = tr("\"%1\" has no words to search for.").arg(filter.text);
        return std::nullopt;
    }
    SweepResult result;
    // The full-text match's values come first, then the application's, then the filters'.
    QVariantList values = match.values;
    values.append(m_application);
    QStringList conditions;
    if (typed)
        conditions.append(match.condition);
    conditions.append(u"m.app = ?"_s);
    if (const QString filters = messageConditions(filter, &values); !filters.isEmpty())
        conditions.append(filters);
    QString sql = u"SELECT m.id, m.dialog_id, d.name, d.type, m.sender_id, u.login, u.full_name,"
                  " m.sent_at, m.text, m.has_link, m.has_attachment FROM "_s
        + (typed ? match.from : u"messages m"_s)
        + u" LEFT JOIN dialogs d ON d.app = m.app AND d.id = m.dialog_id"
          " LEFT JOIN users u ON u.app = m.app AND u.id = m.sender_id WHERE "_s
        + conditions.join(u" AND "_s) + u" ORDER BY m.sent_at DESC, m.id LIMIT ?"_s;
    values.append(std::max(1, filter.limit));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = tr("The search failed: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    while (query.next()) {
        SweepMessageHit hit;
        hit.messageId = query.value(0).toString();
        hit.dialogId = query.value(1).toString();
        hit.dialogName = query.value(2).toString();
        hit.dialogType = Dialog::typeFromNumber(query.value(3).toLongLong());
        hit.senderId = query.value(4).toLongLong();
        hit.senderLogin = query.value(5).toString();
        hit.senderName = query.value(6).toString();
        hit.sentAt = fromSeconds(query.value(7));
        hit.text = query.value(8).toString();
        hit.hasLink = query.value(9).toInt() != 0;
        hit.hasAttachment = query.value(10).toInt() != 0;
        result.messages.append(hit);
    }
    if (!typed)
        return result;

    // Names: dialogs of the wanted types, and users, unless the search is about messages only.
    const bool messagesOnly = filter.senderId || filter.since.isValid() || filter.until.isValid()
        || filter.hasLink || filter.hasAttachment;
    if (messagesOnly)
        return result;
    const IndexEngine::FullTextMatch dialogMatch
        = m_engine->fullTextMatch(u"dialogs"_s, u"d"_s, { u"name"_s }, filter.text);
    QString dialogSql = u"SELECT d.id, d.name, d.type, d.owner_id, d.member_count,"
                        " d.message_count, d.last_message_at FROM %1 WHERE %2 AND d.app = ?"_s.arg(
                            dialogMatch.from, dialogMatch.condition);
    QVariantList dialogValues = dialogMatch.values;
    dialogValues.append(m_application);
    if (!filter.types.isEmpty()) {
        QStringList marks;
        for (const DialogType type : filter.types) {
            marks.append(u"?"_s);
            dialogValues.append(static_cast<int>(type));
        }
        dialogSql += u" AND d.type IN (%1)"_s.arg(marks.join(u','));
    }
    dialogSql += u" ORDER BY d.last_message_at DESC LIMIT ?"_s;
    dialogValues.append(std::max(1, filter.limit));
    query.prepare(dialogSql);
    for (const QVariant &value : std::as_const(dialogValues))
        query.addBindValue(value);
    if (query.exec()) {
        while (query.next()) {
            SweepDialogHit hit;
            hit.dialogId = query.value(0).toString();
            hit.name = query.value(1).toString();
            hit.type = Dialog::typeFromNumber(query.value(2).toLongLong());
            hit.ownerId = query.value(3).toLongLong();
            hit.memberCount = query.value(4).toInt();
            hit.messageCount = query.value(5).toInt();
            hit.lastMessageAt = fromSeconds(query.value(6));
            result.dialogs.append(hit);
        }
    }
    if (filter.types.isEmpty()) {
        const IndexEngine::FullTextMatch userMatch = m_engine->fullTextMatch(
            u"users"_s, u"u"_s, { u"full_name"_s, u"login"_s }, filter.text);
        query.prepare(u"SELECT u.id, u.login, u.full_name FROM %1 WHERE %2 AND u.app = ?"
                      " ORDER BY u.id LIMIT ?"_s.arg(userMatch.from, userMatch.condition));
        for (const QVariant &value : userMatch.values)
            query.addBindValue(value);
        query.addBindValue(m_application);
        query.addBindValue(std::max(1, filter.limit));
        if (query.exec()) {
            while (query.next())
                result.users.append({ query.value(0).toLongLong(), query.value(1).toString(),
                    query.value(2).toString() });
        }
    }
    return result;
}

QList<SweepCampaign> SweepSearch::campaigns(
    int minDialogs, qint64 windowSeconds, const QDateTime &since) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Only texts that reach enough dialogs at all, from the covering index; then each text's
    // messages in time order, clustered by the window.
    QString sql = u"SELECT text_hash FROM messages WHERE app = ? AND text_hash IS NOT NULL"_s;
    if (since.isValid())
        sql += u" AND sent_at >= ?"_s;
    sql += u" GROUP BY text_hash HAVING COUNT(DISTINCT dialog_id) >= ?"_s;
    query.prepare(sql);
    query.addBindValue(m_application);
    if (since.isValid())
        query.addBindValue(since.toSecsSinceEpoch());
    query.addBindValue(std::max(1, minDialogs));
    QList<qint64> hashes;
    if (!query.exec())
        return {};
    while (query.next())
        hashes.append(query.value(0).toLongLong());

    struct Post {
        QString id;
        QString dialogId;
        qint64 senderId;
        qint64 sentAt;
        QString text;
    };
    QList<SweepCampaign> campaigns;
    QSqlQuery posts(db);
    posts.setForwardOnly(true);
    posts.prepare(u"SELECT id, dialog_id, sender_id, sent_at, text FROM messages"
                  " WHERE app = ? AND text_hash = ? AND sent_at >= ? ORDER BY sent_at, id"_s);
    for (const qint64 hash : std::as_const(hashes)) {
        posts.addBindValue(m_application);
        posts.addBindValue(hash);
        posts.addBindValue(since.isValid() ? since.toSecsSinceEpoch() : 0);
        if (!posts.exec())
            continue;
        QList<Post> list;
        while (posts.next())
            list.append(
                { posts.value(0).toString(), posts.value(1).toString(), posts.value(2).toLongLong(),
                    posts.value(3).toLongLong(), posts.value(4).toString() });
        // Every window [t, t + windowSeconds] that reaches minDialogs dialogs; overlapping
        // windows join into one campaign.
        QList<std::pair<int, int>> ranges;
        std::map<QString, int> inWindow;
        int end = 0;
        for (int start = 0; start < list.size(); ++start) {
            while (
                end < list.size() && list.at(end).sentAt - list.at(start).sentAt <= windowSeconds)
                ++inWindow[list.at(end++).dialogId];
            if (int(inWindow.size()) >= minDialogs) {
                if (!ranges.isEmpty() && ranges.last().second >= start)
                    ranges.last().second = end - 1;
                else
                    ranges.append({ start, end - 1 });
            }
            auto it = inWindow.find(list.at(start).dialogId);
            if (--it->second == 0)
                inWindow.erase(it);
        }
        for (const auto &[first, last] : std::as_const(ranges)) {
            SweepCampaign campaign;
            campaign.textHash = hash;
            campaign.text = list.at(first).text;
            campaign.firstSeen = fromSeconds(list.at(first).sentAt);
            campaign.lastSeen = fromSeconds(list.at(last).sentAt);
            for (int i = first; i <= last; ++i) {
                const Post &post = list.at(i);
                campaign.messageIds.append(post.id);
                if (!campaign.dialogIds.contains(post.dialogId))
                    campaign.dialogIds.append(post.dialogId);
                if (!campaign.senderIds.contains(post.senderId))
                    campaign.senderIds.append(post.senderId);
            }
            std::sort(campaign.dialogIds.begin(), campaign.dialogIds.end());
            std::sort(campaign.senderIds.begin(), campaign.senderIds.end());
            campaigns.append(campaign);
        }
    }
    std::sort(
        campaigns.begin(), campaigns.end(), [](const SweepCampaign &a, const SweepCampaign &b) {
            if (a.dialogIds.size() != b.dialogIds.size())
                return a.dialogIds.size() > b.dialogIds.size();
            return a.lastSeen > b.lastSeen;
        });
    return campaigns;
}

QList<SweepSelection> SweepSearch::selections() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QList<SweepSelection> list;
    query.prepare(u"SELECT name, kind, parameters FROM selections WHERE app = ? ORDER BY name"_s);
    query.addBindValue(m_application);
    if (!query.exec())
        return list;
    while (query.next()) {
        const auto kind = SweepSelection::kindFromName(query.value(1).toString());
        if (!kind)
            continue;
        const QJsonObject parameters
            = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        SweepSelection selection;
        selection.name = query.value(0).toString();
        selection.kind = *kind;
        selection.days = parameters.value(u"days"_s).toInt(90);
        selection.userId = parameters.value(u"user_id"_s).toInteger();
        selection.filter = SweepFilter::fromJson(parameters.value(u"filter"_s).toObject());
        selection.textHash = parameters.value(u"text_hash"_s).toString().toLongLong();
        selection.windowSeconds = parameters.value(u"window_seconds"_s).toInteger(86400);
        list.append(selection);
    }
    return list;
}

bool SweepSearch::saveSelection(const SweepSelection &selection, QString *error) const
{
    if (selection.name.trimmed().isEmpty()) {
        if (error)
            *error = tr("A selection needs a name.");
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"INSERT INTO selections(app, name, kind, parameters) VALUES (?, ?, ?, ?)"
                  " ON CONFLICT(name, app) DO UPDATE SET kind = excluded.kind,"
                  " parameters = excluded.parameters"_s);
    query.addBindValue(m_application);
    query.addBindValue(selection.name.trimmed());
    query.addBindValue(SweepSelection::kindName(selection.kind));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(selection.toJson()).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

bool SweepSearch::removeSelection(const QString &name) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"DELETE FROM selections WHERE app = ? AND name = ?"_s);
    query.addBindValue(m_application);
    query.addBindValue(name);
    return query.exec();
}

SweepSelectionItems SweepSearch::run(const SweepSelection &selection, const QDateTime &now) const
{
    SweepSelectionItems items;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    const auto collectDialogs = [&] {
        if (query.exec()) {
            while (query.next())
                items.dialogIds.append(query.value(0).toString());
        }
    };
    const auto collectMessages = [&] {
        if (!query.exec())
            return;
        while (query.next()) {
            const QString id = query.value(0).toString();
            items.messageIds.append(id);
            items.dialogOfMessage.insert(id, query.value(1).toString());
            if (!items.dialogIds.contains(query.value(1).toString()))
                items.dialogIds.append(query.value(1).toString());
            const qint64 sender = query.value(2).toLongLong();
            if (!items.senderIds.contains(sender))
                items.senderIds.append(sender);
        }
    };
    switch (selection.kind) {
    case SweepSelection::Kind::Inactive:
        // Silent since the cutoff, or never used and created before it.
        query.prepare(u"SELECT id FROM dialogs WHERE app = ? AND ((last_message_at > 0"
                      " AND last_message_at < ?) OR (last_message_at = 0 AND created_at < ?))"
                      " ORDER BY id"_s);
        query.addBindValue(m_application);
        query.addBindValue(now.toSecsSinceEpoch() - qint64(selection.days) * 86400);
        query.addBindValue(now.toSecsSinceEpoch() - qint64(selection.days) * 86400);
        collectDialogs();
        break;
    case SweepSelection::Kind::OwnedBy:
        query.prepare(u"SELECT id FROM dialogs WHERE app = ? AND owner_id = ? ORDER BY id"_s);
        query.addBindValue(m_application);
        query.addBindValue(selection.userId);
        collectDialogs();
        break;
    case SweepSelection::Kind::EmptyGroups:
        // Groups nobody wrote in, or that only their owner is left in.
        query.prepare(u"SELECT id FROM dialogs WHERE app = ? AND type IN (1, 2)"
                      " AND (last_message_at = 0 OR (type = 2 AND member_count <= 1))"
                      " ORDER BY id"_s);
        query.addBindValue(m_application);
        collectDialogs();
        break;
    case SweepSelection::Kind::Phrase: {
        SweepFilter filter = selection.filter;
        filter.limit = 1000000;
        if (const auto result = search(filter)) {
            for (const SweepMessageHit &hit : result->messages) {
                items.messageIds.append(hit.messageId);
                items.dialogOfMessage.insert(hit.messageId, hit.dialogId);
                if (!items.dialogIds.contains(hit.dialogId))
                    items.dialogIds.append(hit.dialogId);
                if (!items.senderIds.contains(hit.senderId))
                    items.senderIds.append(hit.senderId);
            }
        }
        break;
    }
    case SweepSelection::Kind::Campaign:
        query.prepare(u"SELECT id, dialog_id, sender_id FROM messages WHERE app = ?"
                      " AND text_hash = ? ORDER BY sent_at, id"_s);
        query.addBindValue(m_application);
        query.addBindValue(selection.textHash);
        collectMessages();
        break;
    }
    return items;
}

QList<SweepMessageHit> SweepSearch::messages(const QStringList &ids) const
{
    QList<SweepMessageHit> hits;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    constexpr int chunk = 500; // under SQLite's bound-variable limit everywhere
    for (qsizetype first = 0; first < ids.size(); first += chunk) {
        const QStringList part = ids.mid(first, chunk);
        QStringList marks(part.size(), u"?"_s);
        query.prepare(u"SELECT m.id, m.dialog_id, d.name, d.type, m.sender_id, u.login,"
                      " u.full_name, m.sent_at, m.text, m.has_link, m.has_attachment"
                      " FROM messages m LEFT JOIN dialogs d ON d.app = m.app AND d.id = m.dialog_id"
                      " LEFT JOIN users u ON u.app = m.app AND u.id = m.sender_id"
                      " WHERE m.app = ? AND m.id IN (%1)"_s.arg(marks.join(u',')));
        query.addBindValue(m_application);
        for (const QString &id : part)
            query.addBindValue(id);
        if (!query.exec())
            continue;
        while (query.next()) {
            SweepMessageHit hit;
            hit.messageId = query.value(0).toString();
            hit.dialogId = query.value(1).toString();
            hit.dialogName = query.value(2).toString();
            hit.dialogType = Dialog::typeFromNumber(query.value(3).toLongLong());
            hit.senderId = query.value(4).toLongLong();
            hit.senderLogin = query.value(5).toString();
            hit.senderName = query.value(6).toString();
            hit.sentAt = fromSeconds(query.value(7));
            hit.text = query.value(8).toString();
            hit.hasLink = query.value(9).toInt() != 0;
            hit.hasAttachment = query.value(10).toInt() != 0;
            hits.append(hit);
        }
    }
    std::sort(hits.begin(), hits.end(),
        [](const SweepMessageHit &a, const SweepMessageHit &b) { return a.sentAt > b.sentAt; });
    return hits;
}

QList<SweepDialogHit> SweepSearch::dialogs(const QStringList &ids) const
{
    QList<SweepDialogHit> hits;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    constexpr int chunk = 500;
    for (qsizetype first = 0; first < ids.size(); first += chunk) {
        const QStringList part = ids.mid(first, chunk);
        QStringList marks(part.size(), u"?"_s);
        query.prepare(
            u"SELECT id, name, type, owner_id, member_count, message_count,"
            " last_message_at FROM dialogs WHERE app = ? AND id IN (%1)"_s.arg(marks.join(u',')));
        query.addBindValue(m_application);
        for (const QString &id : part)
            query.addBindValue(id);
        if (!query.exec())
            continue;
        while (query.next()) {
            SweepDialogHit hit;
            hit.dialogId = query.value(0).toString();
            hit.name = query.value(1).toString();
            hit.type = Dialog::typeFromNumber(query.value(2).toLongLong());
            hit.ownerId = query.value(3).toLongLong();
            hit.memberCount = query.value(4).toInt();
            hit.messageCount = query.value(5).toInt();
            hit.lastMessageAt = fromSeconds(query.value(6));
            hits.append(hit);
        }
    }
    return hits;
}

// SPDX-License-Identifier: Apache-2.0

#include "SearchCommand.h"

#include "IndexCommand.h"
#include "TextTable.h"
#include "index/SweepIndex.h"
#include "index/SweepSearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QDateTime parseDate(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time;
}

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonArray numbers(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

} // namespace

SearchCommand::SearchCommand(Kind kind, const CtlContext &context, QObject *parent)
    : CtlCommand(context, parent)
    , m_kind(kind)
{
}

qint64 SearchCommand::parseDuration(const QString &text)
{
    static const QHash<QChar, qint64> units { { u's', 1 }, { u'm', 60 }, { u'h', 3600 },
        { u'd', 86400 }, { u'w', 604800 } };
    QString digits = text.trimmed().toLower();
    qint64 unit = 1;
    if (!digits.isEmpty() && units.contains(digits.back())) {
        unit = units.value(digits.back());
        digits.chop(1);
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok && value > 0 && value < 3650 * 86400 / unit ? value * unit : 0;
}

void SearchCommand::start()
{
    if (m_context.json && m_context.parser->isSet(u"jsonl"_s)) {
        usageError(tr("Give either --json or --jsonl."));
        return;
    }
    if (m_kind == Kind::Search)
        search();
    else
        campaigns();
}

void SearchCommand::printJson(const QJsonObject &object)
{
    m_context.io->out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                      << Qt::endl;
}

QJsonObject SearchCommand::messageJson(const SweepMessageHit &hit)
{
    return QJsonObject { { u"kind"_s, u"message"_s }, { u"id"_s, hit.messageId },
        { u"dialog_id"_s, hit.dialogId }, { u"dialog_name"_s, hit.dialogName },
        { u"dialog_type"_s, static_cast<int>(hit.dialogType) }, { u"sender_id"_s, hit.senderId },
        { u"sender_login"_s, hit.senderLogin }, { u"sender_name"_s, hit.senderName },
        { u"sent_at"_s, iso(hit.sentAt) }, { u"text"_s, hit.text }, { u"has_link"_s, hit.hasLink },
        { u"has_attachment"_s, hit.hasAttachment } };
}

QJsonObject SearchCommand::dialogJson(const SweepDialogHit &hit)
{
    return QJsonObject { { u"kind"_s, u"dialog"_s }, { u"id"_s, hit.dialogId },
        { u"name"_s, hit.name }, { u"type"_s, static_cast<int>(hit.type) },
        { u"owner_id"_s, hit.ownerId }, { u"member_count"_s, hit.memberCount },
        { u"last_message_at"_s, iso(hit.lastMessageAt) } };
}

std::optional<SweepFilter> SearchCommand::readFilter(const CtlContext &context, QString *error)
{
    const QCommandLineParser &parser = *context.parser;
    const auto usageError = [error](const QString &why) { *error = why; };
    SweepFilter filter;
    filter.text = context.arguments.join(u' ');
    if (parser.isSet(u"sender"_s)) {
        bool ok = false;
        const qint64 sender = parser.value(u"sender"_s).toLongLong(&ok);
        if (!ok || sender <= 0) {
            usageError(tr("--sender needs a user id (a positive number)."));
            return std::nullopt;
        }
        filter.senderId = sender;
    }
    for (const QString &name : { u"since"_s, u"until"_s }) {
        if (!parser.isSet(name))
            continue;
        const QDateTime time = parseDate(parser.value(name));
        if (!time.isValid()) {
            usageError(
                tr("--%1 needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.").arg(name));
            return std::nullopt;
        }
        (name == u"since"_s ? filter.since : filter.until) = time;
    }
    if (parser.isSet(u"type"_s)) {
        const QStringList words = parser.value(u"type"_s).split(u',');
        for (const QString &word : words) {
            static const QHash<QString, DialogType> named { { u"public"_s, DialogType::Public },
                { u"group"_s, DialogType::Group }, { u"private"_s, DialogType::Private },
                { u"1"_s, DialogType::Public }, { u"2"_s, DialogType::Group },
                { u"3"_s, DialogType::Private } };
            const QString key = word.trimmed().toLower();
            if (!named.contains(key)) {
                usageError(tr("--type takes public, group, private (or 1, 2, 3), "
                              "comma-separated; not \"%1\".")
                               .arg(word));
                return std::nullopt;
            }
            filter.types.append(named.value(key));
        }
    }
    filter.hasLink = parser.isSet(u"has-link"_s);
    filter.hasAttachment = parser.isSet(u"has-attachment"_s);
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        filter.limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || filter.limit < 1) {
            usageError(tr("--limit needs a whole number of at least 1."));
            return std::nullopt;
        }
    }
    if (filter.text.trimmed().isEmpty() && !filter.senderId && !filter.since.isValid()
        && !filter.hasLink && !filter.hasAttachment) {
        usageError(tr("search needs a text, or a filter such as --sender or --has-link."));
        return std::nullopt;
    }
    return filter;
}

void SearchCommand::search()
{
    const QCommandLineParser &parser = *m_context.parser;
    QString problem;
    const std::optional<SweepFilter> read = readFilter(m_context, &problem);
    if (!read) {
        usageError(problem);
        return;
    }
    const SweepFilter filter = *read;
    const auto index = IndexCommand::openIndex(m_context);
    if (!index) {
        Q_EMIT finished(ExitUsage);
        return;
    }
    QString error;
    const auto result = SweepSearch(*index).search(filter, &error);
    if (!result) {
        usageError(error);
        return;
    }

    const bool jsonl = parser.isSet(u"jsonl"_s);
    QJsonArray messages;
    for (const SweepMessageHit &hit : result->messages)
        messages.append(messageJson(hit));
    QJsonArray dialogs;
    for (const SweepDialogHit &hit : result->dialogs)
        dialogs.append(dialogJson(hit));
    QJsonArray users;
    for (const SweepUserHit &hit : result->users) {
        users.append(QJsonObject { { u"kind"_s, u"user"_s }, { u"id"_s, hit.userId },
            { u"login"_s, hit.login }, { u"full_name"_s, hit.fullName } });
    }
    if (jsonl) {
        for (const QJsonArray *array : { &messages, &dialogs, &users }) {
            for (const QJsonValue &value : *array)
                printJson(value.toObject());
        }
    } else if (m_context.json) {
        printJson(QJsonObject {
            { u"messages"_s, messages }, { u"dialogs"_s, dialogs }, { u"users"_s, users } });
    } else {
        QTextStream &out = m_context.io->out;
        TextTable table({ tr("SENT"), tr("DIALOG"), tr("SENDER"), tr("TEXT"), tr("MESSAGE ID") });
        for (const SweepMessageHit &hit : result->messages) {
            table.addRow({ iso(hit.sentAt), u"%1 (%2)"_s.arg(hit.dialogName, hit.dialogId),
                SweepSearch::userLabel(hit.senderId, hit.senderName, hit.senderLogin), hit.text,
                hit.messageId });
        }
        table.print(out, 50);
        out << tr("%n message(s).", nullptr, int(result->messages.size())) << Qt::endl;
        if (!result->dialogs.isEmpty()) {
            TextTable named({ tr("DIALOG ID"), tr("NAME"), tr("TYPE"), tr("MEMBERS") });
            for (const SweepDialogHit &hit : result->dialogs)
                named.addRow({ hit.dialogId, hit.name, Dialog::typeName(hit.type),
                    QString::number(hit.memberCount) });
            out << Qt::endl;
            named.print(out, 50);
            out << tr("%n dialog name(s) match.", nullptr, int(result->dialogs.size())) << Qt::endl;
        }
        if (!result->users.isEmpty()) {
            out << Qt::endl;
            for (const SweepUserHit &hit : result->users)
                out << SweepSearch::userLabel(hit.userId, hit.fullName, hit.login) << Qt::endl;
            out << tr("%n user name(s) match.", nullptr, int(result->users.size())) << Qt::endl;
        }
        out << tr("From the local index, not the server: what is acted on is checked there "
                  "first.")
            << Qt::endl;
    }
    Q_EMIT finished(ExitSuccess);
}

std::optional<SearchCommand::CampaignQuery> SearchCommand::readCampaignQuery(
    const CtlContext &context, QString *error)
{
    const QCommandLineParser &parser = *context.parser;
    const auto fail = [error](const QString &why) -> std::optional<CampaignQuery> {
        *error = why;
        return std::nullopt;
    };
    if (!context.arguments.isEmpty())
        return fail(tr("unexpected argument \"%1\".").arg(context.arguments.first()));
    CampaignQuery query;
    if (parser.isSet(u"min-dialogs"_s)) {
        bool ok = false;
        query.minDialogs = parser.value(u"min-dialogs"_s).toInt(&ok);
        if (!ok || query.minDialogs < 2)
            return fail(tr("--min-dialogs needs a whole number of at least 2."));
    }
    if (parser.isSet(u"within"_s)) {
        query.windowSeconds = parseDuration(parser.value(u"within"_s));
        if (query.windowSeconds <= 0)
            return fail(tr("--within needs a duration such as 24h, 90m or 2d."));
    }
    if (parser.isSet(u"since"_s)) {
        query.since = parseDate(parser.value(u"since"_s));
        if (!query.since.isValid())
            return fail(tr("--since needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z."));
    }
    return query;
}

void SearchCommand::campaigns()
{
    const QCommandLineParser &parser = *m_context.parser;
    QString problem;
    const std::optional<CampaignQuery> campaignQuery = readCampaignQuery(m_context, &problem);
    if (!campaignQuery) {
        usageError(problem);
        return;
    }
    const auto index = IndexCommand::openIndex(m_context);
    if (!index) {
        Q_EMIT finished(ExitUsage);
        return;
    }
    QList<SweepCampaign> found = SweepSearch(*index).campaigns(
        campaignQuery->minDialogs, campaignQuery->windowSeconds, campaignQuery->since);
    if (parser.isSet(u"campaign"_s)) {
        const QString wanted = parser.value(u"campaign"_s).trimmed();
        found.removeIf([&wanted](const SweepCampaign &campaign) {
            return QString::number(campaign.textHash) != wanted;
        });
    }
    QJsonArray items;
    for (const SweepCampaign &campaign : found) {
        items.append(QJsonObject { { u"kind"_s, u"campaign"_s }, { u"text"_s, campaign.text },
            { u"text_hash"_s, QString::number(campaign.textHash) },
            { u"sender_ids"_s, numbers(campaign.senderIds) },
            { u"dialog_ids"_s, QJsonArray::fromStringList(campaign.dialogIds) },
            { u"message_ids"_s, QJsonArray::fromStringList(campaign.messageIds) },
            { u"dialogs"_s, int(campaign.dialogIds.size()) },
            { u"first_seen"_s, iso(campaign.firstSeen) },
            { u"last_seen"_s, iso(campaign.lastSeen) } });
    }
    if (parser.isSet(u"jsonl"_s)) {
        for (const QJsonValue &value : std::as_const(items))
            printJson(value.toObject());
    } else if (m_context.json) {
        printJson(QJsonObject { { u"campaigns"_s, items } });
    } else {
        QTextStream &out = m_context.io->out;
        TextTable table({ tr("CAMPAIGN"), tr("DIALOGS"), tr("SENDERS"), tr("FIRST SEEN"),
            tr("LAST SEEN"), tr("TEXT") });
        for (const SweepCampaign &campaign : found) {
            QStringList senders;
            for (const qint64 id : campaign.senderIds)
                senders.append(QString::number(id));
            table.addRow({ QString::number(campaign.textHash),
                QString::number(campaign.dialogIds.size()), senders.join(u", "_s),
                iso(campaign.firstSeen), iso(campaign.lastSeen), campaign.text });
        }
        table.print(out, 60);
        out << tr("%n campaign(s).", nullptr, int(found.size())) << Qt::endl;
        if (!found.isEmpty())
            out << tr("Act on one with --campaign CAMPAIGN and --delete-dialogs or "
                      "--remove-sender USER_ID.")
                << Qt::endl;
    }
    Q_EMIT finished(ExitSuccess);
}

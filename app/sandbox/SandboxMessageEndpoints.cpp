// SPDX-License-Identifier: Apache-2.0

#include "SandboxMessageEndpoints.h"

#include "SandboxCaller.h"
#include "SandboxCommunity.h"
#include "SandboxDeleteOutcome.h"
#include "SandboxJson.h"
#include "SandboxParameters.h"
#include "SandboxQueryFilter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Kind = SandboxQueryFilter::Kind;

enum Field { Id, Text, DateSent, Sender, Recipient, CreatedAt, UpdatedAt, AttachmentType };

const QList<SandboxQueryFilter::Field> &filterFields()
{
    static const QList<SandboxQueryFilter::Field> fields {
        { u"_id"_s, Kind::Text },
        { u"message"_s, Kind::Text },
        { u"date_sent"_s, Kind::Number },
        { u"sender_id"_s, Kind::Number },
        { u"recipient_id"_s, Kind::Number },
        { u"created_at"_s, Kind::Time },
        { u"updated_at"_s, Kind::Time },
        { u"attachments.type"_s, Kind::Text },
    };
    return fields;
}

SandboxQueryFilter::Value valueOf(const SandboxMessage &message, int field)
{
    SandboxQueryFilter::Value value;
    switch (field) {
    case Id:
        value.text = message.id;
        break;
    case Text:
        value.text = message.text;
        break;
    case Sender:
        value.number = message.senderId;
        break;
    case Recipient:
        value.number = message.recipientId;
        break;
    case AttachmentType:
        value.isNull = message.attachments.isEmpty();
        if (!value.isNull)
            value.text = message.attachments.constFirst().type;
        break;
    default: // every time field renders the moment the message was sent
        value.number = message.dateSent;
        break;
    }
    return value;
}

} // namespace

SandboxMessageEndpoints::SandboxMessageEndpoints(SandboxCommunity &community)
    : m_community(community)
{
}

SandboxResponse SandboxMessageEndpoints::list(
    const SandboxParameters &parameters, const SandboxCaller &caller)
{
    const QString dialogId = parameters.value(u"chat_dialog_id"_s).trimmed();
    if (dialogId.isEmpty())
        return SandboxResponse::errorList(400, u"chat_dialog_id is required"_s);
    SandboxDialog *dialog = m_community.dialog(dialogId);
    if (!dialog)
        return SandboxResponse::errorList(404, u"The resource wasn't found"_s);
    const qint64 me = caller.userId;
    if (!m_community.canAccess(*dialog, me))
        return SandboxResponse::errorList(
            403, u"You don't have appropriate permissions to perform this operation"_s);

    SandboxQueryFilter filter;
    QString badParameter;
    if (!filter.parse(parameters, filterFields(), &badParameter))
        return SandboxResponse::errorList(400, u"Invalid filter: "_s + badParameter);

    bool ok = false;
    int limit = parameters.value(u"limit"_s).toInt(&ok);
    if (!ok || limit < 1)
        limit = DefaultLimit;
    limit = std::min(limit, MaxLimit);
    int skip = parameters.value(u"skip"_s).toInt(&ok);
    if (!ok || skip < 0)
        skip = 0;

    QString sortField = parameters.value(u"sort_desc"_s);
    const bool descending = !sortField.isEmpty();
    if (!descending)
        sortField = parameters.value(u"sort_asc"_s);
    int sortKey = DateSent;
    if (!sortField.isEmpty()) {
        sortKey = -1;
        const QList<SandboxQueryFilter::Field> &fields = filterFields();
        for (int i = 0; i < fields.size(); ++i) {
            if (fields.at(i).name == sortField && i != Text && i != AttachmentType)
                sortKey = i;
        }
        if (sortKey < 0)
            return SandboxResponse::errorList(400, u"Invalid sort field: "_s + sortField);
    }

    // mark_as_read defaults to 1: reading marks what was returned as read by the reader.
    const QString markAsRead = parameters.value(u"mark_as_read"_s).trimmed();
    const bool marks = me != 0 && markAsRead != u"0"_s
        && markAsRead.compare(u"false"_s, Qt::CaseInsensitive) != 0;
    const bool dateOrder = sortKey != Sender && sortKey != Recipient;
    if (!marks && dateOrder && filter.isEmpty() && m_community.isGenerated(*dialog))
        return generatedPage(*dialog, parameters, skip, limit, descending);

    // Only a read that marks changes anything worth keeping.
    const QList<SandboxMessage> messages
        = marks ? m_community.history(*dialog) : m_community.messages(*dialog);
    QList<int> selected;
    for (int i = 0; i < messages.size(); ++i) {
        const SandboxMessage &message = messages.at(i);
        if (me != 0 && message.hiddenFor.contains(me))
            continue;
        if (filter.matches([&message](int field) { return valueOf(message, field); }))
            selected.append(i);
    }
    // Messages are in date order, which is also _id order; anything else needs sorting.
    if (!dateOrder) {
        std::stable_sort(selected.begin(), selected.end(), [&](int a, int b) {
            const qint64 x = valueOf(messages.at(a), sortKey).number;
            const qint64 y = valueOf(messages.at(b), sortKey).number;
            return descending ? x > y : x < y;
        });
    } else if (descending) {
        std::reverse(selected.begin(), selected.end());
    }

    if (parameters.value(u"count"_s) == u"1"_s)
        return SandboxResponse::json(200,
            QJsonObject { { u"items"_s, QJsonObject { { u"count"_s, int(selected.size()) } } } });

    const int total = int(selected.size());
    QJsonArray items;
    QList<int> page;
    for (int i = skip; i < total && i < skip + limit; ++i) {
        page.append(selected.at(i));
        items.append(SandboxJson::message(messages.at(selected.at(i))));
    }

    // The answer shows the state before this request, then the kept history is marked.
    if (marks) {
        QList<SandboxMessage> &history = m_community.history(*dialog);
        for (const int i : std::as_const(page)) {
            SandboxMessage &message = history[i];
            if (!message.readIds.contains(me))
                message.readIds.append(me);
            if (!message.deliveredIds.contains(me))
                message.deliveredIds.append(me);
        }
    }
    return SandboxResponse::json(200,
        QJsonObject {
            { u"skip"_s, skip },
            { u"limit"_s, limit },
            { u"items"_s, items },
        });
}

// The same answer as list()'s for a history nobody changed, read in date order without filters:
// built from the page's own messages.
SandboxResponse SandboxMessageEndpoints::generatedPage(const SandboxDialog &dialog,
    const SandboxParameters &parameters, int skip, int limit, bool descending) const
{
    const int total = dialog.messageCount;
    if (parameters.value(u"count"_s) == u"1"_s)
        return SandboxResponse::json(
            200, QJsonObject { { u"items"_s, QJsonObject { { u"count"_s, total } } } });
    QJsonArray items;
    for (int i = skip; i < total && i < skip + limit; ++i) {
        const int position = descending ? total - 1 - i : i;
        items.append(SandboxJson::message(m_community.generatedMessage(dialog, position)));
    }
    return SandboxResponse::json(200,
        QJsonObject {
            { u"skip"_s, skip },
            { u"limit"_s, limit },
            { u"items"_s, items },
        });
}

SandboxResponse SandboxMessageEndpoints::remove(
    const QString &ids, const SandboxParameters &parameters, const SandboxCaller &caller)
{
    const bool force = parameters.flag(u"force"_s, false);
    SandboxDeleteOutcome outcome(ids);
    if (outcome.isEmpty())
        return SandboxResponse::errorList(404, u"The resource wasn't found"_s);
    const qint64 me = caller.userId;
    for (const QString &id : outcome.requested()) {
        SandboxDialog *dialog = nullptr;
        SandboxMessage *message = m_community.message(id, &dialog);
        if (!message) {
            outcome.notFound(id);
        } else if (caller.hasFullRights()) {
            // API key without On-Behalf-Of: "deleted from all chat histories".
            m_community.deleteMessageForEveryone(*dialog, message->id);
            outcome.deleted(id);
        } else if (!m_community.canAccess(*dialog, me) || message->hiddenFor.contains(me)) {
            outcome.notFound(id);
        } else if (force) {
            // Only the message's sender may delete it for everyone.
            if (message->senderId == me) {
                m_community.deleteMessageForEveryone(*dialog, message->id);
                outcome.deleted(id);
            } else {
                outcome.wrongPermissions(id);
            }
        } else {
            message->hiddenFor.append(me);
            outcome.deleted(id);
        }
    }
    return outcome.response();
}

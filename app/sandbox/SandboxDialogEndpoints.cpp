// SPDX-License-Identifier: Apache-2.0

#include "SandboxDialogEndpoints.h"

#include "SandboxCaller.h"
#include "SandboxCommunity.h"
#include "SandboxDeleteOutcome.h"
#include "SandboxJson.h"
#include "SandboxParameters.h"
#include "SandboxQueryFilter.h"

#include <QDateTime>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Kind = SandboxQueryFilter::Kind;

enum Field { Id, Type, Name, LastMessageDateSent, CreatedAt, UpdatedAt, Occupants, Owner };

const QList<SandboxQueryFilter::Field> &filterFields()
{
    static const QList<SandboxQueryFilter::Field> fields {
        { u"_id"_s, Kind::Text },
        { u"type"_s, Kind::Number },
        { u"name"_s, Kind::Text },
        { u"last_message_date_sent"_s, Kind::Time },
        { u"created_at"_s, Kind::Time },
        { u"updated_at"_s, Kind::Time },
        { u"occupants_ids"_s, Kind::NumberList },
        { u"user_id"_s, Kind::Number },
    };
    return fields;
}

SandboxQueryFilter::Value valueOf(const SandboxDialog &dialog, int field)
{
    SandboxQueryFilter::Value value;
    switch (field) {
    case Id:
        value.text = dialog.id;
        break;
    case Type:
        value.number = dialog.type;
        break;
    case Name:
        value.text = dialog.name;
        break;
    case LastMessageDateSent:
        value.isNull = dialog.lastMessageDateSent == 0;
        value.number = dialog.lastMessageDateSent;
        break;
    case CreatedAt:
        value.number = dialog.createdAt;
        break;
    case UpdatedAt:
        value.number = dialog.updatedAt;
        break;
    case Occupants:
        value.numbers = &dialog.occupantIds;
        break;
    default:
        value.number = dialog.ownerId;
        break;
    }
    return value;
}

SandboxResponse notFound()
{
    return SandboxResponse::errorList(404, u"The resource wasn't found"_s);
}

SandboxResponse forbidden()
{
    return SandboxResponse::errorList(
        403, u"You don't have appropriate permissions to perform this operation"_s);
}

} // namespace

SandboxDialogEndpoints::SandboxDialogEndpoints(SandboxCommunity &community)
    : m_community(community)
{
}

SandboxResponse SandboxDialogEndpoints::list(
    const SandboxParameters &parameters, const SandboxCaller &caller)
{
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
    int sortKey = -1;
    if (!sortField.isEmpty()) {
        const QList<SandboxQueryFilter::Field> &fields = filterFields();
        for (int i = 0; i < fields.size(); ++i) {
            if (fields.at(i).name == sortField && i != Occupants)
                sortKey = i;
        }
        if (sortKey < 0)
            return SandboxResponse::errorList(400, u"Invalid sort field: "_s + sortField);
    }

    const QList<int> listed = m_community.listedDialogs(caller.userId);
    // The common case - a plain page in the default order - touches only the page.
    const QList<int> *candidates = &listed;
    QList<int> selected;
    if (!filter.isEmpty() || (sortKey >= 0 && sortKey != Id) || (sortKey == Id && descending)) {
        selected.reserve(listed.size());
        for (const int index : listed) {
            const SandboxDialog &dialog = m_community.dialogAt(index);
            if (filter.matches([&dialog](int field) { return valueOf(dialog, field); }))
                selected.append(index);
        }
        if (sortKey == Name) {
            std::stable_sort(selected.begin(), selected.end(), [&](int a, int b) {
                const int c = m_community.dialogAt(a).name.compare(m_community.dialogAt(b).name);
                return descending ? c > 0 : c < 0;
            });
        } else if (sortKey >= 0) {
            // Keys first, then one sort of plain pairs: this runs over up to every dialog.
            // Ties keep _id order, whichever the direction, so that paging stays stable.
            std::vector<std::pair<qint64, int>> keyed;
            keyed.reserve(std::size_t(selected.size()));
            for (const int index : std::as_const(selected)) {
                const qint64 key
                    = sortKey == Id ? index : valueOf(m_community.dialogAt(index), sortKey).number;
                keyed.emplace_back(key, index);
            }
            std::sort(keyed.begin(), keyed.end(), [descending](const auto &a, const auto &b) {
                if (a.first != b.first)
                    return descending ? a.first > b.first : a.first < b.first;
                return a.second < b.second;
            });
            for (std::size_t i = 0; i < keyed.size(); ++i)
                selected[qsizetype(i)] = keyed[i].second;
        }
        candidates = &selected;
    }

    const int total = int(candidates->size());
    if (parameters.value(u"count"_s) == u"1"_s)
        return SandboxResponse::json(
            200, QJsonObject { { u"items"_s, QJsonObject { { u"count"_s, total } } } });

    QJsonArray items;
    for (int i = skip; i < total && i < skip + limit; ++i)
        items.append(SandboxJson::dialog(
            m_community, m_community.dialogAt(candidates->at(i)), caller.userId));
    return SandboxResponse::json(200,
        QJsonObject {
            { u"total_entries"_s, total },
            { u"skip"_s, skip },
            { u"limit"_s, limit },
            { u"items"_s, items },
        });
}

SandboxResponse SandboxDialogEndpoints::show(const QString &id, const SandboxCaller &caller)
{
    const SandboxDialog *dialog = m_community.dialog(id);
    if (!dialog || !m_community.isListedFor(*dialog, caller.userId))
        return notFound();
    return SandboxResponse::json(200, SandboxJson::dialog(m_community, *dialog, caller.userId));
}

SandboxResponse SandboxDialogEndpoints::update(
    const QString &id, const SandboxParameters &parameters, const SandboxCaller &caller)
{
    SandboxDialog *dialog = m_community.dialog(id);
    if (!dialog)
        return notFound();
    if (dialog->type == SandboxDialog::Private)
        return forbidden();

    auto numbers = [&parameters](const QString &name) {
        QList<qint64> ids;
        const QStringList values = parameters.arrayValues(name);
        for (const QString &value : values) {
            bool ok = false;
            const qint64 number = value.toLongLong(&ok);
            if (ok)
                ids.append(number);
        }
        return ids;
    };
    const QList<qint64> pushed = numbers(u"push_all[occupants_ids]"_s);
    const QList<qint64> pulled = numbers(u"pull_all[occupants_ids]"_s);
    const bool renames = parameters.contains(u"name"_s);
    const bool changesPhoto = parameters.contains(u"photo"_s);

    if (!caller.hasFullRights()) {
        const qint64 me = caller.userId;
        const bool owner = dialog->ownerId == me;
        if (dialog->type == SandboxDialog::PublicGroup && !owner)
            return forbidden();
        if (dialog->type == SandboxDialog::Group) {
            if (!dialog->occupantIds.contains(me))
                return forbidden();
            // Anyone in a group may add people and leave; only the owner removes others.
            const bool removesOthers = std::any_of(
                pulled.cbegin(), pulled.cend(), [me](qint64 user) { return user != me; });
            if (removesOthers && !owner)
                return forbidden();
        }
    }

    if (!pushed.isEmpty() || !pulled.isEmpty()) {
        QList<qint64> occupants = dialog->occupantIds;
        for (const qint64 user : pulled)
            occupants.removeAll(user);
        for (const qint64 user : pushed) {
            if (m_community.user(user) && !occupants.contains(user))
                occupants.append(user);
        }
        m_community.setOccupants(*dialog, occupants);
        // Being added (again) brings a dialog back into a list it was removed from.
        for (const qint64 user : pushed)
            m_community.restoreToList(*dialog, user);
    }
    if (renames)
        dialog->name = parameters.value(u"name"_s);
    if (changesPhoto)
        dialog->photo = parameters.value(u"photo"_s);
    dialog->updatedAt = QDateTime::currentSecsSinceEpoch();

    const QJsonObject json = SandboxJson::dialog(m_community, *dialog, caller.userId);
    // A group left with nobody in it is destroyed (changelog 3.17.09.2).
    if (dialog->type == SandboxDialog::Group && dialog->occupantIds.isEmpty())
        m_community.deleteForEveryone(*dialog);
    return SandboxResponse::json(200, json);
}

SandboxResponse SandboxDialogEndpoints::remove(
    const QString &ids, const SandboxParameters &parameters, const SandboxCaller &caller)
{
    const bool force = parameters.flag(u"force"_s, false);
    SandboxDeleteOutcome outcome(ids);
    if (outcome.isEmpty())
        return notFound();
    const qint64 me = caller.userId;
    for (const QString &id : outcome.requested()) {
        m_community.countDeleteRequest(id);
        SandboxDialog *dialog = m_community.dialog(id);
        if (!dialog) {
            outcome.notFound(id);
        } else if (caller.hasFullRights()) {
            // The "Delete dialogs with API key" recipe: gone for all participants.
            m_community.deleteForEveryone(*dialog);
            outcome.deleted(id);
        } else if (force) {
            if (dialog->ownerId == me) {
                m_community.deleteForEveryone(*dialog);
                outcome.deleted(id);
            } else if (m_community.isListedFor(*dialog, me)) {
                outcome.wrongPermissions(id);
            } else {
                outcome.notFound(id);
            }
        } else if (m_community.isListedFor(*dialog, me)) {
            m_community.removeFromList(*dialog, me);
            outcome.deleted(id);
        } else {
            outcome.notFound(id);
        }
    }
    return outcome.response();
}

// SPDX-License-Identifier: Apache-2.0

#include "SweepPlan.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

Dialog dialogFrom(const SweepDialogHit &hit)
{
    Dialog dialog;
    dialog.id = hit.dialogId;
    dialog.name = hit.name;
    dialog.type = hit.type;
    dialog.ownerId = hit.ownerId;
    return dialog;
}

} // namespace

std::optional<DeletionPlan> SweepPlan::build(DeletionPlan base, Action action,
    const SweepSearch &search, const SweepSelection &selection, const SweepSelectionItems &items,
    qint64 senderId, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<DeletionPlan> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QStringList dialogIds;
    QJsonObject query = selection.toJson();
    if (action == Action::DeleteDialogs) {
        base.target = DeletionPlan::Target::Dialogs;
        dialogIds = items.dialogIds;
    } else {
        if (senderId <= 0)
            return fail(tr("Choose whose messages: a sender to remove."));
        if (items.messageIds.isEmpty())
            return fail(tr("This selection finds dialogs, not messages: it has no senders."));
        // Only the dialogs where this sender's matching messages are, not every dialog of
        // theirs.
        QSet<QString> seen;
        const QList<SweepMessageHit> hits = search.messages(items.messageIds);
        for (const SweepMessageHit &hit : hits) {
            if (hit.senderId == senderId && base.subjectUserName.isEmpty())
                base.subjectUserName
                    = SweepSearch::userLabel(hit.senderId, hit.senderName, hit.senderLogin);
            if (hit.senderId == senderId && !seen.contains(hit.dialogId)) {
                seen.insert(hit.dialogId);
                dialogIds.append(hit.dialogId);
            }
        }
        if (dialogIds.isEmpty())
            return fail(
                tr("User %1 sent none of the messages this selection found.").arg(senderId));
        dialogIds.sort();
        base.target = DeletionPlan::Target::Members;
        base.subjectUserId = senderId;
        query.insert(u"sender_id"_s, senderId);
    }
    if (dialogIds.isEmpty())
        return fail(tr("The selection finds nothing to act on."));
    // Dialogs the index no longer describes still go to the server as bare ids: the run's check
    // decides what they are.
    QHash<QString, Dialog> known;
    const QList<SweepDialogHit> hits = search.dialogs(dialogIds);
    for (const SweepDialogHit &hit : hits)
        known.insert(hit.dialogId, dialogFrom(hit));
    base.dialogs.clear();
    for (const QString &id : std::as_const(dialogIds)) {
        Dialog dialog = known.value(id);
        dialog.id = id;
        base.dialogs.append(dialog);
    }
    base.indexQuery = query;
    return base;
}

// SPDX-License-Identifier: Apache-2.0

#include "DeletionPlan.h"

#include "BulkDeleteEngine.h"
#include "MemberRemovalEngine.h"
#include "ModerationGuard.h"

DeletionPlan::Mode DeletionPlan::effectiveMode() const
{
    if (target == Target::Members)
        return Mode::RemoveMember;
    if (authMode == AuthMode::ApiKey && !onBehalfOf)
        return Mode::ForEveryone;
    return mode == Mode::ForEveryone ? Mode::ForEveryone : Mode::FromActingUsersList;
}
#include <algorithm>

QList<Dialog> DeletionPlan::predictedNotPermitted() const
{
    QList<Dialog> refused;
    if (hasFullRights())
        return refused;
    if (target == Target::Dialogs && isForce()) {
        for (const Dialog &dialog : dialogs) {
            if (dialog.ownerId != *actingUserId)
                refused.append(dialog);
        }
    } else if (target == Target::Members && subjectUserId != *actingUserId) {
        // Anyone may leave a group; only its owner removes somebody else.
        for (const Dialog &dialog : dialogs) {
            if (dialog.ownerId != *actingUserId)
                refused.append(dialog);
        }
    }
    return refused;
}

QList<Message> DeletionPlan::predictedNotPermittedMessages() const
{
    QList<Message> refused;
    if (target != Target::Messages || !isForce() || hasFullRights())
        return refused;
    for (const Message &message : messages) {
        if (message.senderId != *actingUserId)
            refused.append(message);
    }
    return refused;
}

int DeletionPlan::itemCount() const
{
    return static_cast<int>(target == Target::Messages ? messages.size() : dialogs.size());
}

QStringList DeletionPlan::itemIds() const
{
    QStringList ids;
    if (target == Target::Messages) {
        for (const Message &message : messages)
            ids.append(message.id);
    } else {
        for (const Dialog &dialog : dialogs)
            ids.append(dialog.id);
    }
    return ids;
}

QList<ApiRequest> DeletionPlan::plannedRequests() const
{
    if (target == Target::Members)
        return MemberRemovalEngine::plannedRequests(itemIds(), subjectUserId, onBehalfOf);
    BulkDeleteEngine::Options options;
    options.target = target == Target::Messages ? BulkDeleteEngine::Target::Messages
                                                : BulkDeleteEngine::Target::Dialogs;
    options.force = isForce();
    options.onBehalfOf = onBehalfOf;
    options.batchSize = batchSize;
    return BulkDeleteEngine::plannedRequests(itemIds(), options);
}

bool DeletionPlan::requiresTypedCount() const
{
    return isForce() && itemCount() > typedCountThreshold;
}

QString DeletionPlan::title() const
{
    const int count = itemCount();
    switch (target) {
    case Target::Members:
        return tr("Remove %1 from %n dialog(s)", nullptr, count).arg(subjectUserDescription());
    case Target::Messages:
        if (isForce())
            return tr("Delete %n message(s) for everyone", nullptr, count);
        return tr("Remove %n message(s) from the history of %1", nullptr, count)
            .arg(actingUserDescription());
    case Target::Dialogs:
        break;
    }
    if (isForce())
        return tr("Delete %n dialog(s) for everyone", nullptr, count);
    return tr("Remove %n dialog(s) from the list of %1", nullptr, count)
        .arg(actingUserDescription());
}

QString DeletionPlan::actingUserDescription() const
{
    if (!actingUserName.isEmpty())
        return actingUserName;
    if (actingUserId)
        return tr("user %1").arg(*actingUserId);
    // A session login acts as its own user, even before its id is known.
    return authMode == AuthMode::Session ? tr("the signed-in user")
                                         : tr("the API key (full rights)");
}

QString DeletionPlan::subjectUserDescription() const
{
    return subjectUserName.isEmpty() ? tr("user %1").arg(subjectUserId) : subjectUserName;
}

QString DeletionPlan::modeDescription() const
{
    const int count = itemCount();
    switch (target) {
    case Target::Members:
        return tr("%1 will be removed from the members of %n dialog(s) and stop receiving their "
                  "messages. The dialogs and their messages stay.",
            nullptr, count)
            .arg(subjectUserDescription());
    case Target::Messages:
        if (isForce())
            return tr("%n message(s) will be deleted from every member's history. This cannot be "
                      "undone.",
                nullptr, count);
        return tr("%n message(s) will be removed from the history of %1 only; the other members "
                  "keep them.",
            nullptr, count)
            .arg(actingUserDescription());
    case Target::Dialogs:
        break;
    }
    if (isForce()) {
        return tr("%n dialog(s) will be deleted for all members, with every message. This cannot "
                  "be undone.",
            nullptr, count);
    }
    return tr("%n dialog(s) will be removed from the list of %1 only; the other members keep "
              "them and their messages.",
        nullptr, count)
        .arg(actingUserDescription());
}

QString DeletionPlan::ownerName(const Dialog &dialog) const
{
    return userName(dialog.ownerId);
}

QString DeletionPlan::userName(qint64 userId) const
{
    const QString name = userNames.value(userId);
    return name.isEmpty() ? QString::number(userId) : name;
}

bool DeletionPlan::requiresReason() const
{
    return guard.isReasonRequired(isForce(), onBehalfOf);
}

QList<Dialog> DeletionPlan::protectedDialogs() const
{
    return target == Target::Dialogs && isForce() ? guard.protectedDialogs(dialogs)
                                                  : QList<Dialog>();
}

bool DeletionPlan::actsForProtectedUser() const
{
    return onBehalfOf && guard.isProtected(*onBehalfOf);
}

bool DeletionPlan::touchesProtectedUsers() const
{
    const bool removesProtectedUser = target == Target::Members && guard.isProtected(subjectUserId);
    return actsForProtectedUser() || removesProtectedUser || !protectedDialogs().isEmpty()
        || protectedSendersMessages() > 0;
}

int DeletionPlan::protectedSendersMessages() const
{
    if (target != Target::Messages || !isForce())
        return 0;
    return static_cast<int>(std::count_if(messages.cbegin(), messages.cend(),
        [this](const Message &message) { return guard.isProtected(message.senderId); }));
}

#include "DeletionPlan.h"

#include "ModerationGuard.h"

QList<Dialog> DeletionPlan::predictedNotPermitted() const
{
    QList<Dialog> refused;
    if (mode != Mode::ForEveryone || hasFullRights())
        return refused;
    for (const Dialog &dialog : dialogs) {
        if (dialog.ownerId != *actingUserId)
            refused.append(dialog);
    }
    return refused;
}

bool DeletionPlan::requiresTypedCount() const
{
    return mode == Mode::ForEveryone && dialogs.size() > typedCountThreshold;
}

QString DeletionPlan::title() const
{
    const int count = static_cast<int>(dialogs.size());
    if (mode == Mode::ForEveryone)
        return tr("Delete %n dialog(s) for everyone", nullptr, count);
    return tr("Remove %n dialog(s) from %1's list", nullptr, count).arg(actingUserDescription());
}

QString DeletionPlan::actingUserDescription() const
{
    if (!actingUserId)
        return tr("the API key (full rights)");
    if (actingUserName.isEmpty())
        return tr("user %1").arg(*actingUserId);
    return tr("%1 (id %2)").arg(actingUserName).arg(*actingUserId);
}

QString DeletionPlan::modeDescription() const
{
    if (mode == Mode::ForEveryone) {
        return tr("The dialogs will be deleted for all members, with every message. This cannot "
                  "be undone.");
    }
    return tr("The dialogs will be removed from %1's list only; the other members keep them and "
              "their messages.")
        .arg(actingUserDescription());
}

QString DeletionPlan::ownerName(const Dialog &dialog) const
{
    const QString name = userNames.value(dialog.ownerId);
    return name.isEmpty() ? QString::number(dialog.ownerId) : name;
}

bool DeletionPlan::requiresReason() const
{
    return guard.isReasonRequired(mode == Mode::ForEveryone, onBehalfOf);
}

QList<Dialog> DeletionPlan::protectedDialogs() const
{
    return mode == Mode::ForEveryone ? guard.protectedDialogs(dialogs) : QList<Dialog>();
}

bool DeletionPlan::actsForProtectedUser() const
{
    return onBehalfOf && guard.isProtected(*onBehalfOf);
}

bool DeletionPlan::touchesProtectedUsers() const
{
    return actsForProtectedUser() || !protectedDialogs().isEmpty();
}

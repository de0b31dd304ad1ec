#pragma once

#include "domain/Dialog.h"
#include "moderation/ModerationGuard.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// What a delete is about to do, in plain words, before anything is sent: how many dialogs, in
// which mode, as whom, and which of them will come back not permitted. Shared by the console's
// confirmation and anything else that previews a delete.
struct DeletionPlan {
    Q_DECLARE_TR_FUNCTIONS(DeletionPlan)

public:
    enum class Mode {
        FromActingUsersList, // no force: the dialog leaves one user's list
        ForEveryone, // force=1: gone for every member, with its messages
    };

    // Force deletes of more than this many dialogs need their count typed to confirm.
    static constexpr int typedCountThreshold = 3;

    QList<Dialog> dialogs;
    Mode mode = Mode::FromActingUsersList;
    // The user the server will treat as the requester: the On-Behalf-Of user, or the operator of
    // a session login. Empty for an API key without On-Behalf-Of, which has every right.
    std::optional<qint64> actingUserId;
    QString actingUserName;
    // Sent as On-Behalf-Of: only with an API key.
    std::optional<qint64> onBehalfOf;
    // Owners' names for the preview, where known.
    QHash<qint64, QString> userNames;
    QString profileName;
    QString environmentName;
    // Why, in the moderator's words; recorded in the journal.
    QString reason;
    // The reason rule and protected users in force (the console fills it from its settings).
    ModerationGuard guard;
    // The moderator confirmed acting on protected users anyway; recorded in the journal.
    bool protectionOverridden = false;

    bool hasFullRights() const { return !actingUserId.has_value(); }
    // Force deletes by someone who is not the owner come back WrongPermissions.
    QList<Dialog> predictedNotPermitted() const;
    bool requiresTypedCount() const;
    bool requiresReason() const;
    // Dialogs owned by a protected user that would go for everyone (force deletes only).
    QList<Dialog> protectedDialogs() const;
    // Sent On-Behalf-Of a protected user.
    bool actsForProtectedUser() const;
    // Either of the two: the delete needs an explicit override.
    bool touchesProtectedUsers() const;
    QString title() const;
    QString modeDescription() const;
    QString actingUserDescription() const;
    QString ownerName(const Dialog &dialog) const;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiRequest.h"
#include "api/ConnectionSettings.h"
#include "domain/Dialog.h"
#include "domain/Message.h"
#include "domain/RunKind.h"
#include "moderation/ModerationGuard.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What a destructive action is about to do, in plain words, before anything is sent: what it
// touches (dialogs, messages, or one user's membership of dialogs), how many, in which mode, as
// whom, and which items will come back not permitted. Shared by the console's confirmation, its
// run dialog and anything else that previews an action.
struct DeletionPlan {
    Q_DECLARE_TR_FUNCTIONS(DeletionPlan)

public:
    // A plan's mode is FromActingUsersList or ForEveryone; a member removal's is not used.
    using Mode = RunMode;
    // Messages: all from dialogs.first(). Members: subjectUserId leaves the dialogs.
    using Target = RunTarget;

    // Force deletes of more than this many dialogs need their count typed to confirm.
    static constexpr int typedCountThreshold = 3;

    Target target = Target::Dialogs;
    // The dialogs to delete or to remove the user from; for messages, the dialog they are in.
    QList<Dialog> dialogs;
    QList<Message> messages;
    // Members: the user who leaves the dialogs.
    qint64 subjectUserId = 0;
    QString subjectUserName; // the identity, "Name (login, id)"
    // What the operator asked for; effectiveMode() is what the server will do.
    Mode mode = Mode::FromActingUsersList;
    // How the connection signs in: an API key without On-Behalf-Of deletes for everyone.
    AuthMode authMode = AuthMode::Session;
    // The user the server will treat as the requester: the On-Behalf-Of user, or the operator of
    // a session login. Empty for an API key without On-Behalf-Of, which has every right.
    std::optional<qint64> actingUserId;
    QString actingUserName; // the identity, "Name (login, id)"
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
    // The moderator confirmed acting on protected users anyway; recorded in the journal. It
    // also lets through dialogs whose owner could not be read.
    bool protectionOverridden = false;
    // Before a delete for everyone, keep each dialog and its latest messages (or the messages as
    // chosen); a dialog whose evidence cannot be saved is then not deleted.
    bool keepEvidence = true;
    int batchSize = 50;
    // Items selected from the local index by this query (SweepSelection::toJson), which the
    // journal keeps. The index is not evidence: the run first asks the server which items are
    // still there, reports the gone ones as such and does not act on what it cannot check.
    QJsonObject indexQuery;
    // The team database cannot be reached and the moderator chose to work offline: the run is
    // journaled on this computer and claims no ids (OfflineJournal::limitation says so).
    bool offline = false;

    bool hasFullRights() const { return !actingUserId.has_value(); }
    // Force deletes by someone who is not the owner come back WrongPermissions, and only the
    // owner removes others from a group.
    QList<Dialog> predictedNotPermitted() const;
    // Only the sender deletes a message for everyone (an API key without On-Behalf-Of may).
    QList<Message> predictedNotPermittedMessages() const;
    // How many items the action has: dialogs, or messages.
    int itemCount() const;
    // The ids the run sends, in order.
    QStringList itemIds() const;
    // Exactly the requests the run would send (the dry run the confirmation can show).
    QList<ApiRequest> plannedRequests() const;
    // The one place the mode is decided: with an API key and no acting user the server deletes
    // for everyone whatever force says, so the run is confirmed, reasoned, evidenced and
    // journaled as that. A member removal has its own mode.
    Mode effectiveMode() const;
    bool isForce() const { return effectiveMode() == Mode::ForEveryone; }
    // Whether the operator's choice was overruled by effectiveMode().
    bool isForcedByCredentials() const
    {
        return target != Target::Members && mode != Mode::ForEveryone && isForce();
    }
    bool requiresTypedCount() const;
    bool requiresReason() const;
    // Dialogs owned by a protected user that would go for everyone (force deletes only).
    QList<Dialog> protectedDialogs() const;
    // Sent On-Behalf-Of a protected user.
    bool actsForProtectedUser() const;
    // Any of these (or protected senders' messages deleted for everyone): the delete needs an
    // explicit override.
    bool touchesProtectedUsers() const;
    // Messages of protected users this plan deletes for everyone.
    int protectedSendersMessages() const;
    QString title() const;
    QString modeDescription() const;
    QString actingUserDescription() const;
    QString ownerName(const Dialog &dialog) const;
    QString userName(qint64 userId) const;
    QString subjectUserDescription() const;
};

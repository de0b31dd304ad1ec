// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiClient.h"
#include "moderation/Journal.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <optional>

// After a crash or a lost answer: asks the server about every id a journal holds as "sent" (or
// answered unknown) and settles it with what it finds, marked settled later by reconcile.
// - Dialogs: GET the dialog; 404 is "gone", 200 "present".
// - Messages: GET /chat/Message.json for that message in its dialog (journalled with it, since
//   the server needs the dialog to find a message); in the items is "present", not there is
//   "gone", and a 404 for the dialog is "gone" too: a dialog that no longer exists has no
//   messages for anyone. A 403 (the checking user has left the dialog) tells nothing and the id
//   stays in doubt. Messages journalled without their dialog cannot be checked.
// - Members: GET the dialog and look for the removed user among occupants_ids: "removed" or
//   "still_member". Membership is the same whoever looks, so with an API key it is read without
//   On-Behalf-Of, which sees every dialog: there a 404 means the dialog is gone ("not_found",
//   as the removal engine says). Read as a user, a 404 may only mean that user no longer has
//   the dialog, so the id stays in doubt; so does a public dialog, which lists no members.
// Dialogs and messages are checked as the same user that deleted them, since a per-user delete
// only hides them from that user; a force run made with an API key is checked without
// On-Behalf-Of, which sees whether they exist at all. Runs this connection cannot check
// (another endpoint, another operator) are left alone and reported.
class Reconciler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reconciler)

public:
    static constexpr auto settledBy = "reconcile";

    struct Summary {
        int checked = 0;
        // What the run asked for is in place: the dialog or message is gone, the user is no
        // longer a member (or the dialog is gone).
        int gone = 0;
        // It is not: the dialog or message is still there, the user is still a member.
        int present = 0;
        int failed = 0; // no clear answer: left unsettled
        int runs = 0;
        QStringList skipped; // one message per run (or part of a run) that was not checked
    };

    // Neither is owned.
    Reconciler(Journal *journal, ApiClient *client, QObject *parent = nullptr);

    // Checks every run that needs it, or only runId when given.
    void start(std::optional<qint64> runId = std::nullopt);
    Summary summary() const { return m_summary; }

Q_SIGNALS:
    void finished();

private:
    enum class Kind { Dialog, Message, Member };

    struct Check {
        qint64 runId = 0;
        Kind kind = Kind::Dialog;
        QString objectId;
        QString containerId; // a message's dialog
        qint64 subjectUserId = 0; // the user a member removal removed
        std::optional<qint64> onBehalfOf;
        bool seesEveryDialog = false; // API key without On-Behalf-Of
    };

    std::optional<QString> cannotCheck(
        const Journal::Run &run, std::optional<qint64> *onBehalfOf) const;
    static ApiRequest requestFor(const Check &check);
    // The settled outcome, or empty when the answer does not tell.
    static QString outcomeOf(const Check &check, const ApiReply &reply);
    void onAnswer(const Check &check, const ApiReply &reply);
    void closeRunsIfDone();

    Journal *m_journal;
    ApiClient *m_client;
    Summary m_summary;
    QList<qint64> m_runs;
    int m_waiting = 0;
};

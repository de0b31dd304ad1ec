// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiRequest.h"
#include "domain/ItemOutcome.h"

#include <QList>

// The one rule that turns what the server said about an item into its outcome. It weighs the
// last answer against every earlier attempt for the same item: an attempt that got no answer, or
// a 502/503/504 (a gateway may answer that after the server acted), may have carried the action
// out, so a later "not found" proves it done rather than "already gone", and a later refusal
// cannot prove that nothing changed.
class OutcomeRule final {
public:
    // What the last answer says about one item, before its history is considered.
    enum class Answer {
        Done, // the server said it did it
        Gone, // 404 or the NotFound bucket: nothing there to act on
        NotMember, // the dialog as read does not list the user
        Refused, // 403 or the WrongPermissions bucket
        Rejected, // any other error answer (4xx, 500, 429 after every retry): not acted on
        MayHaveActed, // 502, 503, 504: a gateway may say this after the server acted
        NoAnswer, // lost on the network, timed out, or cancelled in flight
        NotSent, // never handed to the network
        Unreadable, // a success that did not say what happened to this item
    };

    struct Row {
        Answer answer;
        ItemOutcome::Result alone; // no earlier attempt may have acted
        ItemOutcome::Result afterPossibleAction; // an earlier attempt may have acted
    };

    // The whole rule. In it, Deleted stands for whatever "done" is for the run (Removed for a
    // member removal).
    static const QList<Row> &table();

    static ItemOutcome::Result decide(
        Answer answer, bool earlierMayHaveActed, ItemOutcome::Result done);
    // Whether an attempt answered with this status (0: no answer) may have been carried out.
    static bool mayHaveActed(int status);
    // The attempts before the last one: did any of them possibly act?
    static bool earlierMayHaveActed(const QList<int> &attempts);
    // The answer class of a failed call's error (for calls that are about one item).
    static Answer answerForError(const ApiReply &reply);
};

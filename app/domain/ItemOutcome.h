// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// What happened to one item of a moderation run: a dialog or message deleted, or a user removed
// from a dialog. One vocabulary for every kind of run; names (stable, for JSON and the journal)
// and texts (for people) are data in one table. Deleted and Removed only ever come from the
// server's own words.
struct ItemOutcome {
    Q_DECLARE_TR_FUNCTIONS(ItemOutcome)

public:
    enum class Result {
        Deleted,
        Removed, // the user left the dialog's members
        NotMember, // the dialog as read showed the user was not among its members
        AlreadyGone, // NotFound: nothing left to act on for this user
        NotPermitted, // WrongPermissions, or a 403 for this id alone
        Failed, // the server refused it, and no attempt can have acted: nothing changed
        Unknown, // an attempt may have acted and nothing proved it either way
        NotAttempted, // never sent: cancelled, stopped, or blocked by a guard (error says why)
    };

    QString id;
    Result result = Result::Unknown;
    ApiError error {};
    // Why a guard kept it from being sent, in plain words (empty otherwise).
    QString blockedBecause {};
    // Every attempt for this id, in order: the HTTP status, or 0 when no answer came.
    QList<int> attempts {};

    // Nothing is left to do for this id.
    bool isSettled() const
    {
        return result == Result::Deleted || result == Result::Removed
            || result == Result::AlreadyGone || result == Result::NotMember;
    }
    // What an operator's "retry" may send again: refused, unknown, or never sent. Not permitted
    // stays: the server will say the same.
    bool isRetryable() const
    {
        return result == Result::Failed || result == Result::Unknown
            || result == Result::NotAttempted;
    }
    // The words to show and journal next to the result: the guard's reason or the error.
    QString detail() const
    {
        return blockedBecause.isEmpty() && error.isError() ? error.message() : blockedBecause;
    }
    static QList<Result> allResults();
    static QString resultName(Result result); // stable, for JSON and the journal
    static QString resultText(Result result); // for people
    static std::optional<Result> resultFromName(const QString &name);
};

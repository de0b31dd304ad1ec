// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QString>

// What happened to one id in a bulk delete. Deleted only ever comes from the server's own words.
struct DeleteOutcome {
    Q_DECLARE_TR_FUNCTIONS(DeleteOutcome)

public:
    enum class Result {
        Deleted,
        AlreadyGone, // NotFound: nothing left to delete for this user
        NotPermitted, // WrongPermissions, or a 403 for this id alone
        Failed, // the server answered with an error; nothing was deleted
        Unknown, // sent, but no answer came (lost or cancelled in flight): may have been deleted
        NotAttempted, // cancelled before it was sent
    };

    QString id;
    Result result = Result::Unknown;
    ApiError error;

    bool isSettled() const { return result == Result::Deleted || result == Result::AlreadyGone; }
    static QString resultName(Result result); // stable, for JSON and the journal
    static QString resultText(Result result); // for people
};

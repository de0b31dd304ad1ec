// SPDX-License-Identifier: Apache-2.0

#include "OutcomeRule.h"

#include <algorithm>

using Result = ItemOutcome::Result;

const QList<OutcomeRule::Row> &OutcomeRule::table()
{
    static const QList<Row> rows {
        // answer                 alone                  after an attempt that may have acted
        { Answer::Done, Result::Deleted, Result::Deleted },
        { Answer::Gone, Result::AlreadyGone, Result::Deleted },
        { Answer::NotMember, Result::NotMember, Result::Removed },
        { Answer::Refused, Result::NotPermitted, Result::Unknown },
        { Answer::Rejected, Result::Failed, Result::Unknown },
        { Answer::MayHaveActed, Result::Unknown, Result::Unknown },
        { Answer::NoAnswer, Result::Unknown, Result::Unknown },
        { Answer::NotSent, Result::NotAttempted, Result::Unknown },
        { Answer::Unreadable, Result::Unknown, Result::Unknown },
    };
    return rows;
}

ItemOutcome::Result OutcomeRule::decide(Answer answer, bool earlierMayHaveActed, Result done)
{
    const QList<Row> &rows = table();
    const auto found = std::find_if(rows.cbegin(), rows.cend(),
        [answer](const Row &candidate) { return candidate.answer == answer; });
    if (found == rows.cend())
        return Result::Unknown;
    const Result result = earlierMayHaveActed ? found->afterPossibleAction : found->alone;
    if (result == Result::Deleted || result == Result::Removed)
        return done;
    return result;
}

bool OutcomeRule::mayHaveActed(int status)
{
    return status == 0 || status == 502 || status == 503 || status == 504;
}

bool OutcomeRule::earlierMayHaveActed(const QList<int> &attempts)
{
    return std::any_of(attempts.cbegin(), attempts.cend() - std::min<qsizetype>(1, attempts.size()),
        [](int status) { return mayHaveActed(status); });
}

OutcomeRule::Answer OutcomeRule::answerForError(const ApiReply &reply)
{
    if (!reply.error.isError())
        return Answer::Done;
    switch (reply.error.kind()) {
    case ApiError::Kind::Forbidden:
        return Answer::Refused;
    case ApiError::Kind::NotFound:
        return Answer::Gone;
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return reply.wasSent ? Answer::NoAnswer : Answer::NotSent;
    default:
        return mayHaveActed(reply.httpStatus) ? Answer::MayHaveActed : Answer::Rejected;
    }
}

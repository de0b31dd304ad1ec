// SPDX-License-Identifier: Apache-2.0

#include "DeleteOutcome.h"

using namespace Qt::StringLiterals;

QString DeleteOutcome::resultName(Result result)
{
    switch (result) {
    case Result::Deleted:
        return u"deleted"_s;
    case Result::AlreadyGone:
        return u"not_found"_s;
    case Result::NotPermitted:
        return u"not_permitted"_s;
    case Result::Failed:
        return u"failed"_s;
    case Result::Unknown:
        return u"unknown"_s;
    case Result::NotAttempted:
        return u"not_attempted"_s;
    }
    return {};
}

QString DeleteOutcome::resultText(Result result)
{
    switch (result) {
    case Result::Deleted:
        return tr("Deleted");
    case Result::AlreadyGone:
        return tr("Already gone");
    case Result::NotPermitted:
        return tr("Not permitted");
    case Result::Failed:
        return tr("Failed");
    case Result::Unknown:
        return tr("Unknown: no answer, may have been deleted");
    case Result::NotAttempted:
        return tr("Not attempted: cancelled before sending");
    }
    return {};
}

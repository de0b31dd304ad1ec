// SPDX-License-Identifier: Apache-2.0

#include "RunSummary.h"

#include <QStringList>

using Result = ItemOutcome::Result;

RunSummary::RunSummary(const QList<ItemOutcome> &outcomes)
{
    for (const ItemOutcome &outcome : outcomes)
        add(outcome.result);
}

void RunSummary::add(Result result, int count)
{
    m_counts[int(result)] += count;
}

int RunSummary::total() const
{
    int sum = 0;
    for (const int count : m_counts)
        sum += count;
    return sum;
}

bool RunSummary::isComplete() const
{
    return count(Result::NotPermitted) + count(Result::Failed) + count(Result::Unknown)
        + count(Result::NotAttempted)
        == 0;
}

QString RunSummary::text(RunTarget target) const
{
    // The words keep the translation contexts they were first translated in.
    const char *context = target == RunTarget::Members ? "MemberRemovalEngine" : "BulkDeleteEngine";
    const auto say = [context](const char *text, int n) {
        return QCoreApplication::translate(context, text, nullptr, n);
    };
    const bool members = target == RunTarget::Members;
    QStringList parts;
    if (const int n = count(Result::NotMember))
        parts.append(say("%n not a member", n));
    if (const int n = count(Result::NotPermitted))
        parts.append(say("%n not permitted", n));
    if (const int n = count(Result::AlreadyGone))
        parts.append(members ? say("%n not found", n) : say("%n already gone", n));
    if (const int n = count(Result::Failed))
        parts.append(say("%n failed", n));
    if (const int n = count(Result::Unknown)) {
        parts.append(members ? say("%n unknown (no answer; may have been removed)", n)
                             : say("%n unknown (no answer; may have been deleted)", n));
    }
    if (const int n = count(Result::NotAttempted))
        parts.append(say("%n not attempted", n));
    QString text = members
        ? say("Removed from %1 of %n dialog(s).", total()).arg(count(Result::Removed))
        : say("Deleted %1 of %n.", total()).arg(count(Result::Deleted));
    if (!parts.isEmpty())
        text += u' ' + parts.join(QCoreApplication::translate(context, ", ")) + u'.';
    return text;
}

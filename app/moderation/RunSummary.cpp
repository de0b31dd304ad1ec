// SPDX-License-Identifier: Apache-2.0

#include "RunSummary.h"

#include "DeletionPlan.h"

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

QString RunSummary::headline(const DeletionPlan &plan) const
{
    // What was done, as the mode did it: a dialog removed from one user's list is not deleted.
    // The identity is filled in with the count in one pass, so a name holding "%1" stays as is.
    const int all = total();
    const QString deleted = QString::number(count(Result::Deleted));
    switch (plan.target) {
    case RunTarget::Members:
        return QCoreApplication::translate(
            "MemberRemovalEngine", "Removed from %1 of %n dialog(s).", nullptr, all)
            .arg(count(Result::Removed));
    case RunTarget::Messages:
        if (plan.isForce())
            return tr("Deleted %1 of %n for everyone.", "messages", all).arg(deleted);
        return tr("Removed %1 of %n from the history of %2.", "messages", all)
            .arg(deleted, plan.actingUserDescription());
    case RunTarget::Dialogs:
        break;
    }
    if (plan.isForce())
        return tr("Deleted %1 of %n for everyone.", "dialogs", all).arg(deleted);
    return tr("Removed %1 of %n from the list of %2.", "dialogs", all)
        .arg(deleted, plan.actingUserDescription());
}

QString RunSummary::text(const DeletionPlan &plan) const
{
    // The words keep the translation contexts they were first translated in; each call is
    // spelled out so that lupdate finds it.
    const bool members = plan.target == RunTarget::Members;
    QStringList parts;
    if (const int n = count(Result::NotMember))
        parts.append(
            QCoreApplication::translate("MemberRemovalEngine", "%n not a member", nullptr, n));
    if (const int n = count(Result::NotPermitted)) {
        parts.append(members
                ? QCoreApplication::translate("MemberRemovalEngine", "%n not permitted", nullptr, n)
                : QCoreApplication::translate("BulkDeleteEngine", "%n not permitted", nullptr, n));
    }
    if (const int n = count(Result::AlreadyGone)) {
        parts.append(members
                ? QCoreApplication::translate("MemberRemovalEngine", "%n not found", nullptr, n)
                : QCoreApplication::translate("BulkDeleteEngine", "%n already gone", nullptr, n));
    }
    if (const int n = count(Result::Failed)) {
        parts.append(members
                ? QCoreApplication::translate("MemberRemovalEngine", "%n failed", nullptr, n)
                : QCoreApplication::translate("BulkDeleteEngine", "%n failed", nullptr, n));
    }
    if (const int n = count(Result::Unknown)) {
        parts.append(members ? QCoreApplication::translate("MemberRemovalEngine",
                         "%n unknown (no answer; may have been removed)", nullptr, n)
                             : QCoreApplication::translate("BulkDeleteEngine",
                                 "%n unknown (no answer; may have been deleted)", nullptr, n));
    }
    if (const int n = count(Result::NotAttempted)) {
        parts.append(members
                ? QCoreApplication::translate("MemberRemovalEngine", "%n not attempted", nullptr, n)
                : QCoreApplication::translate("BulkDeleteEngine", "%n not attempted", nullptr, n));
    }
    QString text = headline(plan);
    if (!parts.isEmpty()) {
        text += u' '
            + parts.join(members ? QCoreApplication::translate("MemberRemovalEngine", ", ")
                                 : QCoreApplication::translate("BulkDeleteEngine", ", "))
            + u'.';
    }
    return text;
}

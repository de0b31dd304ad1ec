// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/ItemOutcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

struct DeletionPlan;

// How many items of a run ended in each outcome, and the one sentence that says it in the
// moderator's terms, by the plan's mode: "Deleted 34 of 37 for everyone. 2 not permitted,
// 1 already gone.", "Removed 3 of 3 from the list of Anna Smith (anna, 1234)." or "Removed from
// 2 of 2 dialogs." The console and qbmodctl print the same.
class RunSummary final {
    Q_DECLARE_TR_FUNCTIONS(RunSummary)

public:
    RunSummary() = default;
    explicit RunSummary(const QList<ItemOutcome> &outcomes);

    void add(ItemOutcome::Result result, int count = 1);
    int count(ItemOutcome::Result result) const { return m_counts.value(int(result)); }
    int total() const;
    // Nothing refused, failed, unknown or left unsent.
    bool isComplete() const;
    QString text(const DeletionPlan &plan) const;

private:
    QString headline(const DeletionPlan &plan) const;

    QHash<int, int> m_counts;
};

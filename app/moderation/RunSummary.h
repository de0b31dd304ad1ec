// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/ItemOutcome.h"
#include "domain/RunKind.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

// How many items of a run ended in each outcome, and the one sentence that says it:
// "Deleted 34 of 37. 2 not permitted, 1 already gone." The console and qbmodctl print the same.
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
    QString text(RunTarget target) const;

private:
    QHash<int, int> m_counts;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "index/SweepSearch.h"
#include "moderation/DeletionPlan.h"

#include <QCoreApplication>

#include <optional>

// Acting on what a Sweep selection found: the one place that turns a selection's items into
// the DeletionPlan the console and qbmodctl confirm and run. The plan carries the selection's
// query, so the run checks every item with the server first and the journal keeps the query.
class SweepPlan final {
    Q_DECLARE_TR_FUNCTIONS(SweepPlan)

public:
    enum class Action {
        DeleteDialogs, // the dialogs the selection found
        RemoveSender, // one sender, from the dialogs where the selection found their messages
    };

    // base: who acts, the guard, the reason (from the view). senderId: for RemoveSender.
    // Nothing when there is nothing to act on; *error says why.
    static std::optional<DeletionPlan> build(DeletionPlan base, Action action,
        const SweepSearch &search, const SweepSelection &selection,
        const SweepSelectionItems &items, qint64 senderId = 0, QString *error = nullptr);
};

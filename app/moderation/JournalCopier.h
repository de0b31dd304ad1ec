// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class Journal;

// Copies the runs of one journal into another, each run with its whole history in one
// transaction of the destination, oldest first. Every run carries its origin key, unique in
// every journal: a run already there is skipped, so a copy that was stopped half-way (killed,
// the connection lost) and is started again adds each run exactly once. Runs still being
// executed are left for a later copy. A run copied before takes what reconcile settled since
// (Journal::copyLaterSettlementsInto). Used to upload offline runs to the team database, to move
// a local journal into one and to export a team's journal to a file.
class JournalCopier final {
    Q_DECLARE_TR_FUNCTIONS(JournalCopier)

public:
    struct Result {
        int copied = 0;
        int alreadyThere = 0;
        int live = 0; // still being executed: not copied yet
        // Settlements reconcile added to runs after they were copied, now copied too.
        int settlementsAdded = 0;
        QString error; // empty when every run that could be copied was
        bool ok() const { return error.isEmpty(); }
        // For people: "3 runs copied. 2 runs were already there."
        QString text() const;
    };

    // Copies from's runs (only moderator's when given, see Journal::Run::isBy) into to. origin
    // marks the copies of runs made in from ("local", "team"). progress, when set, is told
    // before the first run and after each run, and may return false to stop there.
    static Result copy(const Journal &from, Journal &to, const QString &origin,
        const QString &moderator = {},
        const std::function<bool(int done, int total)> &progress = {});
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

#include <optional>

// What a moderation run acts on, and how. The names are what the journal stores and JSON
// shows; they never change, so that every journal ever written still reads.
enum class RunTarget {
    Dialogs, // delete dialogs
    Messages, // delete messages, all from one dialog
    Members, // remove one user from dialogs
};

enum class RunMode {
    FromActingUsersList, // no force: the dialog (or message) leaves one user's list
    ForEveryone, // force=1: gone for every member, with its messages
    RemoveMember, // the user leaves the dialogs' members; the dialogs stay
};

namespace RunKind {
QString targetName(RunTarget target); // dialogs, messages, members
QString modeName(RunMode mode); // per_user, force, remove_member
std::optional<RunTarget> targetFromName(const QString &name);
std::optional<RunMode> modeFromName(const QString &name);
} // namespace RunKind

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"
#include "domain/ChatUser.h"

// qbmodctl users list [--search TEXT] [--limit N] [--json]
// TEXT is a user id (digits), an email (has '@'), or part of a full name (3 characters or more,
// also tried as an exact login); see UserFinder.
class UsersListCommand final : public CtlCommand {
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void start() override;

private:
    void print(const QList<ChatUser> &users, int totalEntries);
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"
#include "domain/ChatUser.h"

// qbmodctl users show USER_ID [--json]: one user's details.
class UsersShowCommand final : public CtlCommand {
    Q_OBJECT

public:
    using CtlCommand::CtlCommand;
    void start() override;

private:
    void print(const ChatUser &user);
};

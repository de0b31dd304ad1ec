// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SandboxApplication.h"
#include "SandboxDialog.h"
#include "SandboxMessageFactory.h"
#include "SandboxUser.h"

#include <vector>

// Creates the demo community from a seed: the application's credentials, a few hundred users
// (three of them moderators, some of them spammers) and any number of dialogs of all three
// types. Dialog n depends only on the seed, n and the users, never on the other dialogs.
class SandboxCommunityBuilder final {
public:
    static constexpr int RegularUserCount = 300;
    // The counter part of a message id holds dialog index x MaxMessagesPerDialog in 24 bits.
    static constexpr int MaxDialogs = 0xffffff / SandboxMessageFactory::MaxMessagesPerDialog;

    struct Result {
        SandboxApplication application;
        std::vector<SandboxUser> users;
        std::vector<SandboxDialog> dialogs;
        SandboxMessageFactory messages;
    };

    static Result build(quint32 seed, int dialogCount);
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SandboxApplication.h"
#include "SandboxCampaign.h"
#include "SandboxDialog.h"
#include "SandboxMessageFactory.h"
#include "SandboxUser.h"

#include <algorithm>
#include <vector>

// Creates the demo community from a seed: the application's credentials, a few hundred users
// (three of them moderators, some of them spammers) and any number of dialogs of all three
// types. Dialog n depends only on the seed, n and the users, never on the other dialogs.
class SandboxCommunityBuilder final {
public:
    static constexpr int RegularUserCount = 300;
    // Dialog i's messages are numbered from i × slots per dialog within 32 bits (see
    // SandboxMessageFactory); memory is the practical limit well before.
    static constexpr int MaxDialogs = 4000000;
    static int maxDialogs(int slotsPerDialog)
    {
        return int(
            std::min<qint64>(MaxDialogs, SandboxMessageFactory::MaxSequence / slotsPerDialog));
    }

    struct Result {
        SandboxApplication application;
        std::vector<SandboxUser> users;
        std::vector<SandboxDialog> dialogs;
        SandboxMessageFactory messages;
        std::vector<SandboxCampaign> campaigns;
    };

    static constexpr int MaxUsers = 1000000;

    // messagesPerDialog 0 keeps the generated mix; spamCampaigns 0 adds no spam waves; users 0
    // keeps 3 + RegularUserCount. The defaults give the community the seed always gave.
    static Result build(quint32 seed, int dialogCount, int messagesPerDialog = 0,
        int spamCampaigns = 0, int users = 0);
};

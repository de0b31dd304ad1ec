// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

// The one QuickBlox application the sandbox hosts and its credentials.
struct SandboxApplication {
    qint64 id = 0;
    QString authKey;
    QString authSecret;
    QString apiKey;
};

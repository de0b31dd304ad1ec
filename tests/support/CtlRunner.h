// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlApplication.h"

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

// qbmodctl run in-process, its streams in buffers, the way the command-line tests drive it.
struct CtlInvocation {
    QStringList arguments; // without the program name
    QProcessEnvironment environment;
    QByteArray input;
    bool stdinIsTerminal = false;
    std::function<void(CtlApplication &)> configure; // e.g. the profile sources
    int timeoutMs = 30000;
};

struct CtlRun {
    int exitCode = -1; // -1: it did not finish in time
    QString out;
    QString err;

    QJsonObject json() const;
};

// Retries wait milliseconds, not seconds (RetryPolicy::immediateForTests()).
CtlRun runCtl(const CtlInvocation &invocation);

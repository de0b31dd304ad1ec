// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QIODevice>
#include <QProcessEnvironment>
#include <QTextStream>

// The command line's world: its streams, whether they are terminals, and its environment. Passed
// in so that tests can run qbmodctl in-process with buffers.
struct CtlIo {
    QTextStream out;
    QTextStream err;
    QIODevice *in = nullptr;
    bool stdinIsTerminal = false;
    bool stderrIsTerminal = false;
    QProcessEnvironment environment;

    CtlIo(QIODevice *outDevice, QIODevice *errDevice, QIODevice *inDevice)
        : out(outDevice)
        , err(errDevice)
        , in(inDevice)
    {
    }
};

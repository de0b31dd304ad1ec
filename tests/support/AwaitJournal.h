// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "console/ConsoleSession.h"

#include <QSignalSpy>

// The session's journal once it is ready: a team profile's is reached in the background, so the
// first journal() starts that and this waits, with a bound, for journalReady(). Null when it could
// not be opened (see journalError()).
inline Journal *awaitJournal(ConsoleSession &session, int timeoutMs = 30000)
{
    QSignalSpy ready(&session, &ConsoleSession::journalReady);
    if (Journal *journal = session.journal())
        return journal;
    if (session.isOpeningJournal() && ready.isEmpty() && !ready.wait(timeoutMs))
        return nullptr;
    return session.journal();
}

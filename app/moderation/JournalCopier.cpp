// SPDX-License-Identifier: Apache-2.0

#include "JournalCopier.h"

#include "Journal.h"

#include <algorithm>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace {

// For the tests that prove a copy killed half-way loses and repeats nothing: with
// QBMOD_TEST_KILL_COPY_AFTER=N the process kills itself, as abruptly as a power cut allows,
// once N runs have been committed by this copy. Unset, it costs one lookup per copy.
void killAfterCommitsIfAsked(int committed)
{
#ifdef Q_OS_UNIX
    static const int killAfter = qEnvironmentVariableIntValue("QBMOD_TEST_KILL_COPY_AFTER");
    if (killAfter > 0 && committed >= killAfter)
        std::raise(SIGKILL);
#else
    Q_UNUSED(committed)
#endif
}

} // namespace

QString JournalCopier::Result::text() const
{
    // Whole sentences, so that each language words its own counts.
    QStringList sentences { tr("%n run(s) copied.", nullptr, copied) };
    if (alreadyThere > 0)
        sentences.append(tr("%n run(s) were already there.", nullptr, alreadyThere));
    if (settlementsAdded > 0)
        sentences.append(
            tr("%n later settlement(s) added to runs already there.", nullptr, settlementsAdded));
    if (live > 0)
        sentences.append(tr("%n run(s) still running, each copied once it ends.", nullptr, live));
    return sentences.join(u' ');
}

JournalCopier::Result JournalCopier::copy(const Journal &from, Journal &to, const QString &origin,
    const QString &moderator, const std::function<bool(int, int)> &progress)
{
    Result result;
    QList<Journal::Run> runs = from.runs(moderator);
    std::sort(runs.begin(), runs.end(),
        [](const Journal::Run &a, const Journal::Run &b) { return a.id < b.id; });
    const int total = static_cast<int>(runs.size());
    int done = 0;
    // Told once before the first run too, so that a copy can be stopped before it begins.
    if (progress && total > 0 && !progress(0, total)) {
        result.error = tr("Stopped after %1 of %2 runs.").arg(0).arg(total);
        return result;
    }
    for (const Journal::Run &run : std::as_const(runs)) {
        if (run.status == u"running"_s && from.isLive(run.id)) {
            ++result.live;
        } else {
            bool alreadyThere = false;
            if (!from.copyRunInto(run.id, to, origin, &alreadyThere)) {
                result.error = tr("Run %1 was not copied: %2").arg(run.id).arg(to.errorString());
                return result;
            }
            if (alreadyThere) {
                ++result.alreadyThere;
                int added = 0;
                if (!from.copyLaterSettlementsInto(run.id, to, &added)) {
                    result.error = tr("The settlements of run %1 were not copied: %2")
                                       .arg(run.id)
                                       .arg(to.errorString());
                    return result;
                }
                result.settlementsAdded += added;
            } else {
                ++result.copied;
                killAfterCommitsIfAsked(result.copied);
            }
        }
        if (progress && !progress(++done, total)) {
            result.error = tr("Stopped after %1 of %2 runs.").arg(done).arg(total);
            return result;
        }
    }
    return result;
}

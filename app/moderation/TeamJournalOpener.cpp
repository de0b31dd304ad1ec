// SPDX-License-Identifier: Apache-2.0

#include "TeamJournalOpener.h"

#include "Journal.h"
#include "OfflineJournal.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>
#include <QWaitCondition>

#include <algorithm>

// What the worker and the caller's thread share; every field under mutex. opener is used only
// while !abandoned, which the opener's destructor sets under the same mutex.
struct TeamJournalOpener::Shared {
    QMutex mutex;
    QWaitCondition seen;
    TeamJournalOpener *opener = nullptr;
    quint64 generation = 0; // which start() of opener this worker serves
    bool abandoned = false;
    bool cancelled = false;
    bool reached = false;
    int seenSteps = -1;
    Outcome result;

    // The worker, after each upload step: false to stop there.
    bool step(int done, int total)
    {
        QMutexLocker lock(&mutex);
        if (abandoned || cancelled)
            return false;
        TeamJournalOpener *to = opener;
        QMetaObject::invokeMethod(
            to, [to, done, total, g = generation] { to->onStep(g, done, total); },
            Qt::QueuedConnection);
        while (seenSteps < done && !abandoned && !cancelled)
            seen.wait(&mutex);
        return !abandoned && !cancelled;
    }

    // The worker, once the team answered: false when nobody wants the rest any more.
    bool markReached()
    {
        QMutexLocker lock(&mutex);
        reached = true;
        return !abandoned;
    }

    void finish(const Outcome &outcome)
    {
        QMutexLocker lock(&mutex);
        if (abandoned)
            return;
        result = outcome;
        result.cancelled = cancelled;
        TeamJournalOpener *to = opener;
        QMetaObject::invokeMethod(
            to, [to, g = generation] { to->onWorkDone(g); }, Qt::QueuedConnection);
    }
};

namespace {

// Workers that may wait on the database driver for long: a pool of their own, so that they never
// hold the shared pool's few threads. The application waits for them as it ends.
QThreadPool *teamPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(8);
    }
    return pool;
}

} // namespace

TeamJournalOpener::TeamJournalOpener(const StoreLocation &team, const QString &password,
    const QString &localJournalPath, QObject *parent)
    : QObject(parent)
    , m_team(team)
    , m_password(password)
    , m_localJournalPath(localJournalPath)
{
}

TeamJournalOpener::~TeamJournalOpener()
{
    if (!m_shared)
        return;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->abandoned = true;
    m_shared->opener = nullptr;
    m_shared->seen.wakeAll();
}

void TeamJournalOpener::start()
{
    if (m_running)
        return;
    if (m_shared) { // started before: that worker is let go
        QMutexLocker lock(&m_shared->mutex);
        m_shared->abandoned = true;
        m_shared->seen.wakeAll();
    }
    m_shared = std::make_shared<Shared>();
    m_shared->opener = this;
    m_shared->generation = ++m_generation;
    m_running = true;
    m_outcome = {};
    teamPool()->start([shared = m_shared, team = m_team, password = m_password,
                          localJournalPath = m_localJournalPath] {
        Outcome outcome;
        {
            Journal journal;
            if (!journal.open(team, password)) {
                outcome.teamError = journal.errorString();
            } else if (shared->markReached()) {
                outcome.reached = true;
                outcome.upload = OfflineJournal::upload(journal, localJournalPath,
                    [&shared](int done, int total) { return shared->step(done, total); });
                outcome.waiting = OfflineJournal::waitingCount(journal, localJournalPath);
            }
        } // the connection is closed on the thread that made it
        shared->finish(outcome);
    });
}

bool TeamJournalOpener::isUploading() const
{
    if (!m_running)
        return false;
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->reached;
}

void TeamJournalOpener::cancel()
{
    if (!m_running)
        return;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->cancelled = true;
    m_shared->seen.wakeAll();
    if (m_shared->reached)
        return; // stops after the run being copied, and says so then
    m_shared->abandoned = true;
    lock.unlock();
    Outcome outcome;
    outcome.cancelled = true;
    outcome.teamError
        = tr("Reaching the team database %1 was cancelled.").arg(m_team.displayName());
    finish(outcome);
}

void TeamJournalOpener::onStep(quint64 generation, int done, int total)
{
    // A step posted by a worker let go before this one started is not this worker's.
    if (!m_running || generation != m_generation)
        return;
    Q_EMIT uploadProgress(done, total);
    // A cancel from a slot of uploadProgress has been seen before the worker goes on.
    QMutexLocker lock(&m_shared->mutex);
    m_shared->seenSteps = std::max(m_shared->seenSteps, done);
    m_shared->seen.wakeAll();
}

void TeamJournalOpener::onWorkDone(quint64 generation)
{
    if (!m_running || generation != m_generation)
        return;
    Outcome outcome;
    {
        QMutexLocker lock(&m_shared->mutex);
        outcome = m_shared->result;
    }
    finish(outcome);
}

void TeamJournalOpener::finish(const Outcome &outcome)
{
    m_running = false;
    m_outcome = outcome;
    Q_EMIT finished();
}

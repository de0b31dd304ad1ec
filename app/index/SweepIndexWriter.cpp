// SPDX-License-Identifier: Apache-2.0

#include "SweepIndexWriter.h"

#include "SweepIndex.h"

#include <QCoreApplication>
#include <QMutexLocker>

#include <utility>

using namespace Qt::StringLiterals;

// Lives on the writer's thread, with the index connection it opened there.
class SweepIndexWriter::Worker final : public QObject {
public:
    explicit Worker(std::shared_ptr<Shared> shared, SweepIndexWriter *owner)
        : m_shared(std::move(shared))
        , m_owner(owner)
    {
    }

    bool open(const SweepIndex &like, QString *error)
    {
        m_index = std::make_unique<SweepIndex>();
        if (m_index->openLike(like))
            return true;
        *error = m_index->errorString();
        m_index.reset();
        return false;
    }

    void close() { m_index.reset(); }

    // Everything queued, a transaction at a time, until the queue is empty.
    void flush()
    {
        for (;;) {
            QList<Job> jobs;
            {
                QMutexLocker lock(&m_shared->mutex);
                if (m_shared->queue.isEmpty() || m_shared->dropping) {
                    m_shared->queue.clear();
                    m_shared->scheduled = false;
                    return;
                }
                jobs.swap(m_shared->queue);
            }
            write(jobs);
        }
    }

private:
    void write(const QList<Job> &jobs)
    {
        if (m_failed || !m_index)
            return;
        QList<SweepIndex::DialogMessages> batch;
        QStringList forgotten;
        QStringList ids;
        QList<int> counts;
        for (const Job &job : jobs) {
            ids.append(job.dialogId);
            counts.append(job.forget ? -1 : int(job.messages.size()));
            if (job.forget)
                forgotten.append(job.dialogId);
            else
                batch.append({ job.dialogId, job.messages });
        }
        bool ok = m_index->storeDialogsMessages(batch);
        for (const QString &id : std::as_const(forgotten))
            ok = ok && m_index->forgetDialog(id);
        // Told through the owner's thread, where drain() and the destructor can deliver it.
        SweepIndexWriter *owner = m_owner;
        if (!ok) {
            m_failed = true;
            const QString error = m_index->errorString();
            QMetaObject::invokeMethod(
                owner, [owner, error] { Q_EMIT owner->failed(error); }, Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            owner, [owner, ids, counts] { Q_EMIT owner->stored(ids, counts); },
            Qt::QueuedConnection);
    }

    std::shared_ptr<Shared> m_shared;
    SweepIndexWriter *m_owner;
    std::unique_ptr<SweepIndex> m_index;
    bool m_failed = false;
};

SweepIndexWriter::SweepIndexWriter(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_thread.setObjectName(u"qbmod-index-writer"_s);
    m_worker = new Worker(m_shared, this);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

SweepIndexWriter::~SweepIndexWriter()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->dropping = true;
        m_shared->queue.clear();
    }
    // The worker and its connection go on the thread that made them, after the commit under
    // way.
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->close();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    // What that last commit stored is reported: it is in the index.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

bool SweepIndexWriter::open(const SweepIndex &index)
{
    bool ok = false;
    QString error;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [&] { ok = worker->open(index, &error); }, Qt::BlockingQueuedConnection);
    m_error = error;
    return ok;
}

void SweepIndexWriter::hand(Job job)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->queue.append(std::move(job));
    if (m_shared->scheduled)
        return;
    m_shared->scheduled = true;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->flush(); }, Qt::QueuedConnection);
}

void SweepIndexWriter::store(const QString &dialogId, const QList<Message> &messages)
{
    hand({ dialogId, messages, false });
}

void SweepIndexWriter::forget(const QString &dialogId)
{
    hand({ dialogId, {}, true });
}

void SweepIndexWriter::close()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->dropping = true;
        m_shared->queue.clear();
    }
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
}

void SweepIndexWriter::drain()
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->flush(); }, Qt::BlockingQueuedConnection);
    // What the writer reported on its way is delivered now, not at some later turn.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

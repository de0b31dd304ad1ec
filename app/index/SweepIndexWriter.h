// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Message.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <memory>

class SweepIndex;

// Writes what a crawl read into the index on a thread of its own, through a connection of its
// own, so that folding texts, filling the full-text index and committing never hold up the
// window. Dialogs handed over while a commit runs go into the next one together: fewer, larger
// transactions. Each dialog is still stored whole or not at all, with its pending mark, so a
// crawl killed at any point resumes without gaps or duplicates. One writer per crawl.
class SweepIndexWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepIndexWriter)

public:
    SweepIndexWriter(QObject *parent = nullptr);
    // Waits for the commit under way; what was not yet begun is dropped, as in a kill.
    ~SweepIndexWriter() override;

    // Opens the same index as index on the writer's thread; false, with errorString(), when
    // not.
    bool open(const SweepIndex &index);
    QString errorString() const { return m_error; }

    // The dialog's messages replace what the index held, and it leaves the pending list.
    void store(const QString &dialogId, const QList<Message> &messages);
    // Gone from the server since it was listed.
    void forget(const QString &dialogId);
    // Returns once everything handed over so far is committed and reported.
    void drain();
    // Lets go of the index file at once (before it may be forgotten); nothing more is written.
    void close();

Q_SIGNALS:
    // Committed: each dialog with the number of messages stored, -1 for one forgotten.
    void stored(const QStringList &dialogIds, const QList<int> &messageCounts);
    void failed(const QString &error);

private:
    class Worker;
    struct Job {
        QString dialogId;
        QList<Message> messages;
        bool forget = false;
    };
    struct Shared {
        QMutex mutex;
        QList<Job> queue;
        bool scheduled = false;
        bool dropping = false;
    };

    void hand(Job job);

    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    Worker *m_worker = nullptr;
    QString m_error;
};

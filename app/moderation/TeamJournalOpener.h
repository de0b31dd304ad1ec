// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "JournalCopier.h"
#include "store/StoreLocation.h"

#include <QObject>

#include <memory>

// Reaches a team database without holding the caller's thread. On a worker thread, with a
// database connection of its own (a connection belongs to the thread that made it), it opens
// the team database, copies the team's protected users for offline runs, uploads the runs made
// offline (OfflineJournal::upload) and then says how it went. The caller opens its own
// connection afterwards, knowing that the team answers.
//
// Each upload step waits until the caller's thread has seen it, so a cancel takes effect right
// after the run last reported: a run is copied in one transaction, so a cancel loses and
// repeats nothing, and the runs not copied wait for the next time. A cancel while connecting
// ends at once; the worker, held by the database driver until connect_timeout, is left to end
// alone and nothing it learns afterwards is used.
class TeamJournalOpener final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamJournalOpener)

public:
    struct Outcome {
        bool reached = false;
        bool cancelled = false;
        QString teamError; // why the team was not reached
        JournalCopier::Result upload;
        int waiting = 0; // offline runs still not in the team database
    };

    TeamJournalOpener(const StoreLocation &team, const QString &password,
        const QString &localJournalPath, QObject *parent = nullptr);
    // A worker still running is abandoned: it ends alone, and its result is dropped.
    ~TeamJournalOpener() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    // The team answered and the offline runs are going up.
    bool isUploading() const;
    const StoreLocation &team() const { return m_team; }
    const Outcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    // After each offline run (done of total), and once before the first.
    void uploadProgress(int done, int total);
    void finished();

private:
    struct Shared;
    void onStep(quint64 generation, int done, int total);
    void onWorkDone(quint64 generation);
    void finish(const Outcome &outcome);

    StoreLocation m_team;
    QString m_password;
    QString m_localJournalPath;
    std::shared_ptr<Shared> m_shared;
    quint64 m_generation = 0; // of the latest start()
    bool m_running = false;
    Outcome m_outcome;
};

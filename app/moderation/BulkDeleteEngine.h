// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiClient.h"
#include "domain/DeleteOutcome.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <deque>

// Deletes any number of dialogs or messages and yields one outcome per id. Ids go out in batches
// (comma-joined in the path) with a bounded number in flight; a batch answered by a
// whole-request 403 or 404 is split until every id has its own answer; ids a success did not
// mention are asked about one by one. Nothing is reported deleted unless the server said so.
// After cancel() no new request leaves, and every id is settled or marked unknown/not attempted.
class BulkDeleteEngine final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkDeleteEngine)

public:
    enum class Target { Dialogs, Messages };

    // Fifty 24-digit ids make a path of about 1 250 characters: well inside every server's and
    // proxy's URL limit, and 50 times fewer requests than one per id.
    static constexpr int defaultBatchSize = 50;

    struct Options {
        Target target = Target::Dialogs;
        bool force = false;
        std::optional<qint64> onBehalfOf;
        int batchSize = defaultBatchSize;
        int maxBatchesInFlight = 0; // 0: as many as the client lets fly
    };

    struct Summary {
        int deleted = 0;
        int alreadyGone = 0;
        int notPermitted = 0;
        int failed = 0;
        int unknown = 0;
        int notAttempted = 0;

        int total() const
        {
            return deleted + alreadyGone + notPermitted + failed + unknown + notAttempted;
        }
        // "Deleted 34 of 37. 2 not permitted, 1 already gone."
        QString text() const;
    };

    explicit BulkDeleteEngine(ApiClient *client, QObject *parent = nullptr);

    // The requests start() would send for these ids, batch by batch, for a dry run. (A batch
    // the server refuses as a whole is split later; that cannot be known beforehand.)
    static QList<ApiRequest> plannedRequests(const QStringList &ids, const Options &options);

    // ids must already be valid and unique (ObjectId::normalised).
    void start(const QStringList &ids, const Options &options);
    void cancel();
    // No new batch leaves while paused; batches in flight still settle, and the ids not yet
    // sent stay pending (in the journal too) until resume() or cancel().
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }

    // How fast the run goes: requests per second leaving the client, and the seconds the
    // requests not yet answered need at that pace (-1 while unknown).
    struct Pace {
        double requestsPerSecond = 0;
        int secondsLeft = -1;
        // "78 requests/s, about 12 s left"; empty before the first requests leave.
        QString text() const;
    };
    Pace pace() const;

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    int total() const { return static_cast<int>(m_outcomes.size()); }
    int settledCount() const { return m_settledCount; }
    Options options() const { return m_options; }
    // One per id, in the order they were given.
    QList<DeleteOutcome> outcomes() const { return m_outcomes; }
    Summary summary() const;

Q_SIGNALS:
    // Just before a request for these ids is handed to the network (for a write-ahead journal).
    void batchSending(const QStringList &ids);
    void outcomesSettled(const QList<DeleteOutcome> &outcomes);
    void progressChanged(int settled, int total);
    void pausedChanged(bool paused);
    void finished();

private:
    void launchMore();
    void onBatchAnswered(quint64 token, const QStringList &ids, const ApiReply &reply);
    void settle(const QList<DeleteOutcome> &outcomes);
    void finishIfDone();

    struct Flight {
        QStringList ids;
        ApiClient::CallId callId = 0;
    };

    ApiClient *m_client;
    Options m_options;
    std::deque<QStringList> m_pending;
    QHash<quint64, Flight> m_inFlight;
    QList<DeleteOutcome> m_outcomes;
    QList<bool> m_isSettled;
    QHash<QString, int> m_indexOf;
    int m_settledCount = 0;
    quint64 m_nextToken = 1;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_paused = false;
};

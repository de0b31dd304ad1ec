// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiClient.h"
#include "domain/ItemOutcome.h"
#include "moderation/OutcomeRule.h"
#include "moderation/RunSummary.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <deque>
#include <functional>

// Deletes any number of dialogs or messages and yields one outcome per id. Ids go out in batches
// (comma-joined in the path) with a bounded number in flight; a batch answered by a
// whole-request 403 or 404 is split until every id has its own answer; ids a success did not
// mention are asked about one by one. Nothing is reported deleted unless the server said so, and
// each id's outcome weighs every attempt made for it (OutcomeRule), across retries and splits.
// Before each request the write-ahead hook must accept its ids; when it refuses, nothing more
// leaves. After cancel() no new request leaves, and every id is settled or marked unknown/not
// attempted.
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

    // Called just before a request for these ids is handed to the network, synchronously; the
    // request leaves only when it returns true (the journal has them committed as sent).
    using WriteAhead = std::function<bool(const QStringList &ids)>;

    explicit BulkDeleteEngine(ApiClient *client, QObject *parent = nullptr);

    // The requests start() would send for these ids, batch by batch, for a dry run. (A batch
    // the server refuses as a whole is split later; that cannot be known beforehand.)
    static QList<ApiRequest> plannedRequests(const QStringList &ids, const Options &options);

    // ids must already be valid and unique (ObjectId::normalised).
    void setWriteAhead(WriteAhead writeAhead) { m_writeAhead = std::move(writeAhead); }
    // attemptsSoFar: earlier attempts for some of the ids (a retry of a run), weighed as if made
    // now.
    void start(const QStringList &ids, const Options &options,
        const QHash<QString, QList<int>> &attemptsSoFar = {});
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
    // The write-ahead hook refused a batch: the run stopped there.
    bool wasStopped() const { return m_stopped; }
    int total() const { return static_cast<int>(m_outcomes.size()); }
    int settledCount() const { return m_settledCount; }
    Options options() const { return m_options; }
    // One per id, in the order they were given.
    QList<ItemOutcome> outcomes() const { return m_outcomes; }
    RunSummary summary() const { return RunSummary(m_outcomes); }

Q_SIGNALS:
    void outcomesSettled(const QList<ItemOutcome> &outcomes);
    void progressChanged(int settled, int total);
    void pausedChanged(bool paused);
    void finished();

private:
    void launchMore();
    void onBatchAnswered(quint64 token, const QStringList &ids, const ApiReply &reply);
    void settle(const QList<ItemOutcome> &outcomes);
    ItemOutcome decided(const QString &id, OutcomeRule::Answer answer, const ApiError &error) const;
    void settleNotSent(const std::deque<QStringList> &batches);
    void finishIfDone();

    struct Flight {
        QStringList ids;
        ApiClient::CallId callId = 0;
    };

    ApiClient *m_client;
    Options m_options;
    WriteAhead m_writeAhead;
    QHash<QString, QList<int>> m_attempts; // every attempt's status per id
    std::deque<QStringList> m_pending;
    QHash<quint64, Flight> m_inFlight;
    QList<ItemOutcome> m_outcomes;
    QList<bool> m_isSettled;
    QHash<QString, int> m_indexOf;
    int m_settledCount = 0;
    quint64 m_nextToken = 1;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_paused = false;
    bool m_stopped = false;
};

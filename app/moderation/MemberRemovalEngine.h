// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiClient.h"
#include "domain/ItemOutcome.h"
#include "moderation/OutcomeRule.h"
#include "moderation/RunSummary.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <deque>
#include <functional>

// Removes one user from any number of dialogs (PUT pull_all, one request per dialog) and yields
// one outcome per dialog. Each dialog is read first: when the server shows the user is not a
// member, nothing is sent to change it. Dialogs run with a bounded number in flight. Removed is
// reported only when the server answered the update; an outcome weighs every attempt of the
// update (OutcomeRule). When the write-ahead hook refuses an update, nothing more is sent.
class MemberRemovalEngine final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberRemovalEngine)

public:
    // Called just before the update for a dialog is handed to the network, synchronously; it
    // leaves only when this returns true (the journal has it committed as sent).
    using WriteAhead = std::function<bool(const QStringList &dialogIds)>;

    explicit MemberRemovalEngine(ApiClient *client, QObject *parent = nullptr);

    // The updates start() would send, one per dialog, for a dry run. Each dialog is read first,
    // and one that shows the user is not a member gets no update.
    static QList<ApiRequest> plannedRequests(
        const QStringList &dialogIds, qint64 userId, std::optional<qint64> onBehalfOf);

    // dialogIds must already be valid and unique (ObjectId::normalised).
    void setWriteAhead(WriteAhead writeAhead) { m_writeAhead = std::move(writeAhead); }
    // attemptsSoFar: earlier update attempts for some dialogs (a retry of a run).
    void start(const QStringList &dialogIds, qint64 userId, std::optional<qint64> onBehalfOf,
        const QHash<QString, QList<int>> &attemptsSoFar = {});
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    bool wasStopped() const { return m_stopped; }
    qint64 userId() const { return m_userId; }
    // One per dialog, in the order they were given.
    QList<ItemOutcome> outcomes() const { return m_outcomes; }
    RunSummary summary() const { return RunSummary(m_outcomes); }

Q_SIGNALS:
    void outcomesSettled(const QList<ItemOutcome> &outcomes);
    void progressChanged(int settled, int total);
    void finished();

private:
    void launchMore();
    void onDialogRead(const QString &dialogId, const ApiReply &reply);
    void sendUpdate(const QString &dialogId);
    void onUpdateAnswered(const QString &dialogId, const ApiReply &reply);
    void settle(const ItemOutcome &outcome);
    ItemOutcome decided(
        const QString &dialogId, OutcomeRule::Answer answer, const ApiError &error = {}) const;
    void stopSending();
    void finishIfDone();

    ApiClient *m_client;
    qint64 m_userId = 0;
    std::optional<qint64> m_onBehalfOf;
    WriteAhead m_writeAhead;
    QHash<QString, QList<int>> m_attempts; // every update attempt's status per dialog
    std::deque<QString> m_pending;
    QHash<QString, ApiClient::CallId> m_inFlight;
    QList<ItemOutcome> m_outcomes;
    QHash<QString, int> m_indexOf;
    int m_settledCount = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_stopped = false;
};

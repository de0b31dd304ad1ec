// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiClient.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <deque>

// Removes one user from any number of dialogs (PUT pull_all, one request per dialog) and yields
// one outcome per dialog. Each dialog is read first: when the server shows the user is not a
// member, nothing is sent to change it. Dialogs run with a bounded number in flight. Removed is
// reported only when the server answered the update; an update that got no answer is unknown.
class MemberRemovalEngine final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberRemovalEngine)

public:
    struct Outcome {
        Q_DECLARE_TR_FUNCTIONS(MemberRemovalEngine)

    public:
        enum class Result {
            Removed,
            NotMember, // the dialog as read showed the user was not among its members
            NotFound,
            NotPermitted, // 403: only the owner removes others, a member only himself
            Failed,
            Unknown, // the update left but no answer came: the user may have been removed
            NotAttempted,
        };

        QString dialogId;
        Result result = Result::NotAttempted;
        ApiError error;

        static QString resultName(Result result); // stable, for JSON and the journal
        static QString resultText(Result result); // for people
    };

    struct Summary {
        int removed = 0;
        int notMember = 0;
        int notFound = 0;
        int notPermitted = 0;
        int failed = 0;
        int unknown = 0;
        int notAttempted = 0;

        int total() const
        {
            return removed + notMember + notFound + notPermitted + failed + unknown + notAttempted;
        }
        // "Removed from 3 of 5 dialogs. 1 not a member, 1 not permitted."
        QString text() const;
    };

    explicit MemberRemovalEngine(ApiClient *client, QObject *parent = nullptr);

    // The updates start() would send, one per dialog, for a dry run. Each dialog is read first,
    // and one that shows the user is not a member gets no update.
    static QList<ApiRequest> plannedRequests(
        const QStringList &dialogIds, qint64 userId, std::optional<qint64> onBehalfOf);

    // dialogIds must already be valid and unique (ObjectId::normalised).
    void start(const QStringList &dialogIds, qint64 userId, std::optional<qint64> onBehalfOf);
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    qint64 userId() const { return m_userId; }
    // One per dialog, in the order they were given.
    QList<Outcome> outcomes() const { return m_outcomes; }
    Summary summary() const;

Q_SIGNALS:
    // Just before the update for these dialogs is handed to the network (for a write-ahead
    // journal). Reading a dialog first is not announced: it changes nothing.
    void batchSending(const QStringList &dialogIds);
    void outcomesSettled(const QList<MemberRemovalEngine::Outcome> &outcomes);
    void progressChanged(int settled, int total);
    void finished();

private:
    void launchMore();
    void onDialogRead(const QString &dialogId, const ApiReply &reply);
    void sendUpdate(const QString &dialogId);
    void onUpdateAnswered(const QString &dialogId, const ApiReply &reply);
    void settle(const Outcome &outcome);
    void finishIfDone();

    ApiClient *m_client;
    qint64 m_userId = 0;
    std::optional<qint64> m_onBehalfOf;
    std::deque<QString> m_pending;
    QHash<QString, ApiClient::CallId> m_inFlight;
    QList<Outcome> m_outcomes;
    QHash<QString, int> m_indexOf;
    int m_settledCount = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

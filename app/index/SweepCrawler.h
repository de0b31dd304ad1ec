// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiClient.h"
#include "api/endpoints/ListMessagesEndpoint.h"
#include "domain/Message.h"
#include "store/IndexEngine.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <deque>
#include <memory>

class SweepIndex;
class SweepIndexWriter;

// Brings a SweepIndex up to date with the server, read-only (messages are listed with
// mark_as_read=0) and through the ApiClient, so it goes at the pace and concurrency the client
// is set to. Incremental: the listing asks only for dialogs updated since the newest update the
// last crawl saw (updated_at[gte]) and reads the messages of those that are new or changed. Every
// page and every dialog is committed as it arrives, with where the crawl has got to, so a crawl
// killed half-way resumes without gaps or duplicates. Messages are stored by a SweepIndexWriter
// on a thread of its own, so the window never waits for SQLite; dialogRead() follows their
// commit. Memory holds at most one window of dialogs (and the writer's backlog), whatever the
// application's size.
class SweepCrawler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepCrawler)

public:
    enum class Phase { Idle, Listing, Reading, Naming, Done };
    enum class Outcome { Completed, Cancelled, Failed };
    Q_ENUM(Outcome)

    struct Progress {
        Phase phase = Phase::Idle;
        int listedDialogs = 0; // this run
        int readDialogs = 0; // this run
        int pendingDialogs = 0; // still to read
        int messages = 0; // read this run
    };

    SweepCrawler(ApiClient *client, SweepIndex *index, QObject *parent = nullptr);
    ~SweepCrawler() override;

    // Read every dialog again, and forget the ones the server no longer lists.
    void setFull(bool full) { m_full = full; }
    // Listing pages of this many dialogs (the API's default is 100).
    void setPageSize(int size) { m_pageSize = size; }

    // Resumes a crawl that was stopped, or starts a new one. finished() follows once.
    void start();
    // No new request leaves until resume(); answers on their way are still stored.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    bool isRunning() const { return m_running; }
    // Stops; what was stored stays, and the next start() resumes from there.
    void cancel();
    Progress progress() const { return m_progress; }

    static QString phaseText(Phase phase);

Q_SIGNALS:
    void progressChanged(const SweepCrawler::Progress &progress);
    void dialogRead(const QString &dialogId, int messages);
    void finished(SweepCrawler::Outcome outcome, const QString &error);

private:
    // A dialog being read: a page on its way (call), or one being parsed (call 0).
    struct Reading {
        QString dialogId;
        QList<Message> messages;
        ApiClient::CallId call = 0;
    };

    void listNextPage();
    void onListPage(const ApiReply &reply);
    void startReading();
    void pumpReading();
    void requestMessages(const QString &dialogId);
    void onMessagePage(const QString &dialogId, const ApiReply &reply);
    void onMessagesParsed(const QString &dialogId, const ApiResult<MessagePage> &page);
    void completeDialog(const QString &dialogId);
    void onStored(const QStringList &dialogIds, const QList<int> &messageCounts);
    void nameNextUsers();
    void requestNames(const QList<qint64> &ids);
    void finishWith(Outcome outcome, const QString &error = {});
    void emitProgress();

    // The client may go first when the window closes: the destructor then has nothing to cancel.
    QPointer<ApiClient> m_client;
    SweepIndex *m_index;
    bool m_full = false;
    int m_pageSize = 100;
    bool m_running = false;
    bool m_paused = false;
    bool m_stopping = false;
    Progress m_progress;
    qint64 m_since = 0;
    int m_skip = 0;
    bool m_listingFull = false;
    ApiClient::CallId m_listCall = 0;
    QSet<ApiClient::CallId> m_namesCalls;
    int m_depth = 200;
    qint64 m_sinceDate = 0;
    std::deque<QString> m_queue;
    QHash<QString, Reading> m_reading;
    // Requests on their way: the window. Pages being parsed no longer hold a place in it.
    int m_inFlight = 0;
    // Parses still to come back belong to this crawl only while it is the same.
    quint64 m_generation = 0;
    // Handed to the writer, not yet committed.
    QSet<QString> m_writing;
    std::unique_ptr<SweepIndexWriter> m_writer;
    std::unique_ptr<IndexEngine::Hold> m_hold;
};

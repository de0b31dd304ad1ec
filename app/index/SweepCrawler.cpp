// SPDX-License-Identifier: Apache-2.0

#include "SweepCrawler.h"

#include "IndexLogging.h"
#include "SweepIndex.h"
#include "SweepIndexWriter.h"
#include "api/BackgroundWork.h"
#include "api/endpoints/ListDialogsEndpoint.h"
#include "api/endpoints/ListUsersEndpoint.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

SweepCrawler::SweepCrawler(ApiClient *client, SweepIndex *index, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_index(index)
{
}

SweepCrawler::~SweepCrawler()
{
    // Answers still on their way must not land in an object that is gone; what was committed
    // stays for the next crawl, and is reported.
    m_stopping = true;
    m_writer.reset();
    if (m_running)
        m_index->setAutoCheckpoint(true);
    if (!m_client)
        return; // gone first, and its answers with it
    for (const Reading &reading : std::as_const(m_reading)) {
        if (reading.call)
            m_client->cancel(reading.call);
    }
    if (m_listCall)
        m_client->cancel(m_listCall);
    for (const ApiClient::CallId call : std::as_const(m_namesCalls))
        m_client->cancel(call);
}

QString SweepCrawler::phaseText(Phase phase)
{
    switch (phase) {
    case Phase::Idle:
        return QCoreApplication::translate("SweepCrawler", "Idle");
    case Phase::Listing:
        return QCoreApplication::translate("SweepCrawler", "Listing dialogs");
    case Phase::Reading:
        return QCoreApplication::translate("SweepCrawler", "Reading messages");
    case Phase::Naming:
        return QCoreApplication::translate("SweepCrawler", "Looking up users");
    case Phase::Done:
        return QCoreApplication::translate("SweepCrawler", "Done");
    }
    return {};
}

void SweepCrawler::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stopping = false;
    m_paused = false;
    m_progress = Progress();
    m_inFlight = 0;
    ++m_generation;
    const SweepIndex::Scope scope = m_index->scope();
    m_depth = scope.depth;
    m_sinceDate = scope.since.isValid() ? scope.since.toSecsSinceEpoch() : 0;

    m_writing.clear();
    // One crawl per application at a time, whoever runs it: another's listing cursor and
    // pending list are its own until it ends.
    m_hold = m_index->holdCrawl();
    if (!m_hold) {
        finishWith(Outcome::Failed, m_index->errorString());
        return;
    }
    m_writer = std::make_unique<SweepIndexWriter>();
    if (!m_writer->open(*m_index)) {
        finishWith(Outcome::Failed, m_writer->errorString());
        return;
    }
    m_index->setAutoCheckpoint(false);
    connect(m_writer.get(), &SweepIndexWriter::stored, this, &SweepCrawler::onStored);
    connect(m_writer.get(), &SweepIndexWriter::failed, this,
        [this](const QString &error) { finishWith(Outcome::Failed, error); });

    // Copies older than the retention are dropped and queued to be read again now.
    m_index->applyRetention(QDateTime::currentDateTimeUtc());
    if (const auto cursor = m_index->listingCursor()) {
        // A crawl that was stopped while listing: go on from its cursor.
        m_since = cursor->since;
        m_skip = cursor->skip;
        m_listingFull = cursor->full;
    } else {
        // Dialogs still queued by a crawl stopped while reading stay queued; the listing of
        // what changed since is quick and adds to them.
        m_listingFull = m_full;
        m_since = m_full ? 0 : m_index->status().highWaterMark;
        m_skip = 0;
        if (!m_index->beginListing({ m_since, 0, m_listingFull })) {
            finishWith(Outcome::Failed, m_index->errorString());
            return;
        }
    }
    m_progress.phase = Phase::Listing;
    emitProgress();
    listNextPage();
}

void SweepCrawler::pause()
{
    m_paused = true;
}

void SweepCrawler::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (!m_running)
        return;
    switch (m_progress.phase) {
    case Phase::Listing:
        if (!m_listCall)
            listNextPage();
        break;
    case Phase::Reading:
        pumpReading();
        break;
    case Phase::Naming:
        if (m_namesCalls.isEmpty())
            nameNextUsers();
        break;
    default:
        break;
    }
}

void SweepCrawler::cancel()
{
    if (!m_running)
        return;
    m_stopping = true;
    ++m_generation; // pages being parsed are dropped: their dialogs stay pending
    const QList<Reading> reading = m_reading.values();
    for (const Reading &item : reading) {
        if (item.call)
            m_client->cancel(item.call);
    }
    m_reading.clear();
    m_inFlight = 0;
    // What was read is kept: the writer finishes it before the crawl says it stopped.
    if (m_writer)
        m_writer->drain();
    if (m_listCall)
        m_client->cancel(std::exchange(m_listCall, 0));
    for (const ApiClient::CallId call : std::exchange(m_namesCalls, {}))
        m_client->cancel(call);
    finishWith(Outcome::Cancelled);
}

void SweepCrawler::listNextPage()
{
    if (m_stopping || m_paused)
        return;
    DialogQuery query;
    if (m_since > 0)
        query.updatedSince = QDateTime::fromSecsSinceEpoch(m_since, QTimeZone::utc());
    query.sortField = u"updated_at"_s;
    m_listCall = m_client->send(ListDialogsEndpoint::build(query, m_skip, m_pageSize), this,
        [this](const ApiReply &reply) { onListPage(reply); });
}

void SweepCrawler::onListPage(const ApiReply &reply)
{
    if (reply.error.kind() == ApiError::Kind::Cancelled)
        return; // cancel() or the destructor asked for it
    m_listCall = 0;
    if (m_stopping)
        return;
    const auto page = ListDialogsEndpoint::parse(reply);
    if (!page.ok()) {
        finishWith(Outcome::Failed, page.error.message());
        return;
    }
    const QList<Dialog> &items = page.value.items;
    // Keyset paging on updated_at: the next page starts at the newest time seen, skipping the
    // dialogs of that very second already stored. A dialog updated meanwhile moves behind the
    // cursor and is listed again later instead of shifting others out of sight.
    qint64 nextSince = m_since;
    int nextSkip = m_skip + int(items.size());
    if (!items.isEmpty()) {
        const qint64 newest = items.constLast().updatedAt.toSecsSinceEpoch();
        if (newest > m_since) {
            nextSince = newest;
            nextSkip = int(std::count_if(items.cbegin(), items.cend(),
                [newest](const Dialog &d) { return d.updatedAt.toSecsSinceEpoch() == newest; }));
        }
    }
    const bool last = items.size() < m_pageSize;
    m_since = nextSince;
    m_skip = nextSkip;
    // The next page is asked for before this one is stored, so the listing never waits for
    // SQLite. Its answer is handled after this returns; a crawl killed meanwhile resumes from
    // the cursor stored with this page.
    if (!last)
        listNextPage();
    int queued = 0;
    if (!m_index->storeListedPage(
            items, { nextSince, nextSkip, m_listingFull }, m_listingFull, &queued)) {
        finishWith(Outcome::Failed, m_index->errorString());
        return;
    }
    m_progress.listedDialogs += int(items.size());
    m_progress.pendingDialogs += queued;
    emitProgress();
    if (!last)
        return;
    if (!m_index->finishListing(m_since, m_listingFull)) {
        finishWith(Outcome::Failed, m_index->errorString());
        return;
    }
    startReading();
}

void SweepCrawler::startReading()
{
    m_progress.phase = Phase::Reading;
    m_progress.pendingDialogs = m_index->pendingCount();
    emitProgress();
    pumpReading();
}

void SweepCrawler::pumpReading()
{
    if (m_stopping || m_paused)
        return;
    const int window = std::max(1, m_client->limits().maxInFlight);
    // Pages being parsed and the writer's backlog are bounded too: reading waits when either
    // falls behind.
    constexpr int maxWriting = 256;
    const int maxReading = window * 3;
    while (m_inFlight < window && int(m_reading.size()) < maxReading
        && int(m_writing.size()) < maxWriting) {
        if (m_queue.empty()) {
            // The next batch from the index, without the dialogs being read or written right
            // now; a large one, so that the index is asked rarely.
            const QStringList next = m_index->pendingDialogs(
                window * 16 + int(m_reading.size()) + int(m_writing.size()));
            for (const QString &id : next) {
                if (!m_reading.contains(id) && !m_writing.contains(id))
                    m_queue.push_back(id);
            }
            if (m_queue.empty())
                break;
        }
        const QString dialogId = m_queue.front();
        m_queue.pop_front();
        m_reading.insert(dialogId, Reading { dialogId, {}, 0 });
        requestMessages(dialogId);
    }
    if (m_reading.isEmpty() && m_queue.empty() && m_writing.isEmpty()) {
        m_progress.phase = Phase::Naming;
        emitProgress();
        nameNextUsers();
    }
}

void SweepCrawler::requestMessages(const QString &dialogId)
{
    Reading &reading = m_reading[dialogId];
    MessageQuery query;
    query.dialogId = dialogId;
    query.newestFirst = true;
    const int wanted = m_sinceDate > 0
        ? ListMessagesEndpoint::defaultPageSize
        : std::min(ListMessagesEndpoint::defaultPageSize, m_depth - int(reading.messages.size()));
    ++m_inFlight;
    reading.call
        = m_client->send(ListMessagesEndpoint::build(query, int(reading.messages.size()), wanted),
            this, [this, dialogId](const ApiReply &reply) { onMessagePage(dialogId, reply); });
}

void SweepCrawler::onMessagePage(const QString &dialogId, const ApiReply &reply)
{
    if (reply.error.kind() == ApiError::Kind::Cancelled || m_stopping
        || !m_reading.contains(dialogId))
        return;
    m_reading[dialogId].call = 0;
    --m_inFlight;
    if (!reply.isSuccess()) {
        onMessagesParsed(dialogId, ListMessagesEndpoint::parse(reply));
        return;
    }
    // The window is refilled before this page is parsed, and parsing is done off this thread:
    // neither the next requests nor the window wait for it.
    pumpReading();
    const quint64 generation = m_generation;
    BackgroundWork::run(
        this, [reply] { return ListMessagesEndpoint::parse(reply); },
        [this, generation, dialogId](const ApiResult<MessagePage> &page) {
            if (generation != m_generation || m_stopping || !m_reading.contains(dialogId))
                return; // stopped meanwhile: the dialog stays pending
            onMessagesParsed(dialogId, page);
        });
}

void SweepCrawler::onMessagesParsed(const QString &dialogId, const ApiResult<MessagePage> &page)
{
    Reading &reading = m_reading[dialogId];
    if (!page.ok()) {
        const ApiError::Kind kind = page.error.kind();
        if (kind == ApiError::Kind::NotFound || kind == ApiError::Kind::Forbidden) {
            // Gone, or no longer ours to read, since it was listed.
            m_reading.remove(dialogId);
            m_writing.insert(dialogId);
            m_writer->forget(dialogId);
            pumpReading();
            return;
        }
        finishWith(Outcome::Failed, page.error.message());
        return;
    }
    const QList<Message> &items = page.value.items;
    reading.messages.append(items);
    const bool pastSince = m_sinceDate > 0 && !items.isEmpty()
        && items.constLast().sentAt.toSecsSinceEpoch() < m_sinceDate;
    const bool full = m_sinceDate == 0 && int(reading.messages.size()) >= m_depth;
    const int asked
        = page.value.limit > 0 ? page.value.limit : ListMessagesEndpoint::defaultPageSize;
    if (items.isEmpty() || int(items.size()) < asked || pastSince || full) {
        completeDialog(dialogId);
        return;
    }
    if (m_paused) {
        // Resumed from the start of this dialog: nothing of it was stored yet.
        m_reading.remove(dialogId);
        m_queue.push_front(dialogId);
        return;
    }
    requestMessages(dialogId);
}

void SweepCrawler::completeDialog(const QString &dialogId)
{
    QList<Message> messages = m_reading.take(dialogId).messages;
    if (m_sinceDate > 0) {
        messages.removeIf(
            [this](const Message &m) { return m.sentAt.toSecsSinceEpoch() < m_sinceDate; });
    } else if (messages.size() > m_depth) {
        messages.resize(m_depth);
    }
    m_writing.insert(dialogId);
    m_writer->store(dialogId, messages);
    pumpReading();
}

void SweepCrawler::onStored(const QStringList &dialogIds, const QList<int> &messageCounts)
{
    for (qsizetype i = 0; i < dialogIds.size(); ++i) {
        m_writing.remove(dialogIds.at(i));
        const int count = messageCounts.at(i);
        if (count < 0)
            continue; // forgotten, not read
        ++m_progress.readDialogs;
        m_progress.messages += count;
        m_progress.pendingDialogs = std::max(0, m_progress.pendingDialogs - 1);
        Q_EMIT dialogRead(dialogIds.at(i), count);
    }
    if (!m_running)
        return;
    emitProgress();
    pumpReading();
}

void SweepCrawler::nameNextUsers()
{
    if (m_stopping || m_paused)
        return;
    // A window of pages at once, each for its own ids; the next round when all are stored.
    const int window = std::max(1, m_client->limits().maxInFlight);
    const QList<qint64> all = m_index->usersWithoutNames(ListUsersEndpoint::maxPerPage * window);
    if (all.isEmpty()) {
        m_index->finishCrawl();
        finishWith(Outcome::Completed);
        return;
    }
    for (qsizetype first = 0; first < all.size(); first += ListUsersEndpoint::maxPerPage)
        requestNames(all.mid(first, ListUsersEndpoint::maxPerPage));
}

void SweepCrawler::requestNames(const QList<qint64> &ids)
{
    // The call's id, for its answer to take it off the list. A request the client refuses at
    // once answers before send() returns, and is never on it.
    struct Sent {
        ApiClient::CallId id = 0;
        bool answered = false;
    };
    auto call = std::make_shared<Sent>();
    const ApiClient::CallId sent = m_client->send(
        ListUsersEndpoint::build(UserSearch::forIds(ids), 1, ListUsersEndpoint::maxPerPage), this,
        [this, ids, call](const ApiReply &reply) {
            if (reply.error.kind() == ApiError::Kind::Cancelled)
                return; // cancel() or the destructor asked for it
            call->answered = true;
            m_namesCalls.remove(call->id);
            if (m_stopping)
                return;
            const auto page = ListUsersEndpoint::parse(reply);
            if (!page.ok() && page.error.kind() != ApiError::Kind::NotFound) {
                finishWith(Outcome::Failed, page.error.message());
                return;
            }
            // Users the server does not return (deleted accounts) are stored without a name, so
            // that they are not asked for again.
            QList<ChatUser> users = page.ok() ? page.value.items : QList<ChatUser>();
            QSet<qint64> found;
            for (const ChatUser &user : std::as_const(users))
                found.insert(user.id);
            for (const qint64 id : ids) {
                if (!found.contains(id)) {
                    ChatUser unknown;
                    unknown.id = id;
                    users.append(unknown);
                }
            }
            if (!m_index->storeUsers(users)) {
                finishWith(Outcome::Failed, m_index->errorString());
                return;
            }
            if (m_namesCalls.isEmpty())
                nameNextUsers();
        });
    call->id = sent;
    if (!call->answered)
        m_namesCalls.insert(sent);
}

void SweepCrawler::finishWith(Outcome outcome, const QString &error)
{
    if (!m_running)
        return;
    if (outcome == Outcome::Failed)
        qCWarning(lcIndex, "Crawl stopped: %s", qUtf8Printable(error));
    m_running = false;
    m_stopping = true;
    ++m_generation;
    m_queue.clear();
    // The writer's connection goes with the crawl: the index may be forgotten next.
    if (m_writer) {
        m_writer->drain();
        disconnect(m_writer.get(), nullptr, this, nullptr);
        m_writer->close();
        // Not deleted here: this may run inside one of its signals.
        m_writer->setParent(this);
        m_writer.release()->deleteLater();
    }
    m_writing.clear();
    m_index->setAutoCheckpoint(true);
    m_progress.phase = outcome == Outcome::Completed ? Phase::Done : Phase::Idle;
    m_progress.pendingDialogs = m_index->pendingCount();
    m_hold.reset();
    emitProgress();
    Q_EMIT finished(outcome, error);
}

void SweepCrawler::emitProgress()
{
    Q_EMIT progressChanged(m_progress);
}

// SPDX-License-Identifier: Apache-2.0

#include "DialogListLoader.h"

#include "DialogTableModel.h"
#include "api/DialogCollector.h"
#include "api/UserDirectory.h"
#include "api/endpoints/PageNumbers.h"

#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

DialogListLoader::DialogListLoader(
    ApiClient *client, DialogTableModel *model, UserDirectory *users, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_users(users)
{
    m_insertTimer.setSingleShot(true);
    m_insertTimer.setInterval(defaultInsertIntervalMs);
    connect(&m_insertTimer, &QTimer::timeout, this, &DialogListLoader::insertWaiting);
}

void DialogListLoader::setQuery(const DialogQuery &query)
{
    m_waiting.clear(); // the table is cleared below
    cancel();
    delete std::exchange(m_failedCollector, nullptr);
    m_failedSkip = -1;
    m_query = query;
    m_model->clear();
    m_nextSkip = 0;
    m_total = -1;
    Q_EMIT totalChanged(m_total);
    requestPage(0);
}

bool DialogListLoader::canLoadMore() const
{
    // After a failure only resume() (Retry) goes on: scrolling must not hammer a failing server.
    return !isLoading() && m_total >= 0 && m_nextSkip < m_total && m_failedSkip < 0
        && !m_failedCollector;
}

void DialogListLoader::loadMore()
{
    if (canLoadMore())
        requestPage(m_nextSkip);
}

void DialogListLoader::requestPage(int skip)
{
    const bool wasLoading = isLoading();
    const quint64 generation = m_generation;
    const int limit = ListDialogsEndpoint::defaultPageSize;
    m_pageCall = m_client->send(ListDialogsEndpoint::build(m_query, skip, limit), this,
        [this, generation, skip, limit](const ApiReply &reply) {
            if (generation != m_generation)
                return;
            const bool loading = isLoading();
            m_pageCall = 0;
            const auto page = ListDialogsEndpoint::parse(reply);
            if (!page.ok()) {
                setLoading(loading);
                if (page.error.kind() != ApiError::Kind::Cancelled) {
                    m_failedSkip = skip;
                    Q_EMIT failed(page.error);
                }
                return;
            }
            const int count = static_cast<int>(page.value.items.size());
            if (const auto oversized
                = PageNumbers::oversizedPage(count, limit, u"dialogs"_s, reply)) {
                setLoading(loading);
                m_failedSkip = skip;
                Q_EMIT failed(*oversized);
                return;
            }
            // The next page follows what was asked for, not the skip the server echoes; an
            // empty page ends the list whatever total the server claims.
            m_nextSkip = skip + count;
            const int total = count == 0 ? m_nextSkip : page.value.totalEntries;
            if (m_total != total) {
                m_total = total;
                Q_EMIT totalChanged(m_total);
            }
            addDialogs(page.value.items);
            Q_EMIT progressChanged(m_model->rowCount(), m_total);
            setLoading(loading);
        });
    setLoading(wasLoading);
}

void DialogListLoader::loadAll()
{
    if (m_collector)
        return;
    if (m_failedCollector && m_failedCollector->canResume()) {
        resume();
        return;
    }
    m_failedSkip = -1;
    const bool wasLoading = isLoading();
    if (m_pageCall) {
        m_client->cancel(m_pageCall);
        m_pageCall = 0;
    }
    ++m_generation;
    m_collector = new DialogCollector(m_client, this);
    connect(m_collector, &DialogCollector::totalKnown, this, [this](int total) {
        m_total = total;
        Q_EMIT totalChanged(total);
    });
    connect(
        m_collector, &DialogCollector::pageLoaded, this, [this](int, const QList<Dialog> &dialogs) {
            m_waiting.append(dialogs);
            Q_EMIT progressChanged(m_collector->loadedCount(), m_total);
            if (m_waiting.size() >= m_insertBatchRows)
                insertWaiting();
            else if (!m_insertTimer.isActive())
                m_insertTimer.start();
        });
    const auto done = [this] {
        insertWaiting();
        const bool loading = isLoading();
        m_nextSkip = m_model->rowCount();
        const int serverTotal = m_collector->serverTotal();
        if (serverTotal > m_collector->totalEntries() && m_collector->totalEntries() >= 0)
            Q_EMIT limitReached(m_model->rowCount(), serverTotal);
        m_collector->deleteLater();
        m_collector = nullptr;
        setLoading(loading);
    };
    connect(m_collector, &DialogCollector::finished, this, done);
    connect(m_collector, &DialogCollector::failed, this, [this](const ApiError &error) {
        insertWaiting();
        const bool loading = isLoading();
        m_nextSkip = m_model->rowCount();
        // Kept, not deleted: it knows which pages are missing.
        delete m_failedCollector;
        m_failedCollector = std::exchange(m_collector, nullptr);
        setLoading(loading);
        Q_EMIT failed(error);
    });
    m_collector->start(m_query, m_loadAllLimit);
    setLoading(wasLoading);
}

void DialogListLoader::resume()
{
    if (isLoading())
        return;
    if (m_failedCollector && m_failedCollector->canResume()) {
        const bool wasLoading = isLoading();
        m_collector = std::exchange(m_failedCollector, nullptr);
        m_collector->resume();
        setLoading(wasLoading);
        return;
    }
    if (m_failedSkip >= 0) {
        requestPage(std::exchange(m_failedSkip, -1));
        return;
    }
    if (m_total < 0)
        reload(); // nothing came yet: the first page, again
}

void DialogListLoader::cancel()
{
    const bool wasLoading = isLoading();
    ++m_generation;
    if (m_pageCall) {
        m_client->cancel(m_pageCall);
        m_pageCall = 0;
    }
    if (m_collector) {
        insertWaiting(); // what came stays
        m_collector->cancel();
        m_collector->deleteLater();
        m_collector = nullptr;
        m_nextSkip = m_model->rowCount();
    }
    setLoading(wasLoading);
}

void DialogListLoader::forgetDialogs(const QStringList &ids)
{
    // A gathered dialog that left the list must not come back with its batch.
    insertWaiting();
    const int before = m_model->rowCount();
    m_model->removeDialogs(ids);
    const int gone = before - m_model->rowCount();
    if (gone == 0)
        return;
    m_nextSkip = std::max(0, m_nextSkip - gone);
    if (m_total >= 0) {
        m_total = std::max(0, m_total - gone);
        Q_EMIT totalChanged(m_total);
    }
}

void DialogListLoader::addDialogs(const QList<Dialog> &dialogs)
{
    m_model->appendPage(dialogs);
    QSet<qint64> owners;
    for (const Dialog &dialog : dialogs)
        owners.insert(dialog.ownerId);
    m_users->resolve(QList<qint64>(owners.cbegin(), owners.cend()));
}

void DialogListLoader::insertWaiting()
{
    m_insertTimer.stop();
    if (!m_waiting.isEmpty())
        addDialogs(std::exchange(m_waiting, {}));
}

void DialogListLoader::setLoading(bool wasLoading)
{
    if (wasLoading != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

// SPDX-License-Identifier: Apache-2.0

#include "UserListLoader.h"

#include "UserTableModel.h"
#include "api/UserCollector.h"
#include "api/endpoints/PageNumbers.h"

#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;

UserListLoader::UserListLoader(ApiClient *client, UserTableModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_page(client)
{
}

std::optional<UserSearch> UserListLoader::searchFor(
    UserSearch::By by, const QString &text, QString *problem)
{
    const QString trimmed = text.trimmed();
    UserSearch search;
    search.by = by;
    switch (by) {
    case UserSearch::By::Everyone:
        return search;
    case UserSearch::By::Ids: {
        const QStringList words
            = trimmed.split(QRegularExpression(u"[\\s,;]+"_s), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            bool ok = false;
            const qint64 id = word.toLongLong(&ok);
            if (!ok || id <= 0) {
                *problem = tr("\"%1\" is not a user id: ids are whole numbers.").arg(word);
                return std::nullopt;
            }
            search.ids.append(id);
        }
        if (search.ids.isEmpty()) {
            *problem = tr("Type one or more user ids.");
            return std::nullopt;
        }
        return search;
    }
    case UserSearch::By::FullName:
        if (trimmed.size() < 3) {
            *problem = tr("Searching by name needs at least 3 characters.");
            return std::nullopt;
        }
        break;
    case UserSearch::By::Login:
    case UserSearch::By::LoginPrefix:
    case UserSearch::By::Email:
    case UserSearch::By::Tags:
        if (trimmed.isEmpty()) {
            *problem = tr("Type what to search for.");
            return std::nullopt;
        }
        break;
    }
    search.text = trimmed;
    return search;
}

std::optional<UserSearch> UserListLoader::detect(const QString &text, QString *problem)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *problem = tr("Type ids, a login, a name or an email. To list everyone, choose \"All "
                      "users\".");
        return std::nullopt;
    }
    static const QRegularExpression idList(u"^[\\d\\s,;]+$"_s);
    if (idList.match(trimmed).hasMatch())
        return searchFor(UserSearch::By::Ids, trimmed, problem);
    if (trimmed.contains(u'@'))
        return searchFor(UserSearch::By::Email, trimmed, problem);
    if (trimmed.contains(QRegularExpression(u"\\s"_s)))
        return searchFor(UserSearch::By::FullName, trimmed, problem);
    auto search = searchFor(UserSearch::By::LoginPrefix, trimmed, problem);
    if (search && trimmed.size() >= 3)
        search->otherwise = UserSearch::By::FullName;
    return search;
}

QString UserListLoader::modeName(UserSearch::By by)
{
    switch (by) {
    case UserSearch::By::Everyone:
        return tr("all users");
    case UserSearch::By::FullName:
        return tr("full name");
    case UserSearch::By::Login:
        return tr("login");
    case UserSearch::By::LoginPrefix:
        return tr("login starts with");
    case UserSearch::By::Email:
        return tr("email");
    case UserSearch::By::Tags:
        return tr("tag");
    case UserSearch::By::Ids:
        return tr("id");
    }
    return {};
}

void UserListLoader::setSearch(const UserSearch &search)
{
    cancel();
    m_search = search;
    m_model->clear();
    m_nextPage = 1;
    m_total = -1;
    requestPage(1, true);
}

bool UserListLoader::canLoadMore() const
{
    return !isLoading() && (m_page.isReady() || (m_total >= 0 && m_model->rowCount() < m_total));
}

void UserListLoader::loadMore()
{
    if (!canLoadMore())
        return;
    if (m_page.isReady()) {
        const UserPage page = m_page.take();
        showPage(page.items, page.totalEntries);
        return;
    }
    if (m_page.isOnItsWay()) {
        // The page is already on its way: shown as soon as it comes.
        m_page.showOnArrival();
        Q_EMIT loadingChanged(true);
        return;
    }
    requestPage(m_nextPage, true);
}

void UserListLoader::loadAll()
{
    if (m_collector)
        return;
    const bool wasLoading = isLoading();
    m_page.drop();
    m_collector = new UserCollector(m_client, this);
    connect(m_collector, &UserCollector::totalKnown, this,
        [this](int total) { m_total = std::max(total, m_model->rowCount()); });
    connect(
        m_collector, &UserCollector::pageLoaded, this, [this](int, const QList<ChatUser> &users) {
            // The rows already shown came from the same list: each user once.
            QList<ChatUser> fresh;
            for (const ChatUser &user : users) {
                if (m_model->rowOf(user.id) < 0)
                    fresh.append(user);
            }
            m_model->appendPage(fresh);
            Q_EMIT progressChanged(m_model->rowCount(), m_total);
        });
    const auto stop = [this] {
        const bool loading = isLoading();
        m_collector->deleteLater();
        m_collector = nullptr;
        m_nextPage = m_model->rowCount() / pageSize + 1;
        announceLoadingChange(this, loading);
    };
    connect(m_collector, &UserCollector::finished, this, [this, stop] {
        const int serverTotal = m_collector->serverTotal();
        const bool capped = serverTotal > m_collector->totalEntries();
        // Everything there was is here, whatever the total claimed.
        if (!capped)
            m_total = m_model->rowCount();
        stop();
        Q_EMIT pageLoaded(m_model->rowCount(), m_total);
        if (capped)
            Q_EMIT limitReached(m_model->rowCount(), serverTotal);
    });
    connect(m_collector, &UserCollector::failed, this, [this, stop](const ApiError &error) {
        stop();
        Q_EMIT failed(error);
    });
    m_collector->start(m_search, m_loadAllLimit);
    announceLoadingChange(this, wasLoading);
}

void UserListLoader::cancel()
{
    const bool wasLoading = isLoading();
    m_page.drop();
    if (m_collector) {
        m_collector->cancel();
        m_collector->deleteLater();
        m_collector = nullptr;
        m_nextPage = m_model->rowCount() / pageSize + 1;
    }
    announceLoadingChange(this, wasLoading);
}

void UserListLoader::prefetch()
{
    if (m_page.isIdle() && !m_collector && m_total >= 0 && m_model->rowCount() < m_total)
        requestPage(m_nextPage, false);
}

void UserListLoader::showPage(const QList<ChatUser> &users, int totalEntries)
{
    const int count = static_cast<int>(users.size());
    QList<ChatUser> fresh;
    for (const ChatUser &user : users) {
        if (m_model->rowOf(user.id) < 0)
            fresh.append(user);
    }
    m_model->appendPage(fresh);
    ++m_nextPage;
    // A page shorter than asked is the last, whatever the total claims.
    m_total = count < pageSize ? m_model->rowCount() : std::max(totalEntries, m_model->rowCount());
    Q_EMIT pageLoaded(m_model->rowCount(), m_total);
    prefetch();
}

void UserListLoader::requestPage(int page, bool show)
{
    m_page.send(ListUsersEndpoint::build(m_search, page, pageSize), show, this,
        [this, page](const ApiReply &reply, bool shown) {
            const auto result = ListUsersEndpoint::parse(reply);
            if (shown)
                Q_EMIT loadingChanged(false);
            if (!result.ok()) {
                // A page fetched ahead that failed is asked for again when it is wanted.
                if (shown && result.error.kind() != ApiError::Kind::Cancelled)
                    Q_EMIT failed(result.error);
                return;
            }
            const int count = static_cast<int>(result.value.items.size());
            if (const auto oversized
                = PageNumbers::oversizedPage(count, pageSize, u"users"_s, reply)) {
                if (shown)
                    Q_EMIT failed(*oversized);
                return;
            }
            if (page == 1 && result.value.items.isEmpty() && m_search.otherwise) {
                // Nobody this way: the same text the other way, as one search.
                m_search.by = *std::exchange(m_search.otherwise, std::nullopt);
                requestPage(1, true);
                return;
            }
            if (shown) {
                showPage(result.value.items, result.value.totalEntries);
            } else {
                m_page.hold(result.value);
            }
        });
    if (show)
        Q_EMIT loadingChanged(true);
}

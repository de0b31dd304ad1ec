// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiClient.h"

#include <optional>
#include <utility>

// The one page a list loader keeps beyond what it shows: either asked for to be shown, with
// the moderator waiting for it, or fetched ahead while the moderator reads and held until "load
// more" shows it at once. Dropping it cancels its call; an answer already on its way is ignored.
template<typename Page> class PageAhead final {
public:
    explicit PageAhead(ApiClient *client)
        : m_client(client)
    {
    }
    Q_DISABLE_COPY_MOVE(PageAhead)

    bool isOnItsWay() const { return m_call != 0; }
    // Neither on its way nor held: a page may be fetched ahead.
    bool isIdle() const { return m_call == 0 && !m_held.has_value(); }
    // Asked for to be shown and not here yet: the moderator waits for it.
    bool isAwaited() const { return m_call != 0 && m_showOnArrival; }
    // Fetched ahead and not asked for yet, on its way or held.
    bool isAhead() const { return m_held.has_value() || (m_call != 0 && !m_showOnArrival); }
    // Came while the moderator read: "load more" shows it at once.
    bool isReady() const { return m_held.has_value(); }
    Page take() { return *std::exchange(m_held, std::nullopt); }
    void hold(Page page) { m_held = std::move(page); }
    // The page fetched ahead and still on its way is shown when it comes.
    void showOnArrival() { m_showOnArrival = true; }

    // Sends the request for a page to show at once (show) or to hold. onAnswer(reply, shown)
    // gets its answer unless the page was dropped meanwhile; shown says whether it was asked
    // for to be shown by then.
    template<typename OnAnswer>
    void send(const ApiRequest &request, bool show, QObject *context, OnAnswer onAnswer)
    {
        m_showOnArrival = show;
        m_call = m_client->send(request, context,
            [this, generation = m_generation, onAnswer = std::move(onAnswer)](
                const ApiReply &reply) {
                if (generation != m_generation)
                    return;
                m_call = 0;
                onAnswer(reply, std::exchange(m_showOnArrival, false));
            });
    }

    void drop()
    {
        ++m_generation; // an answer to a cancelled call arrives later and is ignored
        m_held.reset();
        m_showOnArrival = false;
        if (m_call)
            m_client->cancel(std::exchange(m_call, 0));
    }

private:
    ApiClient *m_client;
    ApiClient::CallId m_call = 0;
    bool m_showOnArrival = false;
    std::optional<Page> m_held;
    quint64 m_generation = 0;
};

// Emits loader->loadingChanged() when loader->isLoading() is no longer wasLoading.
template<typename Loader> void announceLoadingChange(Loader *loader, bool wasLoading)
{
    if (wasLoading != loader->isLoading())
        Q_EMIT loader->loadingChanged(loader->isLoading());
}

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

// Runs work() on Qt's shared worker pool, then done(result) on context's thread, unless context
// has been destroyed by then. For pure work on values (parsing an answer, rendering output) that
// would otherwise hold the event loop while the next requests wait to leave. work must touch
// nothing but what it captured by value.
namespace BackgroundWork {

template<typename Work, typename Done> void run(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto promise = std::make_shared<QPromise<Result>>();
    promise->start();
    // A watcher owned by context, not QFuture::then(context, …): with Qt 6.4 a continuation
    // with a context can touch the finished future after it is gone, and crash one run in
    // thousands. The watcher goes with context, and done() with it.
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context,
        [watcher, done = std::move(done)]() mutable {
            const Result result = watcher->result();
            watcher->deleteLater();
            done(result);
        });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace BackgroundWork

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QFuture>
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
    QFuture<Result> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    future.then(context, [done = std::move(done)](const Result &result) mutable { done(result); });
}

} // namespace BackgroundWork

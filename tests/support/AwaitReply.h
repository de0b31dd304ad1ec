// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiClient.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

// Sends one request and waits, with a bound, for its answer.
inline std::optional<ApiReply> awaitReply(
    ApiClient &client, const ApiRequest &request, int timeoutMs = 15000)
{
    std::optional<ApiReply> result;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    client.send(request, &loop, [&result, &loop](const ApiReply &reply) {
        result = reply;
        loop.quit();
    });
    timer.start(timeoutMs);
    loop.exec();
    return result;
}

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiRequest.h"
#include "api/ApiResult.h"
#include "domain/Dialog.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

// Server-side filters for GET /chat/Dialog.json.
struct DialogQuery {
    QList<DialogType> types;
    QString nameContains;
    QDateTime lastActivityBefore;
    QDateTime lastActivityAfter;
    // Dialogs updated at or after this time (updated_at[gte]): what changed since a crawl.
    QDateTime updatedSince;
    QString sortField; // an API field name, e.g. last_message_date_sent; empty: server default
    bool sortDescending = false;
    std::optional<qint64> onBehalfOf;
    // Only dialogs this user is a member of (occupants_ids[all]): the caller's dialogs that they
    // share with the user, for a session login that cannot act on behalf of anyone.
    std::optional<qint64> occupantId;
    // Only these dialogs (_id[in]): many dialogs read in one request.
    QStringList ids;
};

struct DialogPage {
    int totalEntries = 0;
    int skip = 0;
    int limit = 0;
    QList<Dialog> items;
};

// GET /chat/Dialog.json → {"total_entries","skip","limit","items":[...]}.
class ListDialogsEndpoint final {
public:
    static constexpr int defaultPageSize = 100;

    static ApiRequest build(const DialogQuery &query, int skip, int limit);
    static ApiResult<DialogPage> parse(const ApiReply &reply);
};

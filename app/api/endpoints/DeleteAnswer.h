// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiRequest.h"
#include "domain/DeleteOutcome.h"

#include <QList>
#include <QStringList>

// Reads the answer to DELETE /chat/Dialog/{ids}.json and DELETE /chat/Message/{ids}.json, which
// share one format: 200 with an empty body for one id; for several, the buckets
// SuccessfullyDeleted / NotFound / WrongPermissions, any of which may be missing; 403 or 404 for
// the whole request.
class DeleteAnswer final {
public:
    struct Buckets {
        QStringList deleted;
        QStringList notFound;
        QStringList wrongPermissions;
        bool present = false; // at least one bucket key was in the answer
    };

    struct Interpretation {
        QList<DeleteOutcome> outcomes; // ids whose fate is settled by this answer
        QStringList resendEach; // ids the answer did not settle: ask again, one at a time
        bool splitBatch = false; // a whole-request 403/404: split the batch to find which ids
    };

    static Buckets parseBuckets(const QByteArray &body, bool *isJsonObject = nullptr);
    static Interpretation interpret(const QStringList &ids, const ApiReply &reply);
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ApiRequest.h"

#include <QStringList>

// DELETE /chat/Dialog/{id,id,...}.json. Without force the dialogs leave the acting user's list
// only; force=1 (owner only) deletes them for every member. force travels form-encoded in the
// body, as the service's JavaScript SDK sends it. The answer is read by DeleteAnswer.
class DeleteDialogsEndpoint final {
public:
    static ApiRequest build(
        const QStringList &dialogIds, bool force, std::optional<qint64> onBehalfOf);
};

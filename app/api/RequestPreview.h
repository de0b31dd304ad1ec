// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiRequest.h"

#include <QJsonObject>
#include <QString>

// A request as a dry run shows it, exactly as it would leave but never sent: the verb, the path
// with its query, On-Behalf-Of and the body. Credentials are added later by AccessManager and
// are never part of it.
namespace RequestPreview {

// "DELETE /chat/Dialog/a,b.json?force=1  On-Behalf-Of: 12  {…}"
QString line(const ApiRequest &request);
// {"verb","path","body"} and "on_behalf_of" when set.
QJsonObject json(const ApiRequest &request);

} // namespace RequestPreview

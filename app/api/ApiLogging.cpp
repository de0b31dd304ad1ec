// SPDX-License-Identifier: Apache-2.0

#include "ApiLogging.h"

Q_LOGGING_CATEGORY(lcApi, "qbmod.api", QtInfoMsg)

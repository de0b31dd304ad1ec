// SPDX-License-Identifier: Apache-2.0

#include "AuthLogging.h"

Q_LOGGING_CATEGORY(lcAuth, "qbmod.auth", QtInfoMsg)

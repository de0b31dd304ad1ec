// SPDX-License-Identifier: Apache-2.0

#include "IndexLogging.h"

Q_LOGGING_CATEGORY(lcIndex, "qbmod.index", QtInfoMsg)

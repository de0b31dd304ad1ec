// SPDX-License-Identifier: Apache-2.0

#include "JournalLogging.h"

Q_LOGGING_CATEGORY(lcJournal, "qbmod.journal", QtInfoMsg)

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLoggingCategory>

// qbmod.journal: the moderation journal, evidence and reconciliation.
Q_DECLARE_LOGGING_CATEGORY(lcJournal)

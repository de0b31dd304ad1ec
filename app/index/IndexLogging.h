// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLoggingCategory>

// qbmod.index: the local index, its crawler and its queries.
Q_DECLARE_LOGGING_CATEGORY(lcIndex)

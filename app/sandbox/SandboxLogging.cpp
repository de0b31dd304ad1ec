// SPDX-License-Identifier: Apache-2.0

#include "SandboxLogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "qbmod.sandbox")

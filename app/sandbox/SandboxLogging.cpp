#include "SandboxLogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "qbmod.sandbox")

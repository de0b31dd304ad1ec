#include "ApiLogging.h"

Q_LOGGING_CATEGORY(lcApi, "qbmod.api", QtInfoMsg)

#include "AuthLogging.h"

Q_LOGGING_CATEGORY(lcAuth, "qbmod.auth", QtInfoMsg)

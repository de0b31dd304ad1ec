#include "IndexLogging.h"

Q_LOGGING_CATEGORY(lcIndex, "qbmod.index", QtInfoMsg)

#include "JournalLogging.h"

Q_LOGGING_CATEGORY(lcJournal, "qbmod.journal", QtInfoMsg)

#include "CtlCommand.h"

int CtlCommand::exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return ExitSuccess;
    case ApiError::Kind::Unauthorised:
        return ExitAuthFailed;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return ExitUnreachable;
    case ApiError::Kind::Validation:
        // Refused before sending (for instance On-Behalf-Of without an API key) is a usage error.
        return error.httpStatus() == 0 ? ExitUsage : ExitPartial;
    default:
        return ExitPartial;
    }
}

void CtlCommand::failWith(const ApiError &error)
{
    m_context.io->err << tr("qbmodctl: %1").arg(error.message()) << Qt::endl;
    Q_EMIT finished(exitCodeFor(error));
}

void CtlCommand::usageError(const QString &message)
{
    m_context.io->err << tr("qbmodctl: %1").arg(message) << Qt::endl;
    Q_EMIT finished(ExitUsage);
}

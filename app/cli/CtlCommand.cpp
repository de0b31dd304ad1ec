// SPDX-License-Identifier: Apache-2.0

#include "CtlCommand.h"

#include "api/RequestPreview.h"
#include "support/InertText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

int CtlCommand::exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return ExitSuccess;
    case ApiError::Kind::Unauthorised:
        return ExitAuthFailed;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Redirected:
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
    m_context.io->err << tr("qbmodctl: %1").arg(InertText::forTerminal(error.message()))
                      << Qt::endl;
    Q_EMIT finished(exitCodeFor(error));
}

void CtlCommand::usageError(const QString &message)
{
    m_context.io->err << tr("qbmodctl: %1").arg(message) << Qt::endl;
    Q_EMIT finished(ExitUsage);
}

std::optional<ModerationGuard> CtlCommand::guardForRun(
    const Journal *journal, bool *protectionOverridden)
{
    const QCommandLineParser &parser = *m_context.parser;
    const QString protectedText = parser.isSet(u"protected-users"_s)
        ? parser.value(u"protected-users"_s)
        : m_context.io->environment.value(u"QBMOD_PROTECTED_USERS"_s);
    QString error;
    const std::optional<QSet<qint64>> protectedUsers
        = ModerationGuard::parseUserIds(protectedText, &error);
    if (!protectedUsers) {
        usageError(tr("protected users: %1").arg(error));
        return std::nullopt;
    }
    ModerationGuard guard = m_context.moderation.guard(m_context.store, journal);
    // Protection only ever adds up: an option cannot unprotect whom the settings protect.
    guard.setProtectedUsers(guard.protectedUsers() | *protectedUsers);
    *protectionOverridden = false;
    if (const auto problem = guard.actingProblem(m_context.onBehalfOf)) {
        if (!parser.isSet(u"override-protection"_s)) {
            usageError(*problem + u' ' + tr("Nothing was sent."));
            return std::nullopt;
        }
        *protectionOverridden = true;
    }
    return guard;
}

void CtlCommand::finishDryRun(const QList<ApiRequest> &requests)
{
    QTextStream &out = m_context.io->out;
    if (m_context.json) {
        QJsonArray array;
        for (const ApiRequest &request : requests)
            array.append(RequestPreview::json(request));
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject { { u"dry_run"_s, true }, { u"requests"_s, array } })
                .toJson(QJsonDocument::Compact))
            << Qt::endl;
    } else {
        for (const ApiRequest &request : requests)
            out << RequestPreview::line(request) << Qt::endl;
        m_context.io->err << tr("Dry run: %n request(s) shown, nothing was sent.", nullptr,
            static_cast<int>(requests.size()))
                          << Qt::endl;
    }
    Q_EMIT finished(ExitSuccess);
}

QJsonObject CtlCommand::outcomeBuckets(
    const QList<CtlOutcome> &outcomes, const QStringList &bucketNames)
{
    QHash<QString, QJsonArray> buckets;
    QJsonArray failed;
    for (const CtlOutcome &outcome : outcomes) {
        if (bucketNames.contains(outcome.resultName)) {
            buckets[outcome.resultName].append(outcome.id);
            continue;
        }
        failed.append(QJsonObject { { u"id"_s, outcome.id },
            { u"error"_s, outcome.detail.isEmpty() ? outcome.resultText : outcome.detail },
            { u"result"_s, outcome.resultName } });
    }
    QJsonObject object { { u"requested"_s, static_cast<int>(outcomes.size()) },
        { u"failed"_s, failed } };
    for (const QString &name : bucketNames)
        object.insert(name, buckets.value(name));
    return object;
}

void CtlCommand::printOutcomeLines(const QList<CtlOutcome> &outcomes, const QString &successName)
{
    for (const CtlOutcome &outcome : outcomes) {
        if (outcome.resultName == successName)
            continue;
        QString line = outcome.id + u"  "_s + outcome.resultText;
        if (!outcome.detail.isEmpty())
            line += u": "_s + outcome.detail;
        m_context.io->out << InertText::forTerminal(line) << Qt::endl;
    }
}

// SPDX-License-Identifier: Apache-2.0

#include "DialogsRemoveMemberCommand.h"

#include "DeleteCommand.h"
#include "api/ApiClient.h"
#include "api/endpoints/UpdateDialogEndpoint.h"
#include "domain/ObjectId.h"
#include "moderation/JournalRecorder.h"
#include "moderation/MemberRemovalEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

DialogsRemoveMemberCommand::~DialogsRemoveMemberCommand() = default;

bool DialogsRemoveMemberCommand::readArguments()
{
    const QCommandLineParser &parser = *m_context.parser;
    bool ok = false;
    m_userId = parser.value(u"user"_s).toLongLong(&ok);
    if (!parser.isSet(u"user"_s) || !ok || m_userId <= 0) {
        usageError(tr("--user needs the id of the user to remove (a positive number)."));
        return false;
    }
    QStringList raw;
    for (const QString &argument : std::as_const(m_context.arguments))
        raw.append(DeleteCommand::idsFromText(argument));
    QStringList invalid;
    m_ids = ObjectId::normalised(raw, &invalid);
    if (!invalid.isEmpty()) {
        usageError(tr("%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.",
            nullptr, static_cast<int>(invalid.size()))
                       .arg(invalid.mid(0, 5).join(u", "_s)));
        return false;
    }
    if (m_ids.isEmpty()) {
        usageError(tr("No dialog ids given."));
        return false;
    }

    m_reason = parser.value(u"reason"_s).trimmed();
    std::optional<ModerationGuard> guard = guardForRun(&m_protectionOverridden);
    if (!guard)
        return false;
    m_guard = *guard;
    return true;
}

void DialogsRemoveMemberCommand::start()
{
    if (!readArguments())
        return;
    const QCommandLineParser &parser = *m_context.parser;
    if (parser.isSet(u"dry-run"_s)) {
        finishDryRun(MemberRemovalEngine::plannedRequests(m_ids, m_userId, m_context.onBehalfOf));
        return;
    }
    if (const auto problem = m_guard.missingReason(m_reason, false, m_context.onBehalfOf)) {
        usageError(*problem + u' ' + tr("Nothing was sent."));
        return;
    }
    if (!parser.isSet(u"yes"_s) && !confirm())
        return;

    // Nothing changes without a journal to record it.
    m_journal = std::make_unique<Journal>();
    if (!m_journal->open(m_context.journalPath)) {
        usageError(tr("%1 Nothing was sent.").arg(m_journal->errorString()));
        return;
    }
    startRemoving();
}

bool DialogsRemoveMemberCommand::confirm()
{
    QTextStream &err = m_context.io->err;
    if (!m_context.io->stdinIsTerminal || !m_context.io->in) {
        usageError(tr("Refusing to remove members without confirmation: pass --yes, or run on a "
                      "terminal to be asked."));
        return false;
    }
    err << tr("Remove user %1 from %n dialog(s)?", nullptr, static_cast<int>(m_ids.size()))
               .arg(m_userId)
        << Qt::endl
        << tr("Continue? [y/N] ") << Qt::flush;
    const QString answer = QString::fromUtf8(m_context.io->in->readLine()).trimmed();
    const bool confirmed = answer.compare(u"y"_s, Qt::CaseInsensitive) == 0
        || answer.compare(u"yes"_s, Qt::CaseInsensitive) == 0;
    if (!confirmed) {
        err << tr("Nobody was removed.") << Qt::endl;
        Q_EMIT finished(ExitUsage);
    }
    return confirmed;
}

void DialogsRemoveMemberCommand::startRemoving()
{
    Journal::Run run = Journal::Run::forConnection(
        m_context.client->connection(), m_context.profileName, m_context.apiKeyFingerprint);
    run.actingUserId = m_context.onBehalfOf;
    run.setMemberRemoval(m_userId, m_reason);
    run.protectionOverridden = m_protectionOverridden;

    m_engine = new MemberRemovalEngine(m_context.client, this);
    m_recorder = new JournalRecorder(m_journal.get(), m_engine, this);
    if (!m_recorder->begin(run, m_ids)) {
        usageError(tr("%1 Nothing was sent.").arg(m_recorder->errorString()));
        return;
    }
    connect(m_recorder, &JournalRecorder::writeFailed, this, [this](const QString &message) {
        m_context.io->err << tr("qbmodctl: warning: %1").arg(message) << Qt::endl;
    });
    if (m_context.io->stderrIsTerminal && !m_context.json) {
        connect(m_engine, &MemberRemovalEngine::progressChanged, this, [this](int done, int total) {
            m_context.io->err << u'\r' << tr("Removing… %1 of %2").arg(done).arg(total)
                              << Qt::flush;
        });
    }
    // Queued, so that the recorder has written the run's end before the report says it.
    connect(m_engine, &MemberRemovalEngine::finished, this, &DialogsRemoveMemberCommand::report,
        Qt::QueuedConnection);
    m_engine->start(m_ids, m_userId, m_context.onBehalfOf);
}

int DialogsRemoveMemberCommand::exitCode() const
{
    const MemberRemovalEngine::Summary summary = m_engine->summary();
    if (summary.notPermitted + summary.failed + summary.unknown + summary.notAttempted == 0)
        return ExitSuccess;
    // When nothing got through at all, say why in the exit code: credentials or reachability.
    if (summary.removed + summary.notMember + summary.notFound + summary.notPermitted == 0) {
        const auto outcomes = m_engine->outcomes();
        const int first = exitCodeFor(outcomes.first().error);
        const bool same = std::all_of(
            outcomes.begin(), outcomes.end(), [first](const MemberRemovalEngine::Outcome &outcome) {
                return exitCodeFor(outcome.error) == first;
            });
        if (same && (first == ExitAuthFailed || first == ExitUnreachable))
            return first;
    }
    return ExitPartial;
}

void DialogsRemoveMemberCommand::report()
{
    using Result = MemberRemovalEngine::Outcome::Result;
    const QList<MemberRemovalEngine::Outcome> outcomes = m_engine->outcomes();
    QTextStream &out = m_context.io->out;
    if (m_context.io->stderrIsTerminal && !m_context.json)
        m_context.io->err << u'\r' << Qt::endl;

    using Outcome = MemberRemovalEngine::Outcome;
    QList<CtlOutcome> report;
    for (const Outcome &outcome : outcomes) {
        report.append({ outcome.dialogId, Outcome::resultName(outcome.result),
            Outcome::resultText(outcome.result), outcome.error,
            outcome.result != Result::NotPermitted && outcome.result != Result::NotFound });
    }
    if (m_context.json) {
        QJsonObject result = outcomeBuckets(report,
            { Outcome::resultName(Result::Removed), Outcome::resultName(Result::NotMember),
                Outcome::resultName(Result::NotFound), Outcome::resultName(Result::NotPermitted) });
        result.insert(u"user_id"_s, m_userId);
        result.insert(u"on_behalf_of"_s,
            m_context.onBehalfOf ? QJsonValue(*m_context.onBehalfOf) : QJsonValue());
        result.insert(u"journal_run"_s, m_recorder->runId());
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        printOutcomeLines(report, Outcome::resultName(Result::Removed));
        out << m_engine->summary().text() << Qt::endl;
        m_context.io->err << tr("Recorded in the journal as run %1.").arg(m_recorder->runId())
                          << Qt::endl;
    }
    Q_EMIT finished(exitCode());
}

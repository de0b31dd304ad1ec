// SPDX-License-Identifier: Apache-2.0

#include "CtlRunCommand.h"

#include "api/ApiClient.h"
#include "api/endpoints/ListUsersEndpoint.h"
#include "moderation/ModerationRun.h"
#include "moderation/OfflineJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

CtlRunCommand::~CtlRunCommand() = default;

std::optional<DeletionPlan> CtlRunCommand::basePlan(DeletionPlan::Target target)
{
    const QCommandLineParser &parser = *m_context.parser;
    bool actingOverridden = false;
    if (parser.isSet(u"offline"_s) && !m_context.store.isTeam()) {
        usageError(tr("--offline is for a team database (--store, or a profile that keeps its "
                      "journal in one). Nothing was sent."));
        return std::nullopt;
    }
    // A team database holds the team's protected users: it is opened now to read them, and a
    // run that cannot reach it stops here (a dry run goes on: it sends nothing), unless it works
    // offline, which is said now, before the run is confirmed, with the copy of the team's list
    // it is guarded by. A journal on this computer is opened only once the run is confirmed.
    if (m_context.store.isTeam() && !openJournal() && !parser.isSet(u"dry-run"_s)) {
        usageError(tr("%1 Nothing was sent.").arg(m_journal->errorString()));
        return std::nullopt;
    }
    const std::optional<ModerationGuard> guard = guardForRun(m_journal.get(), &actingOverridden);
    if (!guard)
        return std::nullopt;
    if (const std::optional<QDateTime> readAt = guard->protectedUsersReadAt())
        m_context.io->err << tr("qbmodctl: %1").arg(OfflineJournal::protectedUsersSource(*readAt))
                          << Qt::endl;
    DeletionPlan plan;
    plan.target = target;
    plan.guard = *guard;
    plan.authMode = m_context.client->connection().authMode;
    plan.onBehalfOf = m_context.onBehalfOf;
    plan.actingUserId = m_context.onBehalfOf;
    if (plan.authMode == AuthMode::Session)
        plan.actingUserName = m_context.client->connection().login;
    plan.profileName = m_context.profileName;
    plan.reason = parser.value(u"reason"_s).trimmed();
    plan.protectionOverridden = actingOverridden || parser.isSet(u"override-protection"_s);
    plan.keepEvidence = m_context.moderation.keepEvidence && !parser.isSet(u"no-evidence"_s);
    return plan;
}

void CtlRunCommand::execute(const DeletionPlan &plan)
{
    if (const auto refusal = ModerationRun::refusalOf(plan)) {
        const bool noReason = plan.requiresReason() && plan.reason.isEmpty();
        usageError(*refusal + u' ' + (noReason ? tr("Give one with --reason.") + u' ' : QString())
            + tr("Nothing was sent."));
        return;
    }
    // The acting user is named in the question and in the result, "Name (login, id)", as in
    // the console; when the name cannot be read the id stands for them.
    if (plan.actingUserId && plan.actingUserName.isEmpty()) {
        const ApiRequest request = ListUsersEndpoint::build(
            UserSearch::forIds({ *plan.actingUserId }), 1, ListUsersEndpoint::maxPerPage);
        m_context.client->send(request, this, [this, plan](const ApiReply &reply) {
            DeletionPlan named = plan;
            const auto page = ListUsersEndpoint::parse(reply);
            if (page.ok()) {
                for (const ChatUser &user : page.value.items) {
                    if (user.id == *plan.actingUserId)
                        named.actingUserName = user.identity();
                }
            }
            confirmAndRun(named);
        });
        return;
    }
    confirmAndRun(plan);
}

void CtlRunCommand::confirmAndRun(const DeletionPlan &plan)
{
    if (!m_context.parser->isSet(u"yes"_s) && !confirm(plan))
        return;

    // Nothing destructive leaves without a journal to record it.
    if (!openJournal()) {
        usageError(tr("%1 Nothing was sent.").arg(m_journal->errorString()));
        return;
    }
    // Flagged at every start until settled: ids from a crashed run may or may not be gone.
    if (const auto inDoubt = m_journal->runsNeedingReconcile().size(); inDoubt > 0) {
        m_context.io->err << tr("qbmodctl: %n earlier run(s) have ids whose outcome is unknown; "
                                "run \"qbmodctl journal reconcile\" to settle them.",
            nullptr, static_cast<int>(inDoubt))
                          << Qt::endl;
    }
    Journal::Run context = Journal::Run::forConnection(
        m_context.client->connection(), m_context.profileName, m_context.apiKeyFingerprint);
    context.moderatorName = m_context.moderatorName;
    m_run = new ModerationRun(m_context.client, m_journal.get(), plan, context, this);
    connect(m_run, &ModerationRun::journalFailed, this, [this](const QString &message) {
        m_context.io->err << tr("qbmodctl: %1").arg(message) << Qt::endl;
    });
    showProgress();
    connect(m_run, &ModerationRun::finished, this, &CtlRunCommand::report);
    m_run->start();
}

bool CtlRunCommand::openJournal()
{
    if (m_journal && m_journal->isOpen())
        return true;
    m_journal = std::make_unique<Journal>();
    QString teamError;
    if (!OfflineJournal::openForRun(*m_journal, m_context.store, m_context.storePassword,
            m_context.journalPath, m_context.parser->isSet(u"offline"_s), &m_offline, &teamError))
        return false;
    if (m_offline) {
        m_context.io->err << tr("qbmodctl: %1").arg(teamError) << Qt::endl
                          << tr("qbmodctl: %1").arg(OfflineJournal::limitation()) << Qt::endl;
    } else if (m_context.store.isTeam()) {
        if (const int waiting = OfflineJournal::waitingCount(*m_journal, m_context.journalPath))
            m_context.io->err << tr("qbmodctl: %n run(s) made offline are not in the team "
                                    "database yet; \"qbmodctl journal upload\" adds them.",
                nullptr, waiting)
                              << Qt::endl;
    }
    return true;
}

bool CtlRunCommand::confirm(const DeletionPlan &plan)
{
    QTextStream &err = m_context.io->err;
    if (!m_context.io->stdinIsTerminal || !m_context.io->in) {
        usageError(tr("Refusing to act without confirmation: pass --yes, or run on a terminal "
                      "to be asked."));
        return false;
    }
    QString expected;
    err << question(plan, &expected) << Qt::flush;
    const QString answer = QString::fromUtf8(m_context.io->in->readLine()).trimmed();
    const bool confirmed = expected.isEmpty() ? (answer.compare(u"y"_s, Qt::CaseInsensitive) == 0
                               || answer.compare(u"yes"_s, Qt::CaseInsensitive) == 0)
                                              : answer == expected;
    if (!confirmed) {
        err << declinedText() << Qt::endl;
        Q_EMIT finished(ExitUsage);
    }
    return confirmed;
}

int CtlRunCommand::exitCode() const
{
    const RunSummary summary = m_run->summary();
    if (summary.isComplete() && m_run->problem().isEmpty())
        return ExitSuccess;
    // When nothing got through at all, say why in the exit code: credentials or reachability.
    const QList<ItemOutcome> outcomes = m_run->outcomes();
    const bool anyAnswer
        = std::any_of(outcomes.cbegin(), outcomes.cend(), [](const ItemOutcome &outcome) {
              return outcome.isSettled() || outcome.result == ItemOutcome::Result::NotPermitted;
          });
    if (!anyAnswer && !outcomes.isEmpty()) {
        const int first = exitCodeFor(outcomes.first().error);
        const bool same = std::all_of(outcomes.cbegin(), outcomes.cend(),
            [first](const ItemOutcome &outcome) { return exitCodeFor(outcome.error) == first; });
        if (same && (first == ExitAuthFailed || first == ExitUnreachable))
            return first;
    }
    return ExitPartial;
}

void CtlRunCommand::report()
{
    // The run sent nothing: it stopped before its journal began.
    if (m_run->journalRunId() == 0 && !m_run->problem().isEmpty()) {
        usageError(m_run->problem());
        return;
    }
    QTextStream &out = m_context.io->out;
    if (m_progressLine)
        m_context.io->err << u'\r' << Qt::endl;

    const DeletionPlan &plan = m_run->plan();
    const bool members = plan.target == DeletionPlan::Target::Members;
    const ItemOutcome::Result done
        = members ? ItemOutcome::Result::Removed : ItemOutcome::Result::Deleted;
    QList<CtlOutcome> report;
    const QList<ItemOutcome> outcomes = m_run->outcomes();
    for (const ItemOutcome &outcome : outcomes) {
        // Not permitted and not found say it all; quoting the server adds nothing.
        const bool quiet = outcome.blockedBecause.isEmpty()
            && (outcome.result == ItemOutcome::Result::NotPermitted
                || outcome.result == ItemOutcome::Result::AlreadyGone);
        report.append({ outcome.id, ItemOutcome::resultName(outcome.result),
            ItemOutcome::resultText(outcome.result), quiet ? QString() : outcome.detail() });
    }
    if (m_context.json) {
        QStringList buckets { ItemOutcome::resultName(done) };
        if (members)
            buckets.append(ItemOutcome::resultName(ItemOutcome::Result::NotMember));
        buckets.append(ItemOutcome::resultName(ItemOutcome::Result::AlreadyGone));
        buckets.append(ItemOutcome::resultName(ItemOutcome::Result::NotPermitted));
        QJsonObject result = outcomeBuckets(report, buckets);
        result.insert(u"on_behalf_of"_s,
            m_context.onBehalfOf ? QJsonValue(*m_context.onBehalfOf) : QJsonValue());
        result.insert(u"journal_run"_s, m_run->journalRunId());
        if (m_offline) {
            result.insert(u"offline"_s, true);
            result.insert(u"offline_journal"_s, m_journal->path());
        }
        if (!m_run->problem().isEmpty())
            result.insert(u"problem"_s, m_run->problem());
        addJsonFields(&result);
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        printOutcomeLines(report, ItemOutcome::resultName(done));
        out << m_run->summaryText() << Qt::endl;
        if (m_offline)
            m_context.io->err << tr("Recorded offline as run %1 in %2; \"qbmodctl journal "
                                    "upload\" adds it to the team database once it can be "
                                    "reached. Until then its ids are not claimed.")
                                     .arg(m_run->journalRunId())
                                     .arg(m_journal->path())
                              << Qt::endl;
        else
            m_context.io->err << tr("Recorded in the journal as run %1.").arg(m_run->journalRunId())
                              << Qt::endl;
    }
    Q_EMIT finished(exitCode());
}

// On a terminal one line on standard error, rewritten as ids settle; with --verbose a line a
// second in the log instead, which a redirected standard error keeps readable.
void CtlRunCommand::showProgress()
{
    const auto progressText = [this](int done, int total) {
        QString text
            = tr("Working… %1 of %2").arg(QLocale().toString(done), QLocale().toString(total));
        const QString pace = m_run->paceText();
        if (!pace.isEmpty())
            text += u", "_s + pace;
        return text;
    };
    if (m_context.io->stderrIsTerminal && !m_context.json && !m_context.verbose) {
        m_progressLine = true;
        connect(m_run, &ModerationRun::progressChanged, this,
            [this, progressText](int done, int total) {
                // Erase to the end of the line: the text may have got shorter.
                m_context.io->err << u'\r' << progressText(done, total) << u"\x1b[K"_s << Qt::flush;
            });
        return;
    }
    if (m_context.verbose) {
        connect(m_run, &ModerationRun::progressChanged, this, [this](int done, int total) {
            m_done = done;
            m_total = total;
        });
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this, progressText] {
            m_context.io->err << u"qbmodctl: "_s << progressText(m_done, m_total) << Qt::endl;
        });
        connect(m_run, &ModerationRun::finished, timer, &QTimer::stop);
        timer->start(1000);
    }
}

// SPDX-License-Identifier: Apache-2.0

#include "DeleteCommand.h"

#include "api/ApiClient.h"
#include "api/endpoints/ListMessagesEndpoint.h"
#include "domain/ObjectId.h"
#include "moderation/EvidenceCollector.h"
#include "moderation/JournalRecorder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

QStringList DeleteCommand::idsFromText(const QString &text)
{
    QStringList ids;
    const auto lines = text.split(u'\n');
    static const QRegularExpression separators(u"[\\s,]+"_s);
    for (QString line : lines) {
        const auto comment = line.indexOf(u'#');
        if (comment >= 0)
            line.truncate(comment);
        ids.append(line.split(separators, Qt::SkipEmptyParts));
    }
    return ids;
}

bool DeleteCommand::readIds(QStringList *ids)
{
    const QCommandLineParser &parser = *m_context.parser;
    QStringList raw = m_context.arguments;
    if (parser.isSet(u"from-file"_s)) {
        if (!raw.isEmpty()) {
            usageError(tr("Give ids either as arguments or with --from-file, not both."));
            return false;
        }
        const QString path = parser.value(u"from-file"_s);
        QByteArray content;
        if (path == u"-"_s) {
            content = m_context.io->in ? m_context.io->in->readAll() : QByteArray();
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                usageError(tr("Cannot read %1: %2").arg(path, file.errorString()));
                return false;
            }
            content = file.readAll();
        }
        raw = idsFromText(QString::fromUtf8(content));
    } else {
        QStringList split;
        for (const QString &argument : std::as_const(raw))
            split.append(idsFromText(argument));
        raw = split;
    }

    QStringList invalid;
    *ids = ObjectId::normalised(raw, &invalid);
    if (!invalid.isEmpty()) {
        const QStringList shown = invalid.mid(0, 5);
        const QString listed
            = shown.join(u", "_s) + (invalid.size() > shown.size() ? u", …"_s : QString());
        const int count = static_cast<int>(invalid.size());
        usageError(m_target == Target::Dialogs
                ? tr("%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.",
                    nullptr, count)
                      .arg(listed)
                : tr("%n id(s) are not message ids (24 hexadecimal digits): %1. Nothing was "
                     "sent.",
                    nullptr, count)
                      .arg(listed));
        return false;
    }
    if (ids->isEmpty()) {
        usageError(
            m_target == Target::Dialogs ? tr("No dialog ids given.") : tr("No message ids given."));
        return false;
    }
    return true;
}

bool DeleteCommand::confirm(int count, bool force)
{
    QTextStream &err = m_context.io->err;
    if (!m_context.io->stdinIsTerminal || !m_context.io->in) {
        usageError(tr("Refusing to delete without confirmation: pass --yes, or run on a terminal "
                      "to be asked."));
        return false;
    }
    const QString who = m_context.onBehalfOf ? tr("user %1").arg(*m_context.onBehalfOf)
                                             : tr("the signed-in account");
    if (force) {
        err << (m_target == Target::Dialogs
                ? tr("Delete %n dialog(s) for everyone, with every message. This cannot be "
                     "undone.",
                    nullptr, count)
                : tr("Delete %n message(s) for everyone. This cannot be undone.", nullptr, count))
            << Qt::endl
            << tr("Type %1 to confirm: ").arg(count) << Qt::flush;
    } else {
        err << (m_target == Target::Dialogs
                ? tr("Remove %n dialog(s) from the list of %1 only; the other members keep "
                     "them.",
                    nullptr, count)
                      .arg(who)
                : tr("Delete %n message(s) for %1 only; the other members keep them.", nullptr,
                    count)
                      .arg(who))
            << Qt::endl
            << tr("Continue? [y/N] ") << Qt::flush;
    }
    const QString answer = QString::fromUtf8(m_context.io->in->readLine()).trimmed();
    const bool confirmed = force ? answer == QString::number(count)
                                 : (answer.compare(u"y"_s, Qt::CaseInsensitive) == 0
                                     || answer.compare(u"yes"_s, Qt::CaseInsensitive) == 0);
    if (!confirmed) {
        err << tr("Nothing was deleted.") << Qt::endl;
        Q_EMIT finished(ExitUsage);
    }
    return confirmed;
}

DeleteCommand::DeleteCommand(const CtlContext &context, Target target, QObject *parent)
    : CtlCommand(context, parent)
    , m_target(target)
{
}

DeleteCommand::~DeleteCommand() = default;

bool DeleteCommand::readGuard()
{
    const QCommandLineParser &parser = *m_context.parser;
    m_reason = parser.value(u"reason"_s).trimmed();
    m_overrideProtection = parser.isSet(u"override-protection"_s);
    std::optional<ModerationGuard> guard = guardForRun(&m_protectionOverridden);
    if (!guard)
        return false;
    m_guard = *guard;
    return true;
}

void DeleteCommand::start()
{
    const QCommandLineParser &parser = *m_context.parser;
    m_options.target = m_target;
    m_options.force = parser.isSet(u"force"_s);
    m_options.onBehalfOf = m_context.onBehalfOf;
    m_force = m_options.force;
    // Evidence is about dialogs: a message deleted for everyone is its own record.
    m_keepEvidence = m_target == Target::Dialogs && m_context.moderation.keepEvidence
        && !parser.isSet(u"no-evidence"_s);
    if (parser.isSet(u"batch-size"_s)) {
        bool ok = false;
        m_options.batchSize = parser.value(u"batch-size"_s).toInt(&ok);
        if (!ok || m_options.batchSize < 1 || m_options.batchSize > 500) {
            usageError(tr("--batch-size needs a whole number from 1 to 500."));
            return;
        }
    }
    if (!readGuard())
        return;
    if (!readIds(&m_ids))
        return;
    if (m_target == Target::Messages && parser.isSet(u"dialog"_s)) {
        m_dialogId = parser.value(u"dialog"_s).trimmed();
        if (!ObjectId::isValid(m_dialogId)) {
            usageError(tr("\"%1\" is not a dialog id (24 hexadecimal digits). Nothing was sent.")
                           .arg(m_dialogId));
            return;
        }
    }
    if (parser.isSet(u"dry-run"_s)) {
        // Exactly what the engine would hand to the client, batch by batch.
        finishDryRun(BulkDeleteEngine::plannedRequests(m_ids, m_options));
        return;
    }
    if (const auto problem
        = m_guard.missingReason(m_reason, m_options.force, m_options.onBehalfOf)) {
        usageError(*problem + u' ' + tr("Nothing was sent."));
        return;
    }
    if (!parser.isSet(u"yes"_s) && !confirm(static_cast<int>(m_ids.size()), m_options.force))
        return;

    // Nothing destructive leaves without a journal to record it.
    m_journal = std::make_unique<Journal>();
    if (!m_journal->open(m_context.journalPath)) {
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
    if (m_target == Target::Messages && !m_dialogId.isEmpty()) {
        checkMessagesAreInDialog();
        return;
    }
    collectEvidenceOrDelete();
}

void DeleteCommand::checkMessagesAreInDialog()
{
    // The journal records --dialog as each message's dialog, and reconcile later looks the
    // message up there: a wrong dialog would make a message still present look gone. So every
    // message must be found in it, as the acting user sees it, before anything is deleted.
    constexpr int chunkSize = ListMessagesEndpoint::defaultPageSize;
    auto found = std::make_shared<QSet<QString>>();
    auto waiting = std::make_shared<int>(0);
    auto failed = std::make_shared<bool>(false);
    for (qsizetype first = 0; first < m_ids.size(); first += chunkSize) {
        MessageQuery query;
        query.dialogId = m_dialogId;
        query.messageIds = m_ids.mid(first, chunkSize);
        query.onBehalfOf = m_options.onBehalfOf;
        ++*waiting;
        m_context.client->send(ListMessagesEndpoint::build(query, 0, chunkSize), this,
            [this, found, waiting, failed](const ApiReply &reply) {
                --*waiting;
                if (*failed)
                    return;
                const auto page = ListMessagesEndpoint::parse(reply);
                if (!page.ok()) {
                    *failed = true;
                    failWith(page.error);
                    return;
                }
                for (const Message &message : page.value.items)
                    found->insert(message.id);
                if (*waiting > 0)
                    return;
                QStringList missing;
                for (const QString &id : std::as_const(m_ids)) {
                    if (!found->contains(id))
                        missing.append(id);
                }
                if (!missing.isEmpty()) {
                    usageError(tr("%n message(s) are not in dialog %1 as the acting user sees it "
                                  "(already deleted, or in another dialog): %2. Nothing was "
                                  "deleted.",
                        nullptr, static_cast<int>(missing.size()))
                                   .arg(m_dialogId, missing.join(u", "_s)));
                    return;
                }
                collectEvidenceOrDelete();
            });
    }
}

void DeleteCommand::collectEvidenceOrDelete()
{
    if (m_target == Target::Dialogs && m_options.force
        && (m_keepEvidence || !m_guard.protectedUsers().isEmpty())) {
        // Owners are needed for the protection check even when no evidence is kept.
        m_evidence = new EvidenceCollector(m_context.client, this);
        connect(
            m_evidence, &EvidenceCollector::finished, this, &DeleteCommand::onEvidenceCollected);
        m_evidence->start(m_ids, m_options.onBehalfOf,
            m_keepEvidence ? EvidenceCollector::defaultMessageCount : 0);
        return;
    }
    startDeleting();
}

void DeleteCommand::onEvidenceCollected()
{
    const QList<EvidenceCollector::Record> records = m_evidence->records();
    // A dialog whose owner could not be read is not checked: the server refuses a force delete
    // by anyone but the owner, and an API key without On-Behalf-Of reads every dialog.
    QList<Dialog> dialogs;
    for (const EvidenceCollector::Record &record : records) {
        if (record.dialog)
            dialogs.append(*record.dialog);
    }
    const QList<Dialog> protectedDialogs = m_guard.protectedDialogs(dialogs);
    if (!protectedDialogs.isEmpty()) {
        if (!m_overrideProtection) {
            QStringList listed;
            for (const Dialog &dialog : protectedDialogs)
                listed.append(tr("%1 (owner %2)").arg(dialog.id).arg(dialog.ownerId));
            usageError(tr("%n dialog(s) belong to protected users and are not deleted for "
                          "everyone without --override-protection: %1. Nothing was sent.",
                nullptr, static_cast<int>(protectedDialogs.size()))
                           .arg(listed.join(u", "_s)));
            return;
        }
        m_protectionOverridden = true;
    }
    startDeleting();
}

void DeleteCommand::startDeleting()
{
    Journal::Run run = Journal::Run::forConnection(
        m_context.client->connection(), m_context.profileName, m_context.apiKeyFingerprint);
    run.actingUserId = m_options.onBehalfOf;
    run.mode = m_options.force ? u"force"_s : u"per_user"_s;
    run.target = m_target == Target::Dialogs ? u"dialogs"_s : u"messages"_s;
    run.reason = m_reason;
    run.protectionOverridden = m_protectionOverridden;

    m_engine = new BulkDeleteEngine(m_context.client, this);
    m_recorder = new JournalRecorder(m_journal.get(), m_engine, this);
    // Evidence is written with the run: a dialog deleted for everyone cannot be fetched later.
    const QList<EvidenceCollector::Record> evidence
        = m_evidence && m_keepEvidence ? m_evidence->records() : QList<EvidenceCollector::Record>();
    QHash<QString, QString> containerOf;
    if (!m_dialogId.isEmpty()) {
        for (const QString &id : std::as_const(m_ids))
            containerOf.insert(id, m_dialogId);
    }
    if (!m_recorder->begin(run, m_ids, evidence, containerOf)) {
        usageError(tr("%1 Nothing was sent.").arg(m_recorder->errorString()));
        return;
    }
    connect(m_recorder, &JournalRecorder::writeFailed, this, [this](const QString &message) {
        m_context.io->err << tr("qbmodctl: warning: %1").arg(message) << Qt::endl;
    });

    showProgress();
    // Queued, so that the recorder has written the run's end before the report says it.
    connect(
        m_engine, &BulkDeleteEngine::finished, this, &DeleteCommand::report, Qt::QueuedConnection);
    m_engine->start(m_ids, m_options);
}

// On a terminal one line on standard error, rewritten as ids settle; with --verbose a line a
// second in the log instead, which a redirected standard error keeps readable.
void DeleteCommand::showProgress()
{
    const auto progressText = [this] {
        QString text = tr("Deleting… %1 of %2")
                           .arg(QLocale().toString(m_engine->settledCount()),
                               QLocale().toString(m_engine->total()));
        const QString pace = m_engine->pace().text();
        if (!pace.isEmpty())
            text += u", "_s + pace;
        return text;
    };
    if (m_context.io->stderrIsTerminal && !m_context.json && !m_context.verbose) {
        m_progressLine = true;
        connect(m_engine, &BulkDeleteEngine::progressChanged, this, [this, progressText] {
            // Erase to the end of the line: the text may have got shorter.
            m_context.io->err << u'\r' << progressText() << u"\x1b[K"_s << Qt::flush;
        });
        return;
    }
    if (m_context.verbose) {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this, progressText] {
            m_context.io->err << u"qbmodctl: "_s << progressText() << Qt::endl;
        });
        connect(m_engine, &BulkDeleteEngine::finished, timer, &QTimer::stop);
        timer->start(1000);
    }
}

int DeleteCommand::exitCode() const
{
    const BulkDeleteEngine::Summary summary = m_engine->summary();
    if (summary.notPermitted + summary.failed + summary.unknown + summary.notAttempted == 0)
        return ExitSuccess;
    // When nothing got through at all, say why in the exit code: credentials or reachability.
    if (summary.deleted + summary.alreadyGone + summary.notPermitted == 0) {
        const auto outcomes = m_engine->outcomes();
        const int first = exitCodeFor(outcomes.first().error);
        const bool same = std::all_of(outcomes.begin(), outcomes.end(),
            [first](const DeleteOutcome &outcome) { return exitCodeFor(outcome.error) == first; });
        if (same && (first == ExitAuthFailed || first == ExitUnreachable))
            return first;
    }
    return ExitPartial;
}

void DeleteCommand::report()
{
    const QList<DeleteOutcome> outcomes = m_engine->outcomes();
    const BulkDeleteEngine::Summary summary = m_engine->summary();
    QTextStream &out = m_context.io->out;
    if (m_progressLine)
        m_context.io->err << u'\r' << Qt::endl;

    QList<CtlOutcome> report;
    for (const DeleteOutcome &outcome : outcomes) {
        report.append({ outcome.id, DeleteOutcome::resultName(outcome.result),
            DeleteOutcome::resultText(outcome.result), outcome.error,
            outcome.result != DeleteOutcome::Result::NotPermitted });
    }
    if (m_context.json) {
        QJsonObject result = outcomeBuckets(report,
            { DeleteOutcome::resultName(DeleteOutcome::Result::Deleted),
                DeleteOutcome::resultName(DeleteOutcome::Result::AlreadyGone),
                DeleteOutcome::resultName(DeleteOutcome::Result::NotPermitted) });
        result.insert(u"force"_s, m_force);
        result.insert(u"on_behalf_of"_s,
            m_context.onBehalfOf ? QJsonValue(*m_context.onBehalfOf) : QJsonValue());
        result.insert(u"journal_run"_s, m_recorder->runId());
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        printOutcomeLines(report, DeleteOutcome::resultName(DeleteOutcome::Result::Deleted));
        out << summary.text();
        out << Qt::endl;
        m_context.io->err << tr("Recorded in the journal as run %1.").arg(m_recorder->runId())
                          << Qt::endl;
    }
    Q_EMIT finished(exitCode());
}

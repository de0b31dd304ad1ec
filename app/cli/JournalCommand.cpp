// SPDX-License-Identifier: Apache-2.0

#include "JournalCommand.h"

#include "TextTable.h"
#include "moderation/JournalExport.h"
#include "support/InertText.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

JournalCommand::JournalCommand(
    const QString &subcommand, const CtlContext &context, QObject *parent)
    : CtlCommand(context, parent)
    , m_subcommand(subcommand)
{
}

std::optional<qint64> JournalCommand::runIdArgument(bool required)
{
    if (m_context.arguments.isEmpty()) {
        if (required)
            usageError(tr("journal %1 needs a run id.").arg(m_subcommand));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 runId = m_context.arguments.first().toLongLong(&ok);
    if (!ok || runId <= 0 || m_context.arguments.size() > 1) {
        usageError(tr("\"%1\" is not a run id.").arg(m_context.arguments.join(u' ')));
        return std::nullopt;
    }
    return runId;
}

void JournalCommand::start()
{
    // Reading never creates a journal file on this computer; a team database is opened as is.
    if (!m_context.store.isTeam() && !QFileInfo::exists(m_context.journalPath)) {
        usageError(tr("There is no journal at %1 yet.").arg(m_context.journalPath));
        return;
    }
    Journal journal;
    if (!journal.open(m_context.store, m_context.storePassword)) {
        usageError(journal.errorString());
        return;
    }
    if (m_subcommand == u"list"_s) {
        if (!m_context.arguments.isEmpty()) {
            usageError(tr("unexpected argument \"%1\".").arg(m_context.arguments.first()));
            return;
        }
        list(journal);
        return;
    }
    if (m_subcommand == u"prune"_s) {
        prune(journal);
        return;
    }
    const bool hasArgument = !m_context.arguments.isEmpty();
    const std::optional<qint64> runId = runIdArgument(m_subcommand == u"show"_s);
    if (!runId && (hasArgument || m_subcommand == u"show"_s))
        return; // usageError() has finished the command
    if (runId && !journal.run(*runId)) {
        usageError(tr("The journal has no run %1.").arg(*runId));
        return;
    }
    if (m_subcommand == u"show"_s) {
        show(journal, *runId);
        return;
    }
    const QString format = m_context.parser->isSet(u"format"_s)
        ? m_context.parser->value(u"format"_s).toLower()
        : u"json"_s;
    if (format != u"json"_s && format != u"csv"_s) {
        usageError(tr("--format is csv or json."));
        return;
    }
    exportRuns(journal, runId, format);
}

void JournalCommand::prune(Journal &journal)
{
    if (!m_context.arguments.isEmpty()) {
        usageError(tr("unexpected argument \"%1\".").arg(m_context.arguments.first()));
        return;
    }
    bool ok = false;
    const int days = m_context.parser->value(u"older-than"_s).toInt(&ok);
    if (!m_context.parser->isSet(u"older-than"_s) || !ok || days < 0 || days > 36500) {
        usageError(tr("journal prune needs --older-than DAYS (a whole number of days)."));
        return;
    }
    // The runs and their outcomes stay: only the dialogs' content ages out.
    const int pruned = journal.pruneEvidence(QDateTime::currentDateTimeUtc().addDays(-days));
    if (pruned < 0) {
        m_context.io->err << tr("qbmodctl: %1").arg(journal.errorString()) << Qt::endl;
        Q_EMIT finished(ExitPartial);
        return;
    }
    if (m_context.json)
        m_context.io->out << QString::fromUtf8(
            QJsonDocument(QJsonObject { { u"pruned"_s, pruned } }).toJson(QJsonDocument::Compact))
                          << Qt::endl;
    else
        m_context.io->out << tr("Pruned the evidence of %n dialog(s).", nullptr, pruned)
                          << Qt::endl;
    Q_EMIT finished(ExitSuccess);
}

void JournalCommand::list(const Journal &journal)
{
    const QList<Journal::Run> runs = journal.runs(m_context.parser->value(u"moderator"_s));
    QTextStream &out = m_context.io->out;
    if (m_context.json) {
        QJsonArray array;
        for (const Journal::Run &run : runs)
            array.append(JournalExport::runJson(run));
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject { { u"runs"_s, array } }).toJson(QJsonDocument::Compact))
            << Qt::endl;
    } else {
        TextTable table({ tr("RUN"), tr("STARTED"), tr("STATUS"), tr("MODE"), tr("BY"), tr("AS"),
            tr("IDS"), tr("IN DOUBT"), tr("MADE"), tr("REASON") });
        for (const Journal::Run &run : runs) {
            const QString as = run.actingUserId
                ? tr("user %1").arg(*run.actingUserId)
                : (run.operatorLogin.isEmpty() ? tr("key %1").arg(run.apiKeyFingerprint)
                                               : run.operatorLogin);
            table.addRow({ QString::number(run.id), JournalExport::timeText(run.startedAt),
                run.status, RunKind::modeName(run.mode), run.moderatorName, as,
                QString::number(run.itemCount), QString::number(run.unsettledCount),
                run.originText(), run.reason });
        }
        table.print(out);
        if (runs.isEmpty())
            out << tr("The journal holds no runs.") << Qt::endl;
    }
    Q_EMIT finished(ExitSuccess);
}

void JournalCommand::show(const Journal &journal, qint64 runId)
{
    const Journal::Run run = *journal.run(runId);
    const QList<Journal::Item> items = journal.items(runId);
    const QList<Journal::Evidence> evidence = journal.evidence(runId);
    QTextStream &out = m_context.io->out;
    if (m_context.json) {
        const QJsonObject object = JournalExport::fullRunJson(journal, run);
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
        Q_EMIT finished(ExitSuccess);
        return;
    }
    out << tr("Run %1 (%2), started %3")
               .arg(run.id)
               .arg(run.status, JournalExport::timeText(run.startedAt))
        << Qt::endl;
    const auto inert = [](const QString &text) { return InertText::forTerminal(text); };
    out << tr("Endpoint: %1  Profile: %2").arg(inert(run.endpoint), inert(run.profile)) << Qt::endl;
    out << tr("Operator: %1  Acting user: %2")
               .arg(run.operatorLogin.isEmpty() ? tr("API key %1").arg(run.apiKeyFingerprint)
                                                : inert(run.operatorLogin),
                   run.actingUserId ? QString::number(*run.actingUserId) : tr("none"))
        << Qt::endl;
    out << tr("Mode: %1 %2  Reason: %3")
               .arg(RunKind::modeName(run.mode), RunKind::targetName(run.target), inert(run.reason))
        << Qt::endl;
    if (run.protectionOverridden) {
        const auto overridden = std::count_if(items.cbegin(), items.cend(),
            [](const Journal::Item &item) { return item.protectionOverridden; });
        out << tr("Protection was overridden for %n id(s).", nullptr, static_cast<int>(overridden))
            << Qt::endl;
    }
    if (!run.indexQuery.isEmpty())
        out << tr("Selected in the local index by: %1")
                   .arg(inert(QString::fromUtf8(
                       QJsonDocument(run.indexQuery).toJson(QJsonDocument::Compact))))
            << Qt::endl;
    const QList<Journal::Event> events = journal.events(runId);
    for (const Journal::Event &event : events) {
        const QString when = JournalExport::timeText(event.at);
        out << (event.name == u"paused"_s ? tr("Paused %1 (%2).").arg(when, inert(event.detail))
                : event.name == u"resumed"_s
                ? tr("Resumed %1 (%2).").arg(when, inert(event.detail))
                : tr("%1 %2 (%3).").arg(inert(event.name), when, inert(event.detail)))
            << Qt::endl;
    }
    out << Qt::endl;
    // A dialog's name, or the name of the dialog a message was in, as the evidence kept it;
    // the table makes it inert.
    const QHash<QString, QString> names = journal.dialogNames(runId);
    TextTable table(
        { tr("ID"), tr("DIALOG NAME"), tr("STATE"), tr("OUTCOME"), tr("SETTLED BY"), tr("ERROR") });
    for (const Journal::Item &item : items) {
        table.addRow({ item.objectId,
            names.value(item.containerId.isEmpty() ? item.objectId : item.containerId),
            Journal::stateName(item.state), item.outcome, item.settledBy, item.error });
    }
    table.print(out);
    if (!evidence.isEmpty())
        out << Qt::endl
            << tr("Evidence kept for %n dialog(s); see journal export.", nullptr,
                   static_cast<int>(evidence.size()))
            << Qt::endl;
    Q_EMIT finished(ExitSuccess);
}

void JournalCommand::exportRuns(
    const Journal &journal, std::optional<qint64> runId, const QString &format)
{
    QList<Journal::Run> runs;
    if (runId)
        runs.append(*journal.run(*runId));
    else
        runs = journal.runs(m_context.parser->value(u"moderator"_s));
    QTextStream &out = m_context.io->out;
    if (format == u"json"_s)
        out << QString::fromUtf8(JournalExport::toJson(journal, runs));
    else
        out << JournalExport::toCsv(journal, runs);
    out.flush();
    Q_EMIT finished(ExitSuccess);
}

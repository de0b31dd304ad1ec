// SPDX-License-Identifier: Apache-2.0

#include "JournalTransferCommand.h"

#include "moderation/Journal.h"
#include "moderation/JournalCopier.h"
#include "moderation/OfflineJournal.h"

#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

JournalTransferCommand::JournalTransferCommand(
    const QString &subcommand, const CtlContext &context, QObject *parent)
    : CtlCommand(context, parent)
    , m_subcommand(subcommand)
{
}

void JournalTransferCommand::start()
{
    if (!m_context.store.isTeam()) {
        usageError(tr("journal %1 needs a team database: give --store URL, or a profile that "
                      "keeps its journal in one.")
                       .arg(m_subcommand));
        return;
    }
    const QString to = m_context.parser->value(u"to"_s);
    if (m_subcommand == u"export-local"_s && to.isEmpty()) {
        usageError(tr("journal export-local needs --to PATH, the journal file to write."));
        return;
    }
    if (m_subcommand == u"move-to-team"_s && !QFileInfo::exists(m_context.journalPath)) {
        usageError(tr("There is no journal at %1.").arg(m_context.journalPath));
        return;
    }
    if (m_subcommand == u"upload"_s) {
        upload();
        return;
    }
    Journal team;
    if (!team.open(m_context.store, m_context.storePassword)) {
        usageError(team.errorString());
        return;
    }
    JournalCopier::Result result;
    if (m_subcommand == u"move-to-team"_s) {
        Journal local;
        if (!local.open(m_context.journalPath)) {
            usageError(local.errorString());
            return;
        }
        result = JournalCopier::copy(local, team, u"local"_s);
    } else {
        Journal local;
        if (!local.open(to)) {
            usageError(local.errorString());
            return;
        }
        result
            = JournalCopier::copy(team, local, u"team"_s, m_context.parser->value(u"moderator"_s));
    }
    report(result);
}

void JournalTransferCommand::upload()
{
    // A command line has no window to keep answering: the upload runs here, each run shown on
    // a terminal as it goes up.
    Journal team;
    if (!team.open(m_context.store, m_context.storePassword)) {
        usageError(team.errorString());
        return;
    }
    const bool showSteps = m_context.io->stderrIsTerminal && !m_context.json;
    const JournalCopier::Result result = OfflineJournal::upload(
        team, m_context.journalPath, [this, showSteps](int done, int total) {
            if (showSteps) {
                m_stepsShown = true;
                m_context.io->err << u'\r'
                                  << tr("Uploading offline runs: %1 of %2").arg(done).arg(total)
                                  << Qt::flush;
            }
            return true;
        });
    if (m_stepsShown)
        m_context.io->err << Qt::endl;
    report(result);
}

void JournalTransferCommand::report(const JournalCopier::Result &result)
{
    if (m_context.json) {
        QJsonObject report { { u"copied"_s, result.copied },
            { u"already_there"_s, result.alreadyThere },
            { u"settlements_added"_s, result.settlementsAdded },
            { u"still_running"_s, result.live } };
        if (!result.ok())
            report.insert(u"error"_s, result.error);
        m_context.io->out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact))
                          << Qt::endl;
    } else {
        m_context.io->out << result.text() << Qt::endl;
    }
    if (!result.ok()) {
        m_context.io->err << tr("qbmodctl: %1 Run the same command again to copy the rest; "
                                "nothing is copied twice.")
                                 .arg(result.error)
                          << Qt::endl;
        Q_EMIT finished(ExitPartial);
        return;
    }
    Q_EMIT finished(ExitSuccess);
}

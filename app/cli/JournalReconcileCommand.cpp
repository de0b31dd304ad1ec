// SPDX-License-Identifier: Apache-2.0

#include "JournalReconcileCommand.h"

#include "moderation/Journal.h"
#include "moderation/Reconciler.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

JournalReconcileCommand::~JournalReconcileCommand() = default;

void JournalReconcileCommand::start()
{
    std::optional<qint64> runId;
    if (!m_context.arguments.isEmpty()) {
        bool ok = false;
        runId = m_context.arguments.first().toLongLong(&ok);
        if (!ok || *runId <= 0 || m_context.arguments.size() > 1) {
            usageError(tr("\"%1\" is not a run id.").arg(m_context.arguments.join(u' ')));
            return;
        }
    }
    // A team database is opened as is; only a file on this computer may not exist yet.
    if (!m_context.store.isTeam() && !QFileInfo::exists(m_context.journalPath)) {
        usageError(tr("There is no journal at %1 yet.").arg(m_context.journalPath));
        return;
    }
    m_journal = std::make_unique<Journal>();
    if (!m_journal->open(m_context.store, m_context.storePassword)) {
        usageError(m_journal->errorString());
        return;
    }
    if (runId && !m_journal->run(*runId)) {
        usageError(tr("The journal has no run %1.").arg(*runId));
        return;
    }
    m_reconciler = new Reconciler(m_journal.get(), m_context.client, this);
    connect(m_reconciler, &Reconciler::finished, this, &JournalReconcileCommand::report);
    m_reconciler->start(runId);
}

void JournalReconcileCommand::report()
{
    const Reconciler::Summary summary = m_reconciler->summary();
    QTextStream &out = m_context.io->out;
    if (m_context.json) {
        const QJsonObject result {
            { u"runs"_s, summary.runs },
            { u"checked"_s, summary.checked },
            { u"gone"_s, summary.gone },
            { u"present"_s, summary.present },
            { u"failed"_s, summary.failed },
            { u"skipped"_s, QJsonArray::fromStringList(summary.skipped) },
        };
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        for (const QString &skipped : summary.skipped)
            m_context.io->err << tr("qbmodctl: skipped %1").arg(skipped) << Qt::endl;
        if (summary.checked == 0)
            out << tr("Nothing to reconcile.") << Qt::endl;
        else
            out << tr("Checked %n id(s): %1 gone, %2 still present, %3 without a clear answer.",
                nullptr, summary.checked)
                       .arg(summary.gone)
                       .arg(summary.present)
                       .arg(summary.failed)
                << Qt::endl;
    }
    Q_EMIT finished(summary.failed > 0 || !summary.skipped.isEmpty() ? ExitPartial : ExitSuccess);
}

// SPDX-License-Identifier: Apache-2.0

#include "DeleteRunDialog.h"

#include "Prompter.h"
#include "models/DeleteResultModel.h"
#include "moderation/ModerationRun.h"
#include "support/PrivateFiles.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DeleteRunDialog::DeleteRunDialog(ApiClient *client, const DeletionPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_plan(plan)
    , m_results(new DeleteResultModel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
    , m_copy(new QPushButton(tr("Copy results"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(u"deleteRun"_s);
    setWindowTitle(plan.title());
    m_status->setObjectName(u"runStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // server and journal errors are quoted in it
    m_progress->setAccessibleName(tr("Progress"));
    m_table->setObjectName(u"results"_s);
    m_table->setAccessibleName(plan.target == DeletionPlan::Target::Messages
            ? tr("Result for each message")
            : tr("Result for each dialog"));
    m_table->setModel(m_results);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_cancel->setObjectName(u"cancelRun"_s);
    m_pause->setObjectName(u"pauseRun"_s);
    m_pause->setEnabled(false);
    m_retry->setObjectName(u"retryFailed"_s);
    m_copy->setObjectName(u"copyResults"_s);
    m_export->setObjectName(u"exportResults"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_pause);
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    if (plan.target == DeletionPlan::Target::Messages)
        m_results->setMessages(plan.messages);
    else
        m_results->setDialogs(plan.dialogs);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->cancel();
    });
    // A long run can wait: the ids not yet sent stay pending, in the journal too.
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_run)
            return;
        if (m_run->isPaused())
            m_run->resume();
        else
            m_run->pause();
    });
    connect(m_retry, &QPushButton::clicked, this, &DeleteRunDialog::retryFailed);
    connect(m_copy, &QPushButton::clicked, this, &DeleteRunDialog::copyResults);
    connect(m_export, &QPushButton::clicked, this, &DeleteRunDialog::exportResults);
    connect(m_close, &QPushButton::clicked, this, &DeleteRunDialog::reject);
    resize(720, 480);
}

DeleteRunDialog::~DeleteRunDialog() = default;

bool DeleteRunDialog::isRunning() const
{
    return m_run && m_run->isRunning();
}

QString DeleteRunDialog::summaryText() const
{
    return m_status->text();
}

void DeleteRunDialog::setJournal(Journal *journal, const Journal::Run &context)
{
    m_journal = journal;
    m_journalContext = context;
}

void DeleteRunDialog::start()
{
    startRun(m_plan);
}

void DeleteRunDialog::startRun(const DeletionPlan &plan)
{
    auto *run = new ModerationRun(m_client, m_journal, plan, m_journalContext, this);
    // Earlier attempts count: an id whose lost answer may have acted is never "failed" later.
    run->setEarlierAttempts(m_results->attemptsSoFar());
    if (m_run)
        m_run->deleteLater();
    m_run = run;
    connect(run, &ModerationRun::stageChanged, this, &DeleteRunDialog::onStageChanged);
    connect(run, &ModerationRun::progressChanged, this, &DeleteRunDialog::showProgress);
    connect(run, &ModerationRun::pausedChanged, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        showProgress(m_progress->value(), m_progress->maximum());
    });
    connect(run, &ModerationRun::outcomesSettled, this, [this](const QList<ItemOutcome> &outcomes) {
        m_results->applyOutcomes(outcomes);
        Q_EMIT outcomesSettled(outcomes);
    });
    connect(run, &ModerationRun::finished, this, &DeleteRunDialog::onFinished);
    m_cancel->setEnabled(true);
    m_retry->setEnabled(false);
    m_close->setEnabled(false);
    m_copy->setEnabled(false);
    m_export->setEnabled(false);
    m_pause->setText(tr("Pause"));
    run->start();
}

void DeleteRunDialog::showProgress(int settled, int total)
{
    if (!m_run || m_run->stage() != ModerationRun::Stage::Sending)
        return;
    m_pause->setEnabled(m_run->canPause());
    m_progress->setRange(0, total);
    m_progress->setValue(settled);
    if (m_plan.target == DeletionPlan::Target::Members) {
        m_status->setText(tr("Removing… %1 of %2").arg(settled).arg(total));
        return;
    }
    if (m_run->isPaused()) {
        m_status->setText(tr("Paused at %1 of %2. Batches already sent still finish; nothing new "
                             "is sent.")
                              .arg(settled)
                              .arg(total));
        return;
    }
    QString text = tr("Deleting… %1 of %2").arg(settled).arg(total);
    const QString pace = m_run->paceText();
    if (!pace.isEmpty())
        text += u", "_s + pace;
    m_status->setText(text);
}

void DeleteRunDialog::onStageChanged()
{
    if (m_run && m_run->stage() == ModerationRun::Stage::Checking) {
        m_status->setText(tr("Saving evidence: each dialog and its latest messages…"));
        m_progress->setRange(0, 0);
    }
}

void DeleteRunDialog::onFinished()
{
    if (m_run->journalRunId() != 0)
        m_journalRunIds.append(m_run->journalRunId());
    const int total = m_results->rowCount();
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(total - m_results->waitingCount());
    // Retries run over a subset: the summary counts the whole table, not the last run.
    RunSummary summary;
    for (const ItemOutcome::Result result : ItemOutcome::allResults())
        summary.add(result, m_results->count(result));
    QString text = summary.text(m_plan);
    if (m_run->wasCancelled() || summary.count(ItemOutcome::Result::NotAttempted) > 0) {
        const bool blockedOnly = !m_run->wasCancelled() && m_run->problem().isEmpty();
        if (!blockedOnly)
            text = tr("Cancelled. %1").arg(text);
    }
    if (!m_run->problem().isEmpty())
        text = m_run->problem() + u'\n' + text;
    m_status->setText(text);
    m_cancel->setEnabled(false);
    m_pause->setEnabled(false);
    m_pause->setText(tr("Pause"));
    m_close->setEnabled(true);
    m_copy->setEnabled(true);
    m_export->setEnabled(true);
    m_retry->setEnabled(!m_results->retryableIds().isEmpty());
    m_close->setDefault(true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    Q_EMIT runFinished();
    if (!m_run->problem().isEmpty() && !m_run->wasCancelled()) {
        // Said out loud, not only in the status line; after the run's signals have returned.
        QMetaObject::invokeMethod(
            this,
            [this, problem = m_run->problem()] {
                Prompter::current()->warn(this, tr("The run stopped"), problem);
            },
            Qt::QueuedConnection);
    }
}

void DeleteRunDialog::retryFailed()
{
    const QStringList ids = m_results->retryableIds();
    if (ids.isEmpty())
        return;
    // The same plan, for those items only.
    DeletionPlan plan = m_plan;
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    plan.dialogs.clear();
    plan.messages.clear();
    if (m_plan.target == DeletionPlan::Target::Messages) {
        plan.dialogs = m_plan.dialogs;
        for (const Message &message : m_plan.messages) {
            if (wanted.contains(message.id))
                plan.messages.append(message);
        }
    } else {
        for (const Dialog &dialog : m_plan.dialogs) {
            if (wanted.contains(dialog.id))
                plan.dialogs.append(dialog);
        }
    }
    startRun(plan);
}

DeleteResultModel::RunContext DeleteRunDialog::runContext() const
{
    // The journal's record says when and where the run began; without one, the connection.
    std::optional<Journal::Run> record;
    if (m_journal && !m_journalRunIds.isEmpty())
        record = m_journal->run(m_journalRunIds.first());
    return DeleteResultModel::runContext(
        m_plan, record.value_or(m_journalContext), m_journalRunIds);
}

void DeleteRunDialog::copyResults()
{
    QGuiApplication::clipboard()->setText(m_results->toCsv(runContext()));
}

void DeleteRunDialog::exportResults()
{
    // Documents, under a name that says what and when, never the working directory.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = m_journalRunIds.isEmpty()
        ? tr("qbmod results, %1.csv")
              .arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd HHmmss"_s))
        : tr("qbmod results of run %1, %2.csv")
              .arg(QString::number(m_journalRunIds.first()),
                  QDateTime::currentDateTime().toString(u"yyyy-MM-dd HHmmss"_s));
    const QString path = Prompter::current()->saveFileName(
        this, tr("Export results"), QDir(folder).filePath(name), tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray content = path.endsWith(u".json"_s, Qt::CaseInsensitive)
        ? QJsonDocument(m_results->toJson()).toJson()
        : m_results->toCsv(runContext()).toUtf8();
    QString error;
    if (!PrivateFiles::write(path, content, &error))
        Prompter::current()->warn(
            this, tr("Export results"), tr("Could not write %1: %2").arg(path, error));
}

void DeleteRunDialog::reject()
{
    // Esc while running cancels the run; the dialog closes only once every id is accounted for.
    if (isRunning()) {
        m_run->cancel();
        return;
    }
    QDialog::reject();
}

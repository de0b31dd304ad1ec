// SPDX-License-Identifier: Apache-2.0

#include "DeleteRunDialog.h"

#include "models/DeleteResultModel.h"
#include "moderation/EvidenceCollector.h"
#include "moderation/JournalRecorder.h"
#include "moderation/MemberRemovalEngine.h"
#include "support/PrivateFiles.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DeleteRunDialog::DeleteRunDialog(ApiClient *client, const DeletionPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_plan(plan)
    , m_engine(new BulkDeleteEngine(client, this))
    , m_memberEngine(new MemberRemovalEngine(client, this))
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
    const auto showProgress = [this](int settled, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(settled);
        if (m_plan.target == DeletionPlan::Target::Members) {
            m_status->setText(tr("Removing… %1 of %2").arg(settled).arg(total));
            return;
        }
        QString text = m_engine->isPaused() ? tr("Paused at %1 of %2. Batches already sent "
                                                 "still finish; nothing new is sent.")
                                                  .arg(settled)
                                                  .arg(total)
                                            : tr("Deleting… %1 of %2").arg(settled).arg(total);
        const QString pace = m_engine->isPaused() ? QString() : m_engine->pace().text();
        if (!pace.isEmpty())
            text += u", "_s + pace;
        m_status->setText(text);
    };
    connect(m_engine, &BulkDeleteEngine::progressChanged, this, showProgress);
    connect(m_memberEngine, &MemberRemovalEngine::progressChanged, this, showProgress);
    connect(m_memberEngine, &MemberRemovalEngine::outcomesSettled, this,
        [this](const QList<MemberRemovalEngine::Outcome> &outcomes) {
            m_results->applyOutcomes(outcomes);
        });
    connect(m_memberEngine, &MemberRemovalEngine::finished, this, &DeleteRunDialog::onFinished);
    connect(m_engine, &BulkDeleteEngine::outcomesSettled, this,
        [this](const QList<DeleteOutcome> &outcomes) {
            m_results->applyOutcomes(outcomes);
            Q_EMIT outcomesSettled(outcomes);
        });
    connect(m_engine, &BulkDeleteEngine::finished, this, &DeleteRunDialog::onFinished);
    connect(m_cancel, &QPushButton::clicked, this, &DeleteRunDialog::cancel);
    // A long run can wait: the ids not yet sent stay pending, in the journal too.
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_engine->isPaused())
            m_engine->resume();
        else
            m_engine->pause();
    });
    connect(m_engine, &BulkDeleteEngine::pausedChanged, this, [this, showProgress](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        showProgress(m_engine->settledCount(), m_engine->total());
    });
    connect(m_retry, &QPushButton::clicked, this, &DeleteRunDialog::retryFailed);
    connect(m_copy, &QPushButton::clicked, this, &DeleteRunDialog::copyResults);
    connect(m_export, &QPushButton::clicked, this, &DeleteRunDialog::exportResults);
    connect(m_close, &QPushButton::clicked, this, &DeleteRunDialog::reject);
    resize(720, 480);
}

bool DeleteRunDialog::isRunning() const
{
    return (m_evidence && m_evidence->isRunning()) || m_engine->isRunning()
        || m_memberEngine->isRunning();
}

void DeleteRunDialog::cancel()
{
    if (m_evidence && m_evidence->isRunning()) {
        // Nothing has been deleted yet: drop the evidence and stop here.
        m_evidence->deleteLater();
        m_evidence = nullptr;
        QList<DeleteOutcome> notSent;
        for (const QString &id : std::as_const(m_ids))
            notSent.append(DeleteOutcome { id, DeleteOutcome::Result::NotAttempted, {} });
        m_results->applyOutcomes(notSent);
        onFinished();
        return;
    }
    m_engine->cancel();
    m_memberEngine->cancel();
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
    m_ids = m_plan.itemIds();
    if (!m_journal) {
        run(m_ids);
        return;
    }
    if (m_plan.target != DeletionPlan::Target::Dialogs || !m_plan.isForce() || !m_keepEvidence) {
        beginJournaledRun();
        return;
    }
    // Deleting for everyone cannot be undone: keep the dialogs and their latest messages first.
    m_status->setText(tr("Saving evidence: each dialog and its latest messages…"));
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(true);
    m_close->setEnabled(false);
    m_evidence = new EvidenceCollector(m_client, this);
    connect(m_evidence, &EvidenceCollector::finished, this, &DeleteRunDialog::beginJournaledRun);
    m_evidence->start(m_ids, m_plan.onBehalfOf);
}

void DeleteRunDialog::beginJournaledRun()
{
    Journal::Run context = m_journalContext;
    context.actingUserId = m_plan.onBehalfOf;
    context.mode = m_plan.isForce() ? u"force"_s : u"per_user"_s;
    context.reason = m_plan.reason;
    context.protectionOverridden = m_plan.protectionOverridden;
    QList<EvidenceCollector::Record> evidence
        = m_evidence ? m_evidence->records() : QList<EvidenceCollector::Record>();
    JournalRecorder *recorder = nullptr;
    switch (m_plan.target) {
    case DeletionPlan::Target::Dialogs:
        context.target = u"dialogs"_s;
        recorder = new JournalRecorder(m_journal, m_engine, this);
        break;
    case DeletionPlan::Target::Messages:
        context.target = u"messages"_s;
        if (m_plan.isForce() && m_keepEvidence)
            evidence.append(messageEvidence());
        recorder = new JournalRecorder(m_journal, m_engine, this);
        break;
    case DeletionPlan::Target::Members:
        context.setMemberRemoval(m_plan.subjectUserId, m_plan.reason);
        recorder = new JournalRecorder(m_journal, m_memberEngine, this);
        break;
    }
    // Messages are looked up in their dialog: reconcile needs it to check them later.
    QHash<QString, QString> containerOf;
    if (m_plan.target == DeletionPlan::Target::Messages && !m_plan.dialogs.isEmpty()) {
        for (const Message &message : std::as_const(m_plan.messages))
            containerOf.insert(message.id, m_plan.dialogs.first().id);
    }
    const bool written = recorder->begin(context, m_ids, evidence, containerOf);
    if (!written) {
        m_progress->setRange(0, 1);
        m_status->setText(tr("The journal could not be written, so nothing was deleted: %1")
                              .arg(recorder->errorString()));
        m_close->setEnabled(true);
        return;
    }
    connect(recorder, &JournalRecorder::writeFailed, this, [this](const QString &message) {
        m_status->setText(tr("The journal could not be written: %1").arg(message));
        m_engine->cancel();
        m_memberEngine->cancel();
    });
    run(m_ids);
}

EvidenceCollector::Record DeleteRunDialog::messageEvidence() const
{
    // The messages as the moderator saw them when choosing them: once deleted for everyone they
    // cannot be read again.
    EvidenceCollector::Record record;
    if (!m_plan.dialogs.isEmpty()) {
        record.dialog = m_plan.dialogs.first();
        record.dialogId = record.dialog->id;
        record.dialogJson = record.dialog->toJson();
    }
    for (const Message &message : m_plan.messages)
        record.messages.append(message.toJson());
    return record;
}

void DeleteRunDialog::run(const QStringList &ids)
{
    m_cancel->setEnabled(true);
    m_retry->setEnabled(false);
    m_close->setEnabled(false);
    m_copy->setEnabled(false);
    m_export->setEnabled(false);
    if (m_plan.target == DeletionPlan::Target::Members) {
        m_memberEngine->start(ids, m_plan.subjectUserId, m_plan.onBehalfOf);
        return;
    }
    BulkDeleteEngine::Options options;
    options.target = m_plan.target == DeletionPlan::Target::Messages
        ? BulkDeleteEngine::Target::Messages
        : BulkDeleteEngine::Target::Dialogs;
    options.force = m_plan.isForce();
    options.onBehalfOf = m_plan.onBehalfOf;
    m_pause->setEnabled(true);
    m_engine->start(ids, options);
}

void DeleteRunDialog::onFinished()
{
    m_progress->setRange(0, std::max(1, int(m_ids.size())));
    m_progress->setValue(int(m_ids.size()) - m_results->waitingCount());
    const int notAttempted = m_plan.target == DeletionPlan::Target::Members
        ? m_results->count(MemberRemovalEngine::Outcome::Result::NotAttempted)
        : m_results->count(DeleteOutcome::Result::NotAttempted);
    QString text = resultSummary();
    if (m_engine->wasCancelled() || m_memberEngine->wasCancelled() || notAttempted > 0)
        text = tr("Cancelled. %1").arg(text);
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
}

QString DeleteRunDialog::resultSummary() const
{
    // Retries run over a subset: the summary counts the whole table, not the last run.
    if (m_plan.target == DeletionPlan::Target::Members) {
        using Result = MemberRemovalEngine::Outcome::Result;
        MemberRemovalEngine::Summary summary;
        summary.removed = m_results->count(Result::Removed);
        summary.notMember = m_results->count(Result::NotMember);
        summary.notFound = m_results->count(Result::NotFound);
        summary.notPermitted = m_results->count(Result::NotPermitted);
        summary.failed = m_results->count(Result::Failed);
        summary.unknown = m_results->count(Result::Unknown);
        summary.notAttempted = m_results->count(Result::NotAttempted);
        return summary.text();
    }
    BulkDeleteEngine::Summary summary;
    summary.deleted = m_results->count(DeleteOutcome::Result::Deleted);
    summary.alreadyGone = m_results->count(DeleteOutcome::Result::AlreadyGone);
    summary.notPermitted = m_results->count(DeleteOutcome::Result::NotPermitted);
    summary.failed = m_results->count(DeleteOutcome::Result::Failed);
    summary.unknown = m_results->count(DeleteOutcome::Result::Unknown);
    summary.notAttempted = m_results->count(DeleteOutcome::Result::NotAttempted);
    return summary.text();
}

void DeleteRunDialog::retryFailed()
{
    const QStringList ids = m_results->retryableIds();
    if (!ids.isEmpty())
        run(ids);
}

void DeleteRunDialog::copyResults()
{
    QGuiApplication::clipboard()->setText(m_results->toCsv());
}

void DeleteRunDialog::exportResults()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export results"), u"qbmod-results.csv"_s, tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray content = path.endsWith(u".json"_s, Qt::CaseInsensitive)
        ? QJsonDocument(m_results->toJson()).toJson()
        : m_results->toCsv().toUtf8();
    QString error;
    if (!PrivateFiles::write(path, content, &error))
        QMessageBox::warning(
            this, tr("Export results"), tr("Could not write %1: %2").arg(path, error));
}

void DeleteRunDialog::reject()
{
    // Esc while running cancels the run; the dialog closes only once every id is accounted for.
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

#include "DeleteRunDialog.h"

#include "models/DeleteResultModel.h"

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
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DeleteRunDialog::DeleteRunDialog(ApiClient *client, const DeletionPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_plan(plan)
    , m_engine(new BulkDeleteEngine(client, this))
    , m_results(new DeleteResultModel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
    , m_copy(new QPushButton(tr("Copy results"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(u"deleteRun"_s);
    setWindowTitle(plan.title());
    m_status->setObjectName(u"runStatus"_s);
    m_status->setWordWrap(true);
    m_progress->setAccessibleName(tr("Deletion progress"));
    m_table->setObjectName(u"results"_s);
    m_table->setAccessibleName(tr("Result for each dialog"));
    m_table->setModel(m_results);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_cancel->setObjectName(u"cancelRun"_s);
    m_retry->setObjectName(u"retryFailed"_s);
    m_copy->setObjectName(u"copyResults"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
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

    m_results->setDialogs(plan.dialogs);
    connect(m_engine, &BulkDeleteEngine::progressChanged, this, [this](int settled, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(settled);
        m_status->setText(tr("Deleting… %1 of %2").arg(settled).arg(total));
    });
    connect(m_engine, &BulkDeleteEngine::outcomesSettled, this,
        [this](const QList<DeleteOutcome> &outcomes) {
            m_results->applyOutcomes(outcomes);
            Q_EMIT outcomesSettled(outcomes);
        });
    connect(m_engine, &BulkDeleteEngine::finished, this, &DeleteRunDialog::onFinished);
    connect(m_cancel, &QPushButton::clicked, m_engine, &BulkDeleteEngine::cancel);
    connect(m_retry, &QPushButton::clicked, this, &DeleteRunDialog::retryFailed);
    connect(m_copy, &QPushButton::clicked, this, &DeleteRunDialog::copyResults);
    connect(m_export, &QPushButton::clicked, this, &DeleteRunDialog::exportResults);
    connect(m_close, &QPushButton::clicked, this, &DeleteRunDialog::reject);
    resize(720, 480);
}

bool DeleteRunDialog::isRunning() const
{
    return m_engine->isRunning();
}

QString DeleteRunDialog::summaryText() const
{
    return m_status->text();
}

void DeleteRunDialog::start()
{
    QStringList ids;
    ids.reserve(m_plan.dialogs.size());
    for (const Dialog &dialog : std::as_const(m_plan.dialogs))
        ids.append(dialog.id);
    run(ids);
}

void DeleteRunDialog::run(const QStringList &ids)
{
    BulkDeleteEngine::Options options;
    options.force = m_plan.mode == DeletionPlan::Mode::ForEveryone;
    options.onBehalfOf = m_plan.onBehalfOf;
    m_cancel->setEnabled(true);
    m_retry->setEnabled(false);
    m_close->setEnabled(false);
    m_copy->setEnabled(false);
    m_export->setEnabled(false);
    m_engine->start(ids, options);
}

void DeleteRunDialog::onFinished()
{
    // Retries run over a subset: the summary counts the whole table, not the last run.
    BulkDeleteEngine::Summary summary;
    summary.deleted = m_results->count(DeleteOutcome::Result::Deleted);
    summary.alreadyGone = m_results->count(DeleteOutcome::Result::AlreadyGone);
    summary.notPermitted = m_results->count(DeleteOutcome::Result::NotPermitted);
    summary.failed = m_results->count(DeleteOutcome::Result::Failed);
    summary.unknown = m_results->count(DeleteOutcome::Result::Unknown);
    summary.notAttempted = m_results->count(DeleteOutcome::Result::NotAttempted);
    QString text = summary.text();
    if (m_engine->wasCancelled())
        text = tr("Cancelled. %1").arg(text);
    m_status->setText(text);
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_copy->setEnabled(true);
    m_export->setEnabled(true);
    const QStringList retryable = m_results->idsWithResult({ DeleteOutcome::Result::Failed,
        DeleteOutcome::Result::Unknown, DeleteOutcome::Result::NotAttempted });
    m_retry->setEnabled(!retryable.isEmpty());
    m_close->setDefault(true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    Q_EMIT runFinished();
}

void DeleteRunDialog::retryFailed()
{
    const QStringList ids = m_results->idsWithResult({ DeleteOutcome::Result::Failed,
        DeleteOutcome::Result::Unknown, DeleteOutcome::Result::NotAttempted });
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
    QSaveFile file(path);
    const QByteArray content = path.endsWith(u".json"_s, Qt::CaseInsensitive)
        ? QJsonDocument(m_results->toJson()).toJson()
        : m_results->toCsv().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()
        || !file.commit()) {
        QMessageBox::warning(
            this, tr("Export results"), tr("Could not write %1: %2").arg(path, file.errorString()));
    }
}

void DeleteRunDialog::reject()
{
    // Esc while running cancels the run; the dialog closes only once every id is accounted for.
    if (m_engine->isRunning()) {
        m_engine->cancel();
        return;
    }
    QDialog::reject();
}

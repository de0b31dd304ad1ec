// SPDX-License-Identifier: Apache-2.0

#include "JournalViewerDialog.h"

#include "Prompter.h"
#include "api/UserDirectory.h"
#include "domain/ItemOutcome.h"
#include "moderation/JournalExport.h"
#include "support/InertText.h"
#include "support/LocalTime.h"
#include "support/PrivateFiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString localTime(const QDateTime &time)
{
    return time.isValid() ? LocalTime::text(time) : QString();
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

JournalViewerDialog::JournalViewerDialog(Journal *journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_sinceCheck(new QCheckBox(tr("Since"), this))
    , m_since(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_profile(new QComboBox(this))
    , m_moderator(new QComboBox(this))
    , m_actingUser(new QLineEdit(this))
    , m_dialogId(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_runs(
          makeTable({ tr("Run"), tr("Started"), tr("Profile"), tr("Action"), tr("Acting user"),
                        tr("Moderator"), tr("Ids"), tr("Unsettled"), tr("Status"), tr("Reason") },
              this))
    , m_items(makeTable({ tr("Id"), tr("In dialog"), tr("Dialog name"), tr("State"), tr("Outcome"),
                            tr("Error"), tr("Sent"), tr("Answered"), tr("Settled") },
          this))
    , m_evidence(new QPlainTextEdit(this))
    , m_runSummary(new QLabel(this))
    , m_export(new QPushButton(tr("Export…"), this))
{
    setObjectName(u"journalViewer"_s);
    setWindowTitle(tr("Moderation journal"));
    m_since->setCalendarPopup(true);
    m_since->setAccessibleName(tr("Runs since"));
    m_profile->setAccessibleName(tr("Profile"));
    m_moderator->setAccessibleName(tr("Moderator"));
    m_actingUser->setPlaceholderText(tr("Acting user id"));
    m_actingUser->setAccessibleName(tr("Acting user id"));
    m_dialogId->setObjectName(u"journalDialogId"_s);
    m_dialogId->setPlaceholderText(tr("Dialog id"));
    m_dialogId->setAccessibleName(tr("Dialog id"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Any outcome"), QString());
    const QList<ItemOutcome::Result> results = ItemOutcome::allResults();
    for (const ItemOutcome::Result result : results)
        m_outcome->addItem(ItemOutcome::resultText(result), ItemOutcome::resultName(result));
    m_outcome->addItem(tr("Gone (checked later)"), u"gone"_s);
    m_outcome->addItem(tr("Still present (checked later)"), u"present"_s);
    m_outcome->addItem(tr("Still a member (checked later)"), u"still_member"_s);
    m_runs->setObjectName(u"journalRuns"_s);
    m_runs->setAccessibleName(tr("Runs"));
    m_items->setObjectName(u"journalItems"_s);
    m_items->setAccessibleName(tr("Ids of the run"));
    m_evidence->setObjectName(u"journalEvidence"_s);
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setReadOnly(true);
    m_evidence->setPlaceholderText(tr("Evidence kept before a delete for everyone appears here."));
    m_runSummary->setWordWrap(true);
    m_runSummary->setTextFormat(Qt::PlainText);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_sinceCheck);
    filters->addWidget(m_since);
    filters->addWidget(m_profile);
    filters->addWidget(m_moderator);
    filters->addWidget(m_actingUser);
    filters->addWidget(m_dialogId, 1);
    filters->addWidget(m_outcome);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_runs);
    auto *runPane = new QWidget(splitter);
    auto *runLayout = new QVBoxLayout(runPane);
    runLayout->setContentsMargins(0, 0, 0, 0);
    runLayout->addWidget(m_runSummary);
    auto *itemSplitter = new QSplitter(Qt::Horizontal, runPane);
    itemSplitter->addWidget(m_items);
    itemSplitter->addWidget(m_evidence);
    runLayout->addWidget(itemSplitter, 1);
    splitter->addWidget(runPane);

    auto *buttons = new QHBoxLayout;
    auto *close = new QPushButton(tr("Close"), this);
    // Enter in a filter field filters; it never presses a button.
    m_export->setAutoDefault(false);
    close->setAutoDefault(false);
    buttons->addStretch();
    buttons->addWidget(m_export);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    const auto refilter = [this] { reload(); };
    connect(m_sinceCheck, &QCheckBox::toggled, this, refilter);
    connect(m_since, &QDateEdit::dateChanged, this, refilter);
    connect(m_profile, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_moderator, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_actingUser, &QLineEdit::textChanged, this, refilter);
    connect(m_dialogId, &QLineEdit::textChanged, this, refilter);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_runs, &QTableWidget::itemSelectionChanged, this, &JournalViewerDialog::showRun);
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &JournalViewerDialog::showEvidence);
    connect(m_export, &QPushButton::clicked, this, &JournalViewerDialog::exportRuns);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    m_allRuns = m_journal->runs();
    QStringList profiles;
    for (const Journal::Run &run : std::as_const(m_allRuns)) {
        if (!profiles.contains(run.profile))
            profiles.append(run.profile);
    }
    m_profile->addItem(tr("All profiles"), QString());
    for (const QString &profile : std::as_const(profiles))
        m_profile->addItem(profile.isEmpty() ? tr("(no profile)") : profile, profile);
    // Each moderator by the name they gave, else by their login or key fingerprint.
    QStringList moderators;
    for (const Journal::Run &run : std::as_const(m_allRuns)) {
        const QString who = !run.moderatorName.isEmpty() ? run.moderatorName
            : !run.operatorLogin.isEmpty()               ? run.operatorLogin
                                                         : run.apiKeyFingerprint;
        if (!who.isEmpty() && !moderators.contains(who))
            moderators.append(who);
    }
    m_moderator->addItem(tr("All moderators"), QString());
    for (const QString &who : std::as_const(moderators))
        m_moderator->addItem(who, who);
    reload();
    resize(1000, 640);
}

bool JournalViewerDialog::matches(const Journal::Run &run) const
{
    if (m_sinceCheck->isChecked() && run.startedAt < m_since->date().startOfDay())
        return false;
    if (m_profile->currentIndex() > 0 && run.profile != m_profile->currentData().toString())
        return false;
    if (m_moderator->currentIndex() > 0 && !run.isBy(m_moderator->currentData().toString()))
        return false;
    const QString acting = m_actingUser->text().trimmed();
    if (!acting.isEmpty() && (!run.actingUserId || QString::number(*run.actingUserId) != acting))
        return false;
    const QString dialogId = m_dialogId->text().trimmed();
    const QString outcome = m_outcome->currentData().toString();
    if (dialogId.isEmpty() && outcome.isEmpty())
        return true;
    const QList<Journal::Item> items = m_journal->items(run.id);
    for (const Journal::Item &item : items) {
        // A dialog id finds the dialog itself, and the messages deleted from it.
        const bool dialogMatches = dialogId.isEmpty()
            || item.objectId.contains(dialogId, Qt::CaseInsensitive)
            || item.containerId.contains(dialogId, Qt::CaseInsensitive);
        if (dialogMatches && (outcome.isEmpty() || item.outcome == outcome))
            return true;
    }
    return false;
}

QString JournalViewerDialog::actionText(const Journal::Run &run) const
{
    const QString action = plainActionText(run);
    if (run.indexQuery.isEmpty())
        return action;
    // The query itself is in the export; here, which kind of Sweep query chose the items.
    return tr("%1, chosen in the local index (%2)")
        .arg(action, run.indexQuery.value(u"kind"_s).toString());
}

QString JournalViewerDialog::plainActionText(const Journal::Run &run) const
{
    const bool force = run.mode == RunMode::ForEveryone;
    if (run.target == RunTarget::Members) {
        return run.subjectUserId ? tr("removed %1 from dialogs").arg(person(*run.subjectUserId))
                                 : tr("removed a user from dialogs");
    }
    if (run.target == RunTarget::Messages)
        return force ? tr("messages, for everyone") : tr("messages, from one history");
    return force ? tr("dialogs, for everyone") : tr("dialogs, from one list");
}

void JournalViewerDialog::reload()
{
    m_runs->setRowCount(0);
    for (const Journal::Run &run : std::as_const(m_allRuns)) {
        if (!matches(run))
            continue;
        const int row = m_runs->rowCount();
        m_runs->insertRow(row);
        const QStringList cells { QString::number(run.id), localTime(run.startedAt), run.profile,
            actionText(run), run.actingUserId ? person(*run.actingUserId) : QString(),
            run.moderatorText(), QString::number(run.itemCount),
            QString::number(run.unsettledCount),
            run.origin.isEmpty() ? statusText(run.status)
                                 : tr("%1 (%2)").arg(statusText(run.status), run.originText()),
            run.reason };
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setData(Qt::UserRole, run.id);
            m_runs->setItem(row, column, cell);
        }
    }
    m_runs->resizeColumnsToContents();
    if (m_runs->rowCount() > 0)
        m_runs->selectRow(0);
    else
        showRun();
}

void JournalViewerDialog::setUserDirectory(UserDirectory *users)
{
    m_users = users;
    if (!users)
        return;
    QList<qint64> ids;
    for (const Journal::Run &run : std::as_const(m_allRuns)) {
        if (run.actingUserId)
            ids.append(*run.actingUserId);
        if (run.subjectUserId)
            ids.append(*run.subjectUserId);
    }
    connect(users, &UserDirectory::usersResolved, this, [this] {
        reload();
        showEvidence();
    });
    users->resolve(ids);
    reload();
}

void JournalViewerDialog::showDialog(const QString &dialogId)
{
    m_dialogId->setText(dialogId);
}

void JournalViewerDialog::showUser(qint64 userId)
{
    m_actingUser->setText(QString::number(userId));
}

QString JournalViewerDialog::person(qint64 userId) const
{
    return m_users ? m_users->identity(userId) : QString::number(userId);
}

QString JournalViewerDialog::outcomeText(const QString &outcome) const
{
    // The outcome filter lists every stored outcome with its words: one table for both.
    const int index = outcome.isEmpty() ? -1 : m_outcome->findData(outcome);
    return index > 0 ? m_outcome->itemText(index) : outcome;
}

QString JournalViewerDialog::stateText(Journal::ItemState state)
{
    switch (state) {
    case Journal::ItemState::Pending:
        return tr("pending");
    case Journal::ItemState::Sent:
        return tr("sent, no answer yet");
    case Journal::ItemState::Answered:
        return tr("answered");
    case Journal::ItemState::Settled:
        return tr("settled");
    }
    return {};
}

QString JournalViewerDialog::authModeText(const QString &authMode)
{
    if (authMode == u"api_key"_s)
        return tr("API key");
    if (authMode == u"session"_s)
        return tr("operator login");
    return authMode;
}

QString JournalViewerDialog::statusText(const QString &status)
{
    if (status == u"running"_s)
        return tr("running or interrupted");
    if (status == u"finished"_s)
        return tr("finished");
    if (status == u"cancelled"_s)
        return tr("cancelled");
    return status;
}

QList<qint64> JournalViewerDialog::shownRunIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_runs->rowCount(); ++row)
        ids.append(m_runs->item(row, 0)->data(Qt::UserRole).toLongLong());
    return ids;
}

void JournalViewerDialog::showRun()
{
    m_items->setRowCount(0);
    m_evidence->clear();
    const QList<QTableWidgetItem *> selected = m_runs->selectedItems();
    if (selected.isEmpty()) {
        m_runSummary->setText(tr("No run selected."));
        return;
    }
    const qint64 runId = selected.first()->data(Qt::UserRole).toLongLong();
    const auto run = m_journal->run(runId);
    if (!run)
        return;
    m_runSummary->setText(
        tr("Run %1 on %2 (%3), %4. Reason: %5")
            .arg(run->id)
            .arg(run->endpoint, authModeText(run->authMode), statusText(run->status),
                run->reason.isEmpty() ? tr("none given") : run->reason));
    const QList<Journal::Item> items = m_journal->items(runId);
    // A dialog's name, or the name of the dialog a message was in, as the evidence kept it.
    const QHash<QString, QString> names = m_journal->dialogNames(runId);
    m_items->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const Journal::Item &item = items.at(row);
        const QString name
            = names.value(item.containerId.isEmpty() ? item.objectId : item.containerId);
        const QStringList cells { item.objectId, item.containerId, InertText::forTerminal(name),
            stateText(item.state), outcomeText(item.outcome), item.error, localTime(item.sentAt),
            localTime(item.answeredAt),
            item.settledAt.isValid() ? tr("%1 by %2").arg(localTime(item.settledAt), item.settledBy)
                                     : QString() };
        for (int column = 0; column < cells.size(); ++column)
            m_items->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_items->resizeColumnsToContents();
}

void JournalViewerDialog::showEvidence()
{
    m_evidence->clear();
    const QList<QTableWidgetItem *> runSelection = m_runs->selectedItems();
    const QList<QTableWidgetItem *> itemSelection = m_items->selectedItems();
    if (runSelection.isEmpty() || itemSelection.isEmpty())
        return;
    const qint64 runId = runSelection.first()->data(Qt::UserRole).toLongLong();
    // Evidence is kept per dialog: a message's is its dialog's.
    const int row = itemSelection.first()->row();
    const QString container = m_items->item(row, 1)->text();
    const QString dialogId = container.isEmpty() ? m_items->item(row, 0)->text() : container;
    const QList<Journal::Evidence> evidence = m_journal->evidence(runId);
    for (const Journal::Evidence &record : evidence) {
        if (record.dialogId != dialogId)
            continue;
        QStringList lines;
        lines.append(tr("Dialog \"%1\" (owner %2), kept %3")
                         .arg(record.dialog.value(u"name"_s).toString())
                         .arg(person(record.dialog.value(u"user_id"_s).toInteger()))
                         .arg(localTime(record.collectedAt)));
        if (!record.error.isEmpty())
            lines.append(tr("Incomplete: %1").arg(record.error));
        for (const QJsonValue &value : record.messages) {
            const QJsonObject message = value.toObject();
            lines.append(u"[%1] %2: %3"_s.arg(
                localTime(QDateTime::fromSecsSinceEpoch(message.value(u"date_sent"_s).toInteger())),
                person(message.value(u"sender_id"_s).toInteger()),
                message.value(u"message"_s).toString()));
        }
        m_evidence->setPlainText(lines.join(u'\n'));
        return;
    }
    m_evidence->setPlaceholderText(tr("No evidence was kept for this dialog."));
}

void JournalViewerDialog::exportRuns()
{
    QList<Journal::Run> runs;
    for (const qint64 id : shownRunIds()) {
        if (const auto run = m_journal->run(id))
            runs.append(*run);
    }
    // Documents, under a name that says what and when, never the working directory.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("qbmod journal, %n run(s), %1.csv", nullptr, int(runs.size()))
                             .arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd HHmmss"_s));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export journal"),
        QDir(folder).filePath(name), tr("CSV (*.csv);;JSON with evidence (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray content = path.endsWith(u".json"_s, Qt::CaseInsensitive)
        ? JournalExport::toJson(*m_journal, runs)
        : JournalExport::toCsv(*m_journal, runs).toUtf8();
    QString error;
    if (!PrivateFiles::write(path, content, &error))
        Prompter::current()->warn(
            this, tr("Export journal"), tr("Could not write %1: %2").arg(path, error));
}

// SPDX-License-Identifier: Apache-2.0

#include "SweepPage.h"

#include "Prompter.h"
#include "api/ApiClient.h"
#include "index/SweepIndex.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

enum Role { DialogIdRole = Qt::UserRole, SenderIdRole, MessageIdRole };

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    return item;
}

} // namespace

SweepPage::SweepPage(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_crawlButton(new QPushButton(tr("&Update index"), this))
    , m_pauseButton(new QPushButton(tr("&Pause"), this))
    , m_stopButton(new QPushButton(tr("S&top"), this))
    , m_forgetButton(new QPushButton(tr("&Forget this app's index…"), this))
    , m_searchText(new QLineEdit(this))
    , m_senderText(new QLineEdit(this))
    , m_typeBox(new QComboBox(this))
    , m_sinceBox(new QCheckBox(tr("Since"), this))
    , m_sinceDate(new QDateEdit(this))
    , m_linkBox(new QCheckBox(tr("Has a link"), this))
    , m_attachmentBox(new QCheckBox(tr("Has an attachment"), this))
    , m_searchButton(new QPushButton(tr("&Search"), this))
    , m_minDialogs(new QSpinBox(this))
    , m_windowHours(new QSpinBox(this))
    , m_campaignsButton(new QPushButton(tr("Find &campaigns"), this))
    , m_selectionBox(new QComboBox(this))
    , m_runSelection(new QPushButton(tr("&Run"), this))
    , m_saveSelection(new QPushButton(tr("Save &as selection…"), this))
    , m_newSelection(new QPushButton(tr("&New selection"), this))
    , m_results(new QTableWidget(this))
    , m_resultLabel(new QLabel(this))
    , m_showCampaign(new QPushButton(tr("Show its &messages"), this))
    , m_openDialog(new QPushButton(tr("Open &dialog"), this))
    , m_reviewSender(new QPushButton(tr("Review s&ender"), this))
    , m_deleteDialogs(new QPushButton(tr("De&lete dialogs…"), this))
    , m_removeSender(new QPushButton(tr("Remo&ve sender…"), this))
{
    setObjectName(u"sweepPage"_s);
    auto *crawlBar = new QHBoxLayout;
    m_status->setWordWrap(true);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Index update progress"));
    crawlBar->addWidget(m_status, 1);
    crawlBar->addWidget(m_progress);
    crawlBar->addWidget(m_crawlButton);
    crawlBar->addWidget(m_pauseButton);
    crawlBar->addWidget(m_stopButton);
    crawlBar->addWidget(m_forgetButton);

    auto *searchBar = new QHBoxLayout;
    m_searchText->setPlaceholderText(tr("Phrase in messages, dialog or user names; end with * "
                                        "for a prefix"));
    m_searchText->setAccessibleName(tr("Search text"));
    m_searchText->setClearButtonEnabled(true);
    m_senderText->setPlaceholderText(tr("Sender id"));
    m_senderText->setAccessibleName(tr("Sender id"));
    m_senderText->setMaximumWidth(120);
    m_typeBox->addItem(tr("All types"), 0);
    m_typeBox->addItem(tr("Public"), int(DialogType::Public));
    m_typeBox->addItem(tr("Group"), int(DialogType::Group));
    m_typeBox->addItem(tr("Private"), int(DialogType::Private));
    m_sinceDate->setCalendarPopup(true);
    m_sinceDate->setDate(QDate::currentDate().addDays(-7));
    m_sinceDate->setEnabled(false);
    connect(m_sinceBox, &QCheckBox::toggled, m_sinceDate, &QWidget::setEnabled);
    searchBar->addWidget(m_searchText, 1);
    searchBar->addWidget(m_senderText);
    searchBar->addWidget(m_typeBox);
    searchBar->addWidget(m_sinceBox);
    searchBar->addWidget(m_sinceDate);
    searchBar->addWidget(m_linkBox);
    searchBar->addWidget(m_attachmentBox);
    searchBar->addWidget(m_searchButton);

    auto *campaignBar = new QHBoxLayout;
    m_minDialogs->setRange(2, 1000);
    m_minDialogs->setValue(5);
    m_minDialogs->setPrefix(tr("in at least "));
    m_minDialogs->setSuffix(tr(" dialogs"));
    m_windowHours->setRange(1, 24 * 30);
    m_windowHours->setValue(24);
    m_windowHours->setPrefix(tr("within "));
    m_windowHours->setSuffix(tr(" h"));
    campaignBar->addWidget(new QLabel(tr("Same text"), this));
    campaignBar->addWidget(m_minDialogs);
    campaignBar->addWidget(m_windowHours);
    campaignBar->addWidget(m_campaignsButton);
    campaignBar->addStretch(1);

    // A row of its own, so that the page fits a 1024-pixel-wide screen.
    auto *selectionBar = new QHBoxLayout;
    selectionBar->addWidget(new QLabel(tr("Saved selections:"), this));
    m_selectionBox->setMinimumContentsLength(18);
    selectionBar->addWidget(m_selectionBox);
    selectionBar->addWidget(m_runSelection);
    selectionBar->addWidget(m_saveSelection);
    selectionBar->addWidget(m_newSelection);
    selectionBar->addStretch(1);

    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setAccessibleName(tr("Sweep results"));

    auto *resultBar = new QHBoxLayout;
    resultBar->addWidget(m_resultLabel, 1);
    resultBar->addWidget(m_showCampaign);
    resultBar->addWidget(m_openDialog);
    resultBar->addWidget(m_reviewSender);
    resultBar->addWidget(m_deleteDialogs);
    resultBar->addWidget(m_removeSender);
    m_deleteDialogs->setToolTip(tr("Delete for everyone the dialogs these results are in"));
    m_removeSender->setToolTip(
        tr("Remove the chosen message's sender from the dialogs where these results are theirs"));
    m_results->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_results, &QWidget::customContextMenuRequested, this, &SweepPage::showResultMenu);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(crawlBar);
    layout->addLayout(searchBar);
    layout->addLayout(campaignBar);
    layout->addLayout(selectionBar);
    layout->addWidget(m_results, 1);
    layout->addLayout(resultBar);
    auto *notEvidence = new QLabel(tr("Results come from the local index, not from the server: "
                                      "anything acted on is checked with the server first."),
        this);
    notEvidence->setWordWrap(true);
    layout->addWidget(notEvidence);

    connect(m_crawlButton, &QPushButton::clicked, this, [this] { startCrawl(); });
    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        if (!m_crawler)
            return;
        if (m_crawler->isPaused())
            m_crawler->resume();
        else
            m_crawler->pause();
        updateButtons();
    });
    connect(m_stopButton, &QPushButton::clicked, this, &SweepPage::stopCrawl);
    connect(m_forgetButton, &QPushButton::clicked, this, [this] {
        if (!m_index)
            return;
        const QString question = m_index->isShared()
            ? tr("Delete this application's index and its saved selections from the team "
                 "database, for the whole team? Searches need a new crawl afterwards; nothing "
                 "changes on the server.")
            : tr("Delete the local index of this application? Searches need a new crawl "
                 "afterwards; nothing changes on the server.");
        if (!Prompter::current()->confirm(this, tr("Forget this app's index"), question,
                Prompter::EnterAnswers::PlatformDefault))
            return;
        stopCrawl();
        delete m_crawler;
        m_crawler = nullptr;
        m_index->forget();
        m_index.reset();
        openIndex(m_indexLocation, m_indexKey, m_indexPassword);
    });
    connect(m_searchText, &QLineEdit::returnPressed, this, &SweepPage::runSearch);
    connect(m_searchButton, &QPushButton::clicked, this, &SweepPage::runSearch);
    connect(m_campaignsButton, &QPushButton::clicked, this, &SweepPage::findCampaigns);
    connect(m_runSelection, &QPushButton::clicked, this,
        [this] { runSelection(m_selectionBox->currentText()); });
    connect(m_saveSelection, &QPushButton::clicked, this, [this] {
        const QString name
            = QInputDialog::getText(this, tr("Save as selection"), tr("Name of the selection:"));
        if (!name.trimmed().isEmpty())
            saveCurrentAsSelection(name);
    });
    connect(m_newSelection, &QPushButton::clicked, this, &SweepPage::newSelection);
    connect(m_results, &QTableWidget::itemSelectionChanged, this, &SweepPage::updateButtons);
    connect(m_results, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (m_view == View::Campaigns)
            showCampaignMessages(row);
    });
    connect(m_showCampaign, &QPushButton::clicked, this,
        [this] { showCampaignMessages(m_results->currentRow()); });
    connect(m_openDialog, &QPushButton::clicked, this, [this] {
        const int row = m_results->currentRow();
        if (row >= 0)
            Q_EMIT dialogRequested(m_results->item(row, 0)->data(DialogIdRole).toString());
    });
    connect(m_reviewSender, &QPushButton::clicked, this, [this] {
        const int row = m_results->currentRow();
        if (row >= 0)
            Q_EMIT userRequested(m_results->item(row, 0)->data(SenderIdRole).toLongLong());
    });
    connect(m_deleteDialogs, &QPushButton::clicked, this,
        [this] { actOnResults(SweepPlan::Action::DeleteDialogs); });
    connect(m_removeSender, &QPushButton::clicked, this,
        [this] { actOnResults(SweepPlan::Action::RemoveSender); });
    updateStatus();
    updateButtons();
}

SweepPage::~SweepPage()
{
    delete m_crawler; // before the index it writes to
}

void SweepPage::releaseClient()
{
    stopCrawl();
    delete m_crawler;
    m_crawler = nullptr;
    m_client = nullptr;
    updateButtons();
}

void SweepPage::setConnection(ApiClient *client, const Profile &profile,
    const QString &apiKeyFingerprint, const QString &storePassword, TeamIndex teamIndex)
{
    releaseClient();
    m_client = client;
    m_index.reset();
    if (profile.environment == Profile::Environment::Sandbox) {
        m_sandboxFolder = std::make_unique<QTemporaryDir>();
        openIndex(StoreLocation::thisComputer(m_sandboxFolder->filePath(u"index.sqlite"_s)));
    } else if (profile.store.isTeam() && teamIndex == TeamIndex::WhenReached) {
        m_indexLocation = profile.store;
        m_indexKey = SweepIndex::keyFor(profile.settings, apiKeyFingerprint);
        m_indexPassword = storePassword;
        m_results->clear();
        m_results->setRowCount(0);
        m_view = View::Nothing;
        m_status->setText(tr("The team's index opens once the team database is reached."));
        updateButtons();
    } else if (profile.store.isTeam()) {
        // Shared with the team, beside its journal.
        openIndex(
            profile.store, SweepIndex::keyFor(profile.settings, apiKeyFingerprint), storePassword);
    } else {
        openIndex(
            StoreLocation::thisComputer(SweepIndex::pathFor(profile.settings, apiKeyFingerprint)));
    }
}

void SweepPage::openTeamIndex()
{
    if (!m_index && m_indexLocation.isTeam())
        openIndex(m_indexLocation, m_indexKey, m_indexPassword);
}

void SweepPage::setIndexPath(const QString &path)
{
    stopCrawl();
    delete m_crawler;
    m_crawler = nullptr;
    m_index.reset();
    openIndex(StoreLocation::thisComputer(path));
}

bool SweepPage::openIndex(
    const StoreLocation &location, const QString &applicationKey, const QString &password)
{
    m_indexLocation = location;
    m_indexKey = applicationKey;
    m_indexPassword = password;
    m_results->clear();
    m_results->setRowCount(0);
    m_view = View::Nothing;
    auto index = std::make_unique<SweepIndex>();
    if (!index->open(location, applicationKey, password)) {
        m_status->setText(index->errorString());
        updateButtons();
        return false;
    }
    m_index = std::move(index);
    reloadSelections();
    updateStatus();
    updateButtons();
    return true;
}

void SweepPage::startCrawl(bool full)
{
    if (!m_index || !m_client || (m_crawler && m_crawler->isRunning()))
        return;
    delete m_crawler;
    m_crawler = new SweepCrawler(m_client, m_index.get());
    m_crawler->setFull(full);
    connect(m_crawler, &SweepCrawler::progressChanged, this, &SweepPage::onProgress);
    connect(m_crawler, &SweepCrawler::finished, this, &SweepPage::onCrawlFinished);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_crawler->start();
    updateButtons();
}

void SweepPage::startDemo()
{
    m_campaignsWhenIndexed = true;
    startCrawl();
}

void SweepPage::stopCrawl()
{
    if (m_crawler && m_crawler->isRunning())
        m_crawler->cancel();
}

void SweepPage::onProgress(const SweepCrawler::Progress &progress)
{
    if (progress.phase == SweepCrawler::Phase::Reading) {
        m_progress->setRange(0, progress.readDialogs + progress.pendingDialogs);
        m_progress->setValue(progress.readDialogs);
        m_progress->setFormat(
            tr("%1 of %n dialog(s)", nullptr, progress.readDialogs + progress.pendingDialogs)
                .arg(progress.readDialogs));
    } else {
        m_progress->setRange(0, 0);
    }
    // Whole sentences, one count each, so that every language can say them its own way.
    QStringList sentences { tr("%1: %n dialog(s) listed so far.", nullptr, progress.listedDialogs)
                                .arg(SweepCrawler::phaseText(progress.phase)),
        tr("The messages of %n dialog(s) are read.", nullptr, progress.readDialogs) };
    if (m_crawler && m_crawler->isPaused())
        sentences.append(tr("Paused."));
    m_status->setText(sentences.join(u' '));
}

void SweepPage::onCrawlFinished(SweepCrawler::Outcome outcome, const QString &error)
{
    m_progress->setVisible(false);
    updateStatus();
    if (outcome == SweepCrawler::Outcome::Completed && std::exchange(m_campaignsWhenIndexed, false))
        findCampaigns();
    if (outcome == SweepCrawler::Outcome::Failed)
        m_status->setText(m_status->text() + u"\n"_s
            + tr("The update stopped: %1 The next update resumes where it stopped.").arg(error));
    else if (outcome == SweepCrawler::Outcome::Cancelled)
        m_status->setText(
            m_status->text() + u"\n"_s + tr("Stopped; the next update resumes where it stopped."));
    updateButtons();
}

void SweepPage::updateStatus()
{
    if (!m_index) {
        if (m_status->text().isEmpty())
            m_status->setText(tr("Connect to an application to index it."));
        return;
    }
    const SweepIndex::Status status = m_index->status();
    QStringList sentences { tr("The index holds %n dialog(s).", nullptr, status.dialogs),
        tr("It keeps %n message(s) of theirs.", nullptr, status.messages),
        tr("It knows %n user(s) by name.", nullptr, status.users) };
    if (status.lastCrawlFinished.isValid())
        sentences.append(tr("Updated %1.").arg(when(status.lastCrawlFinished)));
    else if (status.dialogs == 0)
        sentences.append(tr("Not built yet: Update index reads the application once."));
    if (status.pendingDialogs > 0 || status.listingInProgress)
        sentences.append(tr("An update stopped half-way; the next one resumes it."));
    m_status->setText(sentences.join(u' '));
}

void SweepPage::updateButtons()
{
    const bool running = m_crawler && m_crawler->isRunning();
    m_crawlButton->setEnabled(m_index && m_client && !running);
    m_pauseButton->setEnabled(running);
    m_pauseButton->setText(m_crawler && m_crawler->isPaused() ? tr("&Resume") : tr("&Pause"));
    m_stopButton->setEnabled(running);
    m_forgetButton->setEnabled(m_index != nullptr);
    m_searchButton->setEnabled(m_index != nullptr);
    m_campaignsButton->setEnabled(m_index != nullptr);
    m_newSelection->setEnabled(m_index != nullptr);
    m_runSelection->setEnabled(m_index && m_selectionBox->count() > 0);
    m_saveSelection->setEnabled(m_index
        && ((m_view == View::Messages && !m_lastFilter.text.isEmpty())
            || (m_view == View::Campaigns && m_results->currentRow() >= 0)));
    const int row = m_results->currentRow();
    const bool hasRow = row >= 0 && m_view != View::Campaigns && m_results->item(row, 0);
    m_showCampaign->setEnabled(m_view == View::Campaigns && row >= 0);
    m_openDialog->setEnabled(hasRow);
    m_reviewSender->setEnabled(
        hasRow && m_results->item(row, 0)->data(SenderIdRole).toLongLong() > 0);
    const bool campaign = m_view == View::Campaigns && row >= 0 && row < m_campaigns.size();
    const bool canAct = m_index && m_client && m_basePlan;
    m_deleteDialogs->setEnabled(canAct && (campaign || !m_items.dialogIds.isEmpty()));
    m_removeSender->setEnabled(canAct && chosenSender() > 0);
}

qint64 SweepPage::chosenSender() const
{
    const int row = m_results->currentRow();
    if (m_view == View::Campaigns) {
        const bool one
            = row >= 0 && row < m_campaigns.size() && m_campaigns.at(row).senderIds.size() == 1;
        return one ? m_campaigns.at(row).senderIds.first() : 0;
    }
    if (m_view != View::Messages || row < 0 || !m_results->item(row, 0))
        return 0;
    return m_results->item(row, 0)->data(SenderIdRole).toLongLong();
}

void SweepPage::actOnResults(SweepPlan::Action action)
{
    if (!m_index || !m_basePlan)
        return;
    SweepSelection query = m_query;
    SweepSelectionItems items = m_items;
    const int row = m_results->currentRow();
    if (m_view == View::Campaigns) {
        if (row < 0 || row >= m_campaigns.size()) {
            m_resultLabel->setText(tr("Choose a campaign first."));
            return;
        }
        // What the list shows for this campaign, and the query that finds it again.
        const SweepCampaign &campaign = m_campaigns.at(row);
        query = SweepSelection();
        query.name = u"campaign"_s;
        query.kind = SweepSelection::Kind::Campaign;
        query.textHash = campaign.textHash;
        query.windowSeconds = m_campaignWindowSeconds;
        items = SweepSelectionItems();
        items.messageIds = campaign.messageIds;
        items.dialogIds = campaign.dialogIds;
        items.senderIds = campaign.senderIds;
    }
    const qint64 sender = action == SweepPlan::Action::RemoveSender ? chosenSender() : 0;
    if (action == SweepPlan::Action::RemoveSender && sender <= 0) {
        m_resultLabel->setText(tr("Choose a message of the sender to remove."));
        return;
    }
    DeletionPlan base = m_basePlan();
    // Spam is cleaned up for everyone; the confirmation says so and asks for the count.
    base.mode = DeletionPlan::Mode::ForEveryone;
    QString error;
    const std::optional<DeletionPlan> plan
        = SweepPlan::build(base, action, SweepSearch(*m_index), query, items, sender, &error);
    if (!plan) {
        m_resultLabel->setText(error);
        return;
    }
    Q_EMIT planReady(*plan);
}

void SweepPage::showResultMenu(const QPoint &position)
{
    if (m_results->itemAt(position) == nullptr)
        return;
    QMenu menu(this);
    const QList<QPushButton *> buttons { m_showCampaign, m_openDialog, m_reviewSender,
        m_deleteDialogs, m_removeSender };
    for (QPushButton *button : buttons) {
        if (!button->isEnabled())
            continue;
        QAction *action = menu.addAction(button->text());
        connect(action, &QAction::triggered, button, &QPushButton::click);
    }
    if (!menu.isEmpty())
        menu.exec(m_results->viewport()->mapToGlobal(position));
}

void SweepPage::runSearch()
{
    if (!m_index)
        return;
    SweepFilter filter;
    filter.text = m_searchText->text();
    if (!m_senderText->text().trimmed().isEmpty()) {
        bool ok = false;
        const qint64 sender = m_senderText->text().trimmed().toLongLong(&ok);
        if (!ok || sender <= 0) {
            m_resultLabel->setText(tr("The sender is a user id (a positive number)."));
            return;
        }
        filter.senderId = sender;
    }
    if (const int type = m_typeBox->currentData().toInt())
        filter.types = { DialogType(type) };
    if (m_sinceBox->isChecked())
        filter.since = m_sinceDate->date().startOfDay(QTimeZone::utc());
    filter.hasLink = m_linkBox->isChecked();
    filter.hasAttachment = m_attachmentBox->isChecked();
    if (filter.text.trimmed().isEmpty() && !filter.senderId && !filter.since.isValid()
        && !filter.hasLink && !filter.hasAttachment) {
        m_resultLabel->setText(tr("Type a phrase, or choose a filter."));
        return;
    }
    QString error;
    const auto result = SweepSearch(*m_index).search(filter, &error);
    if (!result) {
        m_resultLabel->setText(error);
        return;
    }
    m_lastFilter = filter;
    showMessages(result->messages);
    m_query = SweepSelection();
    m_query.name = u"search"_s;
    m_query.kind = SweepSelection::Kind::Phrase;
    m_query.filter = filter;
    QStringList sentences { tr("%n message(s) found.", nullptr, int(result->messages.size())) };
    if (!result->dialogs.isEmpty())
        sentences.append(tr("%n dialog name(s) match.", nullptr, int(result->dialogs.size())));
    if (!result->users.isEmpty()) {
        QStringList names;
        for (const SweepUserHit &user : result->users.mid(0, 5))
            names.append(SweepSearch::userLabel(user.userId, user.fullName, user.login));
        sentences.append(tr("%n user name(s) match: %1.", nullptr, int(result->users.size()))
                             .arg(names.join(u", "_s)));
    }
    m_resultLabel->setText(sentences.join(u' '));
    updateButtons();
}

void SweepPage::findCampaigns()
{
    if (!m_index)
        return;
    m_campaignWindowSeconds = qint64(m_windowHours->value()) * 3600;
    m_campaigns = SweepSearch(*m_index).campaigns(m_minDialogs->value(), m_campaignWindowSeconds);
    showCampaigns(m_campaigns);
    m_resultLabel->setText(tr(
        "%n campaign(s); double-click one to see its messages.", nullptr, int(m_campaigns.size())));
    updateButtons();
}

void SweepPage::showMessages(const QList<SweepMessageHit> &hits)
{
    m_view = View::Messages;
    m_items = SweepSelectionItems();
    m_results->clear();
    m_results->setColumnCount(4);
    m_results->setHorizontalHeaderLabels({ tr("Sent"), tr("Dialog"), tr("Sender"), tr("Message") });
    m_results->setRowCount(int(hits.size()));
    for (int row = 0; row < hits.size(); ++row) {
        const SweepMessageHit &hit = hits.at(row);
        auto *first = cell(when(hit.sentAt));
        first->setData(DialogIdRole, hit.dialogId);
        first->setData(SenderIdRole, hit.senderId);
        first->setData(MessageIdRole, hit.messageId);
        m_results->setItem(row, 0, first);
        m_results->setItem(row, 1,
            cell(tr("%1 (%2)").arg(
                hit.dialogName.isEmpty() ? tr("unnamed") : hit.dialogName, hit.dialogId)));
        m_results->setItem(
            row, 2, cell(SweepSearch::userLabel(hit.senderId, hit.senderName, hit.senderLogin)));
        m_results->setItem(row, 3, cell(hit.text));
        m_items.messageIds.append(hit.messageId);
        m_items.dialogOfMessage.insert(hit.messageId, hit.dialogId);
        if (!m_items.dialogIds.contains(hit.dialogId))
            m_items.dialogIds.append(hit.dialogId);
        if (!m_items.senderIds.contains(hit.senderId))
            m_items.senderIds.append(hit.senderId);
    }
    m_results->resizeColumnsToContents();
}

void SweepPage::showDialogs(const QList<SweepDialogHit> &hits)
{
    m_view = View::Dialogs;
    m_items = SweepSelectionItems();
    m_results->clear();
    m_results->setColumnCount(4);
    m_results->setHorizontalHeaderLabels(
        { tr("Last message"), tr("Dialog"), tr("Owner"), tr("Members") });
    m_results->setRowCount(int(hits.size()));
    for (int row = 0; row < hits.size(); ++row) {
        const SweepDialogHit &hit = hits.at(row);
        auto *first = cell(when(hit.lastMessageAt));
        first->setData(DialogIdRole, hit.dialogId);
        first->setData(SenderIdRole, hit.ownerId);
        m_results->setItem(row, 0, first);
        m_results->setItem(row, 1,
            cell(tr("%1 (%2)").arg(hit.name.isEmpty() ? tr("unnamed") : hit.name, hit.dialogId)));
        m_results->setItem(row, 2, cell(QString::number(hit.ownerId)));
        m_results->setItem(row, 3, cell(QString::number(hit.memberCount)));
        m_items.dialogIds.append(hit.dialogId);
    }
    m_results->resizeColumnsToContents();
}

void SweepPage::showCampaigns(const QList<SweepCampaign> &campaigns)
{
    m_view = View::Campaigns;
    m_items = SweepSelectionItems();
    m_results->clear();
    m_results->setColumnCount(5);
    m_results->setHorizontalHeaderLabels(
        { tr("Dialogs"), tr("Senders"), tr("First seen"), tr("Last seen"), tr("Text") });
    m_results->setRowCount(int(campaigns.size()));
    for (int row = 0; row < campaigns.size(); ++row) {
        const SweepCampaign &campaign = campaigns.at(row);
        QStringList senders;
        for (const qint64 id : campaign.senderIds)
            senders.append(QString::number(id));
        m_results->setItem(row, 0, cell(QString::number(campaign.dialogIds.size())));
        m_results->setItem(row, 1, cell(senders.join(u", "_s)));
        m_results->setItem(row, 2, cell(when(campaign.firstSeen)));
        m_results->setItem(row, 3, cell(when(campaign.lastSeen)));
        m_results->setItem(row, 4, cell(campaign.text));
    }
    m_results->resizeColumnsToContents();
}

void SweepPage::showCampaignMessages(int row)
{
    if (row < 0 || row >= m_campaigns.size() || !m_index)
        return;
    const SweepCampaign campaign = m_campaigns.at(row);
    showMessages(SweepSearch(*m_index).messages(campaign.messageIds));
    m_query = SweepSelection();
    m_query.name = u"campaign"_s;
    m_query.kind = SweepSelection::Kind::Campaign;
    m_query.textHash = campaign.textHash;
    m_query.windowSeconds = m_campaignWindowSeconds;
    m_resultLabel->setText(messageCountText(
        tr("The campaign's %n message(s).", nullptr, int(campaign.messageIds.size())),
        int(campaign.dialogIds.size()), int(campaign.senderIds.size())));
    m_lastFilter = SweepFilter();
    updateButtons();
}

bool SweepPage::saveCurrentAsSelection(const QString &name)
{
    if (!m_index)
        return false;
    SweepSelection selection;
    selection.name = name.trimmed();
    if (m_view == View::Messages && !m_lastFilter.text.isEmpty()) {
        selection.kind = SweepSelection::Kind::Phrase;
        selection.filter = m_lastFilter;
    } else if (m_view == View::Campaigns && m_results->currentRow() >= 0) {
        const SweepCampaign &campaign = m_campaigns.at(m_results->currentRow());
        selection.kind = SweepSelection::Kind::Campaign;
        selection.textHash = campaign.textHash;
        selection.windowSeconds = m_campaignWindowSeconds;
    } else {
        return false;
    }
    QString error;
    if (!SweepSearch(*m_index).saveSelection(selection, &error)) {
        m_resultLabel->setText(error);
        return false;
    }
    reloadSelections();
    m_selectionBox->setCurrentText(selection.name);
    return true;
}

void SweepPage::newSelection()
{
    QMenu menu(this);
    QAction *inactive = menu.addAction(tr("Dialogs with no message in N days…"));
    QAction *owned = menu.addAction(tr("Dialogs owned by a user…"));
    QAction *empty = menu.addAction(tr("Empty groups"));
    QAction *chosen = menu.exec(m_newSelection->mapToGlobal(QPoint(0, m_newSelection->height())));
    if (!chosen || !m_index)
        return;
    SweepSelection selection;
    bool ok = true;
    if (chosen == inactive) {
        selection.kind = SweepSelection::Kind::Inactive;
        selection.days = QInputDialog::getInt(
            this, tr("New selection"), tr("No message in how many days?"), 90, 1, 3650, 1, &ok);
    } else if (chosen == owned) {
        selection.kind = SweepSelection::Kind::OwnedBy;
        selection.userId = QInputDialog::getText(this, tr("New selection"), tr("Owner's user id:"))
                               .toLongLong(&ok);
        ok = ok && selection.userId > 0;
    } else if (chosen == empty) {
        selection.kind = SweepSelection::Kind::EmptyGroups;
    }
    if (!ok)
        return;
    selection.name = selection.describe();
    if (SweepSearch(*m_index).saveSelection(selection)) {
        reloadSelections();
        m_selectionBox->setCurrentText(selection.name);
        updateButtons();
    }
}

void SweepPage::reloadSelections()
{
    m_selectionBox->clear();
    if (!m_index)
        return;
    const QList<SweepSelection> selections = SweepSearch(*m_index).selections();
    for (const SweepSelection &selection : selections)
        m_selectionBox->addItem(selection.name);
    updateButtons();
}

QString SweepPage::messageCountText(const QString &messages, int dialogs, int senders)
{
    return QStringList { messages, tr("They are in %n dialog(s).", nullptr, dialogs),
        tr("%n sender(s) sent them.", nullptr, senders) }
        .join(u' ');
}

void SweepPage::runSelection(const QString &name)
{
    if (!m_index)
        return;
    const SweepSearch search(*m_index);
    const QList<SweepSelection> selections = search.selections();
    const auto it = std::find_if(selections.cbegin(), selections.cend(),
        [&name](const SweepSelection &selection) { return selection.name == name; });
    if (it == selections.cend())
        return;
    const SweepSelectionItems items = search.run(*it, QDateTime::currentDateTimeUtc());
    if (items.messageIds.isEmpty()) {
        showDialogs(search.dialogs(items.dialogIds));
        m_resultLabel->setText(
            tr("%1: %n dialog(s) in the index now.", nullptr, int(items.dialogIds.size()))
                .arg(it->describe()));
    } else {
        showMessages(search.messages(items.messageIds));
        m_resultLabel->setText(messageCountText(
            tr("%1: %n message(s) in the index now.", nullptr, int(items.messageIds.size()))
                .arg(it->describe()),
            int(items.dialogIds.size()), int(items.senderIds.size())));
    }
    m_items = items;
    m_query = *it;
    m_lastFilter = SweepFilter();
    updateButtons();
}

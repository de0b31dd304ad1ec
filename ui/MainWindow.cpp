// SPDX-License-Identifier: Apache-2.0

#include "MainWindow.h"

#include "AboutDialog.h"
#include "ActingUserDialog.h"
#include "DeleteConfirmationDialog.h"
#include "DeleteRunDialog.h"
#include "DialogsPage.h"
#include "JournalViewerDialog.h"
#include "ModerationSettingsDialog.h"
#include "PlainTextToolTips.h"
#include "Prompter.h"
#include "ShortcutsDialog.h"
#include "SweepPage.h"
#include "UserReviewPanel.h"
#include "api/ApiClient.h"
#include "api/UserDirectory.h"
#include "console/ConsoleSession.h"
#include "models/DeleteResultModel.h"
#include "moderation/JournalCopier.h"
#include "moderation/Reconciler.h"
#include "support/Translations.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString colourName(quint32 rgb)
{
    return u"#%1"_s.arg(static_cast<qulonglong>(rgb), 6, 16, QLatin1Char('0'));
}
} // namespace

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_session(new ConsoleSession(settings, this))
    , m_tabs(new QTabWidget(this))
    , m_dialogsPage(new DialogsPage(m_session, m_tabs))
    , m_userPanel(new UserReviewPanel(this))
    , m_usersPage(new QScrollArea(m_tabs))
    , m_sweepPage(new SweepPage(this))
    , m_environmentBanner(new QLabel(this))
    , m_actingBanner(new QWidget(this))
    , m_actingLabel(new QLabel(m_actingBanner))
    , m_recoveryBar(new QWidget(this))
    , m_recoveryLabel(new QLabel(m_recoveryBar))
    , m_reconcileButton(new QPushButton(tr("Check them now"), m_recoveryBar))
    , m_teamBar(new QWidget(this))
    , m_teamLabel(new QLabel(m_teamBar))
    , m_teamProgress(new QProgressBar(m_teamBar))
    , m_teamCancelButton(new QPushButton(tr("Cancel"), m_teamBar))
    , m_teamRetryButton(new QPushButton(m_teamBar))
    , m_selectionLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    // Item views show server text in their tooltips: never as markup.
    PlainTextToolTips::install(qApp);
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("qbmod"));

    m_environmentBanner->setObjectName(u"environmentBanner"_s);
    m_environmentBanner->setAlignment(Qt::AlignCenter);
    m_environmentBanner->setTextFormat(Qt::PlainText);
    m_environmentBanner->setMargin(4);
    m_environmentBanner->setWordWrap(true);
    m_environmentBanner->hide();

    m_actingBanner->setObjectName(u"actingBanner"_s);
    m_actingBanner->setStyleSheet(u"#actingBanner { background: #4a2d7a; }"
                                  "#actingBanner QLabel { color: white; font-weight: bold; }"_s);
    m_actingBanner->setAutoFillBackground(true);
    auto *actingLayout = new QHBoxLayout(m_actingBanner);
    actingLayout->setContentsMargins(8, 4, 8, 4);
    m_actingLabel->setObjectName(u"actingText"_s);
    m_actingLabel->setTextFormat(Qt::PlainText);
    m_actingLabel->setWordWrap(true); // a long name or a protection note must not widen the window
    actingLayout->addWidget(m_actingLabel, 1);
    m_actingBanner->hide();

    m_recoveryBar->setObjectName(u"recoveryBar"_s);
    m_recoveryBar->setStyleSheet(u"#recoveryBar { background: #fff4ce; }"_s);
    auto *recoveryLayout = new QHBoxLayout(m_recoveryBar);
    recoveryLayout->setContentsMargins(8, 4, 8, 4);
    m_recoveryLabel->setObjectName(u"recoveryText"_s);
    m_recoveryLabel->setWordWrap(true);
    m_recoveryLabel->setTextFormat(Qt::PlainText);
    m_reconcileButton->setObjectName(u"reconcile"_s);
    recoveryLayout->addWidget(m_recoveryLabel, 1);
    recoveryLayout->addWidget(m_reconcileButton);
    m_recoveryBar->hide();
    connect(m_reconcileButton, &QPushButton::clicked, this, &MainWindow::reconcile);

    // The team database being reached in the background: said, with its progress and a
    // cancel, while the window goes on answering.
    m_teamBar->setObjectName(u"teamJournalBar"_s);
    m_teamBar->setStyleSheet(u"#teamJournalBar { background: #dcebfa; }"_s);
    auto *teamLayout = new QHBoxLayout(m_teamBar);
    teamLayout->setContentsMargins(8, 4, 8, 4);
    m_teamLabel->setObjectName(u"teamJournalText"_s);
    m_teamLabel->setWordWrap(true);
    m_teamLabel->setTextFormat(Qt::PlainText);
    m_teamProgress->setObjectName(u"teamJournalProgress"_s);
    m_teamProgress->setMaximumWidth(200);
    m_teamProgress->setAccessibleName(tr("Team database progress"));
    m_teamCancelButton->setObjectName(u"cancelTeamJournal"_s);
    m_teamRetryButton->setObjectName(u"retryTeamJournal"_s);
    teamLayout->addWidget(m_teamLabel, 1);
    teamLayout->addWidget(m_teamProgress);
    teamLayout->addWidget(m_teamCancelButton);
    teamLayout->addWidget(m_teamRetryButton);
    m_teamBar->hide();
    connect(m_teamCancelButton, &QPushButton::clicked, this, &MainWindow::cancelJournalOpening);
    connect(m_teamRetryButton, &QPushButton::clicked, this, [this] {
        m_session->reopenJournal();
        checkForUnsettledRuns();
    });
    connect(m_session, &ConsoleSession::journalOpening, this, &MainWindow::onJournalOpening);
    connect(m_session, &ConsoleSession::journalUploadProgress, this,
        &MainWindow::onJournalUploadProgress);
    connect(m_session, &ConsoleSession::journalReady, this, &MainWindow::onJournalReady);

    createActions();
    createMenus();
    auto *stopActing = new QPushButton(tr("Stop acting as this user"), m_actingBanner);
    connect(stopActing, &QPushButton::clicked, m_stopActingAction, &QAction::trigger);
    actingLayout->addWidget(stopActing);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_environmentBanner);
    layout->addWidget(m_actingBanner);
    layout->addWidget(m_recoveryBar);
    layout->addWidget(m_teamBar);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_tabs->setObjectName(u"pages"_s);
    m_tabs->setDocumentMode(true);
    // No mnemonics: Alt+D and Alt+U open the menus of the same names.
    m_tabs->addTab(m_dialogsPage, tr("Dialogs"));
    // The Users page holds the most; on a very small screen (scale factor 2 on a laptop) it
    // scrolls rather than making the window taller than the screen.
    m_usersPage->setObjectName(u"usersPage"_s);
    m_usersPage->setWidget(m_userPanel);
    m_usersPage->setWidgetResizable(true);
    m_usersPage->setFrameShape(QFrame::NoFrame);
    m_usersPage->setMinimumSize(1, 1);
    m_tabs->addTab(m_usersPage, tr("Users"));
    m_tabs->addTab(m_sweepPage, tr("Sweep"));
    connect(m_sweepPage, &SweepPage::dialogRequested, this, [this](const QString &id) {
        m_tabs->setCurrentWidget(m_dialogsPage);
        m_dialogsPage->showDialog(id);
    });
    // The crawler lets go of the old client before it is replaced.
    connect(m_session, &ConsoleSession::aboutToDisconnect, m_sweepPage, &SweepPage::releaseClient);
    connect(m_sweepPage, &SweepPage::userRequested, this, &MainWindow::reviewUser);
    m_sweepPage->setPlanFactory([this] { return m_session->basePlan(); });
    connect(m_sweepPage, &SweepPage::planReady, this,
        [this](const DeletionPlan &plan) { confirmAndRun(plan, RunOrigin::SweepPage); });
    connect(m_userPanel, &UserReviewPanel::planReady, this,
        [this](const DeletionPlan &plan) { confirmAndRun(plan, RunOrigin::UsersPage); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    m_selectionLabel->setObjectName(u"selectionLabel"_s);
    // The counts may be cut short on a small screen; they never set the window's width.
    m_selectionLabel->setMinimumWidth(1);
    m_selectionLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress->setObjectName(u"loadingProgress"_s);
    m_progress->setMaximumWidth(240);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->hide();
    statusBar()->addWidget(m_selectionLabel, 1);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_dialogsPage, &DialogsPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_dialogsPage, &DialogsPage::summaryChanged, this, &MainWindow::updateSelectionLabel);
    connect(m_dialogsPage, &DialogsPage::loadingChanged, this, [this](bool loading) {
        m_progress->setVisible(loading);
        updateActions();
    });
    connect(m_dialogsPage, &DialogsPage::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_dialogsPage, &DialogsPage::progressChanged, this, [this](int loaded, int total) {
        m_progress->setRange(0, std::max(total, 0));
        m_progress->setValue(loaded);
        m_progress->setFormat(tr("%1 of %2").arg(loaded).arg(total));
    });
    connect(m_session, &ConsoleSession::actingUserChanged, this, &MainWindow::onActingUserChanged);
    connect(m_dialogsPage, &DialogsPage::reviewUserRequested, this, &MainWindow::reviewUser);
    connect(m_dialogsPage, &DialogsPage::actAsUserRequested, this, &MainWindow::actAsUser);
    connect(m_dialogsPage, &DialogsPage::journalRequested, this, [this](const QString &dialogId) {
        if (JournalViewerDialog *viewer = openJournal())
            viewer->showDialog(dialogId);
    });
    connect(m_dialogsPage, &DialogsPage::editProfileRequested, this, &MainWindow::connectRequested);
    connect(m_userPanel, &UserReviewPanel::actAsUserRequested, this, &MainWindow::actAsUser);
    connect(m_userPanel, &UserReviewPanel::journalRequested, this, [this](qint64 userId) {
        if (JournalViewerDialog *viewer = openJournal())
            viewer->showUser(userId);
    });

    restoreLayout();
    updateSelectionLabel();
    updateActions();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::makeAction(const QString &text, const QString &objectName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    return action;
}

void MainWindow::createActions()
{
    m_connectAction = makeAction(tr("&Connect…"), u"connect"_s);
    m_connectAction->setShortcut(QKeySequence(u"Ctrl+Shift+O"_s));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectRequested);

    m_quitAction = makeAction(tr("&Quit"), u"quit"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    if (m_quitAction->shortcut().isEmpty())
        m_quitAction->setShortcut(QKeySequence(u"Ctrl+Q"_s));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_reloadAction = makeAction(tr("&Reload"), u"reload"_s);
    m_reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_reloadAction, &QAction::triggered, m_dialogsPage, &DialogsPage::reload);

    m_loadAllAction = makeAction(tr("Load &all"), u"loadAll"_s);
    m_loadAllAction->setShortcut(QKeySequence(u"Ctrl+Shift+L"_s));
    connect(m_loadAllAction, &QAction::triggered, m_dialogsPage, &DialogsPage::loadAll);

    m_cancelAction = makeAction(tr("&Stop loading"), u"stopLoading"_s);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        // Esc stops what the page in view is loading.
        if (m_tabs->currentWidget() == m_usersPage)
            m_userPanel->stopLoading();
        else
            m_dialogsPage->cancelLoading();
    });

    m_filterAction = makeAction(tr("&Filter loaded dialogs"), u"filterLoaded"_s);
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, m_dialogsPage, &DialogsPage::focusLocalFilter);

    m_selectAllAction = makeAction(tr("Select &all"), u"selectAll"_s);
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    m_selectAllAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_selectAllAction, &QAction::triggered, m_dialogsPage, &DialogsPage::selectAll);

    m_deleteAction = makeAction(tr("&Delete for acting user"), u"deleteForUser"_s);
    m_deleteAction->setShortcut(QKeySequence(Qt::Key_Delete));
    m_deleteAction->setToolTip(tr("Remove the selected dialogs from the acting user's list only "
                                  "(Del)"));
    connect(m_deleteAction, &QAction::triggered, this,
        [this] { startDelete(DeletionPlan::Mode::FromActingUsersList); });

    m_forceDeleteAction = makeAction(tr("Delete for &everyone…"), u"deleteForEveryone"_s);
    m_forceDeleteAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_forceDeleteAction->setToolTip(tr("Delete the selected dialogs for all members; cannot be "
                                       "undone (Shift+Del)"));
    connect(m_forceDeleteAction, &QAction::triggered, this,
        [this] { startDelete(DeletionPlan::Mode::ForEveryone); });
    m_dialogsPage->addTableActions({ m_selectAllAction, m_deleteAction, m_forceDeleteAction });

    m_actAsAction = makeAction(tr("Act as &user…"), u"actAs"_s);
    m_actAsAction->setShortcut(QKeySequence(u"Ctrl+U"_s));
    connect(m_actAsAction, &QAction::triggered, this, &MainWindow::chooseActingUser);

    m_stopActingAction = makeAction(tr("S&top acting as user"), u"stopActing"_s);
    m_stopActingAction->setShortcut(QKeySequence(u"Ctrl+Shift+A"_s));
    connect(m_stopActingAction, &QAction::triggered, this, [this] { setActingUser(std::nullopt); });

    m_settingsAction = makeAction(tr("&Settings…"), u"settings"_s);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    if (m_settingsAction->shortcut().isEmpty()) // some desktops define none
        m_settingsAction->setShortcut(QKeySequence(u"Ctrl+,"_s));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_reviewUsersAction = makeAction(tr("&Review users"), u"reviewUsers"_s);
    m_reviewUsersAction->setShortcut(QKeySequence(u"Ctrl+Shift+U"_s));
    connect(m_reviewUsersAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_usersPage);
        m_userPanel->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    });

    m_journalAction = makeAction(tr("Moderation &journal…"), u"journal"_s);
    m_journalAction->setShortcut(QKeySequence(u"Ctrl+J"_s));
    connect(m_journalAction, &QAction::triggered, this, [this] { openJournal(); });
    // Off by default: a team profile whose database cannot be reached runs nothing destructive.
    m_workOfflineAction = makeAction(
        tr("Work &offline when the team database cannot be reached"), u"workOffline"_s);
    m_workOfflineAction->setCheckable(true);
    m_workOfflineAction->setShortcut(QKeySequence(u"Ctrl+Shift+K"_s));
    connect(m_workOfflineAction, &QAction::toggled, this, [this](bool on) {
        m_session->setWorkOffline(on);
        if (m_session->isConnected())
            checkForUnsettledRuns();
    });

    m_shortcutsAction = makeAction(tr("&Keyboard shortcuts"), u"keyboardShortcuts"_s);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    m_dialogsPageAction = makeAction(tr("&Dialogs page"), u"showDialogsPage"_s);
    m_dialogsPageAction->setShortcut(QKeySequence(u"Ctrl+1"_s));
    connect(m_dialogsPageAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_dialogsPage);
        m_dialogsPage->focusTable();
    });
    m_usersPageAction = makeAction(tr("&Users page"), u"showUsersPage"_s);
    m_usersPageAction->setShortcut(QKeySequence(u"Ctrl+2"_s));
    connect(m_usersPageAction, &QAction::triggered, m_reviewUsersAction, &QAction::trigger);

    m_aboutAction = makeAction(tr("&About qbmod"), u"about"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        AboutDialog about(this);
        about.exec();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_connectAction);
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_reloadAction);
    view->addAction(m_loadAllAction);
    view->addAction(m_cancelAction);
    view->addAction(m_filterAction);
    view->addSeparator();
    view->addAction(m_dialogsPageAction);
    view->addAction(m_usersPageAction);
    QAction *sweep = view->addAction(tr("S&weep: search messages, find campaigns"));
    sweep->setShortcut(QKeySequence(u"Ctrl+Shift+W"_s));
    connect(sweep, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_sweepPage); });

    QMenu *dialogs = menuBar()->addMenu(tr("&Dialogs"));
    dialogs->addAction(m_selectAllAction);
    dialogs->addSeparator();
    dialogs->addAction(m_deleteAction);
    dialogs->addAction(m_forceDeleteAction);
    dialogs->addSeparator();
    dialogs->addActions(m_dialogsPage->pivotActions());

    QMenu *users = menuBar()->addMenu(tr("&Users"));
    users->addAction(m_reviewUsersAction);

    QMenu *acting = menuBar()->addMenu(tr("&Acting user"));
    acting->addAction(m_actAsAction);
    acting->addAction(m_stopActingAction);

    QMenu *journal = menuBar()->addMenu(tr("&Journal"));
    journal->addAction(m_journalAction);
    journal->addAction(m_workOfflineAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->addAction(m_reloadAction);
    toolbar->addAction(m_loadAllAction);
    toolbar->addSeparator();
    toolbar->addAction(m_actAsAction);
    toolbar->addSeparator();
    toolbar->addAction(m_deleteAction);
    toolbar->addAction(m_forceDeleteAction);
}

bool MainWindow::isConnected() const
{
    return m_session->isConnected();
}

void MainWindow::connectTo(const Profile &profile, const Credentials &credentials)
{
    if (m_run && m_run->isRunning()) {
        // The running delete uses this connection; switching now would orphan its answers.
        Prompter::current()->inform(this, tr("A delete is running"),
            tr("Wait for the running delete to finish, or cancel it, before connecting "
               "elsewhere."));
        return;
    }
    m_session->connectTo(profile, credentials);
    m_userPanel->setConnection(m_session->client(), m_session->users(), m_session->isApiKey(),
        [this] { return m_session->basePlan(); });
    m_sweepPage->setConnection(m_session->client(), profile,
        profile.settings.authMode == AuthMode::ApiKey
            ? Journal::apiKeyFingerprint(credentials.apiKey)
            : QString(),
        credentials.storePassword, SweepPage::TeamIndex::WhenReached);

    const QString environment = Profile::environmentName(profile.environment);
    m_environmentBanner->setText(tr("%1 · %2 · %3")
                                     .arg(environment.toUpper(), profile.name,
                                         profile.settings.endpoint.toString(QUrl::RemoveUserInfo)));
    m_environmentBanner->setStyleSheet(
        u"QLabel { background: %1; color: white; font-weight: bold; }"_s.arg(
            colourName(Profile::environmentColor(profile.environment))));
    m_environmentBanner->show();
    setWindowTitle(tr("qbmod – %1 (%2)").arg(profile.name, environment));
    if (m_settings && !profile.id.isEmpty())
        m_settings->setValue(u"lastProfile"_s, profile.id);

    setActingUser(std::nullopt);
    checkForUnsettledRuns();
    m_userPanel->setProtectedUsers(m_session->guard().protectedUsers());
}

void MainWindow::setActingUser(const std::optional<ChatUser> &user)
{
    m_session->setActingUser(user);
}

void MainWindow::onActingUserChanged()
{
    const auto &user = m_session->actingUser();
    if (user) {
        // Browsing as a protected user is harmless; deletes for them need the override in the
        // confirmation (see DeleteConfirmationDialog). One sentence each, never glued.
        m_actingLabel->setText(m_session->isProtected(user->id)
                ? tr("Acting as %1. Every action is taken on their behalf. This user is "
                     "protected: deleting on their behalf needs an explicit override.")
                      .arg(user->identity())
                : tr("Acting as %1. Every action is taken on their behalf.").arg(user->identity()));
        m_actingBanner->show();
    } else {
        m_actingBanner->hide();
    }
    updateActions();
}

void MainWindow::chooseActingUser()
{
    if (!m_session->isConnected())
        return;
    auto *picker = new ActingUserDialog(m_session->client(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        if (const auto user = picker->selectedUser())
            setActingUser(*user);
    });
    picker->open();
}

void MainWindow::startDelete(DeletionPlan::Mode mode)
{
    if (!m_session->isConnected() || (m_run && m_run->isRunning()))
        return;
    DeletionPlan plan = m_session->basePlan();
    plan.dialogs = m_dialogsPage->selectedDialogs();
    plan.mode = mode;
    if (plan.dialogs.isEmpty())
        return;
    if (mode == DeletionPlan::Mode::FromActingUsersList && plan.hasFullRights()) {
        // Said, not silently ignored: Del without an acting user would delete for everyone.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Choose an acting user"),
            tr("With an API key and no acting user, QuickBlox removes dialogs for every "
               "member. Choose a user to act as (Acting user › Act as user…, Ctrl+U) to remove "
               "dialogs from that user's list only, or use Delete for everyone (Shift+Del)."),
            QMessageBox::Ok, this);
        box->setObjectName(u"chooseActingUser"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    confirmAndRun(plan, RunOrigin::DialogsPage);
}

void MainWindow::confirmAndRun(const DeletionPlan &plan, RunOrigin origin)
{
    if (!m_session->isConnected() || (m_run && m_run->isRunning()))
        return;
    // Said before a reason is typed: nothing destructive runs without its journal, nor while
    // nobody can tell who is protected.
    if (!ensureJournal())
        return;
    if (const auto unknown = plan.guard.protectedUsersUnknown()) {
        Prompter::current()->warn(this, tr("Protected users unknown"),
            tr("The protected users cannot be read, so nothing can be deleted: %1").arg(*unknown));
        return;
    }
    auto *confirmation = new DeleteConfirmationDialog(plan, this);
    confirmation->setAttribute(Qt::WA_DeleteOnClose);
    confirmation->setRecentReasons(m_session->recentReasons());
    confirmation->setDraftReason(m_draftReason);
    connect(confirmation, &QDialog::accepted, this, [this, confirmation, origin] {
        m_draftReason.clear();
        runDelete(confirmation->confirmedPlan(), origin);
    });
    // A reason typed and then cancelled is offered again, not lost.
    connect(confirmation, &QDialog::rejected, this,
        [this, confirmation] { m_draftReason = confirmation->reasonEdit()->text().trimmed(); });
    confirmation->open();
}

Journal *MainWindow::ensureJournal()
{
    Journal *journal = m_session->journal();
    if (!journal && m_session->isOpeningJournal())
        Prompter::current()->warn(this, tr("Journal not ready"),
            tr("The team database is still being reached, so nothing can be deleted yet. Try "
               "again once the journal is ready, or cancel."));
    else if (!journal)
        Prompter::current()->warn(this, tr("Journal unavailable"),
            m_session->profile().store.isTeam() && !m_session->workOffline()
                ? tr("The moderation journal could not be opened, so nothing can be deleted: %1 "
                     "To go ahead without the team database, choose Journal › Work offline.")
                      .arg(m_session->journalError())
                : tr("The moderation journal could not be opened, so nothing can be deleted: %1")
                      .arg(m_session->journalError()));
    return journal;
}

void MainWindow::checkForUnsettledRuns()
{
    m_recoveryBar->hide();
    // Checked again once the team database has been reached (onJournalReady).
    if (!m_session->journal() && m_session->isOpeningJournal())
        return;
    // A cancel is said in the team bar; a destructive action still says why it is refused.
    if (!m_session->journal() && m_session->openingCancelled())
        return;
    Journal *journal = ensureJournal();
    if (!journal)
        return;
    showOfflineState();
    pruneEvidence();
    const int runs = static_cast<int>(journal->runsNeedingReconcile().size());
    if (runs == 0)
        return;
    m_recoveryLabel->setText(tr("%n earlier delete run(s) have dialogs whose fate is unknown (the "
                                "program stopped, or an answer was lost). Check them on the "
                                "server to settle the journal.",
        nullptr, runs));
    m_reconcileButton->setEnabled(true);
    m_recoveryBar->show();
}

void MainWindow::showOfflineState()
{
    if (m_session->isOffline()) {
        // Why the team database is not used, then what working offline means for every run.
        statusBar()->showMessage(
            tr("%1 Working offline: runs are journaled on this computer and uploaded to the team "
               "database when it can be reached again. Until then the team cannot see them, and "
               "their ids are not claimed: a colleague may act on the same ids at the same time.")
                .arg(m_session->offlineReason()));
        return;
    }
    const JournalCopier::Result &upload = m_session->uploadResult();
    if (!upload.ok() && !m_session->openingCancelled()) // a cancel is said in the team bar
        Prompter::current()->warn(this, tr("Offline runs not uploaded"),
            tr("Some runs made offline could not be uploaded to the team database; they stay on "
               "this computer and are uploaded the next time the profile is opened. %1")
                .arg(upload.error));
    else if (upload.copied > 0)
        statusBar()->showMessage(
            tr("%n run(s) made offline uploaded to the team database.", nullptr, upload.copied));
}

void MainWindow::onJournalOpening()
{
    m_teamLabel->setText(
        tr("Connecting to the team database %1…").arg(m_session->profile().store.displayName()));
    m_teamProgress->setRange(0, 0); // busy: how long a connection takes is not known
    m_teamProgress->show();
    m_teamCancelButton->setEnabled(true);
    m_teamCancelButton->show();
    m_teamRetryButton->hide();
    m_teamBar->show();
    updateActions();
}

void MainWindow::onJournalUploadProgress(int done, int total)
{
    if (!m_teamCancelButton->isEnabled())
        return; // stopping: said already
    m_teamLabel->setText(tr("Uploading offline runs: %1 of %2").arg(done).arg(total));
    m_teamProgress->setRange(0, total);
    m_teamProgress->setValue(done);
}

void MainWindow::cancelJournalOpening()
{
    m_teamCancelButton->setEnabled(false);
    if (m_session->isUploadingOfflineRuns())
        m_teamLabel->setText(tr("Stopping after the run being uploaded…"));
    m_session->cancelOpening();
}

void MainWindow::onJournalReady()
{
    m_teamBar->hide();
    m_teamProgress->hide();
    m_teamCancelButton->hide();
    if (m_session->openingCancelled()) {
        const int waiting = m_session->offlineRunsWaiting();
        if (m_session->journal() && !m_session->isOffline()) {
            m_teamLabel->setText(tr("Upload cancelled: %n run(s) made offline uploaded.", nullptr,
                                     m_session->uploadResult().copied)
                + u' '
                + tr("%n run(s) made offline wait on this computer; they are uploaded the next "
                     "time the team database is reached.",
                    nullptr, waiting));
            m_teamRetryButton->setText(tr("Upload them now"));
        } else {
            m_teamLabel->setText(m_session->isOffline()
                    ? tr("Connecting to the team database was cancelled: working offline.")
                    : tr("Connecting to the team database was cancelled: nothing can be deleted "
                         "until it is reached."));
            m_teamRetryButton->setText(tr("Connect again"));
        }
        m_teamRetryButton->show();
        m_teamBar->show();
    }
    checkForUnsettledRuns();
    // The team answered: its Sweep index can be opened without waiting on it for long.
    if (m_session->journal() && !m_session->isOffline())
        m_sweepPage->openTeamIndex();
    m_userPanel->setProtectedUsers(m_session->guard().protectedUsers());
    onActingUserChanged();
}

void MainWindow::reconcile()
{
    Journal *journal = ensureJournal();
    if (!journal || !m_session->isConnected())
        return;
    m_reconcileButton->setEnabled(false);
    m_recoveryLabel->setText(tr("Checking…"));
    auto *reconciler = new Reconciler(journal, m_session->client(), this);
    connect(reconciler, &Reconciler::finished, this, [this, reconciler] {
        const Reconciler::Summary summary = reconciler->summary();
        QString text = tr("Checked %1: %2 gone, %3 still present.")
                           .arg(summary.checked)
                           .arg(summary.gone)
                           .arg(summary.present);
        if (summary.failed > 0)
            text += u' ' + tr("%n got no clear answer.", nullptr, summary.failed);
        if (!summary.skipped.isEmpty())
            text += u' ' + summary.skipped.join(u' ');
        m_recoveryLabel->setText(text);
        m_reconcileButton->setEnabled(summary.failed > 0);
        reconciler->deleteLater();
    });
    reconciler->start();
}

JournalViewerDialog *MainWindow::openJournal()
{
    Journal *journal = ensureJournal();
    if (!journal)
        return nullptr;
    auto *viewer = new JournalViewerDialog(journal, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session->isConnected())
        viewer->setUserDirectory(m_session->users());
    viewer->open();
    return viewer;
}

void MainWindow::reviewUser(qint64 userId)
{
    m_tabs->setCurrentWidget(m_usersPage);
    m_userPanel->reviewUser(userId);
}

void MainWindow::actAsUser(qint64 userId)
{
    if (!m_session->isApiKey())
        return;
    std::optional<ChatUser> user = m_session->users()->user(userId);
    if (!user) {
        user = ChatUser {};
        user->id = userId;
    }
    setActingUser(user);
}

void MainWindow::openSettings()
{
    auto *dialog = new ModerationSettingsDialog(m_session->moderationSettings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_settings)
        dialog->setLanguage(Translations::chosenLanguage(*m_settings));
    // A team profile edits the team's list; only what the moderator changed is written, so a
    // colleague's change made meanwhile stays.
    std::optional<QSet<qint64>> teamBefore;
    if (m_session->isConnected() && m_session->profile().store.isTeam()) {
        QString error;
        if (const auto team = m_session->teamProtectedUsers(&error)) {
            teamBefore.emplace();
            for (const Journal::ProtectedUser &user : *team)
                teamBefore->insert(user.userId);
        }
        dialog->showTeamProtection(m_session->profile().store.displayName(), teamBefore, error);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, teamBefore] {
        if (teamBefore) {
            const QSet<qint64> typed = dialog->teamProtectedUsers();
            QString error;
            if (typed != *teamBefore
                && !m_session->changeTeamProtection(
                    typed - *teamBefore, *teamBefore - typed, dialog->protectionNote(), &error))
                Prompter::current()->warn(this, tr("Protected users not saved"),
                    tr("The team's protected users could not be changed: %1").arg(error));
        }
        if (m_settings) {
            dialog->settings().save(m_settings);
            Translations::setChosenLanguage(*m_settings, dialog->language());
            m_settings->sync();
        }
        m_userPanel->setProtectedUsers(m_session->guard().protectedUsers());
        // A shorter retention applies at once, not only at the next connect.
        pruneEvidence();
    });
    dialog->open();
}

void MainWindow::pruneEvidence()
{
    QString error;
    if (!m_session->pruneEvidence(&error))
        statusBar()->showMessage(tr("Old evidence could not be pruned: %1").arg(error));
}

void MainWindow::setJournalPath(const QString &path)
{
    m_session->setJournalPath(path);
}

void MainWindow::runDelete(const DeletionPlan &plan, RunOrigin origin)
{
    Journal *journal = ensureJournal();
    if (!journal)
        return; // nothing destructive leaves without a record of it
    m_run = new DeleteRunDialog(m_session->client(), plan, this);
    m_run->setJournal(journal, m_session->journalContext());
    m_run->setKeepEvidence(m_session->moderationSettings().keepEvidence);
    m_run->setAttribute(Qt::WA_DeleteOnClose);
    // Rows leave the Dialogs page only when the delete took them out of the list it shows: a
    // delete for everyone, or one for the user whose list that is.
    if (plan.target == DeletionPlan::Target::Dialogs
        && (plan.isForce() || plan.onBehalfOf == m_session->basePlan().onBehalfOf))
        connect(m_run, &DeleteRunDialog::outcomesSettled, this, &MainWindow::onOutcomesSettled);
    connect(m_run, &DeleteRunDialog::runFinished, this, [this, plan, origin] {
        m_userPanel->applyRun(plan, *m_run->results());
        if (origin == RunOrigin::DialogsPage) {
            // What is still in the table from this delete failed or was refused: keep it
            // selected. A run from the Users page leaves this page's selection alone.
            QStringList remaining;
            for (const Dialog &dialog : plan.dialogs) {
                if (m_dialogsPage->isListed(dialog.id))
                    remaining.append(dialog.id);
            }
            m_dialogsPage->selectIds(remaining);
        }
        pruneEvidence();
        updateActions();
    });
    m_run->open();
    m_run->start();
    updateActions();
}

void MainWindow::onOutcomesSettled(const QList<ItemOutcome> &outcomes)
{
    QStringList gone;
    for (const ItemOutcome &outcome : outcomes) {
        if (outcome.result == ItemOutcome::Result::Deleted
            || outcome.result == ItemOutcome::Result::AlreadyGone)
            gone.append(outcome.id);
    }
    m_dialogsPage->forgetDialogs(gone);
}

void MainWindow::updateSelectionLabel()
{
    m_selectionLabel->setText(m_dialogsPage->selectionSummary());
}

void MainWindow::updateActions()
{
    const bool connected = m_session->isConnected();
    const bool apiKey = m_session->isApiKey();
    const bool acting = m_session->actingUser().has_value();
    const bool hasSelection = m_dialogsPage->hasSelection();
    const bool idle = !m_run || !m_run->isRunning();
    // The dialog actions work on the Dialogs page's selection: with another page showing, a
    // keypress must not delete rows the moderator cannot see.
    const bool dialogsShown = m_tabs->currentWidget() == m_dialogsPage;
    m_selectionLabel->setVisible(dialogsShown); // it counts the Dialogs page's rows
    m_reloadAction->setEnabled(connected);
    m_loadAllAction->setEnabled(connected);
    m_cancelAction->setEnabled(m_dialogsPage->isLoading());
    m_forceDeleteAction->setEnabled(connected && hasSelection && idle && dialogsShown);
    // Enabled without an acting user too: pressing it then says what is missing.
    m_deleteAction->setEnabled(connected && hasSelection && idle && dialogsShown);
    m_actAsAction->setEnabled(apiKey);
    m_stopActingAction->setEnabled(acting);
    // Not under a running delete: its journal would be closed beneath it.
    m_workOfflineAction->setEnabled(m_session->profile().store.isTeam() && idle);
    m_teamRetryButton->setEnabled(idle);
    m_userPanel->setRunning(!idle);
}

void MainWindow::restoreLayout()
{
    m_dialogsPage->restoreLayout(m_settings);
    if (!m_settings)
        return;
    restoreGeometry(m_settings->value(u"window/geometry"_s).toByteArray());
    restoreState(m_settings->value(u"window/state"_s).toByteArray());
}

void MainWindow::saveLayout()
{
    if (!m_settings)
        return;
    m_settings->setValue(u"window/geometry"_s, saveGeometry());
    m_settings->setValue(u"window/state"_s, saveState());
    m_dialogsPage->saveLayout(m_settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_run && m_run->isRunning()) {
        const bool quit = Prompter::current()->confirm(this, tr("A delete is running"),
            tr("A delete is still running. Cancel it and quit? Dialogs already sent may "
               "still be deleted."),
            Prompter::EnterAnswers::PlatformDefault);
        if (!quit) {
            event->ignore();
            return;
        }
        m_run->cancelOrClose();
    }
    saveLayout();
    event->accept();
}

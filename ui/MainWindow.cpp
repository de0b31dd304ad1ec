#include "MainWindow.h"

#include "ActingUserDialog.h"
#include "DeleteConfirmationDialog.h"
#include "DeleteRunDialog.h"
#include "DialogDetailPane.h"
#include "JournalViewerDialog.h"
#include "ModerationSettingsDialog.h"
#include "UserReviewPanel.h"
#include "api/ApiClient.h"
#include "api/UserDirectory.h"
#include "models/DialogFilterProxyModel.h"
#include "models/DialogListLoader.h"
#include "models/DialogTableModel.h"
#include "moderation/Reconciler.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
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
    , m_model(new DialogTableModel(this))
    , m_proxy(new DialogFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(this))
    , m_tabs(new QTabWidget(this))
    , m_userPanel(new UserReviewPanel(this))
    , m_environmentBanner(new QLabel(this))
    , m_actingBanner(new QWidget(this))
    , m_actingLabel(new QLabel(m_actingBanner))
    , m_errorBar(new QWidget(this))
    , m_errorLabel(new QLabel(m_errorBar))
    , m_recoveryBar(new QWidget(this))
    , m_recoveryLabel(new QLabel(m_recoveryBar))
    , m_reconcileButton(new QPushButton(tr("Check them now"), m_recoveryBar))
    , m_selectionLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("qbmod"));
    m_proxy->setSourceModel(m_model);

    m_table->setObjectName(u"dialogTable"_s);
    m_table->setAccessibleName(tr("Dialogs"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // server order until the user sorts
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_environmentBanner->setObjectName(u"environmentBanner"_s);
    m_environmentBanner->setAlignment(Qt::AlignCenter);
    m_environmentBanner->setTextFormat(Qt::PlainText);
    m_environmentBanner->setMargin(4);
    m_environmentBanner->hide();

    m_actingBanner->setObjectName(u"actingBanner"_s);
    m_actingBanner->setStyleSheet(u"#actingBanner { background: #4a2d7a; }"
                                  "#actingBanner QLabel { color: white; font-weight: bold; }"_s);
    m_actingBanner->setAutoFillBackground(true);
    auto *actingLayout = new QHBoxLayout(m_actingBanner);
    actingLayout->setContentsMargins(8, 4, 8, 4);
    m_actingLabel->setTextFormat(Qt::PlainText);
    actingLayout->addWidget(m_actingLabel, 1);
    m_actingBanner->hide();

    m_errorBar->setObjectName(u"errorBar"_s);
    m_errorBar->setStyleSheet(u"#errorBar { background: #fde2e1; }"_s);
    auto *errorLayout = new QHBoxLayout(m_errorBar);
    errorLayout->setContentsMargins(8, 4, 8, 4);
    m_errorLabel->setObjectName(u"errorText"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    auto *retry = new QPushButton(tr("Retry"), m_errorBar);
    retry->setObjectName(u"retryLoad"_s);
    errorLayout->addWidget(m_errorLabel, 1);
    errorLayout->addWidget(retry);
    m_errorBar->hide();
    connect(retry, &QPushButton::clicked, this, [this] {
        m_errorBar->hide();
        if (m_loader)
            m_loader->reload();
    });

    m_recoveryBar->setObjectName(u"recoveryBar"_s);
    m_recoveryBar->setStyleSheet(u"#recoveryBar { background: #fff4ce; }"_s);
    auto *recoveryLayout = new QHBoxLayout(m_recoveryBar);
    recoveryLayout->setContentsMargins(8, 4, 8, 4);
    m_recoveryLabel->setWordWrap(true);
    m_recoveryLabel->setTextFormat(Qt::PlainText);
    m_reconcileButton->setObjectName(u"reconcile"_s);
    recoveryLayout->addWidget(m_recoveryLabel, 1);
    recoveryLayout->addWidget(m_reconcileButton);
    m_recoveryBar->hide();
    connect(m_reconcileButton, &QPushButton::clicked, this, &MainWindow::reconcile);

    createActions();
    createMenus();
    auto *stopActing = new QPushButton(tr("Stop acting as this user"), m_actingBanner);
    connect(stopActing, &QPushButton::clicked, m_stopActingAction, &QAction::trigger);
    actingLayout->addWidget(stopActing);

    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 3);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_environmentBanner);
    layout->addWidget(m_actingBanner);
    layout->addWidget(m_recoveryBar);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    auto *dialogsPage = new QWidget(m_tabs);
    auto *dialogsLayout = new QVBoxLayout(dialogsPage);
    dialogsLayout->setContentsMargins(0, 0, 0, 0);
    dialogsLayout->setSpacing(0);
    dialogsLayout->addWidget(createFilterBar());
    dialogsLayout->addWidget(m_errorBar);
    dialogsLayout->addWidget(m_splitter, 1);
    m_tabs->setObjectName(u"pages"_s);
    m_tabs->setDocumentMode(true);
    // No mnemonics: Alt+D and Alt+U open the menus of the same names.
    m_tabs->addTab(dialogsPage, tr("Dialogs"));
    m_tabs->addTab(m_userPanel, tr("Users"));
    connect(m_userPanel, &UserReviewPanel::planReady, this,
        [this](const DeletionPlan &plan) { confirmAndRun(plan, RunOrigin::UsersPage); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    m_selectionLabel->setObjectName(u"selectionLabel"_s);
    m_progress->setMaximumWidth(240);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->hide();
    statusBar()->addWidget(m_selectionLabel, 1);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateSelectionLabel);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateSelectionLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateSelectionLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateSelectionLabel);
    connect(
        m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &MainWindow::maybeLoadMore);

    restoreLayout();
    updateSelectionLabel();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_connectAction = new QAction(tr("&Connect…"), this);
    m_connectAction->setShortcut(QKeySequence(u"Ctrl+Shift+O"_s));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectRequested);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_reloadAction = new QAction(tr("&Reload"), this);
    m_reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        m_errorBar->hide();
        if (m_loader)
            m_loader->reload();
    });

    m_loadAllAction = new QAction(tr("Load &all"), this);
    m_loadAllAction->setShortcut(QKeySequence(u"Ctrl+Shift+L"_s));
    connect(m_loadAllAction, &QAction::triggered, this, [this] {
        if (m_loader)
            m_loader->loadAll();
    });

    m_cancelAction = new QAction(tr("&Stop loading"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        // Esc stops what the page in view is loading.
        if (m_tabs->currentWidget() == m_userPanel)
            m_userPanel->stopLoading();
        else if (m_loader)
            m_loader->cancel();
    });

    m_filterAction = new QAction(tr("&Filter loaded dialogs"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_localFilter->setFocus(Qt::ShortcutFocusReason);
        m_localFilter->selectAll();
    });

    m_selectAllAction = new QAction(tr("Select &all"), this);
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    m_selectAllAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_selectAllAction, &QAction::triggered, m_table, &QTableView::selectAll);
    m_table->addAction(m_selectAllAction);

    m_deleteAction = new QAction(tr("&Delete for acting user"), this);
    m_deleteAction->setObjectName(u"deleteForUser"_s);
    m_deleteAction->setShortcut(QKeySequence(Qt::Key_Delete));
    m_deleteAction->setToolTip(tr("Remove the selected dialogs from the acting user's list only "
                                  "(Del)"));
    connect(m_deleteAction, &QAction::triggered, this,
        [this] { startDelete(DeletionPlan::Mode::FromActingUsersList); });
    m_table->addAction(m_deleteAction);

    m_forceDeleteAction = new QAction(tr("Delete for &everyone…"), this);
    m_forceDeleteAction->setObjectName(u"deleteForEveryone"_s);
    m_forceDeleteAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_forceDeleteAction->setToolTip(tr("Delete the selected dialogs for all members; cannot be "
                                       "undone (Shift+Del)"));
    connect(m_forceDeleteAction, &QAction::triggered, this,
        [this] { startDelete(DeletionPlan::Mode::ForEveryone); });
    m_table->addAction(m_forceDeleteAction);

    m_actAsAction = new QAction(tr("Act as &user…"), this);
    m_actAsAction->setShortcut(QKeySequence(u"Ctrl+U"_s));
    connect(m_actAsAction, &QAction::triggered, this, &MainWindow::chooseActingUser);

    m_stopActingAction = new QAction(tr("S&top acting as user"), this);
    connect(m_stopActingAction, &QAction::triggered, this, [this] { setActingUser(std::nullopt); });

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_reviewUsersAction = new QAction(tr("&Review users"), this);
    m_reviewUsersAction->setShortcut(QKeySequence(u"Ctrl+Shift+U"_s));
    connect(m_reviewUsersAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_userPanel);
        m_userPanel->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    });

    m_journalAction = new QAction(tr("Moderation &journal…"), this);
    m_journalAction->setShortcut(QKeySequence(u"Ctrl+J"_s));
    connect(m_journalAction, &QAction::triggered, this, &MainWindow::openJournal);

    m_aboutAction = new QAction(tr("&About qbmod"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About qbmod"),
            tr("qbmod %1\nA moderation console for QuickBlox chat applications.")
                .arg(QStringLiteral(QBMOD_VERSION)));
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

    QMenu *dialogs = menuBar()->addMenu(tr("&Dialogs"));
    dialogs->addAction(m_selectAllAction);
    dialogs->addSeparator();
    dialogs->addAction(m_deleteAction);
    dialogs->addAction(m_forceDeleteAction);

    QMenu *users = menuBar()->addMenu(tr("&Users"));
    users->addAction(m_reviewUsersAction);

    QMenu *acting = menuBar()->addMenu(tr("&Acting user"));
    acting->addAction(m_actAsAction);
    acting->addAction(m_stopActingAction);

    QMenu *journal = menuBar()->addMenu(tr("&Journal"));
    journal->addAction(m_journalAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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

QWidget *MainWindow::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 6, 6, 6);

    m_typeFilter = new QComboBox(bar);
    m_typeFilter->setObjectName(u"typeFilter"_s);
    m_typeFilter->setAccessibleName(tr("Dialog type"));
    m_typeFilter->addItem(tr("All types"), 0);
    m_typeFilter->addItem(tr("Public"), int(DialogType::Public));
    m_typeFilter->addItem(tr("Group"), int(DialogType::Group));
    m_typeFilter->addItem(tr("Private"), int(DialogType::Private));

    m_nameFilter = new QLineEdit(bar);
    m_nameFilter->setObjectName(u"nameFilter"_s);
    m_nameFilter->setPlaceholderText(tr("Name contains"));
    m_nameFilter->setAccessibleName(tr("Name contains (asks the server)"));
    m_nameFilter->setClearButtonEnabled(true);

    m_afterCheck = new QCheckBox(tr("Active after"), bar);
    m_afterDate = new QDateEdit(QDate::currentDate().addMonths(-3), bar);
    m_afterDate->setCalendarPopup(true);
    m_afterDate->setAccessibleName(tr("Last activity after"));
    m_beforeCheck = new QCheckBox(tr("Active before"), bar);
    m_beforeDate = new QDateEdit(QDate::currentDate().addMonths(-3), bar);
    m_beforeDate->setCalendarPopup(true);
    m_beforeDate->setAccessibleName(tr("Last activity before"));

    auto *apply = new QPushButton(tr("Search server"), bar);
    apply->setObjectName(u"applyFilters"_s);
    connect(apply, &QPushButton::clicked, this, &MainWindow::applyServerFilters);
    connect(m_nameFilter, &QLineEdit::returnPressed, this, &MainWindow::applyServerFilters);

    m_localFilter = new QLineEdit(bar);
    m_localFilter->setObjectName(u"localFilter"_s);
    m_localFilter->setPlaceholderText(tr("Filter loaded dialogs (Ctrl+F)"));
    m_localFilter->setAccessibleName(tr("Filter loaded dialogs"));
    m_localFilter->setClearButtonEnabled(true);
    // Filtering 100 000 rows takes a moment: apply it once typing pauses, not per keystroke.
    auto *filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(200);
    connect(m_localFilter, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(filterDelay, &QTimer::timeout, this,
        [this] { m_proxy->setFilterText(m_localFilter->text()); });

    layout->addWidget(m_typeFilter);
    layout->addWidget(m_nameFilter, 1);
    layout->addWidget(m_afterCheck);
    layout->addWidget(m_afterDate);
    layout->addWidget(m_beforeCheck);
    layout->addWidget(m_beforeDate);
    layout->addWidget(apply);
    layout->addSpacing(16);
    layout->addWidget(m_localFilter, 1);
    return bar;
}

void MainWindow::connectTo(const Profile &profile, const Credentials &credentials)
{
    if (m_run && m_run->isRunning()) {
        // The running delete uses this connection; switching now would orphan its answers.
        QMessageBox::information(this, tr("A delete is running"),
            tr("Wait for the running delete to finish, or cancel it, before connecting "
               "elsewhere."));
        return;
    }
    if (m_loader)
        m_loader->cancel();
    delete m_loader;
    delete m_users;
    delete m_client;
    m_actingUser.reset();
    m_profile = profile;
    // Only the fingerprint is kept: the journal names the key without ever holding it.
    m_apiKeyFingerprint = profile.settings.authMode == AuthMode::ApiKey
        ? Journal::apiKeyFingerprint(credentials.apiKey)
        : QString();

    m_client = new ApiClient(this);
    m_client->setConnection(profile.settings, credentials);
    m_users = new UserDirectory(m_client, this);
    m_loader = new DialogListLoader(m_client, m_model, m_users, this);
    connect(m_users, &UserDirectory::usersResolved, this,
        [this] { m_model->setUserNames(m_users->displayNames()); });
    connect(m_loader, &DialogListLoader::failed, this, &MainWindow::onLoadFailed);
    connect(m_loader, &DialogListLoader::totalChanged, this, &MainWindow::updateSelectionLabel);
    connect(m_loader, &DialogListLoader::loadingChanged, this, [this](bool loading) {
        m_progress->setVisible(loading);
        if (!loading)
            maybeLoadMore();
        updateActions();
    });
    connect(m_loader, &DialogListLoader::progressChanged, this, [this](int loaded, int total) {
        m_progress->setRange(0, std::max(total, 0));
        m_progress->setValue(loaded);
        m_progress->setFormat(tr("%1 of %2").arg(loaded).arg(total));
    });

    auto *detail = new DialogDetailPane(m_client, m_users, m_splitter);
    if (m_detail) {
        m_splitter->replaceWidget(1, detail);
        m_detail->deleteLater();
    } else {
        m_splitter->addWidget(detail);
    }
    m_detail = detail;
    m_userPanel->setConnection(m_client, m_users, profile.settings.authMode == AuthMode::ApiKey,
        [this] { return basePlan(); });

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
}

void MainWindow::setActingUser(const std::optional<ChatUser> &user)
{
    m_actingUser = user;
    if (user) {
        m_actingLabel->setText(tr("Acting as %1 (login %2, id %3). Every action is taken on "
                                  "their behalf.")
                                   .arg(user->displayName(), user->login)
                                   .arg(user->id));
        // Browsing as a protected user is harmless; deletes for them need the override in the
        // confirmation (see DeleteConfirmationDialog).
        if (moderationSettings().protectedUsers.contains(user->id))
            m_actingLabel->setText(m_actingLabel->text() + u' '
                + tr("This user is protected: deleting on their behalf needs an explicit "
                     "override."));
        m_actingBanner->show();
    } else {
        m_actingBanner->hide();
    }
    if (m_detail)
        m_detail->setActingUser(user ? std::optional<qint64>(user->id) : std::nullopt);
    if (m_loader) {
        DialogQuery query = m_loader->query();
        query.onBehalfOf = user ? std::optional<qint64>(user->id) : std::nullopt;
        m_errorBar->hide();
        m_loader->setQuery(query);
    }
    updateActions();
}

void MainWindow::chooseActingUser()
{
    if (!m_client)
        return;
    auto *picker = new ActingUserDialog(m_client, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        if (const auto user = picker->selectedUser())
            setActingUser(*user);
    });
    picker->open();
}

void MainWindow::applyServerFilters()
{
    if (!m_loader)
        return;
    DialogQuery query = m_loader->query();
    query.types.clear();
    const int type = m_typeFilter->currentData().toInt();
    if (type != 0)
        query.types.append(DialogType(type));
    query.nameContains = m_nameFilter->text().trimmed();
    query.lastActivityAfter
        = m_afterCheck->isChecked() ? m_afterDate->date().startOfDay(Qt::UTC) : QDateTime();
    query.lastActivityBefore
        = m_beforeCheck->isChecked() ? m_beforeDate->date().startOfDay(Qt::UTC) : QDateTime();
    m_errorBar->hide();
    m_loader->setQuery(query);
}

void MainWindow::maybeLoadMore()
{
    if (!m_loader || !m_loader->canLoadMore())
        return;
    const QScrollBar *bar = m_table->verticalScrollBar();
    const int rowsHeight = m_proxy->rowCount() * m_table->verticalHeader()->defaultSectionSize();
    // Near the end, or everything loaded so far fits on the screen: fetch the next page.
    const bool fits = rowsHeight < m_table->viewport()->height();
    if (fits || (bar->maximum() > 0 && bar->value() >= bar->maximum() - bar->pageStep()))
        m_loader->loadMore();
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    m_errorLabel->setText(tr("Dialogs could not be loaded: %1").arg(error.message()));
    m_errorBar->show();
}

QList<Dialog> MainWindow::selectedDialogs() const
{
    QList<Dialog> dialogs;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    dialogs.reserve(rows.size());
    for (const QModelIndex &index : rows)
        dialogs.append(m_model->dialogAt(m_proxy->mapToSource(index).row()));
    std::sort(dialogs.begin(), dialogs.end(),
        [](const Dialog &a, const Dialog &b) { return a.name < b.name; });
    return dialogs;
}

DeletionPlan MainWindow::planForSelection(DeletionPlan::Mode mode) const
{
    DeletionPlan plan = basePlan();
    plan.dialogs = selectedDialogs();
    plan.mode = mode;
    return plan;
}

DeletionPlan MainWindow::basePlan() const
{
    DeletionPlan plan;
    plan.profileName = m_profile.name;
    plan.environmentName = Profile::environmentName(m_profile.environment);
    plan.userNames = m_users ? m_users->displayNames() : QHash<qint64, QString>();
    plan.guard = moderationSettings().guard();
    plan.authMode = m_profile.settings.authMode;
    plan.keepEvidence = moderationSettings().keepEvidence;
    if (m_actingUser) {
        plan.actingUserId = m_actingUser->id;
        plan.actingUserName = m_actingUser->displayName();
        plan.onBehalfOf = m_actingUser->id;
    } else if (m_client && m_profile.settings.authMode == AuthMode::Session) {
        plan.actingUserId = m_client->sessionUserId();
        plan.actingUserName = m_profile.settings.login;
    }
    return plan;
}

void MainWindow::startDelete(DeletionPlan::Mode mode)
{
    if (!m_client || (m_run && m_run->isRunning()))
        return;
    const DeletionPlan plan = planForSelection(mode);
    if (plan.dialogs.isEmpty())
        return;
    if (mode == DeletionPlan::Mode::FromActingUsersList && plan.hasFullRights()) {
        QMessageBox::information(this, tr("Choose an acting user"),
            tr("With an API key and no acting user, QuickBlox removes dialogs for every "
               "member. Choose a user to act as (Acting user › Act as user…) to remove "
               "dialogs from that user's list only, or use Delete for everyone."));
        return;
    }
    confirmAndRun(plan, RunOrigin::DialogsPage);
}

void MainWindow::confirmAndRun(const DeletionPlan &plan, RunOrigin origin)
{
    if (!m_client || (m_run && m_run->isRunning()))
        return;
    auto *confirmation = new DeleteConfirmationDialog(plan, this);
    confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirmation, &QDialog::accepted, this,
        [this, confirmation, origin] { runDelete(confirmation->confirmedPlan(), origin); });
    confirmation->open();
}

Journal *MainWindow::ensureJournal()
{
    if (m_journal)
        return m_journal.get();
    auto journal = std::make_unique<Journal>();
    const QString path = m_journalPath.isEmpty() ? Journal::defaultPath() : m_journalPath;
    if (!journal->open(path)) {
        QMessageBox::warning(this, tr("Journal unavailable"),
            tr("The moderation journal could not be opened, so nothing can be deleted: %1")
                .arg(journal->errorString()));
        return nullptr;
    }
    m_journal = std::move(journal);
    return m_journal.get();
}

void MainWindow::checkForUnsettledRuns()
{
    m_recoveryBar->hide();
    Journal *journal = ensureJournal();
    if (!journal)
        return;
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

void MainWindow::reconcile()
{
    Journal *journal = ensureJournal();
    if (!journal || !m_client)
        return;
    m_reconcileButton->setEnabled(false);
    m_recoveryLabel->setText(tr("Checking…"));
    auto *reconciler = new Reconciler(journal, m_client, this);
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

void MainWindow::openJournal()
{
    Journal *journal = ensureJournal();
    if (!journal)
        return;
    auto *viewer = new JournalViewerDialog(journal, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
}

ModerationSettings MainWindow::moderationSettings() const
{
    return m_settings ? ModerationSettings::load(*m_settings) : ModerationSettings();
}

void MainWindow::openSettings()
{
    auto *dialog = new ModerationSettingsDialog(moderationSettings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_settings)
            return;
        dialog->settings().save(m_settings);
        m_settings->sync();
        // A shorter retention applies at once, not only at the next connect.
        if (m_journal)
            pruneEvidence();
    });
    dialog->open();
}

void MainWindow::pruneEvidence()
{
    const auto cutoff = moderationSettings().evidenceCutoff(QDateTime::currentDateTimeUtc());
    if (!cutoff || !m_journal)
        return;
    if (m_journal->pruneEvidence(*cutoff) < 0)
        statusBar()->showMessage(
            tr("Old evidence could not be pruned: %1").arg(m_journal->errorString()));
}

void MainWindow::setJournalPath(const QString &path)
{
    m_journalPath = path;
    m_journal.reset();
}

void MainWindow::runDelete(const DeletionPlan &plan, RunOrigin origin)
{
    Journal *journal = ensureJournal();
    if (!journal)
        return; // nothing destructive leaves without a record of it
    m_run = new DeleteRunDialog(m_client, plan, this);
    const Journal::Run context
        = Journal::Run::forConnection(m_profile.settings, m_profile.name, m_apiKeyFingerprint);
    m_run->setJournal(journal, context);
    m_run->setKeepEvidence(moderationSettings().keepEvidence);
    m_run->setAttribute(Qt::WA_DeleteOnClose);
    // Rows leave the Dialogs page only when the delete took them out of the list it shows: a
    // delete for everyone, or one for the user whose list that is.
    if (plan.target == DeletionPlan::Target::Dialogs
        && (plan.isForce() || plan.onBehalfOf == basePlan().onBehalfOf))
        connect(m_run, &DeleteRunDialog::outcomesSettled, this, &MainWindow::onOutcomesSettled);
    connect(m_run, &DeleteRunDialog::runFinished, this, [this, plan, origin] {
        m_userPanel->applyRun(plan, *m_run->results());
        if (origin == RunOrigin::DialogsPage) {
            // What is still in the table from this delete failed or was refused: keep it
            // selected. A run from the Users page leaves this page's selection alone.
            QStringList remaining;
            for (const Dialog &dialog : plan.dialogs) {
                if (m_model->rowOf(dialog.id) >= 0)
                    remaining.append(dialog.id);
            }
            selectIds(remaining);
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
    if (!gone.isEmpty() && m_loader)
        m_loader->forgetDialogs(gone);
}

void MainWindow::selectIds(const QStringList &ids)
{
    QItemSelection selection;
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_table->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::onCurrentChanged()
{
    if (!m_detail)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->showDialog(std::nullopt);
        return;
    }
    m_detail->showDialog(m_model->dialogAt(m_proxy->mapToSource(current).row()));
}

void MainWindow::updateSelectionLabel()
{
    const QLocale locale;
    const int selected = static_cast<int>(m_table->selectionModel()->selectedRows().size());
    const int loaded = m_model->rowCount();
    const int total = m_loader ? m_loader->totalEntries() : -1;
    QString text
        = tr("%1 selected of %2 loaded").arg(locale.toString(selected), locale.toString(loaded));
    if (total >= 0)
        text += tr(", %1 in total").arg(locale.toString(total));
    if (m_proxy->rowCount() != loaded)
        text += tr(" (%1 shown by the filter)").arg(locale.toString(m_proxy->rowCount()));
    m_selectionLabel->setText(text);
}

void MainWindow::updateActions()
{
    const bool connected = m_client != nullptr;
    const bool apiKey = connected && m_profile.settings.authMode == AuthMode::ApiKey;
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    const bool idle = !m_run || !m_run->isRunning();
    // The dialog actions work on the Dialogs page's selection: with another page showing, a
    // keypress must not delete rows the moderator cannot see.
    const bool dialogsShown = m_tabs->currentIndex() == 0;
    m_selectionLabel->setVisible(dialogsShown); // it counts the Dialogs page's rows
    m_reloadAction->setEnabled(connected);
    m_loadAllAction->setEnabled(connected);
    m_cancelAction->setEnabled(m_loader && m_loader->isLoading());
    m_forceDeleteAction->setEnabled(connected && hasSelection && idle && dialogsShown);
    m_deleteAction->setEnabled(
        connected && hasSelection && idle && dialogsShown && (!apiKey || m_actingUser.has_value()));
    m_actAsAction->setEnabled(apiKey);
    m_stopActingAction->setEnabled(m_actingUser.has_value());
    m_userPanel->setRunning(!idle);
}

void MainWindow::restoreLayout()
{
    // Sensible widths until the user's own layout is restored.
    const QList<int> widths { 220, 70, 150, 70, 300, 150, 150 };
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column));
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_splitter->setSizes({ 900, 340 });
    if (!m_settings)
        return;
    restoreGeometry(m_settings->value(u"window/geometry"_s).toByteArray());
    restoreState(m_settings->value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(m_settings->value(u"window/splitter"_s).toByteArray());
    m_table->horizontalHeader()->restoreState(m_settings->value(u"window/columns"_s).toByteArray());
}

void MainWindow::saveLayout()
{
    if (!m_settings)
        return;
    m_settings->setValue(u"window/geometry"_s, saveGeometry());
    m_settings->setValue(u"window/state"_s, saveState());
    m_settings->setValue(u"window/splitter"_s, m_splitter->saveState());
    m_settings->setValue(u"window/columns"_s, m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_run && m_run->isRunning()) {
        const auto answer = QMessageBox::question(this, tr("A delete is running"),
            tr("A delete is still running. Cancel it and quit? Dialogs already sent may "
               "still be deleted."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_run->cancelOrClose();
    }
    saveLayout();
    event->accept();
}

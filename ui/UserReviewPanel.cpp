// SPDX-License-Identifier: Apache-2.0

#include "UserReviewPanel.h"

#include "HeaderWidths.h"
#include "LoadAllBar.h"
#include "MessageViewer.h"
#include "Prompter.h"
#include "TableKeyboard.h"
#include "UserDetailPane.h"
#include "api/ApiClient.h"
#include "api/UserDirectory.h"
#include "models/DeleteResultModel.h"
#include "models/DialogListLoader.h"
#include "models/DialogTableModel.h"
#include "models/UserListLoader.h"
#include "models/UserTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

// The search-by box's entry that reads the text to choose the search.
constexpr int detectFromText = -1;

QTableView *createTable(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    TableKeyboard::install(table);
    return table;
}

} // namespace

UserReviewPanel::UserReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_userModel(new UserTableModel(this))
    , m_userProxy(new QSortFilterProxyModel(this))
    , m_dialogModel(new DialogTableModel(this))
{
    setObjectName(u"userReview"_s);
    m_userProxy->setSourceModel(m_userModel);
    m_userProxy->setSortRole(UserTableModel::SortRole);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(createUserArea());
    m_userDetail = new UserDetailPane(top);
    top->addWidget(m_userDetail);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(createDialogArea());
    bottom->addWidget(createMessageArea());
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);
    createPivots();
    updateActions();
}

void UserReviewPanel::createPivots()
{
    m_userTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto pivot = [this](const QString &text, const QString &name, const QKeySequence &key) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_userTable->addAction(action);
        return action;
    };
    QAction *actAs
        = pivot(tr("&Act as this user"), u"actAsUser"_s, QKeySequence(u"Ctrl+Shift+E"_s));
    connect(actAs, &QAction::triggered, this, [this] {
        if (m_user && m_apiKey)
            Q_EMIT actAsUserRequested(m_user->id);
    });
    QAction *copyId = pivot(tr("&Copy id"), u"copyUserId"_s, QKeySequence::Copy);
    connect(copyId, &QAction::triggered, this, [this] {
        if (m_user)
            QApplication::clipboard()->setText(QString::number(m_user->id));
    });
    QAction *journal
        = pivot(tr("Show in &journal"), u"showUserInJournal"_s, QKeySequence(u"Ctrl+Shift+J"_s));
    connect(journal, &QAction::triggered, this, [this] {
        if (m_user)
            Q_EMIT journalRequested(m_user->id);
    });
}

void UserReviewPanel::reviewUser(qint64 userId)
{
    m_searchBy->setCurrentIndex(m_searchBy->findData(int(UserSearch::By::Ids)));
    m_searchText->setText(QString::number(userId));
    m_chooseWhenFound = userId;
    search();
}

QWidget *UserReviewPanel::createUserArea()
{
    auto *area = new QWidget(this);
    m_searchBy = new QComboBox(area);
    m_searchBy->setObjectName(u"userSearchBy"_s);
    m_searchBy->setAccessibleName(tr("Search users by"));
    m_searchBy->addItem(tr("Detect from text"), detectFromText);
    m_searchBy->addItem(tr("All users"), int(UserSearch::By::Everyone));
    m_searchBy->addItem(tr("Id"), int(UserSearch::By::Ids));
    m_searchBy->addItem(tr("Login starts with"), int(UserSearch::By::LoginPrefix));
    m_searchBy->addItem(tr("Full name"), int(UserSearch::By::FullName));
    m_searchBy->addItem(tr("Email"), int(UserSearch::By::Email));
    m_searchBy->addItem(tr("Tag"), int(UserSearch::By::Tags));
    m_searchText = new QLineEdit(area);
    m_searchText->setObjectName(u"userSearch"_s);
    m_searchText->setAccessibleName(tr("Search text"));
    m_searchText->setPlaceholderText(tr("Ids, a login, part of a full name, an email or a tag"));
    m_searchText->setClearButtonEnabled(true);
    m_searchButton = new QPushButton(tr("&Search"), area);
    m_searchButton->setObjectName(u"searchUsers"_s);
    m_userStatus = new QLabel(area);
    m_userStatus->setObjectName(u"userStatus"_s);
    m_userStatus->setTextFormat(Qt::PlainText);
    m_userStatus->setWordWrap(true);
    m_userTable = createTable(u"userTable"_s, tr("Users"), area);
    m_userTable->setModel(m_userProxy);
    m_userTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_userTable->setSortingEnabled(true);
    m_userTable->sortByColumn(-1, Qt::AscendingOrder); // server order until the user sorts
    const QList<int> userWidths { 110, 120, 150, 190, 240, 140 };
    for (int column = 0; column < userWidths.size(); ++column)
        m_userTable->setColumnWidth(column, userWidths.at(column));
    HeaderWidths::fit(m_userTable);
    m_loadMoreUsers = new QPushButton(tr("Load more users"), area);
    m_loadMoreUsers->setObjectName(u"loadMoreUsers"_s);
    m_loadAllUsers = new LoadAllBar(tr("Load all users"), u"users"_s, area);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchBy);
    searchRow->addWidget(m_searchText, 1);
    searchRow->addWidget(m_searchButton);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_userStatus, 1);
    statusRow->addWidget(m_loadMoreUsers);
    statusRow->addWidget(m_loadAllUsers);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addWidget(m_userTable, 1);
    layout->addLayout(statusRow);

    connect(m_searchButton, &QPushButton::clicked, this, &UserReviewPanel::search);
    connect(m_searchText, &QLineEdit::returnPressed, this, &UserReviewPanel::search);
    connect(m_loadMoreUsers, &QPushButton::clicked, this, [this] {
        if (m_userLoader)
            m_userLoader->loadMore();
    });
    connect(m_loadAllUsers, &LoadAllBar::loadAllRequested, this, [this] {
        if (m_userLoader)
            m_userLoader->loadAll();
    });
    connect(m_loadAllUsers, &LoadAllBar::cancelRequested, this, [this] {
        if (m_userLoader)
            m_userLoader->cancel();
    });
    connect(m_userTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &UserReviewPanel::onUserChanged);
    return area;
}

QWidget *UserReviewPanel::createDialogArea()
{
    auto *area = new QWidget(this);
    m_dialogStatus = new QLabel(area);
    m_dialogStatus->setObjectName(u"userDialogStatus"_s);
    m_dialogStatus->setTextFormat(Qt::PlainText);
    m_dialogStatus->setWordWrap(true);
    m_dialogTable = createTable(u"userDialogTable"_s, tr("The user's dialogs"), area);
    m_dialogTable->setModel(m_dialogModel);
    m_dialogTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (const int column : { DialogTableModel::LastMessage, DialogTableModel::Created })
        m_dialogTable->hideColumn(column);
    m_dialogTable->setColumnWidth(DialogTableModel::Name, 180);
    m_dialogTable->setColumnWidth(DialogTableModel::Type, 70);
    m_dialogTable->setColumnWidth(DialogTableModel::Owner, 140);
    m_dialogTable->setColumnWidth(DialogTableModel::Members, 70);
    HeaderWidths::fit(m_dialogTable);
    m_loadMoreDialogs = new QPushButton(tr("Load more dialogs"), area);
    m_loadMoreDialogs->setObjectName(u"loadMoreUserDialogs"_s);
    m_removeFromGroups = new QPushButton(tr("&Remove from selected groups…"), area);
    m_removeFromGroups->setObjectName(u"removeFromGroups"_s);
    m_removeFromGroups->setToolTip(tr("Take the user out of the selected group dialogs "
                                      "(the dialogs and their messages stay)"));
    m_removeFromTheirList = new QPushButton(tr("Remove from &their list…"), area);
    m_removeFromTheirList->setObjectName(u"removeFromTheirList"_s);
    m_removeFromTheirList->setToolTip(tr("Remove the selected dialogs from the user's own list, "
                                         "on their behalf; other members keep them"));
    m_deleteOwned = new QPushButton(tr("Delete all dialogs they &own…"), area);
    m_deleteOwned->setObjectName(u"deleteOwnedDialogs"_s);
    m_deleteOwned->setToolTip(tr("Delete for everyone every dialog this user owns; cannot be "
                                 "undone"));

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_dialogStatus, 1);
    statusRow->addWidget(m_loadMoreDialogs);
    // Two by two rather than one long row: the page fits a small screen in any language.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_removeFromGroups, 0, 0);
    buttons->addWidget(m_removeFromTheirList, 0, 1);
    buttons->addWidget(m_deleteOwned, 1, 0);
    buttons->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(statusRow);
    layout->addWidget(m_dialogTable, 1);
    layout->addLayout(buttons);

    // One button: "Load more" when idle, "Stop loading" while a page or the whole list loads.
    connect(m_loadMoreDialogs, &QPushButton::clicked, this, [this] {
        if (!m_dialogLoader)
            return;
        if (m_dialogLoader->isLoading()) {
            m_ownedDeleteWaiting = false;
            m_dialogLoader->cancel();
        } else {
            m_dialogLoader->loadMore();
        }
    });
    connect(m_dialogTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &UserReviewPanel::onDialogChanged);
    connect(m_dialogTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &UserReviewPanel::updateActions);
    connect(m_removeFromGroups, &QPushButton::clicked, this, &UserReviewPanel::removeFromGroups);
    connect(
        m_removeFromTheirList, &QPushButton::clicked, this, &UserReviewPanel::removeFromTheirList);
    connect(m_deleteOwned, &QPushButton::clicked, this, &UserReviewPanel::deleteOwnedDialogs);
    return area;
}

QWidget *UserReviewPanel::createMessageArea()
{
    auto *area = new QWidget(this);
    m_messages = new MessageViewer(area);
    m_deleteMessages = new QPushButton(tr("Delete selected messages for &everyone…"), area);
    m_deleteMessages->setObjectName(u"deleteMessagesForEveryone"_s);
    m_removeMessagesFromHistory = new QPushButton(tr("Remove from their histor&y…"), area);
    m_removeMessagesFromHistory->setObjectName(u"removeMessagesFromHistory"_s);
    m_removeMessagesFromHistory->setToolTip(tr("Remove the selected messages from the user's own "
                                               "history, on their behalf; others keep them"));
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_deleteMessages, 0, 0);
    buttons->addWidget(m_removeMessagesFromHistory, 1, 0);
    buttons->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messages, 1);
    layout->addLayout(buttons);
    connect(m_messages, &MessageViewer::selectionChanged, this, &UserReviewPanel::updateActions);
    connect(m_deleteMessages, &QPushButton::clicked, this,
        [this] { deleteMessages(DeletionPlan::Mode::ForEveryone); });
    connect(m_removeMessagesFromHistory, &QPushButton::clicked, this,
        [this] { deleteMessages(DeletionPlan::Mode::FromActingUsersList); });
    return area;
}

void UserReviewPanel::setConnection(
    ApiClient *client, UserDirectory *users, bool apiKey, const PlanFactory &basePlan)
{
    delete m_userLoader;
    delete m_dialogLoader;
    m_client = client;
    m_users = users;
    m_apiKey = apiKey;
    m_basePlan = basePlan;
    m_user.reset();
    m_ownedDeleteWaiting = false;
    m_userLoader = new UserListLoader(client, m_userModel, this);
    m_dialogLoader = new DialogListLoader(client, m_dialogModel, users, this);
    m_dialogModel->clear();
    m_dialogModel->clearUserNames();
    m_userModel->clear();
    m_userDetail->showUser(std::nullopt);
    m_messages->setClient(client, users);
    connect(m_users, &UserDirectory::usersResolved, this,
        [this] { m_dialogModel->setUserNames(m_users->identities()); });
    connect(m_userLoader, &UserListLoader::pageLoaded, this, [this](int loaded, int total) {
        // Nobody is chosen for the moderator: the first match may be the wrong person.
        // The mode's name as a value after a label, never fitted into the sentence's grammar.
        m_userStatus->setText(tr("%1 of %n user(s). Searched by: %2", nullptr, total)
                                  .arg(loaded)
                                  .arg(UserListLoader::modeName(m_userLoader->search().by)));
        if (const auto wanted = std::exchange(m_chooseWhenFound, std::nullopt)) {
            const int row = m_userModel->rowOf(*wanted);
            if (row >= 0)
                m_userTable->setCurrentIndex(
                    m_userProxy->mapFromSource(m_userModel->index(row, 0)));
        }
        updateActions();
    });
    connect(
        m_userLoader, &UserListLoader::progressChanged, m_loadAllUsers, &LoadAllBar::setProgress);
    connect(m_userLoader, &UserListLoader::limitReached, this, [this](int loaded, int total) {
        const QLocale locale;
        m_userStatus->setText(tr("Loaded the first %1 of %2 users: the console holds at most %3. "
                                 "List them all with qbmodctl users list --all --jsonl.")
                                  .arg(locale.toString(loaded), locale.toString(total),
                                      locale.toString(m_userLoader->loadAllLimit())));
    });
    connect(m_userLoader, &UserListLoader::failed, this, [this](const ApiError &error) {
        m_userStatus->setText(tr("Could not search users: %1").arg(error.message()));
    });
    connect(m_userLoader, &UserListLoader::loadingChanged, this, [this](bool loading) {
        m_loadAllUsers->setRunning(m_userLoader->isLoadingAll());
        if (loading)
            m_userStatus->setText(tr("Searching…"));
        updateActions();
    });
    connect(m_dialogLoader, &DialogListLoader::loadingChanged, this, [this](bool loading) {
        updateDialogStatus();
        updateActions();
        if (!loading && m_ownedDeleteWaiting) {
            m_ownedDeleteWaiting = false;
            // A load that stopped early (failed, or cancelled) leaves a partial list: "all they
            // own" cannot be offered from it.
            const int total = m_dialogLoader->totalEntries();
            if (total >= 0 && m_dialogModel->rowCount() >= total) {
                offerOwnedDialogs();
            } else {
                m_ownedDeleteRefused = true;
                m_dialogStatus->setText(tr("Not every dialog of %1 could be loaded, so nothing "
                                           "was offered for deletion. Try again.")
                                            .arg(m_user ? m_user->identity() : QString()));
            }
        }
    });
    connect(m_dialogLoader, &DialogListLoader::failed, this, [this](const ApiError &error) {
        m_ownedDeleteWaiting = false;
        const QString problem = tr("Could not load the user's dialogs: %1").arg(error.message());
        // The loader has already said it stopped; keep saying that nothing was offered.
        m_dialogStatus->setText(std::exchange(m_ownedDeleteRefused, false)
                ? m_dialogStatus->text() + u'\n' + problem
                : problem);
    });
    m_userStatus->setText(tr("Search for a user, or list all users."));
    updateDialogStatus();
    updateActions();
}

void UserReviewPanel::setRunning(bool running)
{
    m_running = running;
    updateActions();
}

void UserReviewPanel::search()
{
    if (!m_userLoader)
        return;
    QString problem;
    const int by = m_searchBy->currentData().toInt();
    const auto search = by == detectFromText
        ? UserListLoader::detect(m_searchText->text(), &problem)
        : UserListLoader::searchFor(UserSearch::By(by), m_searchText->text(), &problem);
    if (!search) {
        m_userStatus->setText(problem);
        return;
    }
    m_userLoader->setSearch(*search);
    m_userStatus->setText(tr("Searching… Search by: %1").arg(UserListLoader::modeName(search->by)));
    // The reset drops the current row without a signal: the old user must not stay active.
    onUserChanged();
}

void UserReviewPanel::setProtectedUsers(const QSet<qint64> &ids)
{
    m_userModel->setProtectedUsers(ids);
}

void UserReviewPanel::stopLoading()
{
    m_ownedDeleteWaiting = false;
    if (m_userLoader)
        m_userLoader->cancel();
    if (m_dialogLoader)
        m_dialogLoader->cancel();
    m_messages->stopLoading();
}

void UserReviewPanel::onUserChanged()
{
    const QModelIndex current = m_userTable->selectionModel()->currentIndex();
    m_user.reset();
    if (current.isValid())
        m_user = m_userModel->userAt(m_userProxy->mapToSource(current).row());
    m_userDetail->showUser(m_user);
    m_ownedDeleteWaiting = false;
    m_messages->clear();
    if (!m_dialogLoader)
        return;
    if (!m_user) {
        m_dialogLoader->cancel();
        m_dialogModel->clear();
        updateDialogStatus();
        updateActions();
        return;
    }
    DialogQuery query;
    // With an API key the list is the user's own, as they see it; a session login sees only the
    // dialogs it shares with them.
    if (m_apiKey)
        query.onBehalfOf = m_user->id;
    else
        query.occupantId = m_user->id;
    query.sortField = u"last_message_date_sent"_s;
    query.sortDescending = true;
    m_dialogLoader->setQuery(query);
    updateActions();
}

void UserReviewPanel::onDialogChanged()
{
    const QModelIndex current = m_dialogTable->selectionModel()->currentIndex();
    if (!current.isValid() || !m_user || !m_basePlan) {
        m_messages->clear();
        return;
    }
    const Dialog &dialog = m_dialogModel->dialogAt(current.row());
    // Read as the window's acting user (the key's full view without one), so that messages the
    // user removed from their own history still show.
    m_messages->showDialog(dialog.id, m_user->id, m_basePlan().onBehalfOf);
    updateActions();
}

void UserReviewPanel::updateDialogStatus()
{
    m_ownedDeleteRefused = false;
    if (!m_user) {
        m_dialogStatus->setText(tr("Choose a user to see their dialogs."));
    } else if (m_dialogLoader && m_dialogLoader->isLoading()) {
        m_dialogStatus->setText(tr("Loading the dialogs of %1…").arg(m_user->identity()));
    } else {
        const int total = m_dialogLoader ? m_dialogLoader->totalEntries() : 0;
        m_dialogStatus->setText(m_apiKey ? tr("Dialogs of %1: %2 of %3 loaded")
                                               .arg(m_user->identity())
                                               .arg(m_dialogModel->rowCount())
                                               .arg(std::max(total, 0))
                                         : tr("Dialogs you share with %1: %2 of %3 loaded")
                                               .arg(m_user->identity())
                                               .arg(m_dialogModel->rowCount())
                                               .arg(std::max(total, 0)));
    }
    const bool loading = m_dialogLoader && m_dialogLoader->isLoading();
    m_loadMoreDialogs->setText(loading ? tr("Stop loading") : tr("Load more dialogs"));
    m_loadMoreDialogs->setEnabled(loading || (m_dialogLoader && m_dialogLoader->canLoadMore()));
}

void UserReviewPanel::updateActions()
{
    const bool ready = m_client && m_user && !m_running;
    const bool dialogsSelected = m_dialogTable->selectionModel()->hasSelection();
    const bool messagesSelected = !m_messages->selectedMessages().isEmpty();
    const bool loadingDialogs = m_dialogLoader && m_dialogLoader->isLoading();
    m_loadMoreUsers->setEnabled(m_userLoader && m_userLoader->canLoadMore());
    m_loadAllUsers->setAvailable(m_userLoader && m_userLoader->canLoadMore());
    m_removeFromGroups->setEnabled(ready && dialogsSelected);
    // Acting on a user's own list or history needs On-Behalf-Of: an API key.
    m_removeFromTheirList->setEnabled(ready && dialogsSelected && m_apiKey);
    m_deleteOwned->setEnabled(ready && !loadingDialogs && m_dialogModel->rowCount() > 0);
    m_deleteMessages->setEnabled(ready && messagesSelected);
    m_removeMessagesFromHistory->setEnabled(ready && messagesSelected && m_apiKey);
    const QString needsKey = tr("Needs a connection with an API key, which can act on behalf of "
                                "users.");
    if (!m_apiKey) {
        m_removeFromTheirList->setToolTip(needsKey);
        m_removeMessagesFromHistory->setToolTip(needsKey);
    }
}

QList<Dialog> UserReviewPanel::selectedDialogs() const
{
    QList<int> rows;
    const QModelIndexList selected = m_dialogTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<Dialog> dialogs;
    for (const int row : std::as_const(rows))
        dialogs.append(m_dialogModel->dialogAt(row));
    return dialogs;
}

DeletionPlan UserReviewPanel::planAsUser() const
{
    DeletionPlan plan = m_basePlan();
    plan.actingUserId = m_user->id;
    plan.actingUserName = m_user->identity();
    plan.onBehalfOf = m_user->id;
    return plan;
}

void UserReviewPanel::removeFromGroups()
{
    if (!m_user || m_running)
        return;
    QList<Dialog> groups;
    for (const Dialog &dialog : selectedDialogs()) {
        if (dialog.type == DialogType::Group)
            groups.append(dialog);
    }
    if (groups.isEmpty()) {
        Prompter::current()->inform(this, tr("Remove from groups"),
            tr("None of the selected dialogs is a group. Public dialogs have no member list, and "
               "nobody can be removed from a private one."));
        return;
    }
    DeletionPlan plan = m_basePlan();
    plan.target = DeletionPlan::Target::Members;
    plan.dialogs = groups;
    plan.subjectUserId = m_user->id;
    plan.subjectUserName = m_user->identity();
    Q_EMIT planReady(plan);
}

void UserReviewPanel::removeFromTheirList()
{
    if (!m_user || m_running || !m_apiKey)
        return;
    DeletionPlan plan = planAsUser();
    plan.target = DeletionPlan::Target::Dialogs;
    plan.mode = DeletionPlan::Mode::FromActingUsersList;
    plan.dialogs = selectedDialogs();
    if (!plan.dialogs.isEmpty())
        Q_EMIT planReady(plan);
}

void UserReviewPanel::deleteOwnedDialogs()
{
    if (!m_user || m_running || !m_dialogLoader)
        return;
    if (m_dialogLoader->canLoadMore()) {
        // "All they own" means all: fetch the rest of the list first.
        m_ownedDeleteWaiting = true;
        m_dialogLoader->loadAll();
        return;
    }
    offerOwnedDialogs();
}

void UserReviewPanel::offerOwnedDialogs()
{
    if (!m_user || m_running)
        return;
    DeletionPlan plan = m_basePlan();
    plan.target = DeletionPlan::Target::Dialogs;
    plan.mode = DeletionPlan::Mode::ForEveryone;
    for (int row = 0; row < m_dialogModel->rowCount(); ++row) {
        const Dialog &dialog = m_dialogModel->dialogAt(row);
        if (dialog.ownerId == m_user->id)
            plan.dialogs.append(dialog);
    }
    if (plan.dialogs.isEmpty()) {
        // The name is the user's own choice: escaped, never rendered.
        Prompter::current()->inform(this, tr("Delete dialogs they own"),
            tr("%1 owns none of these dialogs.").arg(m_user->identity().toHtmlEscaped()));
        return;
    }
    Q_EMIT planReady(plan);
}

void UserReviewPanel::deleteMessages(DeletionPlan::Mode mode)
{
    if (!m_user || m_running)
        return;
    const QList<Message> messages = m_messages->selectedMessages();
    const int row = m_dialogModel->rowOf(m_messages->dialogId());
    if (messages.isEmpty() || row < 0)
        return;
    if (mode == DeletionPlan::Mode::FromActingUsersList && !m_apiKey)
        return;
    DeletionPlan plan = mode == DeletionPlan::Mode::ForEveryone ? m_basePlan() : planAsUser();
    plan.target = DeletionPlan::Target::Messages;
    plan.mode = mode;
    plan.dialogs = { m_dialogModel->dialogAt(row) };
    plan.messages = messages;
    Q_EMIT planReady(plan);
}

void UserReviewPanel::applyRun(const DeletionPlan &plan, const DeleteResultModel &results)
{
    const QStringList gone
        = results.idsWithResult({ ItemOutcome::Result::Deleted, ItemOutcome::Result::AlreadyGone });
    switch (plan.target) {
    case DeletionPlan::Target::Messages:
        // Removed from one user's history, a message still exists for everyone else, and the
        // viewer reads as someone else: it stays listed.
        if (plan.isForce() || plan.hasFullRights())
            m_messages->removeMessages(gone);
        break;
    case DeletionPlan::Target::Dialogs:
        // The list is the user's own with an API key, the operator's (shared with them) with a
        // session: rows go only when the delete took them out of that list.
        if (m_user
            && (plan.isForce()
                || plan.onBehalfOf == (m_apiKey ? std::optional(m_user->id) : std::nullopt)))
            m_dialogLoader->forgetDialogs(gone);
        if (!m_dialogModel->dialog(m_messages->dialogId()))
            m_messages->clear();
        break;
    case DeletionPlan::Target::Members:
        // Membership changed: read the list again rather than guess what the server holds now.
        if (m_dialogLoader && m_user)
            m_dialogLoader->reload();
        m_messages->clear();
        break;
    }
    updateDialogStatus();
    updateActions();
}

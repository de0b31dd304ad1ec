// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/ChatUser.h"
#include "domain/Dialog.h"
#include "moderation/DeletionPlan.h"

#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class ApiClient;
class DeleteResultModel;
class DialogListLoader;
class DialogTableModel;
class MessageViewer;
class QComboBox;
class QLabel;
class QLineEdit;
class LoadAllBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class UserDetailPane;
class UserDirectory;
class UserListLoader;
class UserTableModel;

// Reviewing one user after a report: find them (by id, login, full name, email or tag), read
// their account, their dialogs and what they wrote, then clean up. The panel only chooses what to
// act on: every action leaves as a DeletionPlan through planReady(), and the window confirms,
// runs and journals it exactly like a dialog delete.
class UserReviewPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserReviewPanel)

public:
    // Who acts, and where, for the plans this panel makes (the window's acting user, profile,
    // guard and names).
    using PlanFactory = std::function<DeletionPlan()>;

    explicit UserReviewPanel(QWidget *parent = nullptr);

    // Neither is owned. apiKey: the connection may act on behalf of users.
    void setConnection(
        ApiClient *client, UserDirectory *users, bool apiKey, const PlanFactory &basePlan);
    // Marked with a badge in the user table.
    void setProtectedUsers(const QSet<qint64> &ids);
    // Stops every load of this page (users, dialogs, messages).
    void stopLoading();
    // While a run is going no new action can start.
    void setRunning(bool running);
    // Brings the tables in line with what a finished run did.
    void applyRun(const DeletionPlan &plan, const DeleteResultModel &results);

    std::optional<ChatUser> currentUser() const { return m_user; }

    // For tests and the screenshot script.
    QComboBox *searchByBox() const { return m_searchBy; }
    QLineEdit *searchEdit() const { return m_searchText; }
    QPushButton *searchButton() const { return m_searchButton; }
    QLabel *searchStatus() const { return m_userStatus; }
    QTableView *userTable() const { return m_userTable; }
    UserTableModel *userModel() const { return m_userModel; }
    UserListLoader *userLoader() const { return m_userLoader; }
    LoadAllBar *loadAllUsersBar() const { return m_loadAllUsers; }
    UserDetailPane *userDetail() const { return m_userDetail; }
    QTableView *dialogTable() const { return m_dialogTable; }
    DialogTableModel *dialogModel() const { return m_dialogModel; }
    DialogListLoader *dialogLoader() const { return m_dialogLoader; }
    MessageViewer *messageViewer() const { return m_messages; }
    QPushButton *removeFromGroupsButton() const { return m_removeFromGroups; }
    QPushButton *removeFromTheirListButton() const { return m_removeFromTheirList; }
    QPushButton *deleteOwnedButton() const { return m_deleteOwned; }
    QPushButton *deleteMessagesButton() const { return m_deleteMessages; }
    QPushButton *removeMessagesFromHistoryButton() const { return m_removeMessagesFromHistory; }

    // Looks the user up by id and chooses them: a pivot from another page, asked for by name.
    void reviewUser(qint64 userId);

Q_SIGNALS:
    void planReady(const DeletionPlan &plan);
    void actAsUserRequested(qint64 userId);
    void journalRequested(qint64 userId);

private:
    QWidget *createUserArea();
    QWidget *createDialogArea();
    QWidget *createMessageArea();
    void search();
    void onUserChanged();
    void onDialogChanged();
    void updateActions();
    void updateDialogStatus();
    QList<Dialog> selectedDialogs() const;
    // The window's plan with this panel's user as the acting user (On-Behalf-Of).
    DeletionPlan planAsUser() const;
    void removeFromGroups();
    void removeFromTheirList();
    void deleteOwnedDialogs();
    void deleteMessages(DeletionPlan::Mode mode);
    void offerOwnedDialogs();
    void createPivots();

    ApiClient *m_client = nullptr;
    UserDirectory *m_users = nullptr;
    bool m_apiKey = false;
    bool m_running = false;
    bool m_ownedDeleteWaiting = false; // "delete all they own" waits for the whole list
    bool m_ownedDeleteRefused = false; // ...which did not come: nothing was offered
    PlanFactory m_basePlan;
    std::optional<ChatUser> m_user;
    std::optional<qint64> m_chooseWhenFound; // reviewUser() waits for its search

    UserTableModel *m_userModel;
    QSortFilterProxyModel *m_userProxy;
    UserListLoader *m_userLoader = nullptr;
    DialogTableModel *m_dialogModel;
    DialogListLoader *m_dialogLoader = nullptr;

    QComboBox *m_searchBy = nullptr;
    QLineEdit *m_searchText = nullptr;
    QPushButton *m_searchButton = nullptr;
    QLabel *m_userStatus = nullptr;
    QTableView *m_userTable = nullptr;
    QPushButton *m_loadMoreUsers = nullptr;
    LoadAllBar *m_loadAllUsers = nullptr;
    UserDetailPane *m_userDetail = nullptr;
    QLabel *m_dialogStatus = nullptr;
    QTableView *m_dialogTable = nullptr;
    QPushButton *m_loadMoreDialogs = nullptr;
    QPushButton *m_removeFromGroups = nullptr;
    QPushButton *m_removeFromTheirList = nullptr;
    QPushButton *m_deleteOwned = nullptr;
    MessageViewer *m_messages = nullptr;
    QPushButton *m_deleteMessages = nullptr;
    QPushButton *m_removeMessagesFromHistory = nullptr;
};

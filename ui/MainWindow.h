#pragma once

#include "DeleteRunDialog.h"
#include "api/ConnectionSettings.h"
#include "auth/Profile.h"
#include "domain/ChatUser.h"
#include "domain/ItemOutcome.h"
#include "moderation/DeletionPlan.h"
#include "moderation/Journal.h"
#include "moderation/ModerationSettings.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class ApiClient;
class ApiError;
class DialogDetailPane;
class DialogFilterProxyModel;
class DialogListLoader;
class DialogTableModel;
class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSplitter;
class QTabWidget;
class QTableView;
class QWidget;
class UserDirectory;
class UserReviewPanel;

// The moderator's window: the dialog browser with its filters and detail pane, the user review
// page, the acting-user banner and the one path every destructive action takes (confirmation
// scaled to risk, progress, per-item results, journal).
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void connectTo(const Profile &profile, const Credentials &credentials);
    // Where deletes are journaled; the shared default unless a test says otherwise.
    void setJournalPath(const QString &path);
    bool isConnected() const { return m_client != nullptr; }
    void setActingUser(const std::optional<ChatUser> &user);

    // For tests and the screenshot script.
    ApiClient *client() const { return m_client; }
    DialogTableModel *dialogModel() const { return m_model; }
    DialogFilterProxyModel *filterModel() const { return m_proxy; }
    QTableView *dialogTable() const { return m_table; }
    DialogListLoader *loader() const { return m_loader; }
    DialogDetailPane *detailPane() const { return m_detail; }
    QLineEdit *localFilterEdit() const { return m_localFilter; }
    QComboBox *typeFilterBox() const { return m_typeFilter; }
    QLineEdit *nameFilterEdit() const { return m_nameFilter; }
    QLabel *selectionLabel() const { return m_selectionLabel; }
    QLabel *actingBannerLabel() const { return m_actingLabel; }
    QWidget *actingBanner() const { return m_actingBanner; }
    QLabel *environmentBanner() const { return m_environmentBanner; }
    QLabel *errorLabel() const { return m_errorLabel; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *forceDeleteAction() const { return m_forceDeleteAction; }
    QAction *reloadAction() const { return m_reloadAction; }
    QAction *loadAllAction() const { return m_loadAllAction; }
    QAction *actAsAction() const { return m_actAsAction; }
    QAction *stopActingAction() const { return m_stopActingAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *journalAction() const { return m_journalAction; }
    QAction *reviewUsersAction() const { return m_reviewUsersAction; }
    UserReviewPanel *userReviewPanel() const { return m_userPanel; }
    QTabWidget *pages() const { return m_tabs; }
    QAction *settingsAction() const { return m_settingsAction; }
    // The operator-safety settings as saved in the settings passed in (defaults without them).
    ModerationSettings moderationSettings() const;
    QWidget *recoveryBar() const { return m_recoveryBar; }
    QLabel *recoveryLabel() const { return m_recoveryLabel; }
    DeleteRunDialog *currentRun() const { return m_run; }
    DeletionPlan planForSelection(DeletionPlan::Mode mode) const;

Q_SIGNALS:
    void connectRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createFilterBar();
    void applyServerFilters();
    void startDelete(DeletionPlan::Mode mode);
    // Which page a run was started from: it alone follows the run with its selection.
    enum class RunOrigin { DialogsPage, UsersPage };

    // The acting user, profile, names and guard every plan starts from.
    DeletionPlan basePlan() const;
    void confirmAndRun(const DeletionPlan &plan, RunOrigin origin);
    void runDelete(const DeletionPlan &plan, RunOrigin origin);
    void onOutcomesSettled(const QList<ItemOutcome> &outcomes);
    void onLoadFailed(const ApiError &error);
    void onCurrentChanged();
    void updateSelectionLabel();
    void updateActions();
    void chooseActingUser();
    void maybeLoadMore();
    QList<Dialog> selectedDialogs() const;
    void selectIds(const QStringList &ids);
    Journal *ensureJournal();
    void checkForUnsettledRuns();
    void reconcile();
    void openJournal();
    void openSettings();
    void pruneEvidence();
    void restoreLayout();
    void saveLayout();

    QSettings *m_settings;
    Profile m_profile;
    QString m_apiKeyFingerprint;
    QString m_journalPath;
    std::unique_ptr<Journal> m_journal;
    ApiClient *m_client = nullptr;
    UserDirectory *m_users = nullptr;
    DialogListLoader *m_loader = nullptr;
    DialogTableModel *m_model;
    DialogFilterProxyModel *m_proxy;
    std::optional<ChatUser> m_actingUser;
    QPointer<DeleteRunDialog> m_run;

    QTableView *m_table;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    UserReviewPanel *m_userPanel;
    DialogDetailPane *m_detail = nullptr;
    QLabel *m_environmentBanner;
    QWidget *m_actingBanner;
    QLabel *m_actingLabel;
    QWidget *m_errorBar;
    QLabel *m_errorLabel;
    QWidget *m_recoveryBar;
    QLabel *m_recoveryLabel;
    QPushButton *m_reconcileButton;
    QComboBox *m_typeFilter = nullptr;
    QLineEdit *m_nameFilter = nullptr;
    QCheckBox *m_afterCheck = nullptr;
    QDateEdit *m_afterDate = nullptr;
    QCheckBox *m_beforeCheck = nullptr;
    QDateEdit *m_beforeDate = nullptr;
    QLineEdit *m_localFilter = nullptr;
    QLabel *m_selectionLabel;
    QProgressBar *m_progress;

    QAction *m_connectAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_loadAllAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_forceDeleteAction = nullptr;
    QAction *m_actAsAction = nullptr;
    QAction *m_stopActingAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_journalAction = nullptr;
    QAction *m_reviewUsersAction = nullptr;
    QAction *m_settingsAction = nullptr;
};

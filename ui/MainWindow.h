// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DeleteRunDialog.h"
#include "auth/Profile.h"
#include "domain/ChatUser.h"
#include "domain/ItemOutcome.h"
#include "moderation/DeletionPlan.h"
#include "moderation/Journal.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class ConsoleSession;
class DialogsPage;
class JournalViewerDialog;
class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSettings;
class QTabWidget;
class QWidget;
class SweepPage;
class UserReviewPanel;

// The moderator's window: menus, banners and pages (the Dialogs page and the user review page)
// over one ConsoleSession, and the one path every destructive action takes (confirmation scaled
// to risk, progress, per-item results, journal). Widgets and actions carry object names, which
// is how tests and the screenshot tool find them.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void connectTo(const Profile &profile, const Credentials &credentials);
    // Where deletes are journaled; the shared default unless a test says otherwise.
    void setJournalPath(const QString &path);
    bool isConnected() const;
    void setActingUser(const std::optional<ChatUser> &user);
    SweepPage *sweepPage() const { return m_sweepPage; }

Q_SIGNALS:
    void connectRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void startDelete(DeletionPlan::Mode mode);
    // Which page a run was started from: it alone follows the run with its selection.
    enum class RunOrigin { DialogsPage, UsersPage, SweepPage };

    void confirmAndRun(const DeletionPlan &plan, RunOrigin origin);
    void runDelete(const DeletionPlan &plan, RunOrigin origin);
    void onOutcomesSettled(const QList<ItemOutcome> &outcomes);
    void onActingUserChanged();
    void updateSelectionLabel();
    void updateActions();
    void chooseActingUser();
    Journal *ensureJournal();
    void checkForUnsettledRuns();
    // The team database being reached, the offline runs going up, or a cancel's consequences.
    void onJournalOpening();
    void onJournalUploadProgress(int done, int total);
    void onJournalReady();
    void cancelJournalOpening();
    // Working offline and what that cannot do, or the offline runs just uploaded.
    void showOfflineState();
    void reconcile();
    // Null when the journal cannot be opened (the moderator was told why).
    JournalViewerDialog *openJournal();
    void reviewUser(qint64 userId);
    void actAsUser(qint64 userId);
    void openSettings();
    void pruneEvidence();
    void restoreLayout();
    void saveLayout();
    QAction *makeAction(const QString &text, const QString &objectName);

    QSettings *m_settings;
    ConsoleSession *m_session;
    QPointer<DeleteRunDialog> m_run;
    QString m_draftReason;

    QTabWidget *m_tabs;
    DialogsPage *m_dialogsPage;
    UserReviewPanel *m_userPanel;
    QScrollArea *m_usersPage; // the Users tab: the panel, scrolling when the screen is small
    SweepPage *m_sweepPage;
    QLabel *m_environmentBanner;
    QWidget *m_actingBanner;
    QLabel *m_actingLabel;
    QWidget *m_recoveryBar;
    QLabel *m_recoveryLabel;
    QPushButton *m_reconcileButton;
    QWidget *m_teamBar;
    QLabel *m_teamLabel;
    QProgressBar *m_teamProgress;
    QPushButton *m_teamCancelButton;
    QPushButton *m_teamRetryButton;
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
    QAction *m_workOfflineAction = nullptr;
    QAction *m_reviewUsersAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_dialogsPageAction = nullptr;
    QAction *m_usersPageAction = nullptr;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "auth/Profile.h"
#include "index/SweepCrawler.h"
#include "index/SweepPlan.h"
#include "index/SweepSearch.h"

#include <QTemporaryDir>
#include <QWidget>

#include <functional>
#include <memory>

class ApiClient;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class SweepIndex;

// The Sweep page: keeps the local index of the connected application up to date in the
// background (pausable, stoppable, resumed next time), searches it by what messages say,
// finds campaigns and runs saved selections, each with its count. A result leads to its
// dialog and to its sender's review page, and the whole result can be acted on: its dialogs
// deleted, or a sender removed from them, through planReady() and the window's confirmation
// and run (which checks each item with the server first and journals the query).
class SweepPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepPage)

public:
    using PlanFactory = std::function<DeletionPlan()>;

    explicit SweepPage(QWidget *parent = nullptr);
    ~SweepPage() override;

    // The client is not owned. The index is the profile's, beside the journal (in a team
    // database, reached with storePassword, shared with the team); the sandbox's lives only as
    // long as the page, since its address changes on every start.
    // With TeamIndex::WhenReached a team database's index waits for openTeamIndex(), so that
    // connecting never waits on a database that may not answer.
    enum class TeamIndex { OpenNow, WhenReached };
    void setConnection(ApiClient *client, const Profile &profile, const QString &apiKeyFingerprint,
        const QString &storePassword = {}, TeamIndex teamIndex = TeamIndex::OpenNow);
    // Opens the team database's index left waiting by setConnection (the team answered).
    void openTeamIndex();
    // Stops the crawl and lets go of the client (before it is replaced).
    void releaseClient();
    // Who acts and under which guard: the window's base plan.
    void setPlanFactory(const PlanFactory &factory) { m_basePlan = factory; }
    // An index file of one's own choosing instead (tests).
    void setIndexPath(const QString &path);
    void startCrawl(bool full = false);
    // The demo: indexes the sandbox and lists its campaigns once that is done.
    void startDemo();
    void stopCrawl();
    void runSearch();
    void findCampaigns();

    SweepIndex *index() const { return m_index.get(); }
    SweepCrawler *crawler() const { return m_crawler; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *crawlButton() const { return m_crawlButton; }
    QPushButton *pauseButton() const { return m_pauseButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    QLineEdit *searchEdit() const { return m_searchText; }
    QLineEdit *senderEdit() const { return m_senderText; }
    QComboBox *typeBox() const { return m_typeBox; }
    QCheckBox *linkBox() const { return m_linkBox; }
    QCheckBox *attachmentBox() const { return m_attachmentBox; }
    QPushButton *searchButton() const { return m_searchButton; }
    QSpinBox *minDialogsBox() const { return m_minDialogs; }
    QSpinBox *windowHoursBox() const { return m_windowHours; }
    QPushButton *campaignsButton() const { return m_campaignsButton; }
    QTableWidget *resultTable() const { return m_results; }
    QLabel *resultLabel() const { return m_resultLabel; }
    QPushButton *showCampaignButton() const { return m_showCampaign; }
    QPushButton *openDialogButton() const { return m_openDialog; }
    QPushButton *reviewSenderButton() const { return m_reviewSender; }
    QPushButton *deleteDialogsButton() const { return m_deleteDialogs; }
    QPushButton *removeSenderButton() const { return m_removeSender; }
    QComboBox *selectionBox() const { return m_selectionBox; }
    QPushButton *runSelectionButton() const { return m_runSelection; }
    QPushButton *saveSelectionButton() const { return m_saveSelection; }
    // What the result table shows now, for acting on it.
    SweepSelectionItems currentItems() const { return m_items; }
    QList<SweepCampaign> currentCampaigns() const { return m_campaigns; }
    // Saves the search or the campaign in view under name; false when there is nothing to save.
    bool saveCurrentAsSelection(const QString &name);
    void runSelection(const QString &name);
    // The plan for acting on the results in view (the chosen campaign in the campaign list),
    // sent through planReady(); a sentence in the result line when there is nothing to act on.
    void actOnResults(SweepPlan::Action action);

Q_SIGNALS:
    void dialogRequested(const QString &dialogId);
    void userRequested(qint64 userId);
    void planReady(const DeletionPlan &plan);

private:
    // A count of messages, then where they are and who sent them: three whole sentences.
    static QString messageCountText(const QString &messages, int dialogs, int senders);
    enum class View { Nothing, Messages, Dialogs, Campaigns };

    bool openIndex(const StoreLocation &location, const QString &applicationKey = {},
        const QString &password = {});
    void onProgress(const SweepCrawler::Progress &progress);
    void onCrawlFinished(SweepCrawler::Outcome outcome, const QString &error);
    void updateStatus();
    void updateButtons();
    void showMessages(const QList<SweepMessageHit> &hits);
    void showDialogs(const QList<SweepDialogHit> &hits);
    void showCampaigns(const QList<SweepCampaign> &campaigns);
    void showCampaignMessages(int row);
    void reloadSelections();
    void newSelection();
    void showResultMenu(const QPoint &position);
    // The sender a removal would take out: the chosen message's, or a campaign's only one.
    qint64 chosenSender() const;

    ApiClient *m_client = nullptr;
    std::unique_ptr<SweepIndex> m_index;
    // Where the index is, to open it again once forgotten.
    StoreLocation m_indexLocation;
    QString m_indexKey;
    QString m_indexPassword;
    std::unique_ptr<QTemporaryDir> m_sandboxFolder;
    SweepCrawler *m_crawler = nullptr;
    View m_view = View::Nothing;
    bool m_campaignsWhenIndexed = false;
    PlanFactory m_basePlan;
    SweepFilter m_lastFilter;
    // The query behind the messages or dialogs in view, journaled with any action on them.
    SweepSelection m_query;
    SweepSelectionItems m_items;
    QList<SweepCampaign> m_campaigns;
    qint64 m_campaignWindowSeconds = 86400; // the window that found m_campaigns

    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_crawlButton;
    QPushButton *m_pauseButton;
    QPushButton *m_stopButton;
    QPushButton *m_forgetButton;
    QLineEdit *m_searchText;
    QLineEdit *m_senderText;
    QComboBox *m_typeBox;
    QCheckBox *m_sinceBox;
    QDateEdit *m_sinceDate;
    QCheckBox *m_linkBox;
    QCheckBox *m_attachmentBox;
    QPushButton *m_searchButton;
    QSpinBox *m_minDialogs;
    QSpinBox *m_windowHours;
    QPushButton *m_campaignsButton;
    QComboBox *m_selectionBox;
    QPushButton *m_runSelection;
    QPushButton *m_saveSelection;
    QPushButton *m_newSelection;
    QTableWidget *m_results;
    QLabel *m_resultLabel;
    QPushButton *m_showCampaign;
    QPushButton *m_openDialog;
    QPushButton *m_reviewSender;
    QPushButton *m_deleteDialogs;
    QPushButton *m_removeSender;
};

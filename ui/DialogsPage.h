// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Dialog.h"

#include <QWidget>

#include <optional>

class ApiError;
class ConsoleSession;
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
class QSettings;
class QSplitter;
class QTableView;

// The dialog browser: server filters, the local filter, the table of loaded dialogs and the
// detail pane of the current one. It chooses what to act on; the window confirms and runs.
class DialogsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialogsPage)

public:
    explicit DialogsPage(ConsoleSession *session, QWidget *parent = nullptr);
    ~DialogsPage() override;

    // Follows the session's connection and acting user.
    void reload();
    void loadAll();
    void cancelLoading();
    bool isLoading() const;
    void focusLocalFilter();
    void focusTable();
    // Filters the loaded dialogs down to this one (the local filter matches ids) and selects it;
    // it shows as soon as its page is loaded.
    void showDialog(const QString &id);
    void selectAll();
    // Actions that work on the table's selection: its context menu and shortcuts. The page's
    // own pivots (review owner, act as owner, copy id, show in journal) follow them.
    void addTableActions(const QList<QAction *> &actions);
    // Review owner, act as owner, copy id, show in journal: for the window's Dialogs menu.
    QList<QAction *> pivotActions() const { return m_pivots; }
    // The dialog the keyboard is on, if any.
    std::optional<Dialog> currentDialog() const;

    QList<Dialog> selectedDialogs() const;
    bool hasSelection() const;
    // Keeps these selected (those still listed), everything else not.
    void selectIds(const QStringList &ids);
    // Takes dialogs the server no longer has out of the table.
    void forgetDialogs(const QStringList &ids);
    bool isListed(const QString &id) const;
    // "3 selected of 100 loaded, 250 in total".
    QString selectionSummary() const;

    void saveLayout(QSettings *settings) const;
    void restoreLayout(const QSettings *settings);

Q_SIGNALS:
    void reviewUserRequested(qint64 userId);
    void actAsUserRequested(qint64 userId);
    void journalRequested(const QString &dialogId);
    void editProfileRequested();
    void selectionChanged();
    void summaryChanged();
    void loadingChanged(bool loading);
    void progressChanged(int loaded, int total);
    // Something the status bar should say for a while.
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitLastMessageColumn();
    QWidget *createFilterBar();
    void onConnected();
    void onActingUserChanged();
    void applyServerFilters();
    void onLoadFailed(const ApiError &error);
    void onCurrentChanged();
    void maybeLoadMore();
    void createPivots();
    void updatePivots();
    // The detail pane shows only a dialog that is listed and selected.
    void followCurrent();

    ConsoleSession *m_session;
    DialogListLoader *m_loader = nullptr;
    DialogTableModel *m_model;
    DialogFilterProxyModel *m_proxy;
    QTableView *m_table;
    QSplitter *m_splitter;
    DialogDetailPane *m_detail = nullptr;
    QWidget *m_errorBar;
    QLabel *m_errorLabel;
    QComboBox *m_typeFilter = nullptr;
    QLineEdit *m_nameFilter = nullptr;
    QCheckBox *m_afterCheck = nullptr;
    QDateEdit *m_afterDate = nullptr;
    QCheckBox *m_beforeCheck = nullptr;
    QDateEdit *m_beforeDate = nullptr;
    QLineEdit *m_localFilter = nullptr;
    QList<QAction *> m_pivots;
    QAction *m_reviewOwner = nullptr;
    QAction *m_actAsOwner = nullptr;
    bool m_fittingLastMessage = false; // the viewport's resizes are watched
};

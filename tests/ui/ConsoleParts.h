// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DeleteRunDialog.h"
#include "DialogDetailPane.h"
#include "UserReviewPanel.h"
#include "api/ApiClient.h"
#include "console/ConsoleSession.h"
#include "models/DialogFilterProxyModel.h"
#include "models/DialogListLoader.h"
#include "models/DialogTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDebug>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

// The console's parts found by their object names, the way the widget tests, the benchmarks and
// the screenshot tool reach into the window without getters made for them.
namespace Parts {

template<class T> T *find(const QObject *window, const QString &name)
{
    T *part = window->findChild<T *>(name);
    if (!part)
        qWarning(
            "The console has no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return part;
}

inline QAction *action(const QObject *window, const QString &name)
{
    return find<QAction>(window, name);
}

// clang-format off
inline DialogTableModel *dialogModel(const QObject *w) { return find<DialogTableModel>(w, QStringLiteral("dialogModel")); }
inline DialogFilterProxyModel *filterModel(const QObject *w) { return find<DialogFilterProxyModel>(w, QStringLiteral("dialogFilterModel")); }
inline QTableView *dialogTable(const QObject *w) { return find<QTableView>(w, QStringLiteral("dialogTable")); }
inline DialogListLoader *loader(const QObject *w) { return find<DialogListLoader>(w, QStringLiteral("dialogLoader")); }
inline ApiClient *client(const QObject *w) { return find<ApiClient>(w, QStringLiteral("apiClient")); }
inline DialogDetailPane *detailPane(const QObject *w) { return find<DialogDetailPane>(w, QStringLiteral("detailPane")); }
inline QLineEdit *localFilterEdit(const QObject *w) { return find<QLineEdit>(w, QStringLiteral("localFilter")); }
inline QComboBox *typeFilterBox(const QObject *w) { return find<QComboBox>(w, QStringLiteral("typeFilter")); }
inline QLabel *selectionLabel(const QObject *w) { return find<QLabel>(w, QStringLiteral("selectionLabel")); }
inline QWidget *actingBanner(const QObject *w) { return find<QWidget>(w, QStringLiteral("actingBanner")); }
inline QLabel *actingBannerLabel(const QObject *w) { return find<QLabel>(w, QStringLiteral("actingText")); }
inline QLabel *environmentBanner(const QObject *w) { return find<QLabel>(w, QStringLiteral("environmentBanner")); }
inline QWidget *recoveryBar(const QObject *w) { return find<QWidget>(w, QStringLiteral("recoveryBar")); }
inline QLabel *recoveryLabel(const QObject *w) { return find<QLabel>(w, QStringLiteral("recoveryText")); }
inline QTabWidget *pages(const QObject *w) { return find<QTabWidget>(w, QStringLiteral("pages")); }
inline UserReviewPanel *userReviewPanel(const QObject *w) { return find<UserReviewPanel>(w, QStringLiteral("userReview")); }
inline QAction *deleteAction(const QObject *w) { return action(w, QStringLiteral("deleteForUser")); }
inline QAction *forceDeleteAction(const QObject *w) { return action(w, QStringLiteral("deleteForEveryone")); }
inline QAction *reloadAction(const QObject *w) { return action(w, QStringLiteral("reload")); }
inline QAction *loadAllAction(const QObject *w) { return action(w, QStringLiteral("loadAll")); }
inline QAction *actAsAction(const QObject *w) { return action(w, QStringLiteral("actAs")); }
inline QAction *stopActingAction(const QObject *w) { return action(w, QStringLiteral("stopActing")); }
inline QAction *journalAction(const QObject *w) { return action(w, QStringLiteral("journal")); }
inline QAction *reviewUsersAction(const QObject *w) { return action(w, QStringLiteral("reviewUsers")); }
inline QAction *settingsAction(const QObject *w) { return action(w, QStringLiteral("settings")); }
inline ConsoleSession *session(const QObject *w) { return find<ConsoleSession>(w, QStringLiteral("consoleSession")); }
inline QWidget *teamJournalBar(const QObject *w) { return find<QWidget>(w, QStringLiteral("teamJournalBar")); }
inline QLabel *teamJournalText(const QObject *w) { return find<QLabel>(w, QStringLiteral("teamJournalText")); }
inline QPushButton *cancelTeamJournal(const QObject *w) { return find<QPushButton>(w, QStringLiteral("cancelTeamJournal")); }
inline QPushButton *retryTeamJournal(const QObject *w) { return find<QPushButton>(w, QStringLiteral("retryTeamJournal")); }
// clang-format on

// The run started last (earlier ones may still be open), or null.
inline DeleteRunDialog *currentRun(const QObject *window)
{
    const QList<DeleteRunDialog *> runs
        = window->findChildren<DeleteRunDialog *>(Qt::FindDirectChildrenOnly);
    return runs.isEmpty() ? nullptr : runs.constLast();
}

} // namespace Parts

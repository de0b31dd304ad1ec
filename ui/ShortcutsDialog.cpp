// SPDX-License-Identifier: Apache-2.0

#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString plain(QString text)
{
    text.remove(u'&');
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *list = new QTreeWidget(this);
    list->setObjectName(u"shortcutList"_s);
    list->setAccessibleName(tr("Keyboard shortcuts"));
    list->setHeaderLabels({ tr("Action"), tr("Keys") });
    list->setRootIsDecorated(true);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    const QList<QAction *> menuActions = menus->actions();
    for (const QAction *menuAction : menuActions) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        auto *group = new QTreeWidgetItem(list, { plain(menuAction->text()) });
        const QList<QAction *> actions = menu->actions();
        for (const QAction *action : actions) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            new QTreeWidgetItem(group,
                { plain(action->text()), action->shortcut().toString(QKeySequence::NativeText) });
        }
    }
    auto *tables = new QTreeWidgetItem(list, { tr("In a table") });
    const QList<std::pair<QString, QString>> tableKeys {
        { tr("Move between rows"), tr("Up, Down, Page Up, Page Down, Home, End") },
        { tr("Add to or take from the selection"), tr("Space") },
        { tr("Extend the selection"), tr("Shift+Up, Shift+Down") },
        { tr("Leave the table"), tr("Tab, Shift+Tab") },
        { tr("Context menu: review owner, act as owner, copy id, show in journal"),
            tr("Menu, Shift+F10") },
    };
    for (const auto &[what, keys] : tableKeys)
        new QTreeWidgetItem(tables, { what, keys });
    auto *confirmation = new QTreeWidgetItem(list, { tr("In the delete confirmation") });
    const QList<std::pair<QString, QString>> confirmationKeys {
        { tr("Next field: reason, count, override, the action"), tr("Tab") },
        { tr("Act, once everything required is filled in"), tr("Enter") },
        { tr("Recent reasons"), tr("Down, in the reason") },
        { tr("Cancel"), tr("Esc") },
    };
    for (const auto &[what, keys] : confirmationKeys)
        new QTreeWidgetItem(confirmation, { what, keys });
    list->expandAll();
    list->resizeColumnToContents(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    resize(620, 560);
}

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QAbstractItemView>
#include <QEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>

// The keyboard rules every table of the console follows: Tab leaves the table for the next
// widget (instead of walking its cells and changing the selected row), the arrow keys move
// between rows, and Space toggles the current row in or out of a multiple selection.
class TableKeyboard final : public QObject {
public:
    static void install(QAbstractItemView *view)
    {
        view->setTabKeyNavigation(false);
        view->installEventFilter(new TableKeyboard(view));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *view = static_cast<QAbstractItemView *>(watched);
        if (key->key() != Qt::Key_Space || key->modifiers() != Qt::NoModifier
            || view->selectionMode() != QAbstractItemView::ExtendedSelection)
            return false;
        const QModelIndex current = view->currentIndex();
        if (!current.isValid())
            return false;
        view->selectionModel()->select(
            current, QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
        return true;
    }

private:
    explicit TableKeyboard(QObject *parent)
        : QObject(parent)
    {
    }
};

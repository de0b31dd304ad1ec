// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>

class QMenuBar;

// Help › Keyboard shortcuts: every menu action with its key, read from the menus themselves so
// that the list cannot drift from what the keys do, and the keys that work inside tables and
// the delete confirmation.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
};

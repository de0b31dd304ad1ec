// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QWidget>

class QProgressBar;
class QPushButton;

// "Load all" for a list, with its progress and Cancel while it runs: the button gives way to a
// progress bar (busy while the total is unknown) and a Cancel button until the load ends.
class LoadAllBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadAllBar)

public:
    // what names the items in the button ("Load all users").
    LoadAllBar(
        const QString &buttonText, const QString &objectNamePrefix, QWidget *parent = nullptr);

    void setRunning(bool running);
    // total < 0: not known.
    void setProgress(int loaded, int total);
    void setAvailable(bool available);

    QPushButton *loadAllButton() const { return m_loadAll; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void loadAllRequested();
    void cancelRequested();

private:
    QPushButton *m_loadAll;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    bool m_running = false;
};

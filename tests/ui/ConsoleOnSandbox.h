// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "MainWindow.h"
#include "SandboxFixture.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

class DeleteConfirmationDialog;
class DeleteRunDialog;

// The console's main window in a throwaway home (its own settings file and journal), connected
// to a fresh in-process sandbox: what the widget tests drive.
class ConsoleOnSandbox final {
public:
    ConsoleOnSandbox() = default;
    ~ConsoleOnSandbox();
    Q_DISABLE_COPY_MOVE(ConsoleOnSandbox)

    // Shows the window, not yet connected. False when it could not be shown.
    bool createWindow();
    // Starts a sandbox and connects the window to it with an API key or as its first operator;
    // true once the first page of dialogs is in.
    bool connect(AuthMode mode = AuthMode::ApiKey,
        const SandboxOptions &options = SandboxFixture::defaultOptions());

    MainWindow *window() const { return m_window.get(); }
    QSettings *settings() const { return m_settings.get(); }
    SandboxServer &server() { return m_fixture->server(); }
    SandboxFixture &fixture() { return *m_fixture; }
    QString journalPath() const;

    // Gives the confirmation what it asks for: a reason ("spam wave") and the typed count, each
    // checked to be required first (the confirm button stays disabled without it). Then
    // confirms and waits for the run to finish. Null when anything was not as it should be.
    DeleteRunDialog *confirmAndRun(DeleteConfirmationDialog *dialog);
    // Waits for a confirmation to open.
    DeleteConfirmationDialog *waitForConfirmation();

private:
    QTemporaryDir m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

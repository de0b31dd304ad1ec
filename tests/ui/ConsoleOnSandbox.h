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
    // Starts a fresh sandbox for the window to connect to. False when it did not start.
    bool startSandbox(const SandboxOptions &options = SandboxFixture::defaultOptions());
    // Starts a sandbox and connects the window to it with an API key or as its first operator;
    // true once the first page of dialogs is in.
    bool connect(AuthMode mode = AuthMode::ApiKey,
        const SandboxOptions &options = SandboxFixture::defaultOptions());
    // Connects the window to the running sandbox with an API key, as a team profile of
    // environment whose journal is store, reached with storePassword. True once the first page
    // of dialogs is in and, when waitForJournal, the team database has answered (or has not).
    bool connectTeam(const StoreLocation &store, const QString &storePassword,
        Profile::Environment environment = Profile::Environment::Sandbox,
        bool waitForJournal = true);

    MainWindow *window() const { return m_window.get(); }
    QSettings *settings() const { return m_settings.get(); }
    SandboxServer &server() { return m_fixture->server(); }
    SandboxFixture &fixture() { return *m_fixture; }
    // The throwaway home: its settings file, its journal, and room for a test's own files.
    const QTemporaryDir &home() const { return m_home; }
    QString journalPath() const;

    // Gives the confirmation what it asks for: a reason ("spam wave") and the typed count, each
    // checked to be required first (the confirm button stays disabled without it). Then
    // confirms and waits for the run to finish. Null when anything was not as it should be,
    // which is said (a warning in the test's log) before the caller's check fails.
    DeleteRunDialog *confirmAndRun(DeleteConfirmationDialog *dialog);
    // Clicks confirm as it is and waits, with bounds, for the run to start and to finish. Null,
    // after saying which, when the button is disabled, no run started or it did not finish.
    DeleteRunDialog *clickConfirm(DeleteConfirmationDialog *dialog);
    // Waits for a confirmation to open.
    DeleteConfirmationDialog *waitForConfirmation();

private:
    // Shows the window if need be and connects it as profile; see connectTeam for the wait.
    bool connectWindow(const Profile &profile, const Credentials &credentials, bool waitForJournal);

    QTemporaryDir m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

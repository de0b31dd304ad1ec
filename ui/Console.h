// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>

#include <memory>

class FallbackSecretStore;
class KeychainSecretStore;
class MainWindow;
class ProfileStore;
class QSettings;
class SandboxServer;

// Puts the console together: settings, profiles, the keychain, the main window, and the
// embedded sandbox when the user wants to try qbmod without an account.
class Console final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Console)

public:
    explicit Console(QSettings *settings, QObject *parent = nullptr);
    ~Console() override;

    MainWindow *window() const { return m_window.get(); }
    SandboxServer *sandbox() const { return m_sandbox.get(); }

    // Starts the sandbox in this process with its demo community and connects to it.
    bool startSandbox(int dialogs, QString *error = nullptr);
    void showConnectionDialog();

private:
    QSettings *m_settings;
    ProfileStore *m_profiles;
    KeychainSecretStore *m_keychain;
    FallbackSecretStore *m_secrets;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SandboxServer> m_sandbox;
};

// SPDX-License-Identifier: Apache-2.0

#include "Console.h"

#include "ConnectionDialog.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "SweepPage.h"
#include "auth/FallbackSecretStore.h"
#include "auth/KeychainSecretStore.h"
#include "auth/ProfileStore.h"
#include "sandbox/SandboxServer.h"

#include <QSettings>

using namespace Qt::StringLiterals;

Console::Console(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_profiles(new ProfileStore(settings, this))
    , m_keychain(new KeychainSecretStore(this))
    , m_secrets(new FallbackSecretStore(m_keychain, this))
    , m_window(std::make_unique<MainWindow>(settings))
{
    connect(m_window.get(), &MainWindow::connectRequested, this, &Console::showConnectionDialog);
}

Console::~Console() = default;

bool Console::startSandbox(int dialogs, QString *error)
{
    if (!m_sandbox) {
        SandboxOptions options;
        options.dialogs = dialogs;
        // Spam waves for the Sweep page to find, which indexes the demo on its own.
        options.spamCampaigns = 6;
        auto sandbox = std::make_unique<SandboxServer>(options);
        if (!sandbox->start(error))
            return false;
        m_sandbox = std::move(sandbox);
    }
    // A profile for this run only: the sandbox's key changes every start, so it is not saved.
    Profile profile;
    profile.id = u"sandbox"_s;
    profile.name = tr("Sandbox");
    profile.environment = Profile::Environment::Sandbox;
    profile.settings.endpoint = m_sandbox->endpoint();
    profile.settings.authMode = AuthMode::ApiKey;
    Credentials credentials;
    credentials.apiKey = m_sandbox->apiKey();
    m_window->connectTo(profile, credentials);
    m_window->sweepPage()->startDemo();
    return true;
}

void Console::showConnectionDialog()
{
    auto *dialog = new ConnectionDialog(m_profiles, m_secrets, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionDialog::connectRequested, m_window.get(), &MainWindow::connectTo);
    connect(dialog, &ConnectionDialog::sandboxRequested, this, [this] {
        QString error;
        if (!startSandbox(2000, &error))
            Prompter::current()->warn(
                m_window.get(), tr("Sandbox"), tr("The sandbox could not start: %1").arg(error));
    });
    dialog->open();
}

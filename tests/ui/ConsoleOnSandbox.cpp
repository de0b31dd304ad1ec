// SPDX-License-Identifier: Apache-2.0

#include "ConsoleOnSandbox.h"

#include "AwaitChild.h"
#include "ConsoleParts.h"
#include "DeleteConfirmationDialog.h"
#include "DeleteRunDialog.h"
#include "models/DialogListLoader.h"
#include "models/DialogTableModel.h"

#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;

ConsoleOnSandbox::~ConsoleOnSandbox()
{
    // The window's client talks to the sandbox: it goes first.
    m_window.reset();
    m_fixture.reset();
}

QString ConsoleOnSandbox::journalPath() const
{
    return m_home.filePath(u"journal.sqlite"_s);
}

bool ConsoleOnSandbox::createWindow()
{
    m_settings = std::make_unique<QSettings>(m_home.filePath(u"qbmod.ini"_s), QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->setJournalPath(journalPath());
    m_window->resize(1300, 800);
    m_window->show();
    m_window->activateWindow();
    return QTest::qWaitForWindowExposed(m_window.get());
}

bool ConsoleOnSandbox::connect(AuthMode mode, const SandboxOptions &options)
{
    if (!m_window && !createWindow())
        return false;
    m_fixture = std::make_unique<SandboxFixture>(options);
    if (!m_fixture->start())
        return false;
    Profile profile = Profile::create(u"Test sandbox"_s);
    profile.environment = Profile::Environment::Sandbox;
    const bool apiKey = mode == AuthMode::ApiKey;
    profile.settings = apiKey ? m_fixture->apiKeySettings() : m_fixture->sessionSettings(0);
    m_window->connectTo(
        profile, apiKey ? m_fixture->apiKeyCredentials() : m_fixture->sessionCredentials(0));
    Parts::client(m_window.get())->setRetryPolicy(RetryPolicy::immediateForTests());
    return QTest::qWaitFor(
        [this] {
            return Parts::dialogModel(m_window.get())->rowCount() > 0
                && !Parts::loader(m_window.get())->isLoading();
        },
        10000);
}

DeleteConfirmationDialog *ConsoleOnSandbox::waitForConfirmation()
{
    return awaitChild<DeleteConfirmationDialog>(m_window.get());
}

DeleteRunDialog *ConsoleOnSandbox::confirmAndRun(DeleteConfirmationDialog *dialog)
{
    if (!dialog)
        return nullptr;
    if (dialog->plan().requiresReason()) {
        if (dialog->confirmButton()->isEnabled())
            return nullptr; // a reason must be required before anything else
        QTest::keyClicks(dialog->reasonEdit(), u"spam wave"_s);
    }
    if (dialog->typedCountEdit()) {
        if (dialog->confirmButton()->isEnabled())
            return nullptr; // typing the count must be required
        QTest::keyClicks(dialog->typedCountEdit(), QString::number(dialog->plan().itemCount()));
    }
    if (!dialog->confirmButton()->isEnabled())
        return nullptr;
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    static_cast<void>(QTest::qWaitFor([this] { return Parts::currentRun(m_window.get()); }, 5000));
    DeleteRunDialog *run = Parts::currentRun(m_window.get());
    // A run still going after the bound comes back as none, so the caller fails there.
    if (run && !QTest::qWaitFor([run] { return !run->isRunning(); }, 20000))
        return nullptr;
    return run;
}

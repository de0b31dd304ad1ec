// SPDX-License-Identifier: Apache-2.0

#include "ConsoleOnSandbox.h"

#include "AwaitChild.h"
#include "ConsoleParts.h"
#include "DeleteConfirmationDialog.h"
#include "DeleteRunDialog.h"
#include "models/DialogListLoader.h"
#include "models/DialogTableModel.h"

#include <QLineEdit>
#include <QPointer>
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

bool ConsoleOnSandbox::startSandbox(const SandboxOptions &options)
{
    m_fixture = std::make_unique<SandboxFixture>(options);
    return m_fixture->start();
}

bool ConsoleOnSandbox::connect(AuthMode mode, const SandboxOptions &options)
{
    if (!startSandbox(options))
        return false;
    Profile profile = Profile::create(u"Test sandbox"_s);
    profile.environment = Profile::Environment::Sandbox;
    const bool apiKey = mode == AuthMode::ApiKey;
    profile.settings = apiKey ? m_fixture->apiKeySettings() : m_fixture->sessionSettings(0);
    return connectWindow(
        profile, apiKey ? m_fixture->apiKeyCredentials() : m_fixture->sessionCredentials(0), true);
}

bool ConsoleOnSandbox::connectTeam(const StoreLocation &store, const QString &storePassword,
    Profile::Environment environment, bool waitForJournal)
{
    if (!m_fixture)
        return false;
    Profile profile = Profile::create(u"Team"_s);
    profile.environment = environment;
    profile.settings = m_fixture->apiKeySettings();
    profile.store = store;
    Credentials credentials = m_fixture->apiKeyCredentials();
    credentials.storePassword = storePassword;
    return connectWindow(profile, credentials, waitForJournal);
}

bool ConsoleOnSandbox::connectWindow(
    const Profile &profile, const Credentials &credentials, bool waitForJournal)
{
    if (!m_window && !createWindow())
        return false;
    m_window->connectTo(profile, credentials);
    Parts::client(m_window.get())->setRetryPolicy(RetryPolicy::immediateForTests());
    // A team database under load may take a while to answer; the bound only matters on failure.
    return QTest::qWaitFor(
        [this, waitForJournal] {
            return Parts::dialogModel(m_window.get())->rowCount() > 0
                && !Parts::loader(m_window.get())->isLoading()
                && (!waitForJournal || !Parts::session(m_window.get())->isOpeningJournal());
        },
        30000);
}

DeleteConfirmationDialog *ConsoleOnSandbox::waitForConfirmation()
{
    return awaitChild<DeleteConfirmationDialog>(m_window.get());
}

DeleteRunDialog *ConsoleOnSandbox::confirmAndRun(DeleteConfirmationDialog *dialog)
{
    if (!dialog)
        return nullptr; // awaitChild said so
    if (dialog->plan().requiresReason()) {
        if (dialog->confirmButton()->isEnabled()) {
            qWarning("The confirmation could be confirmed without the reason it requires");
            return nullptr;
        }
        QTest::keyClicks(dialog->reasonEdit(), u"spam wave"_s);
    }
    if (dialog->typedCountEdit()) {
        if (dialog->confirmButton()->isEnabled()) {
            qWarning("The confirmation could be confirmed without typing the count");
            return nullptr;
        }
        QTest::keyClicks(dialog->typedCountEdit(), QString::number(dialog->plan().itemCount()));
    }
    return clickConfirm(dialog);
}

DeleteRunDialog *ConsoleOnSandbox::clickConfirm(DeleteConfirmationDialog *dialog)
{
    if (!dialog)
        return nullptr; // awaitChild said so
    if (!dialog->confirmButton()->isEnabled()) {
        qWarning("The confirmation's confirm button is disabled");
        return nullptr;
    }
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    constexpr int startMs = 5000;
    constexpr int finishMs = 20000;
    if (!QTest::qWaitFor(
            [this] { return Parts::currentRun(m_window.get()) != nullptr; }, startMs)) {
        qWarning("No delete run started within %d ms of confirming", startMs);
        return nullptr;
    }
    const QPointer<DeleteRunDialog> run = Parts::currentRun(m_window.get());
    if (!QTest::qWaitFor([&run] { return !run || !run->isRunning(); }, finishMs)) {
        qWarning("The delete run was still going after %d ms", finishMs);
        return nullptr;
    }
    if (!run)
        qWarning("The delete run's window closed before it could be read");
    return run;
}

// SPDX-License-Identifier: Apache-2.0

#include "ConnectionDialog.h"
#include "ConsoleOnSandbox.h"
#include "ConsoleParts.h"
#include "RecordingPrompter.h"
#include "SandboxFixture.h"
#include "auth/FallbackSecretStore.h"
#include "auth/MemorySecretStore.h"
#include "auth/ProfileStore.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The profiles dialog with a memory secret store standing in for the keychain: what is typed
// becomes a profile in the settings and secrets in the store, never secrets in the settings.
class TestConnectionDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void removingAProfileAsksFirst()
    {
        QTemporaryDir home;
        QSettings settings(home.filePath(u"qbmod.ini"_s), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        Profile profile = Profile::create(u"Old staging"_s);
        profile.settings.endpoint = QUrl(u"https://api.example.com"_s);
        profile.settings.authMode = AuthMode::ApiKey;
        const auto saveError = profiles.save(profile);
        QVERIFY2(!saveError, qPrintable(saveError.value_or(QString())));
        MemorySecretStore keychain;
        FallbackSecretStore secrets(&keychain);
        RecordingPrompter prompter;
        Prompter::setCurrent(&prompter);
        const auto restore = qScopeGuard([] { Prompter::setCurrent(nullptr); });
        ConnectionDialog dialog(&profiles, &secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QListWidget *>(u"profiles"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        list->setCurrentRow(0);
        QPushButton *remove = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == u"Remove"_s)
                remove = button;
        }
        QVERIFY(remove);

        // Answered No: nothing goes.
        prompter.answer = false;
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(prompter.asked, QStringList { u"Remove profile"_s });
        QVERIFY(profiles.profile(profile.id));
        // Answered Yes: the profile goes.
        prompter.answer = true;
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(prompter.asked.size(), 2);
        QVERIFY(!profiles.profile(profile.id));
    }

    void aNewApiKeyProfileIsSavedWithItsKeyOutsideTheSettings()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        QTemporaryDir home;
        const QString path = home.filePath(u"qbmod.ini"_s);
        auto settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
        ProfileStore profiles(settings.get());
        MemorySecretStore keychain;
        FallbackSecretStore secrets(&keychain);
        ConnectionDialog dialog(&profiles, &secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        const QString key = sandbox.apiKeyCredentials().apiKey;
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), u"Community staging"_s);
        dialog.endpointEdit()->clear();
        QTest::keyClicks(dialog.endpointEdit(), sandbox.apiKeySettings().endpoint.toString());
        dialog.apiKeyMode()->setFocus();
        QTest::keyClick(dialog.apiKeyMode(), Qt::Key_Space);
        QVERIFY(dialog.apiKeyMode()->isChecked());
        QTest::keyClicks(dialog.apiKeyEdit(), key);

        QSignalSpy connectRequested(&dialog, &ConnectionDialog::connectRequested);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QVERIFY2(connectRequested.wait(5000), qPrintable(dialog.statusLabel()->text()));
        const auto profile = connectRequested.first().at(0).value<Profile>();
        const auto credentials = connectRequested.first().at(1).value<Credentials>();
        QCOMPARE(profile.name, u"Community staging"_s);
        QCOMPARE(profile.settings.authMode, AuthMode::ApiKey);
        QCOMPARE(credentials.apiKey, key);
        QCOMPARE(profiles.lastProfileId(), profile.id);

        settings->sync();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("Community staging"));
        QVERIFY(!content.contains(key.toUtf8()));
    }

    // A wrong key: the dialog stays open with the key marked, the window keeps its working
    // connection, and nothing reaches the settings or the keychain.
    void aWrongKeyIsCaughtInTheDialogAndNothingChanges()
    {
        ConsoleOnSandbox console;
        QVERIFY(console.connect());
        MainWindow *window = console.window();
        ApiClient *working = Parts::client(window);
        const int dialogs = Parts::dialogModel(window)->rowCount();
        QVERIFY(dialogs > 0);

        ProfileStore profiles(console.settings());
        MemorySecretStore keychain;
        FallbackSecretStore secrets(&keychain);
        ConnectionDialog dialog(&profiles, &secrets, window);
        QObject::connect(
            &dialog, &ConnectionDialog::connectRequested, window, &MainWindow::connectTo);
        QSignalSpy connectRequested(&dialog, &ConnectionDialog::connectRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.endpointEdit()->setText(console.fixture().apiKeySettings().endpoint.toString());
        dialog.apiKeyMode()->setChecked(true);
        QTest::keyClicks(dialog.apiKeyEdit(), u"not-the-key"_s);
        dialog.connectionCheck()->client()->setRetryPolicy(RetryPolicy::immediateForTests());
        QSignalSpy failed(dialog.connectionCheck(), &ConnectionCheck::failed);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));

        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.markedField(), dialog.apiKeyEdit());
        QVERIFY(dialog.apiKeyEdit()->hasFocus());
        QVERIFY2(dialog.statusLabel()->text().contains(u"nothing was saved"_s),
            qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.connectButton()->isEnabled());
        QCOMPARE(connectRequested.size(), 0);
        QVERIFY(profiles.profiles().isEmpty());
        QCOMPARE(keychain.count(), 0);
        QCOMPARE(Parts::client(window), working);
        QCOMPARE(Parts::dialogModel(window)->rowCount(), dialogs);

        // Corrected, it connects: the window switches and the key is kept, in the keychain.
        dialog.apiKeyEdit()->clear();
        QTest::keyClicks(dialog.apiKeyEdit(), console.fixture().apiKeyCredentials().apiKey);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QVERIFY(connectRequested.wait(10000));
        QCOMPARE(keychain.count(), 1);
        QCOMPARE(profiles.profiles().size(), 1);
        QTRY_VERIFY(window->windowTitle().contains(profiles.profiles().first().name));
    }

    void plainHttpToARemoteHostIsRefusedWithAReason()
    {
        QTemporaryDir home;
        QSettings settings(home.filePath(u"qbmod.ini"_s), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        MemorySecretStore keychain;
        FallbackSecretStore secrets(&keychain);
        ConnectionDialog dialog(&profiles, &secrets);
        dialog.endpointEdit()->setText(u"http://api.example.com"_s);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(dialog.statusLabel()->text().contains(u"https"_s));
        QVERIFY(profiles.profiles().isEmpty());
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "TestConnectionDialog.moc"

// SPDX-License-Identifier: Apache-2.0

#include "ConnectionDialog.h"
#include "auth/FallbackSecretStore.h"
#include "auth/MemorySecretStore.h"
#include "auth/ProfileStore.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The profiles dialog with a memory secret store standing in for the keychain: what is typed
// becomes a profile in the settings and secrets in the store, never secrets in the settings.
class TestConnectionDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aNewApiKeyProfileIsSavedWithItsKeyOutsideTheSettings()
    {
        QTemporaryDir home;
        const QString path = home.filePath(u"qbmod.ini"_s);
        auto settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
        ProfileStore profiles(settings.get());
        MemorySecretStore keychain;
        FallbackSecretStore secrets(&keychain);
        ConnectionDialog dialog(&profiles, &secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        const QString key = u"key-that-must-not-leak-7f3a"_s;
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), u"Community staging"_s);
        dialog.endpointEdit()->clear();
        QTest::keyClicks(dialog.endpointEdit(), u"https://api.example.com"_s);
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

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ConnectionCheck.h"
#include "api/ConnectionSettings.h"
#include "auth/Profile.h"

#include <QDialog>

class FallbackSecretStore;
class ProfileStore;
class QComboBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

// Creates, edits, removes and picks connection profiles. Secrets typed here go to the OS
// keychain (or, only if the user agrees because the keychain is unavailable, to memory for this
// session); everything else goes to the settings.
class ConnectionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    ConnectionDialog(
        ProfileStore *profiles, FallbackSecretStore *secrets, QWidget *parent = nullptr);

    QListWidget *profileList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }
    QRadioButton *apiKeyMode() const { return m_apiKeyMode; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *connectButton() const { return m_connect; }
    QLabel *statusLabel() const { return m_status; }
    // Where the profile's journal is kept: index 0 this computer, 1 a team database.
    QComboBox *storeKindBox() const { return m_storeKind; }
    QWidget *teamStoreFields() const { return m_teamStore; }
    QLineEdit *storeHostEdit() const { return m_storeHost; }
    QSpinBox *storePortBox() const { return m_storePort; }
    QLineEdit *storeDatabaseEdit() const { return m_storeDatabase; }
    QLineEdit *storeUserEdit() const { return m_storeUser; }
    QComboBox *storeTlsModeBox() const { return m_storeTlsMode; }
    QLineEdit *storePasswordEdit() const { return m_storePassword; }
    // The server check Connect runs before anything is switched or saved.
    ConnectionCheck *connectionCheck() const { return m_check; }
    // The field a failed check marked, or null.
    QWidget *markedField() const { return m_marked; }

Q_SIGNALS:
    void connectRequested(const Profile &profile, const Credentials &credentials);
    void sandboxRequested();

private:
    void reloadList(const QString &selectId);
    void showProfile(int row);
    void newProfile();
    void removeProfile();
    // Saves the form; then calls next with the saved profile once its secrets are stored.
    void save(const std::function<void(const Profile &)> &next);
    void storeSecrets(const Profile &profile, QList<QPair<int, QString>> secrets,
        const std::function<void()> &done);
    void connectSelected();
    // Connect's second step: the credentials work on the server, or the dialog stays open with
    // the field to correct marked, and nothing is saved.
    void checkThenConnect(const Profile &profile, const Credentials &credentials);
    void onCheckFailed(const ApiError &error, ConnectionCheck::Suspect suspect);
    void mark(QWidget *field);
    Profile formProfile() const;
    void updateModeFields();
    void showStore(const StoreLocation &store);
    StoreLocation formStore() const;

    ProfileStore *m_profiles;
    FallbackSecretStore *m_secrets;
    QString m_currentId;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_environment;
    QLineEdit *m_endpoint;
    QSpinBox *m_rateLimit;
    QRadioButton *m_sessionMode;
    QRadioButton *m_apiKeyMode;
    QStackedWidget *m_modeFields;
    QLineEdit *m_applicationId;
    QLineEdit *m_authKey;
    QLineEdit *m_authSecret;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_apiKey;
    QComboBox *m_storeKind;
    QWidget *m_teamStore;
    QLineEdit *m_storeHost;
    QSpinBox *m_storePort;
    QLineEdit *m_storeDatabase;
    QLineEdit *m_storeUser;
    QComboBox *m_storeTlsMode;
    QLineEdit *m_storePassword;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_connect;
    ConnectionCheck *m_check;
    QWidget *m_marked = nullptr;
    Credentials m_checkedCredentials;
};

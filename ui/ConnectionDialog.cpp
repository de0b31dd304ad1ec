// SPDX-License-Identifier: Apache-2.0

#include "ConnectionDialog.h"

#include "Prompter.h"
#include "auth/CredentialsLoader.h"
#include "auth/FallbackSecretStore.h"
#include "auth/ProfileStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLineEdit *secretEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    return edit;
}
} // namespace

ConnectionDialog::ConnectionDialog(
    ProfileStore *profiles, FallbackSecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_environment(new QComboBox(this))
    , m_endpoint(new QLineEdit(this))
    , m_rateLimit(new QSpinBox(this))
    , m_sessionMode(new QRadioButton(tr("Operator login with application credentials"), this))
    , m_apiKeyMode(new QRadioButton(tr("API key"), this))
    , m_modeFields(new QStackedWidget(this))
    , m_applicationId(new QLineEdit(this))
    , m_authKey(new QLineEdit(this))
    , m_authSecret(secretEdit(this, tr("Auth secret")))
    , m_login(new QLineEdit(this))
    , m_password(secretEdit(this, tr("Password")))
    , m_apiKey(secretEdit(this, tr("API key")))
    , m_storeKind(new QComboBox(this))
    , m_teamStore(new QWidget(this))
    , m_storeHost(new QLineEdit(m_teamStore))
    , m_storePort(new QSpinBox(m_teamStore))
    , m_storeDatabase(new QLineEdit(m_teamStore))
    , m_storeUser(new QLineEdit(m_teamStore))
    , m_storeTlsMode(new QComboBox(m_teamStore))
    , m_storePassword(secretEdit(m_teamStore, tr("Team database password")))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_check(new ConnectionCheck(this))
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Connect to a QuickBlox application"));
    m_list->setObjectName(u"profiles"_s);
    m_list->setAccessibleName(tr("Profiles"));
    m_name->setObjectName(u"profileName"_s);
    m_name->setAccessibleName(tr("Profile name"));
    m_endpoint->setObjectName(u"endpoint"_s);
    m_endpoint->setAccessibleName(tr("API endpoint"));
    m_endpoint->setPlaceholderText(u"https://api.quickblox.com"_s);
    m_apiKey->setObjectName(u"apiKey"_s);
    m_apiKeyMode->setObjectName(u"apiKeyMode"_s);
    m_applicationId->setAccessibleName(tr("Application id"));
    m_authKey->setAccessibleName(tr("Auth key"));
    m_login->setAccessibleName(tr("Operator login"));
    m_status->setObjectName(u"connectionStatus"_s);
    m_status->setWordWrap(true);
    m_save->setObjectName(u"saveProfile"_s);
    m_connect->setObjectName(u"connectProfile"_s);
    m_connect->setDefault(true);
    for (const Profile::Environment environment : Profile::environments())
        m_environment->addItem(Profile::environmentName(environment), int(environment));
    m_environment->setAccessibleName(tr("Environment"));
    m_rateLimit->setObjectName(u"rateLimit"_s);
    m_rateLimit->setAccessibleName(tr("Rate limit"));
    m_rateLimit->setRange(0, Profile::maxRateLimit);
    m_rateLimit->setSuffix(tr(" requests/s"));
    m_rateLimit->setSpecialValueText(tr("Learn it from the server"));
    m_rateLimit->setToolTip(tr("The requests per second your QuickBlox plan allows. Deletes and "
                               "listings are paced just under that rate. Without it, the rate "
                               "is learned from the server's first \"too many requests\" "
                               "answers."));

    auto *sessionPage = new QWidget(m_modeFields);
    auto *sessionForm = new QFormLayout(sessionPage);
    sessionForm->addRow(tr("Application id:"), m_applicationId);
    sessionForm->addRow(tr("Auth key:"), m_authKey);
    sessionForm->addRow(tr("Auth secret:"), m_authSecret);
    sessionForm->addRow(tr("Operator login:"), m_login);
    sessionForm->addRow(tr("Password:"), m_password);
    auto *keyPage = new QWidget(m_modeFields);
    auto *keyForm = new QFormLayout(keyPage);
    keyForm->addRow(tr("API key:"), m_apiKey);
    m_modeFields->addWidget(sessionPage);
    m_modeFields->addWidget(keyPage);

    m_storeKind->setObjectName(u"storeKind"_s);
    m_storeKind->setAccessibleName(tr("Journal kept on"));
    m_storeKind->addItem(tr("This computer"));
    m_storeKind->addItem(tr("A team database"));
    m_storeKind->setToolTip(tr("A team database (PostgreSQL) shares the journal with every "
                               "moderator of the team."));
    m_teamStore->setObjectName(u"teamStore"_s);
    m_storeHost->setAccessibleName(tr("Team database host"));
    m_storePort->setRange(1, 65535);
    m_storePort->setValue(5432);
    m_storePort->setAccessibleName(tr("Team database port"));
    m_storeDatabase->setAccessibleName(tr("Team database name"));
    m_storeUser->setAccessibleName(tr("Team database user"));
    m_storeTlsMode->setAccessibleName(tr("Team database TLS mode"));
    m_storeTlsMode->addItem(
        tr("Check the certificate and the name (verify-full)"), u"verify-full"_s);
    m_storeTlsMode->addItem(tr("Check the certificate only (verify-ca)"), u"verify-ca"_s);
    m_storeTlsMode->addItem(tr("Encrypt without checks (require)"), u"require"_s);
    m_storeTlsMode->addItem(tr("No TLS (disable)"), u"disable"_s);
    m_storeTlsMode->setToolTip(tr("A database on another computer is reached only with "
                                  "verify-full."));
    auto *storeForm = new QFormLayout(m_teamStore);
    storeForm->setContentsMargins(0, 0, 0, 0);
    storeForm->addRow(tr("Host:"), m_storeHost);
    storeForm->addRow(tr("Port:"), m_storePort);
    storeForm->addRow(tr("Database:"), m_storeDatabase);
    storeForm->addRow(tr("User:"), m_storeUser);
    storeForm->addRow(tr("TLS:"), m_storeTlsMode);
    storeForm->addRow(tr("Password:"), m_storePassword);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Environment:"), m_environment);
    form->addRow(tr("Endpoint:"), m_endpoint);
    form->addRow(tr("Rate limit:"), m_rateLimit);
    form->addRow(tr("Sign in with:"), m_sessionMode);
    form->addRow(QString(), m_apiKeyMode);
    auto *secretsNote = new QLabel(tr("Secrets are kept in the system keychain, never in files. "
                                      "Leave a secret empty to keep the stored one."),
        this);
    secretsNote->setWordWrap(true);

    auto *newButton = new QPushButton(tr("New"), this);
    auto *removeButton = new QPushButton(tr("Remove"), this);
    auto *sandboxButton = new QPushButton(tr("Try the sandbox"), this);
    sandboxButton->setObjectName(u"trySandbox"_s);
    sandboxButton->setToolTip(tr("Start a local stand-in for QuickBlox with demo data; no "
                                 "account needed."));
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(removeButton);
    left->addLayout(listButtons);
    left->addWidget(sandboxButton);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_modeFields);
    auto *storeRow = new QFormLayout;
    storeRow->addRow(tr("Journal kept on:"), m_storeKind);
    right->addLayout(storeRow);
    right->addWidget(m_teamStore);
    right->addWidget(secretsNote);
    right->addWidget(m_status);
    right->addStretch();
    auto *buttons = new QHBoxLayout;
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addStretch();
    buttons->addWidget(close);
    buttons->addWidget(m_save);
    buttons->addWidget(m_connect);
    right->addLayout(buttons);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionDialog::showProfile);
    connect(m_sessionMode, &QRadioButton::toggled, this, &ConnectionDialog::updateModeFields);
    connect(
        m_storeKind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateModeFields);
    connect(newButton, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(removeButton, &QPushButton::clicked, this, &ConnectionDialog::removeProfile);
    connect(sandboxButton, &QPushButton::clicked, this, [this] {
        Q_EMIT sandboxRequested();
        accept();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this,
        [this] { save([this](const Profile &) { m_status->setText(tr("Saved.")); }); });
    connect(m_connect, &QPushButton::clicked, this, &ConnectionDialog::connectSelected);
    connect(m_check, &ConnectionCheck::failed, this, &ConnectionDialog::onCheckFailed);
    connect(m_check, &ConnectionCheck::succeeded, this, [this] {
        // Only now is anything kept: the profile, the typed secrets, the choice of profile.
        const Credentials credentials = m_checkedCredentials;
        save([this, credentials](const Profile &profile) {
            m_profiles->setLastProfileId(profile.id);
            Q_EMIT connectRequested(profile, credentials);
            accept();
        });
    });

    reloadList(m_profiles->lastProfileId());
    if (m_list->count() == 0)
        newProfile();
    resize(760, 440);
}

void ConnectionDialog::reloadList(const QString &selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int selectRow = m_list->count() > 0 ? 0 : -1;
    const QList<Profile> profiles = m_profiles->profiles();
    for (const Profile &profile : profiles) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(profile.name, Profile::environmentName(profile.environment)), m_list);
        item->setData(Qt::UserRole, profile.id);
        if (profile.id == selectId)
            selectRow = m_list->count() - 1;
    }
    if (selectRow < 0 && m_list->count() > 0)
        selectRow = 0;
    m_list->setCurrentRow(selectRow);
    if (selectRow >= 0)
        showProfile(selectRow);
}

void ConnectionDialog::showProfile(int row)
{
    const QListWidgetItem *item = m_list->item(row);
    const auto profile
        = item ? m_profiles->profile(item->data(Qt::UserRole).toString()) : std::nullopt;
    if (!profile)
        return;
    m_currentId = profile->id;
    m_name->setText(profile->name);
    m_environment->setCurrentIndex(m_environment->findData(int(profile->environment)));
    m_endpoint->setText(profile->settings.endpoint.toString());
    m_rateLimit->setValue(profile->rateLimit);
    m_sessionMode->setChecked(profile->settings.authMode == AuthMode::Session);
    m_apiKeyMode->setChecked(profile->settings.authMode == AuthMode::ApiKey);
    m_applicationId->setText(profile->settings.applicationId > 0
            ? QString::number(profile->settings.applicationId)
            : QString());
    m_authKey->setText(profile->settings.authKey);
    m_login->setText(profile->settings.login);
    showStore(profile->store);
    for (QLineEdit *secret : { m_authSecret, m_password, m_apiKey, m_storePassword }) {
        secret->clear();
        secret->setPlaceholderText(tr("stored in the keychain"));
    }
    m_status->clear();
    updateModeFields();
}

void ConnectionDialog::newProfile()
{
    m_currentId.clear();
    m_list->clearSelection();
    m_name->setText(tr("New profile"));
    m_environment->setCurrentIndex(m_environment->findData(int(Profile::Environment::Production)));
    m_endpoint->setText(u"https://api.quickblox.com"_s);
    m_rateLimit->setValue(0);
    m_sessionMode->setChecked(true);
    showStore(StoreLocation());
    for (QLineEdit *edit : { m_applicationId, m_authKey, m_login, m_authSecret, m_password,
             m_apiKey, m_storePassword }) {
        edit->clear();
        edit->setPlaceholderText(QString());
    }
    m_status->clear();
    updateModeFields();
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionDialog::removeProfile()
{
    if (m_currentId.isEmpty())
        return;
    const auto profile = m_profiles->profile(m_currentId);
    if (!profile)
        return;
    if (!Prompter::current()->confirm(this, tr("Remove profile"),
            tr("Remove the profile \"%1\" and its secrets from the keychain?").arg(profile->name),
            Prompter::EnterAnswers::PlatformDefault))
        return;
    m_secrets->removeAll(profile->id, this, [](SecretStore::Status, const QString &) {});
    m_profiles->remove(profile->id);
    reloadList({});
    if (m_list->count() == 0)
        newProfile();
}

void ConnectionDialog::updateModeFields()
{
    m_modeFields->setCurrentIndex(m_apiKeyMode->isChecked() ? 1 : 0);
    m_teamStore->setVisible(m_storeKind->currentIndex() == 1);
}

void ConnectionDialog::showStore(const StoreLocation &store)
{
    m_storeKind->setCurrentIndex(store.isTeam() ? 1 : 0);
    m_storeHost->setText(store.host);
    m_storePort->setValue(store.port);
    m_storeDatabase->setText(store.database);
    m_storeUser->setText(store.user);
    const int tls = m_storeTlsMode->findData(store.tlsMode);
    // A mode the form does not offer (set by hand) falls back to the careful one.
    m_storeTlsMode->setCurrentIndex(tls >= 0 ? tls : 0);
}

StoreLocation ConnectionDialog::formStore() const
{
    StoreLocation store;
    if (m_storeKind->currentIndex() != 1)
        return store;
    store.kind = StoreLocation::Kind::TeamDatabase;
    store.host = m_storeHost->text().trimmed();
    store.port = m_storePort->value();
    store.database = m_storeDatabase->text().trimmed();
    store.user = m_storeUser->text().trimmed();
    store.tlsMode = m_storeTlsMode->currentData().toString();
    return store;
}

Profile ConnectionDialog::formProfile() const
{
    Profile profile = m_currentId.isEmpty() ? Profile::create(m_name->text().trimmed())
                                            : *m_profiles->profile(m_currentId);
    profile.name = m_name->text().trimmed();
    profile.environment = Profile::Environment(m_environment->currentData().toInt());
    profile.settings.endpoint = QUrl(m_endpoint->text().trimmed(), QUrl::StrictMode);
    profile.rateLimit = m_rateLimit->value();
    profile.settings.authMode = m_apiKeyMode->isChecked() ? AuthMode::ApiKey : AuthMode::Session;
    profile.settings.applicationId = m_applicationId->text().trimmed().toLongLong();
    profile.settings.authKey = m_authKey->text().trimmed();
    profile.settings.login = m_login->text().trimmed();
    profile.store = formStore();
    return profile;
}

void ConnectionDialog::save(const std::function<void(const Profile &)> &next)
{
    const Profile profile = formProfile();
    // Read the typed secrets first: showing the saved profile clears the fields.
    QList<QPair<int, QString>> typed;
    if (profile.settings.authMode == AuthMode::ApiKey) {
        if (!m_apiKey->text().isEmpty())
            typed.append({ int(SecretKind::ApiKey), m_apiKey->text() });
    } else {
        if (!m_authSecret->text().isEmpty())
            typed.append({ int(SecretKind::AuthSecret), m_authSecret->text() });
        if (!m_password->text().isEmpty())
            typed.append({ int(SecretKind::Password), m_password->text() });
    }
    if (profile.store.isTeam() && !m_storePassword->text().isEmpty())
        typed.append({ int(SecretKind::StorePassword), m_storePassword->text() });
    const auto before = m_currentId.isEmpty() ? std::nullopt : m_profiles->profile(m_currentId);
    const bool leftTeamStore = before && before->store.isTeam() && !profile.store.isTeam();
    if (const auto error = m_profiles->save(profile)) {
        m_status->setText(*error);
        mark(profile.store.isTeam() && !profile.store.problem().isEmpty() ? m_storeHost : nullptr);
        return;
    }
    m_currentId = profile.id;
    reloadList(profile.id);
    // A profile back on this computer keeps no team database password.
    if (leftTeamStore)
        m_secrets->remove(profile.id, SecretKind::StorePassword, this,
            [](SecretStore::Status, const QString &) {});
    storeSecrets(profile, typed, [next, profile] { next(profile); });
}

void ConnectionDialog::storeSecrets(
    const Profile &profile, QList<QPair<int, QString>> secrets, const std::function<void()> &done)
{
    if (secrets.isEmpty()) {
        done();
        return;
    }
    const QPair<int, QString> first = secrets.takeFirst();
    const auto kind = SecretKind(first.first);
    const QString value = first.second;
    m_secrets->write(profile.id, kind, value, this,
        [this, profile, secrets, done, kind, value](
            SecretStore::Status status, const QString &errorText) {
            if (status == SecretStore::Status::Ok) {
                storeSecrets(profile, secrets, done);
                return;
            }
            const bool keep = Prompter::current()->confirm(this, tr("Keychain unavailable"),
                tr("The system keychain could not store the %1 (%2). Keep it for this "
                   "session only? It will be forgotten when qbmod quits, and nothing is "
                   "written to disk.")
                    .arg(SecretStore::displayName(kind), errorText),
                Prompter::EnterAnswers::PlatformDefault);
            if (!keep) {
                m_status->setText(tr("The %1 was not stored.").arg(SecretStore::displayName(kind)));
                return;
            }
            m_secrets->writeForSessionOnly(profile.id, kind, value, this,
                [this, profile, secrets, done](SecretStore::Status, const QString &) {
                    storeSecrets(profile, secrets, done);
                });
        });
}

void ConnectionDialog::connectSelected()
{
    mark(nullptr);
    const Profile profile = formProfile();
    if (const auto error = m_profiles->validationError(profile)) {
        m_status->setText(*error);
        mark(profile.store.isTeam() && !profile.store.problem().isEmpty() ? m_storeHost
                                                                          : m_endpoint);
        return;
    }
    Credentials typed;
    if (profile.settings.authMode == AuthMode::ApiKey) {
        typed.apiKey = m_apiKey->text();
    } else {
        typed.authSecret = m_authSecret->text();
        typed.password = m_password->text();
    }
    if (profile.store.isTeam())
        typed.storePassword = m_storePassword->text();
    if (m_currentId.isEmpty()) {
        if (profile.store.isTeam() && typed.storePassword.isEmpty()) {
            m_status->setText(tr("Type the team database's password."));
            mark(m_storePassword);
            return;
        }
        checkThenConnect(profile, typed);
        return;
    }
    // What was not typed again comes from the keychain.
    m_status->setText(tr("Reading secrets from the keychain…"));
    CredentialsLoader::load(profile, typed, m_secrets, this,
        [this, profile](const Credentials &credentials, const std::optional<QString> &error,
            SecretStore::Status) {
            if (error) {
                m_status->setText(*error);
                return;
            }
            checkThenConnect(profile, credentials);
        });
}

void ConnectionDialog::checkThenConnect(const Profile &profile, const Credentials &credentials)
{
    m_checkedCredentials = credentials;
    m_connect->setEnabled(false);
    m_status->setText(tr("Checking the connection to %1…")
                          .arg(profile.settings.endpoint.toString(QUrl::RemoveUserInfo)));
    m_check->start(profile.settings, credentials);
}

void ConnectionDialog::onCheckFailed(const ApiError &error, ConnectionCheck::Suspect suspect)
{
    m_checkedCredentials = {};
    m_connect->setEnabled(true);
    QString hint;
    QWidget *field = nullptr;
    switch (suspect) {
    case ConnectionCheck::Suspect::Password:
        hint = tr("Check the login, the password and the application credentials.");
        field = m_password;
        break;
    case ConnectionCheck::Suspect::ApiKey:
        hint = tr("Check the API key.");
        field = m_apiKey;
        break;
    case ConnectionCheck::Suspect::Endpoint:
        hint = tr("Check the endpoint.");
        field = m_endpoint;
        break;
    case ConnectionCheck::Suspect::Server:
        hint = tr("The server answered with an error; try again later.");
        break;
    }
    m_status->setText(tr("Not connected, nothing was saved: %1 %2").arg(error.message(), hint));
    mark(field);
}

void ConnectionDialog::mark(QWidget *field)
{
    if (m_marked) {
        m_marked->setStyleSheet(QString());
        m_marked->setAccessibleDescription(QString());
    }
    m_marked = field;
    if (!field)
        return;
    field->setStyleSheet(u"border: 2px solid #c62828; border-radius: 3px;"_s);
    field->setAccessibleDescription(tr("This field needs correcting"));
    field->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
}

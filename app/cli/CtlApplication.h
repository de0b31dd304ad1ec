// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlIo.h"
#include "api/RetryPolicy.h"
#include "auth/Profile.h"
#include "store/StoreLocation.h"

#include <QCommandLineParser>
#include <QObject>

#include <optional>

class ApiClient;
class CtlCommand;
class QSettings;
class SecretStore;
struct ConnectionSettings;
struct Credentials;

// qbmodctl: reads the arguments and environment, configures the client, runs one command and
// reports its exit code through finished(). Options may stand before or after the command words.
class CtlApplication final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CtlApplication)

public:
    explicit CtlApplication(CtlIo *io, QObject *parent = nullptr);

    // Tests pass a table of milliseconds so that nothing waits through real back-off times.
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    // Where --profile looks: by default the settings shared with the console and the system
    // keychain. Tests pass their own; neither is owned.
    void setProfileSources(QSettings *settings, SecretStore *secrets);
    // arguments[0] is the program name, as in QCoreApplication::arguments().
    void start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void addOptions();
    QString usageText() const;
    void finishWith(int exitCode);
    bool connectionFromArguments(ConnectionSettings *settings, Credentials *credentials);
    bool connectionFromProfile(
        const Profile &profile, ConnectionSettings *settings, Credentials *credentials);
    bool configureClient(const ConnectionSettings &settings, const Credentials &credentials);
    void startWithProfile(const QString &command, const QStringList &words);
    void runCommand(const QString &command, const QStringList &words);
    std::optional<Profile> namedProfile();
    // With --profile and neither --store nor --journal, the profile's store is used; a team
    // database's password comes from QBMOD_STORE_PASSWORD or the keychain. Runs the command
    // once it is known.
    void useProfileStore(const QString &command, const QStringList &words);
    bool checkOptionsBelongTo(const QString &command);
    std::optional<int> readIntOption(const QString &name, int minimum, int maximum);

    CtlIo *m_io;
    QCommandLineParser m_parser;
    std::optional<RetryPolicy> m_retryPolicy;
    ApiClient *m_client = nullptr;
    CtlCommand *m_command = nullptr;
    QSettings *m_profileSettings = nullptr;
    SecretStore *m_profileSecrets = nullptr;
    int m_profileRateLimit = 0; // the saved profile's, unless --rate says otherwise
    QString m_apiKeyFingerprint;
    bool m_profileStoreRead = false;
    std::optional<StoreLocation> m_profileStore;
    QString m_profileStorePassword;
};

// SPDX-License-Identifier: Apache-2.0

#include "KeychainSecretStore.h"

#include "AuthLogging.h"

using namespace Qt::StringLiterals;

// Never logged: values. Logged at debug level: keys (profile id and kind) and outcomes; failures
// reach people through the callers, which is why they are not logged as warnings here too.

QString KeychainSecretStore::defaultService()
{
    return u"qbmod"_s;
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultService(), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

SecretStore::Status KeychainSecretStore::statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        return Status::Error;
    }
    return Status::Error;
}

static QString errorTextFor(SecretStore::Status status, const QString &keychainText)
{
    switch (status) {
    case SecretStore::Status::Ok:
    case SecretStore::Status::NotFound:
        return {};
    case SecretStore::Status::Unavailable:
        return KeychainSecretStore::tr("The system keychain is unavailable: %1").arg(keychainText);
    case SecretStore::Status::Error:
        return KeychainSecretStore::tr("The system keychain reported an error: %1")
            .arg(keychainText);
    }
    return {};
}

void KeychainSecretStore::startJob(QKeychain::Job *job, const QString &key, QObject *context,
    std::function<void(QKeychain::Job *)> onFinished)
{
    job->setAutoDelete(true);
    // Without this QtKeychain may store the secret in a plaintext settings file on platforms
    // without a keychain. Set on every job because the default has changed between versions.
    job->setInsecureFallback(false);
    job->setKey(key);
    // The receiver drops the answer when the context is destroyed; the job still finishes and
    // deletes itself.
    connect(job, &QKeychain::Job::finished, context ? context : this, std::move(onFinished));
    job->start();
}

void KeychainSecretStore::read(
    const QString &profileId, SecretKind kind, QObject *context, ReadCallback callback)
{
    const QString key = keyFor(profileId, kind);
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    startJob(job, key, context, [key, callback = std::move(callback)](QKeychain::Job *finished) {
        const Status status = statusFor(finished->error());
        qCDebug(lcAuth) << "keychain read" << key << status << finished->errorString();
        if (status != Status::Ok) {
            callback(std::nullopt, status, errorTextFor(status, finished->errorString()));
            return;
        }
        callback(
            static_cast<QKeychain::ReadPasswordJob *>(finished)->textData(), Status::Ok, QString());
    });
}

void KeychainSecretStore::write(const QString &profileId, SecretKind kind, const QString &value,
    QObject *context, DoneCallback callback)
{
    const QString key = keyFor(profileId, kind);
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(value);
    startJob(job, key, context, [key, callback = std::move(callback)](QKeychain::Job *finished) {
        const Status status = statusFor(finished->error());
        qCDebug(lcAuth) << "keychain write" << key << status << finished->errorString();
        callback(status, errorTextFor(status, finished->errorString()));
    });
}

void KeychainSecretStore::remove(
    const QString &profileId, SecretKind kind, QObject *context, DoneCallback callback)
{
    const QString key = keyFor(profileId, kind);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    startJob(job, key, context, [key, callback = std::move(callback)](QKeychain::Job *finished) {
        Status status = statusFor(finished->error());
        qCDebug(lcAuth) << "keychain remove" << key << status << finished->errorString();
        if (status == Status::NotFound)
            status = Status::Ok;
        callback(status, errorTextFor(status, finished->errorString()));
    });
}

void KeychainSecretStore::probe(QObject *context, ProbeCallback callback)
{
    // A key no profile can have: profile ids never contain a dot.
    const QString key = u"probe.availability"_s;
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    startJob(job, key, context, [callback = std::move(callback)](QKeychain::Job *finished) {
        const Status status = statusFor(finished->error());
        const bool available = status == Status::Ok || status == Status::NotFound;
        qCDebug(lcAuth) << "keychain probe" << status << finished->errorString();
        callback(available, available ? QString() : errorTextFor(status, finished->errorString()));
    });
}

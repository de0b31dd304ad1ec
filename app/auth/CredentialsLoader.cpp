// SPDX-License-Identifier: Apache-2.0

#include "CredentialsLoader.h"

#include "AuthLogging.h"

#include <QPointer>

#include <memory>

namespace {
QString &field(Credentials &credentials, SecretKind kind)
{
    switch (kind) {
    case SecretKind::AuthSecret:
        return credentials.authSecret;
    case SecretKind::Password:
        return credentials.password;
    case SecretKind::StorePassword:
        return credentials.storePassword;
    case SecretKind::ApiKey:
        break;
    }
    return credentials.apiKey;
}
} // namespace

struct CredentialsLoader::State {
    QString profileId;
    QString profileName;
    QPointer<SecretStore> store;
    QPointer<QObject> context;
    bool hadContext = false;
    QList<SecretKind> remaining;
    Credentials credentials;
    Callback callback;

    bool contextGone() const { return hadContext && !context; }
};

QList<SecretKind> CredentialsLoader::requiredKinds(AuthMode mode)
{
    switch (mode) {
    case AuthMode::ApiKey:
        return { SecretKind::ApiKey };
    case AuthMode::Session:
        break;
    }
    return { SecretKind::AuthSecret, SecretKind::Password };
}

void CredentialsLoader::load(
    const Profile &profile, SecretStore *store, QObject *context, Callback callback)
{
    load(profile, Credentials(), store, context, std::move(callback));
}

void CredentialsLoader::load(const Profile &profile, const Credentials &known, SecretStore *store,
    QObject *context, Callback callback)
{
    auto state = std::make_shared<State>();
    state->profileId = profile.id;
    state->profileName = profile.name;
    state->store = store;
    state->context = context;
    state->hadContext = context != nullptr;
    state->credentials = known;
    state->callback = std::move(callback);
    QList<SecretKind> kinds = requiredKinds(profile.settings.authMode);
    // A team database is reached with its own password: without it nothing may run.
    if (profile.store.isTeam())
        kinds.append(SecretKind::StorePassword);
    for (const SecretKind kind : kinds) {
        if (field(state->credentials, kind).isEmpty())
            state->remaining.append(kind);
    }
    if (state->remaining.isEmpty()) {
        // Nothing to read, but the answer is still later, as promised.
        QMetaObject::invokeMethod(
            store,
            [state] {
                if (!state->contextGone())
                    state->callback(state->credentials, std::nullopt, SecretStore::Status::Ok);
            },
            Qt::QueuedConnection);
        return;
    }
    readNext(state);
}

void CredentialsLoader::readNext(const std::shared_ptr<State> &state)
{
    if (state->contextGone() || !state->store)
        return;
    if (state->remaining.isEmpty()) {
        state->callback(state->credentials, std::nullopt, SecretStore::Status::Ok);
        return;
    }
    const SecretKind kind = state->remaining.takeFirst();
    state->store->read(state->profileId, kind, state->context,
        [state, kind](const std::optional<QString> &value, SecretStore::Status status,
            const QString &errorText) {
            const QString secret = SecretStore::displayName(kind);
            if (status == SecretStore::Status::Ok && value && !value->isEmpty()) {
                field(state->credentials, kind) = *value;
                readNext(state);
                return;
            }
            qCDebug(lcAuth) << "secret" << SecretStore::keyFor(state->profileId, kind)
                            << "not read:" << status;
            QString error;
            if (status == SecretStore::Status::Ok || status == SecretStore::Status::NotFound) {
                // An empty value is as useless as none.
                status = SecretStore::Status::NotFound;
                error
                    = tr("No %1 is stored for the profile \"%2\".").arg(secret, state->profileName);
            } else {
                error = tr("The %1 of the profile \"%2\" could not be read. %3")
                            .arg(secret, state->profileName, errorText);
            }
            state->callback(Credentials(), error, status);
        });
}

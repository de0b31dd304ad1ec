// SPDX-License-Identifier: Apache-2.0

#include "SecretStore.h"

#include <QList>

#include <memory>

using namespace Qt::StringLiterals;

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

void SecretStore::removeAll(const QString &profileId, QObject *context, DoneCallback callback)
{
    struct Outcome {
        Status status = Status::Ok;
        QString errorText;
    };
    struct State {
        QList<Outcome> outcomes;
        qsizetype pending = 0;
        DoneCallback callback;
    };
    const QList<SecretKind> kinds = allKinds();
    auto state = std::make_shared<State>();
    state->outcomes.resize(kinds.size());
    state->pending = kinds.size();
    state->callback = std::move(callback);
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        remove(
            profileId, kinds.at(i), context, [state, i](Status status, const QString &errorText) {
                state->outcomes[i] = Outcome { status, errorText };
                if (--state->pending > 0)
                    return;
                // Reported in kind order, so the answer does not depend on which job
                // happened to finish first.
                for (const Outcome &outcome : std::as_const(state->outcomes)) {
                    if (outcome.status != Status::Ok) {
                        state->callback(outcome.status, outcome.errorText);
                        return;
                    }
                }
                state->callback(Status::Ok, QString());
            });
    }
}

QString SecretStore::keyFor(const QString &profileId, SecretKind kind)
{
    switch (kind) {
    case SecretKind::AuthSecret:
        return profileId + u"/auth-secret"_s;
    case SecretKind::Password:
        return profileId + u"/password"_s;
    case SecretKind::ApiKey:
        return profileId + u"/api-key"_s;
    case SecretKind::StorePassword:
        return profileId + u"/store-password"_s;
    }
    return {};
}

QString SecretStore::displayName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::AuthSecret:
        return tr("auth secret");
    case SecretKind::Password:
        return tr("password");
    case SecretKind::ApiKey:
        return tr("API key");
    case SecretKind::StorePassword:
        return tr("team database password");
    }
    return {};
}

QList<SecretKind> SecretStore::allKinds()
{
    return { SecretKind::AuthSecret, SecretKind::Password, SecretKind::ApiKey,
        SecretKind::StorePassword };
}

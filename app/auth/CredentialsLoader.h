// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Profile.h"
#include "SecretStore.h"
#include "api/ConnectionSettings.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

// Collects the secrets a profile's auth mode needs from a SecretStore, one after the other so
// that a keychain asks the user at most once at a time.
class CredentialsLoader final {
    Q_DECLARE_TR_FUNCTIONS(CredentialsLoader)

public:
    // error, for people, names the secret and the profile. status is Ok, or the store's answer
    // for the first secret that could not be read: NotFound when it was never stored,
    // Unavailable when there is no usable keychain (offer the environment or the session-only
    // store), Error otherwise.
    using Callback = std::function<void(const Credentials &credentials,
        const std::optional<QString> &error, SecretStore::Status status)>;

    // API key mode: the API key. Session mode: the auth secret and the operator's password.
    static QList<SecretKind> requiredKinds(AuthMode mode);

    // Answers once, later, unless the context or the store is destroyed first.
    static void load(
        const Profile &profile, SecretStore *store, QObject *context, Callback callback);
    // As above, but secrets already present in known (e.g. from the environment) are kept and
    // not read.
    static void load(const Profile &profile, const Credentials &known, SecretStore *store,
        QObject *context, Callback callback);

private:
    struct State;
    static void readNext(const std::shared_ptr<State> &state);
};

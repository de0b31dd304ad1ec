// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// The secrets a profile may need; which ones depends on its AuthMode.
enum class SecretKind {
    AuthSecret,
    Password,
    ApiKey,
    // The team database's password, when the profile keeps its journal there.
    StorePassword,
};

// Where a profile's secrets live, one entry per profile and kind. Every call answers exactly once
// and always later, never from inside the call, so callers never see re-entrant callbacks. The
// answer is dropped when the context object or the store is destroyed first: a keychain may wait
// on the user for as long as the user likes. A null context leaves only the store's lifetime.
class SecretStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Status {
        Ok,
        NotFound,
        // No keychain on this system, or the user or system denied access to it.
        Unavailable,
        // Anything else. On Linux without a D-Bus session QtKeychain reports only a generic
        // error, so offer the session-only store for this too, not just for Unavailable.
        Error,
    };
    Q_ENUM(Status)

    // value is set only with Status::Ok. errorText is for people (already translated where it
    // is ours) and never contains the secret.
    using ReadCallback = std::function<void(
        const std::optional<QString> &value, Status status, const QString &errorText)>;
    using DoneCallback = std::function<void(Status status, const QString &errorText)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    virtual void read(
        const QString &profileId, SecretKind kind, QObject *context, ReadCallback callback)
        = 0;
    virtual void write(const QString &profileId, SecretKind kind, const QString &value,
        QObject *context, DoneCallback callback)
        = 0;
    // Ok also when there was nothing to remove: backends disagree on whether that is an error,
    // and callers only care that the secret is gone.
    virtual void remove(
        const QString &profileId, SecretKind kind, QObject *context, DoneCallback callback)
        = 0;

    // Removes every kind of secret of a profile, for when the profile itself is removed. Reports
    // Ok, or the first status that was not Ok.
    void removeAll(const QString &profileId, QObject *context, DoneCallback callback);

    // The keychain entry name, e.g. "<profileId>/api-key".
    static QString keyFor(const QString &profileId, SecretKind kind);
    // For messages: "API key", "auth secret", "password".
    static QString displayName(SecretKind kind);
    static QList<SecretKind> allKinds();
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SecretStore.h"

#include <qt6keychain/keychain.h>

// Secrets in the operating system's keychain (Secret Service on Linux, Credential Manager on
// Windows, Keychain on macOS) through QtKeychain. Never falls back to a plaintext file: when
// there is no keychain the answer is Status::Unavailable and the caller decides what to do.
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    // The service name groups our entries in the keychain; tests pass their own.
    static QString defaultService();

    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    QString service() const { return m_service; }

    void read(const QString &profileId, SecretKind kind, QObject *context,
        ReadCallback callback) override;
    void write(const QString &profileId, SecretKind kind, const QString &value, QObject *context,
        DoneCallback callback) override;
    void remove(const QString &profileId, SecretKind kind, QObject *context,
        DoneCallback callback) override;

    // Whether the keychain can be used at all, found by reading an entry that does not exist:
    // QtKeychain 0.13 has no isAvailable(), and a read also shows a locked or refused keychain.
    // why is for people and empty when available.
    using ProbeCallback = std::function<void(bool available, const QString &why)>;
    void probe(QObject *context, ProbeCallback callback);

    static Status statusFor(QKeychain::Error error);

private:
    void startJob(QKeychain::Job *job, const QString &key, QObject *context,
        std::function<void(QKeychain::Job *)> onFinished);

    QString m_service;
};

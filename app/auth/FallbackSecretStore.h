// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SecretStore.h"

class MemorySecretStore;

// The store the applications use: the keychain, plus secrets kept for this session only when the
// keychain is unavailable and the user said so. Nothing falls back on its own: a failed keychain
// write is reported as it is, and only writeForSessionOnly() puts a secret in memory.
class FallbackSecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FallbackSecretStore)

public:
    // The keychain store is not owned and must outlive this one.
    explicit FallbackSecretStore(SecretStore *keychain, QObject *parent = nullptr);
    ~FallbackSecretStore() override;

    // A secret kept for this session wins: it exists only because the keychain could not be used.
    void read(const QString &profileId, SecretKind kind, QObject *context,
        ReadCallback callback) override;
    // To the keychain only; on success any session copy is dropped so it cannot shadow the new
    // value.
    void write(const QString &profileId, SecretKind kind, const QString &value, QObject *context,
        DoneCallback callback) override;
    // From both; the answer is the keychain's.
    void remove(const QString &profileId, SecretKind kind, QObject *context,
        DoneCallback callback) override;

    // Keeps the secret in memory until the process ends. Only on the user's explicit choice,
    // typically after write() or read() reported Status::Unavailable.
    void writeForSessionOnly(const QString &profileId, SecretKind kind, const QString &value,
        QObject *context, DoneCallback callback);
    // Whether this secret lives only in this session, e.g. to say so next to it.
    bool isSessionOnly(const QString &profileId, SecretKind kind) const;

private:
    SecretStore *m_keychain;
    MemorySecretStore *m_session;
};

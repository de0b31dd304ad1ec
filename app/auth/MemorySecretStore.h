// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SecretStore.h"

#include <QHash>

// Secrets held in this process only, gone when it ends. Tests use it in place of the keychain,
// and the console keeps a secret here when the keychain is unavailable and the user chose to
// keep it for this session only. Answers are queued like a keychain's, never synchronous, so
// code tested against this store meets the same re-entrancy as in production.
class MemorySecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &profileId, SecretKind kind, QObject *context,
        ReadCallback callback) override;
    void write(const QString &profileId, SecretKind kind, const QString &value, QObject *context,
        DoneCallback callback) override;
    void remove(const QString &profileId, SecretKind kind, QObject *context,
        DoneCallback callback) override;

    // Whether a secret is held, without revealing it; answers at once because nothing waits.
    bool contains(const QString &profileId, SecretKind kind) const;
    int count() const { return static_cast<int>(m_secrets.size()); }
    // Until cleared with Status::Ok, every call answers with this status and text and changes
    // nothing: stands in for a keychain that is unavailable or failing.
    void failWith(Status status, const QString &errorText = QString());

private:
    void answerLater(QObject *context, std::function<void()> answer);

    QHash<QString, QString> m_secrets;
    Status m_failure = Status::Ok;
    QString m_failureText;
};

// SPDX-License-Identifier: Apache-2.0

#include "FallbackSecretStore.h"

#include "AuthLogging.h"
#include "MemorySecretStore.h"

#include <QPointer>

FallbackSecretStore::FallbackSecretStore(SecretStore *keychain, QObject *parent)
    : SecretStore(parent)
    , m_keychain(keychain)
    , m_session(new MemorySecretStore(this))
{
}

FallbackSecretStore::~FallbackSecretStore() = default;

void FallbackSecretStore::read(
    const QString &profileId, SecretKind kind, QObject *context, ReadCallback callback)
{
    if (m_session->contains(profileId, kind))
        m_session->read(profileId, kind, context, std::move(callback));
    else
        m_keychain->read(profileId, kind, context, std::move(callback));
}

void FallbackSecretStore::write(const QString &profileId, SecretKind kind, const QString &value,
    QObject *context, DoneCallback callback)
{
    // Answered to this store first, so the session copy is dropped even when the caller is gone.
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    m_keychain->write(profileId, kind, value, this,
        [this, guard, hadContext, profileId, kind, callback = std::move(callback)](
            Status status, const QString &errorText) {
            if (status == Status::Ok)
                m_session->remove(profileId, kind, this, [](Status, const QString &) {});
            if (hadContext && !guard)
                return;
            callback(status, errorText);
        });
}

void FallbackSecretStore::remove(
    const QString &profileId, SecretKind kind, QObject *context, DoneCallback callback)
{
    m_session->remove(profileId, kind, this, [](Status, const QString &) {});
    m_keychain->remove(profileId, kind, context, std::move(callback));
}

void FallbackSecretStore::writeForSessionOnly(const QString &profileId, SecretKind kind,
    const QString &value, QObject *context, DoneCallback callback)
{
    qCInfo(lcAuth) << "keeping" << keyFor(profileId, kind) << "for this session only";
    m_session->write(profileId, kind, value, context, std::move(callback));
}

bool FallbackSecretStore::isSessionOnly(const QString &profileId, SecretKind kind) const
{
    return m_session->contains(profileId, kind);
}

// SPDX-License-Identifier: Apache-2.0

#include "MemorySecretStore.h"

#include <QPointer>

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::answerLater(QObject *context, std::function<void()> answer)
{
    // Queued on the store, so the answer dies with it; the context is checked when it runs.
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        this,
        [guard, hadContext = context != nullptr, answer = std::move(answer)] {
            if (hadContext && !guard)
                return;
            answer();
        },
        Qt::QueuedConnection);
}

void MemorySecretStore::read(
    const QString &profileId, SecretKind kind, QObject *context, ReadCallback callback)
{
    if (m_failure != Status::Ok) {
        answerLater(
            context, [callback = std::move(callback), status = m_failure, text = m_failureText] {
                callback(std::nullopt, status, text);
            });
        return;
    }
    const auto found = m_secrets.constFind(keyFor(profileId, kind));
    if (found == m_secrets.cend()) {
        answerLater(context, [callback = std::move(callback)] {
            callback(std::nullopt, Status::NotFound, QString());
        });
        return;
    }
    // The value is taken now: a write that follows this call must not change this answer.
    answerLater(context, [callback = std::move(callback), value = found.value()] {
        callback(value, Status::Ok, QString());
    });
}

void MemorySecretStore::write(const QString &profileId, SecretKind kind, const QString &value,
    QObject *context, DoneCallback callback)
{
    const Status status = m_failure;
    if (status == Status::Ok)
        m_secrets.insert(keyFor(profileId, kind), value);
    answerLater(context,
        [callback = std::move(callback), status, text = m_failureText] { callback(status, text); });
}

void MemorySecretStore::remove(
    const QString &profileId, SecretKind kind, QObject *context, DoneCallback callback)
{
    const Status status = m_failure;
    if (status == Status::Ok)
        m_secrets.remove(keyFor(profileId, kind));
    answerLater(context,
        [callback = std::move(callback), status, text = m_failureText] { callback(status, text); });
}

bool MemorySecretStore::contains(const QString &profileId, SecretKind kind) const
{
    return m_secrets.contains(keyFor(profileId, kind));
}

void MemorySecretStore::failWith(Status status, const QString &errorText)
{
    m_failure = status;
    m_failureText = status == Status::Ok ? QString() : errorText;
}

// SPDX-License-Identifier: Apache-2.0

#include "SandboxSessions.h"

#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

SandboxSessions::SandboxSessions(int ttlSeconds)
    : m_ttlSeconds(ttlSeconds)
    , m_nextId(1151827600 + QRandomGenerator::global()->bounded(100000))
{
}

qint64 SandboxSessions::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

SandboxSession &SandboxSessions::create(
    qint64 applicationId, qint64 userId, qint64 nonce, qint64 timestamp)
{
    // Opaque 40-hex tokens like the older service's; unpredictable so that a token from one
    // sandbox run is never valid in another.
    QString token;
    do {
        token.clear();
        for (int i = 0; i < 5; ++i)
            token += u"%1"_s.arg(uint(QRandomGenerator::global()->generate()), 8, 16, QChar(u'0'));
    } while (m_sessions.contains(token));

    const qint64 now = nowMs();
    SandboxSession session;
    session.id = m_nextId++;
    session.token = token;
    session.applicationId = applicationId;
    session.userId = userId;
    session.nonce = nonce;
    session.timestamp = timestamp;
    session.createdAt = now / 1000;
    session.updatedAt = session.createdAt;
    session.lastUsedMs = now;
    return *m_sessions.insert(token, session);
}

SandboxSession *SandboxSessions::use(const QString &token)
{
    const auto it = m_sessions.find(token);
    if (it == m_sessions.end())
        return nullptr;
    const qint64 now = nowMs();
    if (now - it->lastUsedMs > qint64(m_ttlSeconds) * 1000) {
        m_sessions.erase(it);
        return nullptr;
    }
    it->lastUsedMs = now;
    return &*it;
}

const SandboxSession *SandboxSessions::find(const QString &token) const
{
    const auto it = m_sessions.constFind(token);
    return it == m_sessions.cend() ? nullptr : &*it;
}

void SandboxSessions::remove(const QString &token)
{
    m_sessions.remove(token);
}

void SandboxSessions::expireAll()
{
    m_sessions.clear();
}

bool SandboxSessions::claimNonce(
    qint64 timestamp, const QString &nonce, qint64 nowSeconds, qint64 toleranceSeconds)
{
    while (!m_nonces.empty() && m_nonces.begin()->first < nowSeconds - toleranceSeconds) {
        m_nonceCount -= int(m_nonces.begin()->second.size());
        m_nonces.erase(m_nonces.begin());
    }
    QSet<QString> &used = m_nonces[timestamp];
    if (used.contains(nonce) || m_nonceCount >= maxRememberedNonces)
        return false;
    used.insert(nonce);
    ++m_nonceCount;
    return true;
}

qint64 SandboxSessions::expiresAt(const SandboxSession &session) const
{
    return session.lastUsedMs / 1000 + m_ttlSeconds;
}

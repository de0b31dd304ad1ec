// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <map>

// One session token. Times are Unix seconds except lastUsedMs.
struct SandboxSession {
    qint64 id = 0;
    QString token;
    qint64 applicationId = 0;
    qint64 userId = 0; // 0 for an application session
    qint64 nonce = 0;
    qint64 timestamp = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 lastUsedMs = 0;
};

// Session tokens with sliding expiry, and the timestamp+nonce pairs already used to sign one.
class SandboxSessions final {
public:
    explicit SandboxSessions(int ttlSeconds);

    SandboxSession &create(qint64 applicationId, qint64 userId, qint64 nonce, qint64 timestamp);
    // A live session, its expiry pushed forward; nullptr when unknown or expired.
    SandboxSession *use(const QString &token);
    // A session without touching its expiry (for headers after the request is done).
    const SandboxSession *find(const QString &token) const;
    void remove(const QString &token);
    void expireAll();

    // False when this timestamp and nonce were seen before, or when the window of remembered
    // pairs is full; records them otherwise. Pairs whose timestamp has left the tolerance around
    // nowSeconds are forgotten: the timestamp check refuses them anyway, so memory stays bounded.
    bool claimNonce(
        qint64 timestamp, const QString &nonce, qint64 nowSeconds, qint64 toleranceSeconds);
    int rememberedNonces() const { return m_nonceCount; }

    static constexpr int maxRememberedNonces = 100000;

    qint64 expiresAt(const SandboxSession &session) const;
    void setTtlSeconds(int seconds) { m_ttlSeconds = seconds; }
    int ttlSeconds() const { return m_ttlSeconds; }

    static qint64 nowMs();

private:
    int m_ttlSeconds;
    qint64 m_nextId;
    QHash<QString, SandboxSession> m_sessions;
    std::map<qint64, QSet<QString>> m_nonces; // timestamp → nonces used with it
    int m_nonceCount = 0;
};

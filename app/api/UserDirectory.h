// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiClient.h"
#include "domain/ChatUser.h"

#include <QHash>
#include <QObject>
#include <QSet>

// Names for user ids, fetched in batches of up to a hundred and remembered, so that tables can
// show "Ana Silva (ana.s, 131297414)" instead of 131297414 without one request per row. A person
// is always named by their identity (ChatUser::identity()): three accounts called "Crypto
// Signals Pro" stay three.
class UserDirectory final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDirectory)

public:
    explicit UserDirectory(ApiClient *client, QObject *parent = nullptr);

    // Asks for the ids not known or pending yet; usersResolved() follows for each batch.
    void resolve(const QList<qint64> &ids);
    std::optional<ChatUser> user(qint64 id) const;
    QString identity(qint64 id) const; // the id as text until the user is known
    QHash<qint64, QString> identities() const;
    void clear();

Q_SIGNALS:
    void usersResolved(const QList<ChatUser> &users);

private:
    ApiClient *m_client;
    QHash<qint64, ChatUser> m_users;
    QSet<qint64> m_pending;
};

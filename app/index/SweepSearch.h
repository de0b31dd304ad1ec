// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Dialog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class IndexEngine;
class SweepIndex;

// What to look for in the index: a phrase (a trailing * makes its last word a prefix) over
// message texts, dialog names and user names, narrowed by sender, dates, dialog type, links
// and attachments. An empty text with filters lists the messages the filters select.
struct SweepFilter {
    QString text;
    std::optional<qint64> senderId;
    QDateTime since;
    QDateTime until;
    QList<DialogType> types;
    bool hasLink = false;
    bool hasAttachment = false;
    int limit = 500;

    QJsonObject toJson() const;
    static SweepFilter fromJson(const QJsonObject &object);
};

struct SweepMessageHit {
    QString messageId;
    QString dialogId;
    QString dialogName;
    DialogType dialogType = DialogType::Unknown;
    qint64 senderId = 0;
    QString senderLogin;
    QString senderName;
    QDateTime sentAt;
    QString text;
    bool hasLink = false;
    bool hasAttachment = false;
};

struct SweepDialogHit {
    QString dialogId;
    QString name;
    DialogType type = DialogType::Unknown;
    qint64 ownerId = 0;
    int memberCount = 0;
    int messageCount = 0; // in the index
    QDateTime lastMessageAt;
};

struct SweepUserHit {
    qint64 userId = 0;
    QString login;
    QString fullName;
};

struct SweepResult {
    QList<SweepMessageHit> messages;
    QList<SweepDialogHit> dialogs;
    QList<SweepUserHit> users;
};

// The same text, normalised, in many dialogs within a time window: a spam wave.
struct SweepCampaign {
    QString text; // as first seen
    qint64 textHash = 0;
    QList<qint64> senderIds; // ascending
    QStringList dialogIds; // ascending
    QStringList messageIds;
    QDateTime firstSeen;
    QDateTime lastSeen;
};

// A named query kept in the index, re-run on demand.
struct SweepSelection {
    enum class Kind { Inactive, OwnedBy, EmptyGroups, Phrase, Campaign };
    QString name;
    Kind kind = Kind::Phrase;
    int days = 90; // Inactive
    qint64 userId = 0; // OwnedBy
    SweepFilter filter; // Phrase
    qint64 textHash = 0; // Campaign
    qint64 windowSeconds = 86400; // Campaign

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    QString describe() const;
    QJsonObject toJson() const; // what the journal records as the query behind a run
};

// What a selection picks now: dialogs, or messages with their dialogs and senders.
struct SweepSelectionItems {
    QStringList dialogIds;
    QStringList messageIds;
    QHash<QString, QString> dialogOfMessage;
    QList<qint64> senderIds;
};

class SweepSearch final {
    Q_DECLARE_TR_FUNCTIONS(SweepSearch)

public:
    explicit SweepSearch(const SweepIndex &index);

    // Nothing when the query is malformed; *error says why.
    std::optional<SweepResult> search(const SweepFilter &filter, QString *error = nullptr) const;
    QList<SweepCampaign> campaigns(
        int minDialogs, qint64 windowSeconds, const QDateTime &since = {}) const;

    QList<SweepSelection> selections() const;
    bool saveSelection(const SweepSelection &selection, QString *error = nullptr) const;
    bool removeSelection(const QString &name) const;
    SweepSelectionItems run(const SweepSelection &selection, const QDateTime &now) const;
    // What the index holds about these ids, newest message first; unknown ids are left out.
    QList<SweepMessageHit> messages(const QStringList &ids) const;
    QList<SweepDialogHit> dialogs(const QStringList &ids) const;

    // "Name (login, id)", leaving out what is not known.
    static QString userLabel(qint64 id, const QString &fullName, const QString &login);

private:
    QString m_connectionName;
    const IndexEngine *m_engine;
    qint64 m_application;
};

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SandboxApplication.h"
#include "SandboxCampaign.h"
#include "SandboxDialog.h"
#include "SandboxMessage.h"
#include "SandboxMessageFactory.h"
#include "SandboxUser.h"

#include <QHash>
#include <QList>

#include <optional>
#include <unordered_map>
#include <vector>

// The server's state: users, dialogs, the histories that have been read or changed, and who
// may see what. Everything the endpoints change goes through here so that the visibility index
// stays true.
class SandboxCommunity final {
public:
    struct LastMessage {
        QString id;
        QString text;
        qint64 senderId = 0;
        qint64 dateSent = 0;
    };

    void build(quint32 seed, int dialogCount, int messagesPerDialog = 0, int spamCampaigns = 0,
        int users = 0);

    const std::vector<SandboxCampaign> &campaigns() const { return m_campaigns; }
    // Something happening while the server runs, for tests of what changes between two reads:
    // a new message at the end of a dialog (its id, or empty when the dialog has no room left
    // in the id scheme), and a new group dialog (its id).
    QString postMessage(SandboxDialog &dialog, qint64 senderId, const QString &text);
    QString createGroup(qint64 ownerId, QList<qint64> occupants, const QString &name);
    // New application keys and user passwords from the system's random source: the community
    // stays the seed's, its secrets are this run's own.
    void randomiseSecrets();

    const SandboxApplication &application() const { return m_application; }

    const std::vector<SandboxUser> &users() const { return m_users; }
    const SandboxUser *user(qint64 id) const;
    const SandboxUser *userByLogin(const QString &login) const;
    const SandboxUser *userByEmail(const QString &email) const;

    // All dialogs ever created, force-deleted ones included; index order is _id order.
    int dialogCount() const { return int(m_dialogs.size()); }
    const SandboxDialog &dialogAt(int index) const { return m_dialogs[std::size_t(index)]; }
    // A dialog that exists (not force-deleted), by id in any letter case; nullptr otherwise.
    SandboxDialog *dialog(const QString &id);
    const SandboxDialog *dialog(const QString &id) const;

    // userId 0 stands for the API key without On-Behalf-Of, which may access everything.
    bool canAccess(const SandboxDialog &dialog, qint64 userId) const;
    // Accessible and not removed from the user's own list.
    bool isListedFor(const SandboxDialog &dialog, qint64 userId) const;
    // Indexes of the dialogs a user's listing starts from, ascending. Cached per user until the
    // next change, so that paging through 100000 dialogs does not rescan them every time. A
    // copy, but an implicitly shared one: nothing is copied unless the caller changes it.
    QList<int> listedDialogs(qint64 userId) const;

    void removeFromList(SandboxDialog &dialog, qint64 userId);
    void restoreToList(SandboxDialog &dialog, qint64 userId);
    void deleteForEveryone(SandboxDialog &dialog);
    void setOccupants(SandboxDialog &dialog, QList<qint64> occupants);

    // The dialog's messages in date order, to change: generated on first use and kept from then
    // on.
    QList<SandboxMessage> &history(SandboxDialog &dialog);
    // The same messages to read: the kept history if there is one, else generated for the
    // occasion and not kept, so that reading every dialog once does not fill the memory.
    QList<SandboxMessage> messages(const SandboxDialog &dialog) const;
    // Whether the dialog's messages are still the generated ones, nothing kept: then message n
    // in date order is generatedMessage(dialog, n), built alone, so that a page of a long
    // history costs its own messages and not the whole history.
    bool isGenerated(const SandboxDialog &dialog) const
    {
        return m_histories.find(dialog.index) == m_histories.end();
    }
    SandboxMessage generatedMessage(const SandboxDialog &dialog, int position) const
    {
        return m_messages.message(dialog, position);
    }
    // An existing message and its dialog, to change, or nullptr.
    SandboxMessage *message(const QString &id, SandboxDialog **dialog = nullptr);
    // An existing message, to read.
    std::optional<SandboxMessage> findMessage(const QString &id) const;
    void deleteMessageForEveryone(SandboxDialog &dialog, QString messageId);

    std::optional<LastMessage> lastMessage(const SandboxDialog &dialog) const;
    int unreadCount(const SandboxDialog &dialog, qint64 userId) const;

    // How many delete requests named each dialog id, whatever their answer: tests check that
    // an id was sent once.
    void countDeleteRequest(const QString &dialogId) { ++m_deleteRequests[dialogId]; }
    int deleteRequestsFor(const QString &dialogId) const
    {
        return m_deleteRequests.value(dialogId);
    }

private:
    void changed() { ++m_epoch; }

    SandboxApplication m_application;
    std::vector<SandboxUser> m_users;
    QHash<qint64, int> m_userById;
    QHash<QString, int> m_userByLogin;
    QHash<QString, int> m_userByEmail;

    std::vector<SandboxDialog> m_dialogs;
    QHash<QString, int> m_deleteRequests;
    QHash<qint64, QList<int>> m_dialogsByOccupant; // ascending indexes
    QList<int> m_publicDialogs;
    SandboxMessageFactory m_messages;
    std::vector<SandboxCampaign> m_campaigns;
    quint64 m_dialogMachine = 0;
    // Node-based on purpose: references to one history survive keeping another.
    std::unordered_map<int, QList<SandboxMessage>> m_histories;

    quint64 m_epoch = 0;
    mutable quint64 m_listedEpoch = 0;
    mutable QHash<qint64, QList<int>> m_listed;
};

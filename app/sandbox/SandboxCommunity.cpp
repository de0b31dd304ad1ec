// SPDX-License-Identifier: Apache-2.0

#include "SandboxCommunity.h"

#include "SandboxCommunityBuilder.h"
#include "SandboxObjectId.h"
#include "SandboxRandom.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <iterator>

void SandboxCommunity::randomiseSecrets()
{
    const auto randomText = [](int length) {
        static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        QString text;
        for (int i = 0; i < length; ++i)
            text.append(QLatin1Char(
                alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
        return text;
    };
    m_application.authKey = randomText(16);
    m_application.authSecret = randomText(16);
    m_application.apiKey = randomText(43);
    for (SandboxUser &user : m_users)
        user.password = randomText(14);
}

void SandboxCommunity::build(
    quint32 seed, int dialogCount, int messagesPerDialog, int spamCampaigns, int users)
{
    SandboxCommunityBuilder::Result built = SandboxCommunityBuilder::build(
        seed, dialogCount, messagesPerDialog, spamCampaigns, users);
    m_application = built.application;
    m_users = std::move(built.users);
    m_dialogs = std::move(built.dialogs);
    m_messages = built.messages;
    m_campaigns = std::move(built.campaigns);
    // The builder's machine bytes for dialog ids, so that dialogs created later look alike.
    m_dialogMachine = SandboxRandom::combine(seed, 0x4449414c);

    m_userById.clear();
    m_userByLogin.clear();
    m_userByEmail.clear();
    for (int i = 0; i < int(m_users.size()); ++i) {
        const SandboxUser &user = m_users[std::size_t(i)];
        m_userById.insert(user.id, i);
        m_userByLogin.insert(user.login.toLower(), i);
        m_userByEmail.insert(user.email.toLower(), i);
    }

    m_dialogsByOccupant.clear();
    m_publicDialogs.clear();
    m_histories.clear();
    for (const SandboxDialog &dialog : m_dialogs) {
        if (dialog.type == SandboxDialog::PublicGroup)
            m_publicDialogs.append(dialog.index);
        for (const qint64 occupant : dialog.occupantIds)
            m_dialogsByOccupant[occupant].append(dialog.index);
    }
    changed();
}

const SandboxUser *SandboxCommunity::user(qint64 id) const
{
    const auto it = m_userById.constFind(id);
    return it == m_userById.cend() ? nullptr : &m_users[std::size_t(*it)];
}

const SandboxUser *SandboxCommunity::userByLogin(const QString &login) const
{
    const auto it = m_userByLogin.constFind(login.toLower());
    return it == m_userByLogin.cend() ? nullptr : &m_users[std::size_t(*it)];
}

const SandboxUser *SandboxCommunity::userByEmail(const QString &email) const
{
    const auto it = m_userByEmail.constFind(email.toLower());
    return it == m_userByEmail.cend() ? nullptr : &m_users[std::size_t(*it)];
}

SandboxDialog *SandboxCommunity::dialog(const QString &id)
{
    return const_cast<SandboxDialog *>(std::as_const(*this).dialog(id));
}

const SandboxDialog *SandboxCommunity::dialog(const QString &id) const
{
    // The counter of the ObjectId is the index; the full comparison rejects message ids and
    // made-up ids that happen to share a counter.
    const QString lower = id.toLower();
    const qint64 index = SandboxObjectId::counterOf(lower);
    if (index < 0 || index >= qint64(m_dialogs.size()))
        return nullptr;
    const SandboxDialog &found = m_dialogs[std::size_t(index)];
    if (found.deleted || found.id != lower)
        return nullptr;
    return &found;
}

bool SandboxCommunity::canAccess(const SandboxDialog &dialog, qint64 userId) const
{
    if (dialog.deleted)
        return false;
    return userId == 0 || dialog.type == SandboxDialog::PublicGroup
        || dialog.occupantIds.contains(userId);
}

bool SandboxCommunity::isListedFor(const SandboxDialog &dialog, qint64 userId) const
{
    return canAccess(dialog, userId) && !dialog.removedFor.contains(userId);
}

QList<int> SandboxCommunity::listedDialogs(qint64 userId) const
{
    if (m_listedEpoch != m_epoch) {
        m_listed.clear();
        m_listedEpoch = m_epoch;
    }
    auto cached = m_listed.find(userId);
    if (cached != m_listed.end())
        return *cached;

    QList<int> listed;
    if (userId == 0) {
        listed.reserve(int(m_dialogs.size()));
        for (const SandboxDialog &dialog : m_dialogs) {
            if (!dialog.deleted)
                listed.append(dialog.index);
        }
    } else {
        // A public dialog somebody was pushed into shows up in both lists: the union keeps one.
        const QList<int> own = m_dialogsByOccupant.value(userId);
        QList<int> merged;
        merged.reserve(own.size() + m_publicDialogs.size());
        std::set_union(own.cbegin(), own.cend(), m_publicDialogs.cbegin(), m_publicDialogs.cend(),
            std::back_inserter(merged));
        listed.reserve(merged.size());
        for (const int index : std::as_const(merged)) {
            const SandboxDialog &dialog = m_dialogs[std::size_t(index)];
            if (!dialog.deleted && !dialog.removedFor.contains(userId))
                listed.append(index);
        }
    }
    return *m_listed.insert(userId, listed);
}

void SandboxCommunity::removeFromList(SandboxDialog &dialog, qint64 userId)
{
    if (!dialog.removedFor.contains(userId))
        dialog.removedFor.append(userId);
    changed();
}

void SandboxCommunity::restoreToList(SandboxDialog &dialog, qint64 userId)
{
    if (dialog.removedFor.removeAll(userId) > 0)
        changed();
}

void SandboxCommunity::deleteForEveryone(SandboxDialog &dialog)
{
    dialog.deleted = true;
    m_histories.erase(dialog.index);
    changed();
}

void SandboxCommunity::setOccupants(SandboxDialog &dialog, QList<qint64> occupants)
{
    // The generated history depends on the original occupants: pin it down first.
    history(dialog);

    std::sort(occupants.begin(), occupants.end());
    occupants.erase(std::unique(occupants.begin(), occupants.end()), occupants.end());
    for (const qint64 previous : std::as_const(dialog.occupantIds)) {
        if (occupants.contains(previous))
            continue;
        QList<int> &indexes = m_dialogsByOccupant[previous];
        const auto it = std::lower_bound(indexes.begin(), indexes.end(), dialog.index);
        if (it != indexes.end() && *it == dialog.index)
            indexes.erase(it);
    }
    for (const qint64 added : std::as_const(occupants)) {
        if (dialog.occupantIds.contains(added))
            continue;
        QList<int> &indexes = m_dialogsByOccupant[added];
        const auto it = std::lower_bound(indexes.begin(), indexes.end(), dialog.index);
        if (it == indexes.end() || *it != dialog.index)
            indexes.insert(it, dialog.index);
    }
    dialog.occupantIds = occupants;
    changed();
}

QList<SandboxMessage> &SandboxCommunity::history(SandboxDialog &dialog)
{
    auto it = m_histories.find(dialog.index);
    if (it == m_histories.end())
        it = m_histories.emplace(dialog.index, messages(dialog)).first;
    return it->second;
}

QList<SandboxMessage> SandboxCommunity::messages(const SandboxDialog &dialog) const
{
    const auto it = m_histories.find(dialog.index);
    if (it != m_histories.end())
        return it->second;
    QList<SandboxMessage> generated;
    generated.reserve(dialog.messageCount);
    for (int position = 0; position < dialog.messageCount; ++position)
        generated.append(m_messages.message(dialog, position));
    return generated;
}

SandboxMessage *SandboxCommunity::message(const QString &id, SandboxDialog **dialog)
{
    const QString lower = id.toLower();
    const int index = m_messages.dialogIndexOfMessage(lower);
    if (index < 0 || index >= int(m_dialogs.size()))
        return nullptr;
    SandboxDialog &owner = m_dialogs[std::size_t(index)];
    if (owner.deleted)
        return nullptr;
    QList<SandboxMessage> &messages = history(owner);
    for (SandboxMessage &candidate : messages) {
        if (candidate.id == lower) {
            if (dialog)
                *dialog = &owner;
            return &candidate;
        }
    }
    return nullptr;
}

std::optional<SandboxMessage> SandboxCommunity::findMessage(const QString &id) const
{
    const QString lower = id.toLower();
    const int index = m_messages.dialogIndexOfMessage(lower);
    if (index < 0 || index >= int(m_dialogs.size()))
        return std::nullopt;
    const SandboxDialog &owner = m_dialogs[std::size_t(index)];
    if (owner.deleted)
        return std::nullopt;
    const QList<SandboxMessage> all = messages(owner);
    for (const SandboxMessage &candidate : all) {
        if (candidate.id == lower)
            return candidate;
    }
    return std::nullopt;
}

void SandboxCommunity::deleteMessageForEveryone(SandboxDialog &dialog, QString messageId)
{
    QList<SandboxMessage> &messages = history(dialog);
    messages.removeIf([&](const SandboxMessage &m) { return m.id == messageId; });
    // A forced delete of the last message moves the dialog's last message back (android#484),
    // which changes the dialog.
    const qint64 last = messages.isEmpty() ? 0 : messages.constLast().dateSent;
    if (last != dialog.lastMessageDateSent)
        dialog.updatedAt = std::max(dialog.updatedAt, QDateTime::currentSecsSinceEpoch());
    dialog.lastMessageDateSent = last;
}

QString SandboxCommunity::postMessage(SandboxDialog &dialog, qint64 senderId, const QString &text)
{
    QList<SandboxMessage> &messages = history(dialog);
    int position = 0;
    qint64 sentAt = QDateTime::currentSecsSinceEpoch();
    for (const SandboxMessage &message : std::as_const(messages)) {
        position = std::max(position, message.position + 1);
        sentAt = std::max(sentAt, message.dateSent + 1);
    }
    if (position >= m_messages.slotsPerDialog())
        return {};
    SandboxMessage message;
    message.dialogId = dialog.id;
    message.position = position;
    message.senderId = senderId;
    message.dateSent = sentAt;
    message.id = m_messages.messageId(dialog, position, sentAt);
    message.text = text;
    message.readIds = { senderId };
    message.deliveredIds = { senderId };
    messages.append(message);
    dialog.lastMessageDateSent = sentAt;
    dialog.updatedAt = std::max(dialog.updatedAt, sentAt);
    changed();
    return message.id;
}

QString SandboxCommunity::createGroup(qint64 ownerId, QList<qint64> occupants, const QString &name)
{
    SandboxDialog dialog;
    dialog.index = int(m_dialogs.size());
    dialog.type = SandboxDialog::Group;
    dialog.createdAt = QDateTime::currentSecsSinceEpoch();
    if (!m_dialogs.empty())
        dialog.createdAt = std::max(dialog.createdAt, m_dialogs.back().createdAt + 1);
    dialog.updatedAt = dialog.createdAt;
    dialog.id = SandboxObjectId::make(dialog.createdAt, m_dialogMachine, quint32(dialog.index));
    dialog.name = name;
    dialog.ownerId = ownerId;
    occupants.append(ownerId);
    std::sort(occupants.begin(), occupants.end());
    occupants.erase(std::unique(occupants.begin(), occupants.end()), occupants.end());
    dialog.occupantIds = occupants;
    dialog.isJoinRequired = 0;
    for (const qint64 occupant : std::as_const(occupants))
        m_dialogsByOccupant[occupant].append(dialog.index);
    m_dialogs.push_back(dialog);
    // Kept from the start, so that messages posted later are not generated over.
    m_histories.emplace(dialog.index, QList<SandboxMessage>());
    changed();
    return dialog.id;
}

std::optional<SandboxCommunity::LastMessage> SandboxCommunity::lastMessage(
    const SandboxDialog &dialog) const
{
    const auto it = m_histories.find(dialog.index);
    if (it != m_histories.end()) {
        if (it->second.isEmpty())
            return std::nullopt;
        const SandboxMessage &last = it->second.constLast();
        return LastMessage { last.id, last.text, last.senderId, last.dateSent };
    }
    if (dialog.messageCount == 0)
        return std::nullopt;
    const SandboxMessage last = m_messages.message(dialog, dialog.messageCount - 1);
    return LastMessage { last.id, last.text, last.senderId, last.dateSent };
}

int SandboxCommunity::unreadCount(const SandboxDialog &dialog, qint64 userId) const
{
    if (userId == 0 || !canAccess(dialog, userId))
        return 0;
    const auto it = m_histories.find(dialog.index);
    if (it != m_histories.end()) {
        int unread = 0;
        for (const SandboxMessage &message : it->second) {
            if (!message.readIds.contains(userId) && !message.hiddenFor.contains(userId))
                ++unread;
        }
        return unread;
    }
    // Not generated yet: in a private or group dialog only the unread tail can count, in a
    // public one every message the user is not among the readers of.
    const int first
        = dialog.type == SandboxDialog::PublicGroup ? 0 : dialog.messageCount - dialog.unreadTail;
    int unread = 0;
    for (int position = std::max(0, first); position < dialog.messageCount; ++position) {
        if (!m_messages.readers(dialog, position).readIds.contains(userId))
            ++unread;
    }
    return unread;
}

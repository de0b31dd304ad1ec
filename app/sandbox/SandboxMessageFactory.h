// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SandboxDialog.h"
#include "SandboxMessage.h"

#include <QList>

// Generates a dialog's history on demand: message n of a dialog is a pure function of the seed,
// the dialog's generation parameters and n. Nothing is stored until a dialog's messages change,
// which keeps 100000 dialogs cheap to create and to read.
class SandboxMessageFactory final {
public:
    // The id scheme reserves this many sequence numbers per dialog unless the community asks for
    // more (see slotsFor): message n of dialog i is number i × slots + n. Its low 24 bits are the
    // id's counter; the bits above go into the last byte of the machine part, which therefore
    // stays the same for the first 0xffffff / slots dialogs and lets a million dialogs have
    // message ids of their own.
    static constexpr int DefaultSlotsPerDialog = 48;
    static constexpr qint64 MaxSequence = 0xffffffffLL;
    // Counter values per dialog for a community: the default unless its dialogs hold more than
    // the generated mix, or spam waves add to them; room is left for messages posted later.
    static int slotsFor(int messagesPerDialog, bool campaigns);

    SandboxMessageFactory() = default;
    SandboxMessageFactory(quint64 seed, QList<qint64> publicSenders, QList<qint64> spammerIds,
        int slotsPerDialog = DefaultSlotsPerDialog);

    qint64 dateSent(const SandboxDialog &dialog, int position) const;
    SandboxMessage message(const SandboxDialog &dialog, int position) const;

    // Just sender and readers, for counting unread messages without building texts.
    struct Readers {
        qint64 senderId = 0;
        QList<qint64> readIds;
    };
    Readers readers(const SandboxDialog &dialog, int position) const;

    // Which dialog a message id belongs to, or -1.
    int dialogIndexOfMessage(const QString &messageId) const;
    int slotsPerDialog() const { return m_slots; }
    QString messageId(const SandboxDialog &dialog, int position, qint64 dateSent) const;

private:
    qint64 pickSender(const SandboxDialog &dialog, quint64 &state) const;

    quint64 m_machine = 0;
    int m_slots = DefaultSlotsPerDialog;
    QList<qint64> m_publicSenders;
    QList<qint64> m_spammerIds;
};

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
    // The id scheme reserves this many counter values per dialog.
    static constexpr int MaxMessagesPerDialog = 48;

    SandboxMessageFactory() = default;
    SandboxMessageFactory(quint64 seed, QList<qint64> publicSenders, QList<qint64> spammerIds);

    qint64 dateSent(const SandboxDialog &dialog, int position) const;
    SandboxMessage message(const SandboxDialog &dialog, int position) const;

    // Just sender and readers, for counting unread messages without building texts.
    struct Readers {
        qint64 senderId = 0;
        QList<qint64> readIds;
    };
    Readers readers(const SandboxDialog &dialog, int position) const;

    // Which dialog a message id belongs to, or -1.
    static int dialogIndexOfMessage(const QString &messageId);

private:
    qint64 pickSender(const SandboxDialog &dialog, quint64 &state) const;

    quint64 m_machine = 0;
    QList<qint64> m_publicSenders;
    QList<qint64> m_spammerIds;
};

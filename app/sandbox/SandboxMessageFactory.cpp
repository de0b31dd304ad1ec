// SPDX-License-Identifier: Apache-2.0

#include "SandboxMessageFactory.h"

#include "SandboxObjectId.h"
#include "SandboxRandom.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

const char16_t *const chatter[] = {
    u"Hi all! 👋",
    u"Good morning everyone",
    u"Running 10 minutes late, sorry",
    u"Can someone share the link again?",
    u"Meeting moved to 3pm",
    u"ok 👍",
    u"lol",
    u"Thanks, that helps a lot!",
    u"Does anyone know a good dentist near the station?",
    u"I'll bring snacks",
    u"Who's in for Saturday?",
    u"Count me in",
    u"Not this week, maybe next time",
    u"Photos from yesterday are up",
    u"Happy birthday!! 🎉🎂",
    u"Has anyone tried the new update? The dark mode looks great",
    u"The app keeps logging me out, anyone else?",
    u"Restart fixed it for me",
    u"Where do we meet?",
    u"Main entrance, next to the bike racks",
    u"Sounds good",
    u"I can't make it tonight 😕",
    u"No worries!",
    u"Reminder: rent is due Friday",
    u"Paid, thanks for the reminder",
    u"Can you send me the notes from class?",
    u"Sure, give me a sec",
    u"Chapter 7 was tough",
    u"Anyone selling a used bike?",
    u"Still looking for a flatmate, DM me",
    u"Is the pool open on Sundays?",
    u"Only until noon",
    u"Great game last night ⚽",
    u"What time does the store close?",
    u"9pm I think",
    u"Welcome to the group!",
    u"Thanks for adding me",
    u"Please keep this chat on topic, thanks",
    u"Let's vote: pizza or sushi?",
    u"Sushi 🍣",
    u"Pizza, obviously",
    u"On my way",
    u"Traffic is terrible today",
    u"Can we reschedule to Thursday?",
    u"Thursday works",
    u"Here's the address: 12 Harbour Street",
    u"Did everyone get the email?",
    u"Nope, check your spam folder maybe?",
    u"Found it, thanks",
    u"Good night 🌙",
    u"Привет! Как дела?",
    u"¿Nos vemos mañana?",
    u"Danke, bis später!",
    u"Merci beaucoup 🙏",
    u"Obrigado pela ajuda",
    u"Grazie mille!",
    u"Tot morgen!",
    u"Congrats on the new job!",
    u"Where did you get that recipe?",
    u"My grandma's, I'll send it",
    u"The wifi password changed, anyone know the new one?",
    u"It's on the fridge",
    u"Can someone feed the cat while I'm away?",
    u"I can do Tuesday and Wednesday",
    u"Heads up: the lift is out of order",
    u"Again? 🙄",
    u"Agenda for Monday is in the doc",
    u"I added my points at the end",
    u"Looks good to me",
    u"Ship it 🚀",
};

const char16_t *const spam[] = {
    u"💰 Earn $500 a day from home! Message me now 👉 bit.ly/fast-cash-now",
    u"💰 Earn $500 a day from home! Message me now 👉 bit.ly/fast-cash-now",
    u"🔥 CRYPTO SIGNALS 🔥 95% accuracy, join VIP: t.me/signals_vip_pro",
    u"🔥 CRYPTO SIGNALS 🔥 95% accuracy, join VIP: t.me/signals_vip_pro",
    u"Congratulations! You won an iPhone 15 🎁 claim here: free-prize.example/claim",
    u"Get 10k followers in 24h!!! cheap-followers.example",
    u"Hello dear, I have a business proposal for you. Reply fast",
    u"FREE GIFT CARDS 🎁🎁🎁 click: giftcards-free.example",
};

const char16_t *const imageNames[] = {
    u"IMG_2041.jpg",
    u"IMG_3310.jpg",
    u"photo_2024-03-02.png",
    u"screenshot.png",
    u"PXL_20240611_081522.jpg",
    u"meme.gif",
};

const char16_t *const fileNames[] = {
    u"invoice_0423.pdf",
    u"notes.txt",
    u"agenda.docx",
    u"tickets.pdf",
    u"budget.xlsx",
};

template<typename T, std::size_t N> const T &pick(const T (&list)[N], SandboxRandom &random)
{
    return list[random.bounded(quint32(N))];
}

QString hex(SandboxRandom &random, int digits)
{
    static const char alphabet[] = "0123456789abcdef";
    QString text;
    text.reserve(digits);
    for (int i = 0; i < digits; ++i)
        text.append(QLatin1Char(alphabet[random.bounded(16)]));
    return text;
}

} // namespace

int SandboxMessageFactory::slotsFor(int messagesPerDialog, bool campaigns)
{
    if (messagesPerDialog <= 40 && !campaigns)
        return DefaultSlotsPerDialog;
    return std::max(DefaultSlotsPerDialog, messagesPerDialog + 24);
}

SandboxMessageFactory::SandboxMessageFactory(
    quint64 seed, QList<qint64> publicSenders, QList<qint64> spammerIds, int slotsPerDialog)
    : m_machine(SandboxRandom::combine(seed, 0x4d455353))
    , m_slots(std::max(1, slotsPerDialog))
    , m_publicSenders(std::move(publicSenders))
    , m_spammerIds(std::move(spammerIds))
{
    std::sort(m_spammerIds.begin(), m_spammerIds.end());
}

qint64 SandboxMessageFactory::dateSent(const SandboxDialog &dialog, int position) const
{
    const int generated = dialog.messageCount - int(dialog.campaignPosts.size());
    if (position >= generated)
        return dialog.campaignPosts.at(position - generated).dateSent;
    const qint64 jitterRange = std::max<qint64>(1, dialog.sendStep / 2);
    const qint64 jitter
        = qint64(SandboxRandom::combine(dialog.messageSeed, quint64(position) + 0x7000)
            % quint64(jitterRange));
    return dialog.firstSentAt + qint64(position) * dialog.sendStep + jitter;
}

qint64 SandboxMessageFactory::pickSender(const SandboxDialog &dialog, quint64 &state) const
{
    SandboxRandom random(state);
    qint64 sender = 0;
    switch (dialog.type) {
    case SandboxDialog::Private:
        sender = dialog.occupantIds.value(int(random.bounded(2)), dialog.ownerId);
        break;
    case SandboxDialog::Group:
        if (dialog.spammerId != 0 && random.chance(0.45))
            sender = dialog.spammerId;
        else
            sender = dialog.occupantIds.value(
                int(random.bounded(quint32(dialog.occupantIds.size()))), dialog.ownerId);
        break;
    default:
        if (dialog.spammerId != 0 && random.chance(0.35))
            sender = dialog.spammerId;
        else if (random.chance(0.15) || m_publicSenders.isEmpty())
            sender = dialog.ownerId;
        else
            sender = m_publicSenders.at(int(random.bounded(quint32(m_publicSenders.size()))));
        break;
    }
    state = random.next();
    return sender;
}

SandboxMessageFactory::Readers SandboxMessageFactory::readers(
    const SandboxDialog &dialog, int position) const
{
    const int generated = dialog.messageCount - int(dialog.campaignPosts.size());
    if (position >= generated) {
        // A spam wave has just arrived: nobody but its sender has read it.
        const qint64 sender = dialog.campaignPosts.at(position - generated).senderId;
        return Readers { sender, { sender } };
    }
    quint64 state = SandboxRandom::combine(dialog.messageSeed, quint64(position));
    Readers result;
    result.senderId = pickSender(dialog, state);
    const bool readByOthers = position < dialog.messageCount - dialog.unreadTail;
    if (!readByOthers) {
        result.readIds = { result.senderId };
    } else if (dialog.type == SandboxDialog::PublicGroup) {
        // Nobody is an occupant of a public dialog: a few passers-by have read each message.
        SandboxRandom random(state);
        result.readIds = { result.senderId };
        for (int i = 0; i < 2 && !m_publicSenders.isEmpty(); ++i) {
            const qint64 reader
                = m_publicSenders.at(int(random.bounded(quint32(m_publicSenders.size()))));
            if (!result.readIds.contains(reader))
                result.readIds.append(reader);
        }
        std::sort(result.readIds.begin(), result.readIds.end());
    } else {
        result.readIds = dialog.occupantIds;
    }
    return result;
}

SandboxMessage SandboxMessageFactory::message(const SandboxDialog &dialog, int position) const
{
    const Readers who = readers(dialog, position);
    SandboxRandom random(SandboxRandom::combine(dialog.messageSeed, quint64(position) + 0x1000));

    SandboxMessage message;
    message.dialogId = dialog.id;
    message.position = position;
    message.senderId = who.senderId;
    message.dateSent = dateSent(dialog, position);
    message.id = messageId(dialog, position, message.dateSent);
    message.readIds = who.readIds;
    message.deliveredIds
        = dialog.type == SandboxDialog::PublicGroup ? who.readIds : dialog.occupantIds;
    if (dialog.type == SandboxDialog::Private) {
        for (const qint64 occupant : dialog.occupantIds) {
            if (occupant != message.senderId)
                message.recipientId = occupant;
        }
    }

    const int generated = dialog.messageCount - int(dialog.campaignPosts.size());
    if (position >= generated) {
        message.text = dialog.campaignPosts.at(position - generated).text;
        return message;
    }
    const bool fromSpammer
        = std::binary_search(m_spammerIds.cbegin(), m_spammerIds.cend(), message.senderId);
    if (fromSpammer) {
        message.text = QString::fromUtf16(pick(spam, random));
        return message;
    }
    const double attachmentRoll = random.unit();
    if (attachmentRoll < 0.10) {
        // The SDK samples send "[attachment]" as the body of a message that only carries a file.
        const bool image = attachmentRoll < 0.08;
        SandboxAttachment attachment;
        attachment.type = image ? u"image"_s : u"file"_s;
        attachment.id = QString::number(40000000 + random.bounded(9000000));
        attachment.uid = hex(random, 32);
        attachment.name
            = QString::fromUtf16(image ? pick(imageNames, random) : pick(fileNames, random));
        attachment.contentType = image ? u"image/jpeg"_s : u"application/octet-stream"_s;
        attachment.size = 20000 + random.bounded(4000000);
        message.attachments.append(attachment);
        message.text = u"[attachment]"_s;
        return message;
    }
    message.text = QString::fromUtf16(pick(chatter, random));
    return message;
}

int SandboxMessageFactory::dialogIndexOfMessage(const QString &messageId) const
{
    const qint64 counter = SandboxObjectId::counterOf(messageId);
    if (counter < 0)
        return -1;
    bool ok = false;
    const quint64 machine = QStringView(messageId).mid(8, 10).toULongLong(&ok, 16);
    const quint64 high = machine ^ (m_machine & 0xffffffffffULL);
    if (!ok || high > 0xff)
        return -1;
    const quint64 sequence = (high << 24) | quint64(counter);
    return int(sequence / quint64(m_slots));
}

QString SandboxMessageFactory::messageId(
    const SandboxDialog &dialog, int position, qint64 dateSent) const
{
    const quint64 sequence = quint64(dialog.index) * quint64(m_slots) + quint64(position);
    return SandboxObjectId::make(
        dateSent, m_machine ^ (sequence >> 24), quint32(sequence & 0xffffff));
}

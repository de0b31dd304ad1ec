// SPDX-License-Identifier: Apache-2.0

#include "SandboxCommunityBuilder.h"

#include "SandboxObjectId.h"
#include "SandboxRandom.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

// Fixed calendar so that the same seed gives the same community whenever it runs.
constexpr qint64 UsersFrom = 1614556800; // 2021-03-01
constexpr qint64 UsersUntil = 1672444800; // 2022-12-31
constexpr qint64 DialogsFrom = 1673222400; // 2023-01-09
constexpr qint64 HistoryEnd = 1748736000; // 2025-06-01
constexpr qint64 Day = 86400;

const char16_t *const firstNames[] = {
    u"Olivia",
    u"Liam",
    u"Emma",
    u"Noah",
    u"Ava",
    u"Mateo",
    u"Sofía",
    u"Lucas",
    u"Mia",
    u"Amelia",
    u"Ethan",
    u"Chloé",
    u"Hugo",
    u"Léa",
    u"Jonas",
    u"Zoë",
    u"Finn",
    u"Ines",
    u"Aarav",
    u"Priya",
    u"Rohan",
    u"Ananya",
    u"Kenji",
    u"Yuki",
    u"Hana",
    u"Minh",
    u"Linh",
    u"Jin",
    u"Seo-yeon",
    u"Kwame",
    u"Amara",
    u"Chidi",
    u"Zanele",
    u"Tariq",
    u"Leila",
    u"Omar",
    u"Yasmin",
    u"Mehmet",
    u"Elif",
    u"Dmitri",
    u"Anastasia",
    u"Ivan",
    u"Katarzyna",
    u"Tomasz",
    u"Björn",
    u"Astrid",
    u"Sven",
    u"Jörg",
    u"Renée",
    u"José",
    u"Lucía",
    u"Thiago",
    u"Camila",
    u"Joaquín",
    u"Valentina",
    u"Grace",
    u"Daniel",
    u"Sarah",
    u"Michael",
    u"Hannah",
    u"Samuel",
    u"Isabel",
    u"Marco",
    u"Giulia",
    u"Pedro",
    u"Beatriz",
    u"Niamh",
    u"Ciarán",
    u"Aoife",
    u"Rhys",
};

const char16_t *const lastNames[] = {
    u"Smith",
    u"Johnson",
    u"García",
    u"Martínez",
    u"Müller",
    u"Schmidt",
    u"Dubois",
    u"Lefèvre",
    u"Rossi",
    u"Bianchi",
    u"Silva",
    u"Santos",
    u"Kowalski",
    u"Nowak",
    u"Ivanov",
    u"Petrov",
    u"Nakamura",
    u"Tanaka",
    u"Kim",
    u"Park",
    u"Nguyen",
    u"Tran",
    u"Patel",
    u"Sharma",
    u"Singh",
    u"Okafor",
    u"Mensah",
    u"Dlamini",
    u"Haddad",
    u"Yilmaz",
    u"Demir",
    u"Andersson",
    u"Johansson",
    u"Hansen",
    u"Jensen",
    u"O'Brien",
    u"Murphy",
    u"Walsh",
    u"Brown",
    u"Wilson",
    u"Taylor",
    u"Davies",
    u"Evans",
    u"Thomas",
    u"Roberts",
    u"Clarke",
    u"Hughes",
    u"Moreau",
    u"Fontaine",
    u"Novák",
    u"Horváth",
    u"Popescu",
    u"Costa",
    u"Ferreira",
    u"Alves",
    u"López",
    u"Hernández",
    u"Chen",
    u"Wang",
    u"Li",
    u"Zhang",
    u"Liu",
    u"Cohen",
    u"Levi",
};

const char16_t *const domains[] = {
    u"gmail.com",
    u"outlook.com",
    u"yahoo.com",
    u"proton.me",
    u"icloud.com",
    u"mail.com",
    u"fastmail.com",
    u"gmx.de",
    u"web.de",
    u"yandex.ru",
    u"hotmail.co.uk",
    u"example.org",
};

const char16_t *const interestTags[] = {
    u"android",
    u"ios",
    u"web",
    u"beta",
    u"premium",
    u"early-adopter",
    u"photography",
    u"gaming",
    u"travel",
    u"music",
    u"books",
    u"fitness",
    u"cooking",
    u"students",
};

struct SpamPersona {
    const char16_t *fullName;
    const char16_t *loginStem;
};

const SpamPersona spamPersonas[] = {
    { u"Crypto Signals Pro", u"cryptoking" },
    { u"Best Deals Daily", u"bestdeals" },
    { u"Lucky Winner", u"winner" },
    { u"Easy Money Club", u"easymoney" },
    { u"Free Followers", u"followers4u" },
    { u"Gift Card Giveaway", u"giftcards" },
    { u"Forex Masters", u"forexmaster" },
};

const char16_t *const spamDomains[] = { u"mailinator.com", u"tempmail.dev", u"guerrillamail.com" };

const char16_t *const spamDialogNames[] = {
    u"💸 Crypto Signals VIP",
    u"FREE iPhone giveaway 🎁",
    u"Earn $$$ from home",
    u"Followers boost 10k",
    u"Forex Masters 📈",
    u"Lucky Draw Winners",
    u"Passive income club",
};

const char16_t *const publicDialogNames[] = {
    u"Announcements",
    u"General",
    u"Help & Support",
    u"Off-topic",
    u"Feature requests",
    u"Newcomers",
    u"Marketplace",
    u"Events",
    u"Bug reports",
    u"Random",
};

const char16_t *const places[] = {
    u"Riverside",
    u"Downtown",
    u"Northside",
    u"Harbour",
    u"Old Town",
    u"Parkview",
    u"Hillcrest",
    u"Lakeside",
    u"Eastgate",
    u"Westend",
};

const char16_t *const groupNouns[] = {
    u"Book Club",
    u"Runners",
    u"Parents",
    u"Climbing Crew",
    u"Board Games",
    u"Choir",
    u"Cycling",
    u"Neighbours",
    u"Photography Walks",
    u"Football 5-a-side",
    u"Language Exchange",
    u"Chess Club",
    u"Gardeners",
    u"Volunteers",
    u"Film Night",
};

const char16_t *const teamWords[] = {
    u"Design Review",
    u"Marketing",
    u"Support Rota",
    u"Release Planning",
    u"Backend",
    u"Onboarding",
    u"Sales EMEA",
    u"Hackathon",
    u"QA",
    u"Data Science",
};

const char16_t *const topics[] = {
    u"Calculus",
    u"Organic Chemistry",
    u"Statistics",
    u"Spanish B1",
    u"History 101",
    u"Machine Learning",
    u"Microeconomics",
    u"Physics II",
};

const char16_t *const codenames[] = {
    u"Falcon",
    u"Aurora",
    u"Bluebird",
    u"Nimbus",
    u"Atlas",
    u"Juniper",
    u"Orion",
    u"Maple",
};

const char16_t *const months[] = {
    u"January",
    u"February",
    u"March",
    u"April",
    u"May",
    u"June",
    u"July",
    u"August",
    u"September",
    u"October",
    u"November",
    u"December",
};

template<typename T, std::size_t N> const T &pick(const T (&list)[N], SandboxRandom &random)
{
    return list[random.bounded(quint32(N))];
}

QString text(const char16_t *value)
{
    return QString::fromUtf16(value);
}

// Logins and e-mail addresses are ASCII: strip accents, drop what does not decompose.
QString asciiFold(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            folded.append(c.toLower());
    }
    return folded;
}

QString randomPassword(SandboxRandom &random)
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString password;
    for (int i = 0; i < 14; ++i)
        password.append(QLatin1Char(alphabet[random.bounded(sizeof(alphabet) - 1)]));
    return password;
}

QString randomKey(SandboxRandom &random, int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString key;
    for (int i = 0; i < length; ++i)
        key.append(QLatin1Char(alphabet[random.bounded(sizeof(alphabet) - 1)]));
    return key;
}

class UserFactory {
public:
    explicit UserFactory(quint32 seed)
        : m_random(SandboxRandom::combine(seed, 0x55534552))
    {
    }

    std::vector<SandboxUser> build(int total)
    {
        std::vector<SandboxUser> users;
        users.reserve(std::size_t(total));
        qint64 id = 131000000 + qint64(m_random.bounded(800000));
        for (int i = 0; i < total; ++i) {
            SandboxUser user;
            user.id = id;
            id += 1 + m_random.bounded(57);
            user.createdAt = UsersFrom + (UsersUntil - UsersFrom) * i / total
                + m_random.bounded(quint32((UsersUntil - UsersFrom) / total));
            if (i < 3)
                makeModerator(user, i);
            else if (m_random.chance(0.05))
                makeSpammer(user);
            else
                makeRegular(user);
            user.password = randomPassword(m_random);
            user.updatedAt = std::min(HistoryEnd, user.createdAt + m_random.bounded(400) * Day);
            // Most accounts are in use; some went quiet long ago.
            user.lastRequestAt = m_random.chance(0.8)
                ? HistoryEnd - qint64(m_random.bounded(quint32(120 * Day)))
                : std::min(
                    HistoryEnd, user.updatedAt + qint64(m_random.bounded(quint32(300 * Day))));
            users.push_back(user);
        }
        return users;
    }

private:
    QString uniqueLogin(const QString &wanted)
    {
        QString login = wanted;
        for (int n = 2; m_logins.contains(login); ++n)
            login = wanted + QString::number(n);
        m_logins.insert(login);
        return login;
    }

    void makeModerator(SandboxUser &user, int which)
    {
        static const char16_t *const logins[] = { u"mod.anna", u"mod.ben", u"mod.chen" };
        static const char16_t *const names[] = { u"Anna Lindqvist", u"Ben Okafor", u"Chen Wei" };
        static const char16_t *const emails[] = { u"anna.lindqvist@community-team.example",
            u"ben.okafor@community-team.example", u"chen.wei@community-team.example" };
        user.login = uniqueLogin(text(logins[which]));
        user.fullName = text(names[which]);
        user.email = text(emails[which]);
        user.tags = { u"moderator"_s, u"staff"_s };
        user.website = u"https://community-team.example"_s;
        user.moderator = true;
    }

    void makeSpammer(SandboxUser &user)
    {
        const SpamPersona &persona = pick(spamPersonas, m_random);
        user.fullName = text(persona.fullName);
        user.login
            = uniqueLogin(text(persona.loginStem) + QString::number(10 + m_random.bounded(990)));
        user.email = user.login + u'@' + text(pick(spamDomains, m_random));
        if (m_random.chance(0.5))
            user.tags = { u"promo"_s };
        if (m_random.chance(0.4))
            user.website = u"https://"_s + user.login + u".example"_s;
        user.spammer = true;
    }

    void makeRegular(SandboxUser &user)
    {
        const QString first = text(pick(firstNames, m_random));
        const QString last = text(pick(lastNames, m_random));
        user.fullName = first + u' ' + last;
        const QString f = asciiFold(first);
        const QString l = asciiFold(last);
        QString login;
        switch (m_random.bounded(6)) {
        case 0:
            login = f + u'.' + l;
            break;
        case 1:
            login = f + l;
            break;
        case 2:
            login = f + u'_' + l;
            break;
        case 3:
            login = f.left(1) + l;
            break;
        case 4:
            login = f + u'.' + l + QString::number(10 + m_random.bounded(90));
            break;
        default:
            login = f + QString::number(1970 + m_random.bounded(36));
            break;
        }
        user.login = uniqueLogin(login);
        user.email = user.login + u'@' + text(pick(domains, m_random));
        if (m_random.chance(0.4)) {
            static const char16_t *const prefixes[]
                = { u"+1", u"+44", u"+49", u"+33", u"+91", u"+81", u"+55", u"+234" };
            QString phone = text(pick(prefixes, m_random));
            for (int i = 0; i < 10; ++i)
                phone.append(QChar(u'0' + int(m_random.bounded(10))));
            user.phone = phone;
        }
        if (m_random.chance(0.1))
            user.website = u"https://"_s + f + l + u".dev"_s;
        const int tagCount = int(m_random.bounded(4));
        for (int i = 0; i < tagCount; ++i) {
            const QString tag = text(pick(interestTags, m_random));
            if (!user.tags.contains(tag))
                user.tags.append(tag);
        }
    }

    SandboxRandom m_random;
    QSet<QString> m_logins;
};

class DialogFactory {
public:
    DialogFactory(
        quint32 seed, int count, int messagesPerDialog, const std::vector<SandboxUser> &users)
        : m_seed(seed)
        , m_count(count)
        , m_messagesPerDialog(messagesPerDialog)
        , m_machine(SandboxRandom::combine(seed, 0x4449414c))
    {
        for (const SandboxUser &user : users) {
            if (user.moderator)
                m_moderators.append(user.id);
            else if (user.spammer)
                m_spammers.append(user.id);
            else
                m_regulars.append(user.id);
            m_names.insert(user.id, user.fullName);
        }
        // The span of creation times, so that dialog n is created no earlier than n - 1 and an
        // ObjectId's timestamp order matches the index order.
        const qint64 span = HistoryEnd - 45 * Day - DialogsFrom;
        m_step = count > 0 ? std::max<qint64>(1, span / count) : span;
        m_span = span;
    }

    QList<qint64> publicSenders() const { return m_regulars + m_moderators; }
    const QList<qint64> &spammers() const { return m_spammers; }

    SandboxDialog build(int index, const SandboxMessageFactory &messages)
    {
        SandboxRandom random(SandboxRandom::combine(m_seed, 0x100000000ULL + quint64(index)));
        SandboxDialog dialog;
        dialog.index = index;
        dialog.createdAt = DialogsFrom + m_span * index / std::max(1, m_count)
            + qint64(random.bounded(quint32(m_step)));
        dialog.id = SandboxObjectId::make(dialog.createdAt, m_machine, quint32(index));
        dialog.type = chooseType(index, random);

        switch (dialog.type) {
        case SandboxDialog::PublicGroup:
            buildPublic(dialog, index, random);
            break;
        case SandboxDialog::Group:
            buildGroup(dialog, random);
            break;
        default:
            buildPrivate(dialog, random);
            break;
        }

        const bool spammy = dialog.spammerId != 0;
        if (spammy)
            dialog.messageCount = random.between(15, 40);
        else if (random.chance(0.08))
            dialog.messageCount = 0;
        else
            dialog.messageCount = 1 + int(39.0 * random.unit() * random.unit());
        if (m_messagesPerDialog > 0 && dialog.messageCount > 0)
            dialog.messageCount = m_messagesPerDialog;
        dialog.firstSentAt = dialog.createdAt + random.between(10, 3600);
        const qint64 room = std::max<qint64>(1, HistoryEnd - dialog.firstSentAt);
        const qint64 span = std::min(room, qint64(random.between(3600, 60 * int(Day))));
        dialog.sendStep = std::max<qint64>(1, span / std::max(1, dialog.messageCount));
        dialog.unreadTail = std::min(dialog.messageCount, int(random.bounded(4)));
        dialog.messageSeed = SandboxRandom::combine(m_seed, 0x200000000ULL + quint64(index));
        dialog.lastMessageDateSent
            = dialog.messageCount > 0 ? messages.dateSent(dialog, dialog.messageCount - 1) : 0;
        dialog.updatedAt = std::max(dialog.createdAt, dialog.lastMessageDateSent);
        return dialog;
    }

private:
    int chooseType(int index, SandboxRandom &random) const
    {
        // The first three guarantee every type even in a tiny community.
        if (index == 0)
            return SandboxDialog::PublicGroup;
        if (index == 1)
            return SandboxDialog::Group;
        if (index == 2)
            return SandboxDialog::Private;
        const double roll = random.unit();
        if (roll < 0.02)
            return SandboxDialog::PublicGroup;
        if (roll < 0.40)
            return SandboxDialog::Group;
        return SandboxDialog::Private;
    }

    qint64 any(const QList<qint64> &ids, SandboxRandom &random) const
    {
        return ids.at(int(random.bounded(quint32(ids.size()))));
    }

    void buildPublic(SandboxDialog &dialog, int index, SandboxRandom &random)
    {
        dialog.ownerId = random.chance(0.5) ? any(m_moderators, random) : any(m_regulars, random);
        constexpr int named = int(std::size(publicDialogNames));
        const int serial = (index * 7 + int(random.bounded(named))) % named;
        dialog.name = text(publicDialogNames[serial]);
        if (random.chance(0.5))
            dialog.name += u" – "_s + text(pick(places, random));
        if (random.chance(0.5))
            dialog.adminIds = { dialog.ownerId };
        if (random.chance(0.15) && !m_spammers.isEmpty())
            dialog.spammerId = any(m_spammers, random);
    }

    void buildGroup(SandboxDialog &dialog, SandboxRandom &random)
    {
        const double roll = random.unit();
        const bool spamGroup = roll < 0.12 && !m_spammers.isEmpty();
        if (spamGroup)
            dialog.ownerId = any(m_spammers, random);
        else if (roll < 0.18)
            dialog.ownerId = any(m_moderators, random);
        else
            dialog.ownerId = any(m_regulars, random);

        QList<qint64> occupants { dialog.ownerId };
        const int size = 1 + random.between(2, 11);
        while (occupants.size() < size) {
            const qint64 id = any(m_regulars, random);
            if (!occupants.contains(id))
                occupants.append(id);
        }
        // Moderators sit in a good share of the groups.
        for (const qint64 moderator : m_moderators) {
            if (!occupants.contains(moderator) && random.chance(0.3))
                occupants.append(moderator);
        }
        if (spamGroup) {
            dialog.spammerId = dialog.ownerId;
            dialog.name = text(pick(spamDialogNames, random));
        } else {
            if (random.chance(0.1) && !m_spammers.isEmpty()) {
                dialog.spammerId = any(m_spammers, random);
                if (!occupants.contains(dialog.spammerId))
                    occupants.append(dialog.spammerId);
            }
            dialog.name = groupName(dialog, random);
        }
        std::sort(occupants.begin(), occupants.end());
        dialog.occupantIds = occupants;

        const double adminRoll = random.unit();
        if (adminRoll < 0.2) {
            qint64 admin = occupants.at(int(random.bounded(quint32(occupants.size()))));
            dialog.adminIds = { admin };
        } else if (adminRoll < 0.3) {
            dialog.adminIds = { dialog.ownerId };
        }
        dialog.isJoinRequired = random.chance(0.1) ? 1 : 0;
    }

    QString groupName(const SandboxDialog &dialog, SandboxRandom &random) const
    {
        switch (random.bounded(8)) {
        case 0:
            return text(pick(places, random)) + u' ' + text(pick(groupNouns, random));
        case 1:
            return u"Team "_s + text(pick(teamWords, random));
        case 2:
            return text(pick(topics, random)) + u" study group"_s;
        case 3:
            return u"Project "_s + text(pick(codenames, random));
        case 4: {
            const QString owner = m_names.value(dialog.ownerId);
            return owner.section(u' ', -1) + u" family"_s;
        }
        case 5:
            return u"Flat "_s + QString::number(1 + random.bounded(12))
                + QChar(u'A' + int(random.bounded(6)));
        case 6:
            return text(pick(groupNouns, random)) + u" – "_s + text(pick(months, random)) + u' '
                + QString::number(2023 + random.bounded(3));
        default:
            return u"Class of "_s + QString::number(2008 + random.bounded(17));
        }
    }

    void buildPrivate(SandboxDialog &dialog, SandboxRandom &random)
    {
        const double roll = random.unit();
        if (roll < 0.04 && !m_spammers.isEmpty())
            dialog.ownerId = any(m_spammers, random);
        else if (roll < 0.09)
            dialog.ownerId = any(m_moderators, random);
        else
            dialog.ownerId = any(m_regulars, random);
        qint64 other = random.chance(0.03) ? any(m_moderators, random) : any(m_regulars, random);
        while (other == dialog.ownerId)
            other = any(m_regulars, random);
        dialog.occupantIds = { std::min(dialog.ownerId, other), std::max(dialog.ownerId, other) };
        if (m_spammers.contains(dialog.ownerId))
            dialog.spammerId = dialog.ownerId;
        // The creating client names a private dialog after the person it talks to.
        dialog.name = m_names.value(other);
    }

    quint32 m_seed;
    int m_count;
    int m_messagesPerDialog = 0;
    quint64 m_machine;
    qint64 m_step = 1;
    qint64 m_span = 1;
    QList<qint64> m_moderators;
    QList<qint64> m_spammers;
    QList<qint64> m_regulars;
    QHash<qint64, QString> m_names;
};

const char16_t *const campaignLines[] = {
    u"🚀 Free crypto airdrop, today only! Claim yours at %1",
    u"Limited offer: 90% off designer bags 👜 %1",
    u"I made $3,000 last week with this app, try it: %1",
    u"Your account will be suspended, verify now %1",
    u"🎁 Gift card giveaway for group members: %1",
    u"Hot singles in your area 😍 %1",
};

const char16_t *const campaignHosts[] = {
    u"airdrop-claim.example",
    u"bag-outlet.example",
    u"quick-profit.example",
    u"account-verify.example",
    u"gift-now.example",
    u"meet-tonight.example",
};

constexpr int MaxPostsPerDialog = 16;

// Each wave: two or three spammers post one text with one link into 6 to 14 groups within four
// hours, days after the rest of the history, so that it stands out as the newest thing.
std::vector<SandboxCampaign> addCampaigns(
    quint32 seed, int count, const QList<qint64> &spammers, SandboxCommunityBuilder::Result &result)
{
    std::vector<SandboxCampaign> campaigns;
    QList<int> groups;
    for (const SandboxDialog &dialog : result.dialogs) {
        if (dialog.type != SandboxDialog::Private)
            groups.append(dialog.index);
    }
    if (groups.isEmpty() || spammers.size() < 3)
        return campaigns;
    SandboxRandom random(SandboxRandom::combine(seed, 0x43414d50));
    for (int k = 0; k < count; ++k) {
        SandboxCampaign campaign;
        const int senderCount = random.between(2, 3);
        while (campaign.senderIds.size() < senderCount) {
            const qint64 id = spammers.at(int(random.bounded(quint32(spammers.size()))));
            if (!campaign.senderIds.contains(id))
                campaign.senderIds.append(id);
        }
        QString link = u"https://"_s + text(pick(campaignHosts, random)) + u"/r/"_s;
        for (int i = 0; i < 6; ++i)
            link.append(QLatin1Char("abcdefghijkmnpqrstuvwxyz23456789"[random.bounded(32)]));
        campaign.text = text(pick(campaignLines, random)).arg(link);
        const qint64 start = HistoryEnd + (k + 1) * 2 * Day + random.bounded(quint32(Day));
        const int wanted = std::min(int(groups.size()), random.between(6, 14));
        QList<int> targets;
        while (targets.size() < wanted) {
            const int index = groups.at(int(random.bounded(quint32(groups.size()))));
            if (!targets.contains(index)
                && result.dialogs[std::size_t(index)].campaignPosts.size() < MaxPostsPerDialog)
                targets.append(index);
            else if (targets.size() + 1 >= groups.size())
                break;
        }
        for (int j = 0; j < targets.size(); ++j) {
            SandboxDialog &dialog = result.dialogs[std::size_t(targets.at(j))];
            SandboxCampaignPost post;
            post.text = campaign.text;
            post.senderId = campaign.senderIds.at(j % campaign.senderIds.size());
            post.dateSent = start + random.bounded(quint32(4 * 3600));
            // Posts go in date order; a wave's posts in one dialog keep theirs too.
            if (!dialog.campaignPosts.isEmpty())
                post.dateSent
                    = std::max(post.dateSent, dialog.campaignPosts.constLast().dateSent + 1);
            if (dialog.type == SandboxDialog::Group
                && !dialog.occupantIds.contains(post.senderId)) {
                dialog.occupantIds.append(post.senderId);
                std::sort(dialog.occupantIds.begin(), dialog.occupantIds.end());
            }
            dialog.campaignPosts.append(post);
            dialog.messageCount += 1;
            dialog.lastMessageDateSent = post.dateSent;
            dialog.updatedAt = std::max(dialog.updatedAt, post.dateSent);
            campaign.dialogIds.append(dialog.id);
            campaign.messageIds.append(
                result.messages.messageId(dialog, dialog.messageCount - 1, post.dateSent));
            campaign.firstSentAt = campaign.firstSentAt == 0
                ? post.dateSent
                : std::min(campaign.firstSentAt, post.dateSent);
            campaign.lastSentAt = std::max(campaign.lastSentAt, post.dateSent);
        }
        std::sort(campaign.senderIds.begin(), campaign.senderIds.end());
        std::sort(campaign.dialogIds.begin(), campaign.dialogIds.end());
        campaigns.push_back(campaign);
    }
    return campaigns;
}

} // namespace

SandboxCommunityBuilder::Result SandboxCommunityBuilder::build(
    quint32 seed, int dialogCount, int messagesPerDialog, int spamCampaigns, int users)
{
    Result result;
    messagesPerDialog = std::clamp(messagesPerDialog, 0, 100000);
    const int slots = SandboxMessageFactory::slotsFor(messagesPerDialog, spamCampaigns > 0);
    dialogCount = std::clamp(dialogCount, 0, maxDialogs(slots));

    SandboxRandom keys(SandboxRandom::combine(seed, 0x4b455953));
    result.application.id = 70000 + qint64(keys.bounded(30000));
    result.application.authKey = randomKey(keys, 16);
    result.application.authSecret = randomKey(keys, 16);
    result.application.apiKey = randomKey(keys, 43);

    result.users = UserFactory(seed).build(
        users > 0 ? std::clamp(users, 3, MaxUsers) : 3 + RegularUserCount);

    DialogFactory dialogs(seed, dialogCount, messagesPerDialog, result.users);
    result.messages
        = SandboxMessageFactory(seed, dialogs.publicSenders(), dialogs.spammers(), slots);
    result.dialogs.reserve(std::size_t(dialogCount));
    for (int index = 0; index < dialogCount; ++index)
        result.dialogs.push_back(dialogs.build(index, result.messages));
    if (spamCampaigns > 0)
        result.campaigns = addCampaigns(seed, spamCampaigns, dialogs.spammers(), result);
    return result;
}

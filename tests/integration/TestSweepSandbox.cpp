// SPDX-License-Identifier: Apache-2.0

#include "SandboxFixture.h"
#include "TestStores.h"
#include "api/ApiClient.h"
#include "api/endpoints/DeleteMessagesEndpoint.h"
#include "api/endpoints/UpdateDialogEndpoint.h"
#include "index/SweepCheck.h"
#include "index/SweepCrawler.h"
#include "index/SweepIndex.h"
#include "index/SweepSearch.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// The index against the sandbox, on both engines (a file on this computer, a team database): a
// crawl stores what the server holds, a second crawl reads only what changed, a crawl stopped
// half-way resumes without gaps or duplicates, search and campaigns find what the sandbox
// generated, and in a team database the moderators share the index and its saved selections.
class TestSweepSandbox final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SweepIndex> m_index;
    QString m_engine;
    StoreLocation m_location;

    static SandboxOptions options()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 300;
        options.spamCampaigns = 4;
        return options;
    }

    QString indexPath() const { return m_location.path; }
    QString applicationKey() const { return SweepIndex::keyFor(m_client->connection(), {}); }

    // The same index, opened anew as another role of the team database (or the same file).
    std::unique_ptr<SweepIndex> openAs(const QString &moderator, const QString &key = {})
    {
        const StoreLocation where
            = m_location.isTeam() ? TestStores::asModerator(m_location, moderator) : m_location;
        auto index = std::make_unique<SweepIndex>();
        if (!index->open(
                where, key.isEmpty() ? applicationKey() : key, TestStores::password(where)))
            qWarning() << index->errorString();
        return index;
    }

    // Runs a crawl to its end; the dialogs it read, in order.
    QStringList crawl(bool full = false) { return crawlInto(m_index.get(), full); }

    QStringList crawlInto(SweepIndex *index, bool full = false)
    {
        SweepCrawler crawler(m_client.get(), index);
        crawler.setFull(full);
        crawler.setPageSize(40);
        QStringList read;
        connect(&crawler, &SweepCrawler::dialogRead, this,
            [&read](const QString &id, int) { read.append(id); });
        QSignalSpy finished(&crawler, &SweepCrawler::finished);
        crawler.start();
        // A crawl that cannot begin says so at once.
        if (finished.isEmpty() && !finished.wait(60000))
            return { u"<crawl did not finish>"_s };
        if (finished.first().at(0).value<SweepCrawler::Outcome>()
            != SweepCrawler::Outcome::Completed)
            return { u"<crawl failed: "_s + finished.first().at(1).toString() + u'>' };
        return read;
    }

    QStringList column(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_index->connectionName(), false));
        QStringList values;
        if (query.exec(sql)) {
            while (query.next())
                values.append(query.value(0).toString());
        }
        return values;
    }

    static QStringList sorted(QStringList list)
    {
        std::sort(list.begin(), list.end());
        return list;
    }

    // Every message of every dialog, as the server holds them.
    QStringList serverMessageIds() const
    {
        QStringList ids;
        for (const QString &dialog : m_fixture->server().allDialogIds())
            ids += m_fixture->server().messageIds(dialog);
        return sorted(ids);
    }

    void verifyIndexMatchesServer()
    {
        QCOMPARE(sorted(column(u"SELECT id FROM dialogs"_s)),
            sorted(m_fixture->server().allDialogIds()));
        const QStringList indexed = column(u"SELECT id FROM messages"_s);
        QCOMPARE(QSet<QString>(indexed.cbegin(), indexed.cend()).size(), indexed.size());
        QCOMPARE(sorted(indexed), serverMessageIds());
        QCOMPARE(m_index->status().pendingDialogs, 0);
    }

private Q_SLOTS:
    void initTestCase_data() { TestStores::addEngines(); }

    void init()
    {
        QBMOD_FETCH_ENGINE(engine);
        m_engine = engine;
        m_fixture = std::make_unique<SandboxFixture>(options());
        QVERIFY(m_fixture->start());
        m_client = m_fixture->apiKeyClient();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // A team database is created by its owner, who opens the index first.
        m_location = TestStores::fresh(engine, *m_dir, u"index"_s);
        m_index = std::make_unique<SweepIndex>();
        QVERIFY2(m_index->open(m_location, applicationKey(), TestStores::password(m_location)),
            qPrintable(m_index->errorString()));
        QCOMPARE(m_index->isShared(), engine == u"postgresql"_s);
    }

    void cleanup()
    {
        m_index.reset();
        m_client.reset();
        m_fixture.reset();
        m_dir.reset();
    }

    void theIndexFileIsPrivate()
    {
        if (m_location.isTeam())
            QSKIP("a team database has no file here; its roles decide who reads it");
        const QFileDevice::Permissions permissions = QFile::permissions(indexPath());
        QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther | QFileDevice::ExeOwner;
        QCOMPARE(permissions & others, QFileDevice::Permissions());
    }

    void aFirstCrawlStoresWhatTheServerHolds()
    {
        const QStringList read = crawl();
        QCOMPARE(read.size(), m_fixture->server().allDialogIds().size());
        verifyIndexMatchesServer();
        // Senders and members got their names.
        QCOMPARE(column(u"SELECT id FROM users WHERE looked_up = 0"_s), QStringList());
        QVERIFY(!column(u"SELECT login FROM users WHERE login <> ''"_s).isEmpty());
    }

    void aCrawlNeverMarksAnythingRead()
    {
        // As a moderator, whose reading would otherwise mark messages read.
        m_client = m_fixture->sessionClient(0);
        const qint64 moderator = m_fixture->operatorAt(0).userId;
        QHash<QString, QList<qint64>> before;
        for (const QString &dialog : m_fixture->server().dialogIdsVisibleTo(moderator)) {
            for (const QString &message : m_fixture->server().messageIds(dialog))
                before.insert(message, m_fixture->server().messageReadIds(message));
        }
        QVERIFY(!before.isEmpty());
        QVERIFY(!crawl().isEmpty());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(m_fixture->server().messageReadIds(it.key()), it.value());
    }

    void anIncrementalCrawlReadsOnlyNewAndChangedDialogs()
    {
        QVERIFY(!crawl().isEmpty());
        const QStringList dialogs = m_fixture->server().allDialogIds();
        const QString changed = dialogs.at(17);
        const qint64 sender = m_fixture->server().dialogOwner(changed).value_or(0);
        const QString posted = m_fixture->server().postMessage(changed, sender, u"fresh news"_s);
        QVERIFY(!posted.isEmpty());
        const qint64 owner = m_fixture->operatorAt(1).userId;
        const QString created = m_fixture->server().createGroup(owner, {}, u"Brand new group"_s);
        QVERIFY(!m_fixture->server().postMessage(created, owner, u"welcome all"_s).isEmpty());

        const QStringList read = crawl();
        QCOMPARE(sorted(read), sorted({ changed, created }));
        verifyIndexMatchesServer();
        QVERIFY(column(u"SELECT id FROM messages"_s).contains(posted));

        // Nothing changed since: nothing is read.
        QCOMPARE(crawl(), QStringList());
    }

    void copiesOlderThanTheRetentionAreReadAgain()
    {
        QVERIFY(!crawl().isEmpty());
        QVERIFY(m_index->setRetentionDays(2));
        QVERIFY(!m_index->setRetentionDays(0));
        const QStringList dialogs = m_fixture->server().allDialogIds();
        const QStringList stale { dialogs.at(3), dialogs.at(30), dialogs.at(100) };
        QSqlQuery query(QSqlDatabase::database(m_index->connectionName(), false));
        for (const QString &id : stale) {
            query.prepare(u"UPDATE dialogs SET crawled_at = ? WHERE id = ?"_s);
            query.addBindValue(QDateTime::currentSecsSinceEpoch() - 3 * 86400);
            query.addBindValue(id);
            QVERIFY(query.exec());
        }
        QCOMPARE(sorted(crawl()), sorted(stale));
        verifyIndexMatchesServer();
    }

    void aFullCrawlForgetsDialogsTheServerNoLongerLists()
    {
        QVERIFY(!crawl().isEmpty());
        // A dialog the index once saw and the server no longer has.
        Dialog stale;
        stale.id = u"0123456789abcdef01234567"_s;
        stale.type = DialogType::Group;
        stale.name = u"Long gone"_s;
        stale.updatedAt = QDateTime::fromSecsSinceEpoch(1000, QTimeZone::utc());
        QVERIFY(m_index->storeListedPage({ stale }, { 0, 0, false }, false));
        QVERIFY(m_index->storeDialogMessages(stale.id, {}));
        QVERIFY(column(u"SELECT id FROM dialogs"_s).contains(stale.id));

        const QStringList read = crawl(true);
        QCOMPARE(read.size(), m_fixture->server().allDialogIds().size());
        verifyIndexMatchesServer();
    }

    void aCrawlStoppedHalfWayResumesWithoutGapsOrDuplicates_data()
    {
        QTest::addColumn<bool>("whileListing");
        QTest::newRow("stopped while listing dialogs") << true;
        QTest::newRow("stopped while reading messages") << false;
    }

    void aCrawlStoppedHalfWayResumesWithoutGapsOrDuplicates()
    {
        QFETCH(bool, whileListing);
        const int total = int(m_fixture->server().allDialogIds().size());
        QStringList firstRun;
        {
            auto crawler = std::make_unique<SweepCrawler>(m_client.get(), m_index.get());
            crawler->setPageSize(40);
            SweepCrawler *raw = crawler.get();
            bool halfWay = false;
            // Halted at the point wanted (no new request leaves), then stopped the hard way:
            // the object goes with answers on their way and without a chance to tidy up, as
            // when the process is killed.
            // Halted at the first commit: reading hands the writer at most 256 dialogs ahead,
            // so however far the writer lags (a team database over the network), the kill
            // leaves dialogs to read.
            connect(raw, &SweepCrawler::dialogRead, this, [&](const QString &id, int) {
                firstRun.append(id);
                if (!whileListing && !halfWay) {
                    halfWay = true;
                    raw->pause();
                }
            });
            connect(raw, &SweepCrawler::progressChanged, this,
                [&](const SweepCrawler::Progress &progress) {
                    if (whileListing && progress.listedDialogs >= 120 && !halfWay) {
                        halfWay = true;
                        raw->pause();
                    }
                });
            crawler->start();
            QTRY_VERIFY_WITH_TIMEOUT(halfWay, 60000);
            crawler.reset();
        }
        if (whileListing) {
            QVERIFY(m_index->status().listingInProgress);
            QCOMPARE(firstRun.size(), 0);
        } else {
            QVERIFY(m_index->status().pendingDialogs > 0);
            QVERIFY(firstRun.size() < total);
        }
        const QStringList secondRun = crawl();
        // Every dialog was read once, across both runs.
        QCOMPARE(sorted(firstRun + secondRun), sorted(m_fixture->server().allDialogIds()));
        verifyIndexMatchesServer();
    }

    void searchFindsAPhraseAPrefixAndNames()
    {
        QVERIFY(!crawl().isEmpty());
        const std::vector<SandboxCampaign> campaigns = m_fixture->server().campaigns();
        QVERIFY(!campaigns.empty());
        const SandboxCampaign &wave = campaigns.front();
        const QString link = wave.text.section(u' ', -1);
        const SweepSearch search(*m_index);

        SweepFilter filter;
        filter.text = link;
        auto result = search.search(filter);
        QVERIFY(result);
        QStringList found;
        for (const SweepMessageHit &hit : result->messages) {
            found.append(hit.messageId);
            QCOMPARE(hit.text, wave.text);
            QVERIFY(hit.hasLink);
            QVERIFY(!hit.senderLogin.isEmpty());
            QCOMPARE(hit.dialogName.isEmpty(), false);
        }
        QCOMPARE(sorted(found), sorted(wave.messageIds));

        // A prefix: the link's last part cut short.
        filter.text = link.left(link.size() - 2) + u'*';
        result = search.search(filter);
        QVERIFY(result);
        QCOMPARE(result->messages.size(), wave.messageIds.size());

        // One sender's share of the wave.
        filter.text = link;
        filter.senderId = wave.senderIds.first();
        result = search.search(filter);
        QVERIFY(result);
        QStringList bySender;
        for (const QString &id : wave.messageIds) {
            if (m_fixture->server().messageSender(id) == wave.senderIds.first())
                bySender.append(id);
        }
        QStringList foundBySender;
        for (const SweepMessageHit &hit : result->messages)
            foundBySender.append(hit.messageId);
        QCOMPARE(sorted(foundBySender), sorted(bySender));

        // Only private dialogs: a wave goes to groups.
        filter = SweepFilter();
        filter.text = link;
        filter.types = { DialogType::Private };
        result = search.search(filter);
        QVERIFY(result);
        QVERIFY(result->messages.isEmpty());

        // Names: the persona of a spammer, and a dialog's name.
        filter = SweepFilter();
        filter.text = u"Crypto Signals"_s;
        result = search.search(filter);
        QVERIFY(result);
        for (const SweepUserHit &user : result->users)
            QCOMPARE(user.fullName, u"Crypto Signals Pro"_s);

        // Punctuation alone is refused with a reason, not run.
        QString error;
        filter.text = u"\"*\""_s;
        QVERIFY(!search.search(filter, &error));
        QVERIFY(!error.isEmpty());
    }

    void campaignsMatchTheGeneratedWaves()
    {
        QVERIFY(!crawl().isEmpty());
        const QList<SweepCampaign> found = SweepSearch(*m_index).campaigns(5, 86400);
        const std::vector<SandboxCampaign> waves = m_fixture->server().campaigns();
        QCOMPARE(int(waves.size()), options().spamCampaigns);
        for (const SandboxCampaign &wave : waves) {
            if (wave.dialogIds.size() < 5)
                continue;
            const auto match = std::find_if(found.cbegin(), found.cend(),
                [&wave](const SweepCampaign &c) { return c.text == wave.text; });
            QVERIFY2(match != found.cend(), qPrintable(wave.text));
            QCOMPARE(match->dialogIds, wave.dialogIds);
            QCOMPARE(match->senderIds, wave.senderIds);
            QCOMPARE(sorted(match->messageIds), sorted(wave.messageIds));
            QCOMPARE(match->firstSeen.toSecsSinceEpoch(), wave.firstSentAt);
            QCOMPARE(match->lastSeen.toSecsSinceEpoch(), wave.lastSentAt);
        }
        // Anything else reported is real too: enough dialogs, messages the server holds.
        for (const SweepCampaign &campaign : found) {
            QVERIFY(campaign.dialogIds.size() >= 5);
            for (const QString &id : campaign.messageIds)
                QVERIFY(m_fixture->server().messageExists(id));
        }
    }

    void whatTheIndexSaysIsCheckedWithTheServer()
    {
        QVERIFY(!crawl().isEmpty());
        const SandboxCampaign wave = m_fixture->server().campaigns().front();
        SweepSelection members;
        members.kind = SweepSelection::Kind::Campaign;
        members.textHash = SweepIndex::textHash(SweepIndex::normalisedText(wave.text));
        const SweepSelectionItems items
            = SweepSearch(*m_index).run(members, QDateTime::currentDateTimeUtc());
        QCOMPARE(items.messageIds.size(), wave.messageIds.size());

        // Behind the index's back: two messages deleted for everyone, a sender removed.
        const QStringList goneIds = items.messageIds.mid(0, 2);
        bool answered = false;
        m_client->send(DeleteMessagesEndpoint::build(goneIds, true, std::nullopt), this,
            [&answered](const ApiReply &) { answered = true; });
        QTRY_VERIFY(answered);
        for (const QString &id : goneIds)
            QVERIFY(!m_fixture->server().messageExists(id));
        const QString dialog = items.dialogOfMessage.value(items.messageIds.last());
        const qint64 sender
            = m_fixture->server().messageSender(items.messageIds.last()).value_or(0);
        QVERIFY(m_fixture->server().dialogOccupants(dialog).contains(sender));
        answered = false;
        m_client->send(UpdateDialogEndpoint::buildRemoveOccupants(dialog, { sender }, std::nullopt),
            this, [&answered](const ApiReply &) { answered = true; });
        QTRY_VERIFY(answered);

        SweepCheck check(m_client.get());
        QSignalSpy finished(&check, &SweepCheck::finished);
        check.checkMessages(items.dialogOfMessage);
        QVERIFY(finished.wait(10000));
        auto result = finished.takeFirst().at(0).value<SweepCheck::Result>();
        QCOMPARE(sorted(result.gone), sorted(goneIds));
        QCOMPARE(result.present.size(), items.messageIds.size() - 2);
        QVERIFY(result.unknown.isEmpty());

        // Public groups have no members to check: only groups.
        QHash<QString, QList<qint64>> membersOf;
        for (const QString &id : items.messageIds) {
            const QString in = items.dialogOfMessage.value(id);
            if (goneIds.contains(id) || m_fixture->server().dialogType(in) != 2 || in == dialog)
                continue;
            membersOf[in] = { m_fixture->server().messageSender(id).value_or(0) };
        }
        const int stillMembers = int(membersOf.size());
        QVERIFY(m_fixture->server().dialogType(dialog) == 2);
        membersOf[dialog] = { sender };
        check.checkMembers(membersOf);
        QVERIFY(finished.wait(10000));
        result = finished.takeFirst().at(0).value<SweepCheck::Result>();
        QCOMPARE(result.gone, QStringList { SweepCheck::memberKey(dialog, sender) });
        QCOMPARE(result.present.size(), stillMembers);

        check.checkDialogs({ dialog, u"0123456789abcdef01234567"_s });
        QVERIFY(finished.wait(10000));
        result = finished.takeFirst().at(0).value<SweepCheck::Result>();
        QCOMPARE(result.present, QStringList { dialog });
        QCOMPARE(result.gone, QStringList { u"0123456789abcdef01234567"_s });
    }

    void savedSelectionsRunAgainstTheIndex()
    {
        QVERIFY(!crawl().isEmpty());
        const SweepSearch search(*m_index);
        const qint64 owner
            = m_fixture->server().dialogOwner(m_fixture->server().allDialogIds().at(1)).value_or(0);

        SweepSelection owned;
        owned.name = u"Owner's dialogs"_s;
        owned.kind = SweepSelection::Kind::OwnedBy;
        owned.userId = owner;
        QVERIFY(search.saveSelection(owned));

        const SandboxCampaign wave = m_fixture->server().campaigns().front();
        SweepSelection members;
        members.name = u"The first wave"_s;
        members.kind = SweepSelection::Kind::Campaign;
        members.textHash = SweepIndex::textHash(SweepIndex::normalisedText(wave.text));
        QVERIFY(search.saveSelection(members));

        SweepSelection unnamed;
        QString error;
        QVERIFY(!search.saveSelection(unnamed, &error));
        QVERIFY(!error.isEmpty());

        const QList<SweepSelection> saved = search.selections();
        QCOMPARE(saved.size(), 2);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const SweepSelection &selection : saved) {
            const SweepSelectionItems items = search.run(selection, now);
            if (selection.kind == SweepSelection::Kind::OwnedBy) {
                QCOMPARE(
                    sorted(items.dialogIds), sorted(m_fixture->server().dialogIdsOwnedBy(owner)));
            } else {
                QCOMPARE(sorted(items.messageIds), sorted(wave.messageIds));
                QCOMPARE(sorted(items.dialogIds), wave.dialogIds);
                QList<qint64> senders = items.senderIds;
                std::sort(senders.begin(), senders.end());
                QCOMPARE(senders, wave.senderIds);
            }
        }
    }

    void aFileOfSchema1KeepsItsSavedSelections()
    {
        if (m_location.isTeam())
            QSKIP("schema 1 was a file on this computer only");
        // The tables of schema 1, one of its saved selections and a cached dialog.
        const QString path = m_dir->filePath(u"old.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const QString &table :
                { u"meta"_s, u"dialogs"_s, u"members"_s, u"users"_s, u"messages"_s, u"pending"_s,
                    u"messages_fts"_s, u"dialogs_fts"_s, u"users_fts"_s })
                QVERIFY(query.exec(u"CREATE TABLE %1 (id TEXT)"_s.arg(table)));
            QVERIFY(query.exec(u"CREATE TABLE selections (name TEXT PRIMARY KEY,"
                               " kind TEXT NOT NULL, parameters TEXT NOT NULL)"_s));
            QVERIFY(query.exec(u"INSERT INTO selections VALUES ('Old', 'owned_by',"
                               " '{\"kind\":\"owned_by\",\"name\":\"Old\",\"user_id\":5}')"_s));
            QVERIFY(query.exec(u"INSERT INTO dialogs VALUES ('0123456789abcdef01234567')"_s));
            QVERIFY(query.exec(u"PRAGMA user_version = 1"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"schema1"_s);
        SweepIndex old;
        QVERIFY2(old.open(path), qPrintable(old.errorString()));
        const QList<SweepSelection> kept = SweepSearch(old).selections();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().name, u"Old"_s);
        QCOMPARE(kept.first().userId, 5);
        // The cache is read again by the next update.
        QCOMPARE(old.status().dialogs, 0);
    }

    void aSelectionSavedByOneModeratorIsSeenByAnother()
    {
        if (!m_location.isTeam())
            QSKIP("a file on this computer has one moderator");
        // Alice keeps the team's index up to date and saves what she found; Bob, at another
        // computer, sees it and runs it against the same index.
        const auto alice = openAs(u"alice"_s);
        QVERIFY2(alice->isOpen(), qPrintable(alice->errorString()));
        QCOMPARE(alice->application(), m_index->application());
        QCOMPARE(crawlInto(alice.get()).size(), m_fixture->server().allDialogIds().size());
        const SandboxCampaign wave = m_fixture->server().campaigns().front();
        SweepSelection members;
        members.name = u"The first wave"_s;
        members.kind = SweepSelection::Kind::Campaign;
        members.textHash = SweepIndex::textHash(SweepIndex::normalisedText(wave.text));
        QVERIFY(SweepSearch(*alice).saveSelection(members));

        const auto bob = openAs(u"bob"_s);
        QVERIFY2(bob->isOpen(), qPrintable(bob->errorString()));
        const SweepSearch bobSearch(*bob);
        const QList<SweepSelection> seen = bobSearch.selections();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().name, members.name);
        const SweepSelectionItems items
            = bobSearch.run(seen.first(), QDateTime::currentDateTimeUtc());
        QCOMPARE(sorted(items.messageIds), sorted(wave.messageIds));
        SweepFilter link;
        link.text = wave.text.section(u' ', -1);
        const auto found = bobSearch.search(link);
        QVERIFY(found);
        QCOMPARE(found->messages.size(), wave.messageIds.size());

        // Bob's removal is the team's too.
        QVERIFY(bobSearch.removeSelection(members.name));
        QVERIFY(SweepSearch(*alice).selections().isEmpty());
    }

    void oneCrawlAtATimePerApplication()
    {
        const auto first = openAs(u"alice"_s);
        const auto second = openAs(u"bob"_s);
        auto hold = first->holdCrawl();
        QVERIFY2(hold, qPrintable(first->errorString()));
        QVERIFY(!second->holdCrawl());
        QVERIFY(!second->errorString().isEmpty());
        // A crawl started meanwhile fails with that reason and changes nothing.
        QCOMPARE(crawlInto(second.get()).value(0).startsWith(u"<crawl failed: "_s), true);
        QCOMPARE(second->status().dialogs, 0);
        hold.reset();
        QVERIFY(second->holdCrawl());
    }

    void forgettingAnApplicationKeepsTheOthers()
    {
        if (!m_location.isTeam())
            QSKIP("a file on this computer holds one application; forgetting deletes it");
        QVERIFY(!crawl().isEmpty());
        SweepSelection owned;
        owned.name = u"Owned"_s;
        owned.kind = SweepSelection::Kind::OwnedBy;
        owned.userId = 1;
        QVERIFY(SweepSearch(*m_index).saveSelection(owned));
        // Another application of the team, in the same tables.
        const auto other = openAs(u"alice"_s, u"0123456789abcdef"_s);
        QVERIFY(other->application() != m_index->application());
        QCOMPARE(other->status().dialogs, 0);
        QVERIFY(SweepSearch(*other).selections().isEmpty());
        Dialog dialog;
        dialog.id = u"0123456789abcdef01234567"_s;
        dialog.type = DialogType::Group;
        dialog.name = u"Other app's group"_s;
        QVERIFY(other->storeListedPage({ dialog }, { 0, 0, false }, false));
        Message message;
        message.id = u"aaaaaaaaaaaaaaaaaaaaaaaa"_s;
        message.text = u"hello from the other app"_s;
        QVERIFY(other->storeDialogMessages(dialog.id, { message }));
        QVERIFY(SweepSearch(*other).saveSelection(owned));

        // A moderator forgets the other application's index: this one's stays whole.
        const int dialogs = m_index->status().dialogs;
        const int messages = m_index->status().messages;
        QVERIFY2(other->forget(), qPrintable(other->errorString()));
        const auto reopened = openAs(u"bob"_s, u"0123456789abcdef"_s);
        QCOMPARE(reopened->status().dialogs, 0);
        QCOMPARE(reopened->status().messages, 0);
        QVERIFY(SweepSearch(*reopened).selections().isEmpty());
        QCOMPARE(m_index->status().dialogs, dialogs);
        QCOMPARE(m_index->status().messages, messages);
        QCOMPARE(SweepSearch(*m_index).selections().size(), 1);
        SweepFilter hello;
        hello.text = u"hello from the other"_s;
        QVERIFY(SweepSearch(*m_index).search(hello)->messages.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSweepSandbox)
#include "TestSweepSandbox.moc"

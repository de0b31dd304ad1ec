// SPDX-License-Identifier: Apache-2.0

#include "SandboxFixture.h"
#include "TestStores.h"
#include "moderation/EvidenceCollector.h"
#include "moderation/Journal.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// Evidence against the sandbox's own data: the dialog as the server describes it and its latest
// messages, read without marking anything read, and a clear note where nothing could be read;
// kept in the journal as read, on SQLite and on a real PostgreSQL team database.
class TestEvidenceCollectorSandbox final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_engine;

private Q_SLOTS:
    void initTestCase_data() { TestStores::addEngines(); }

    void init()
    {
        QBMOD_FETCH_ENGINE(engine);
        m_engine = engine;
    }

    void theDialogAndItsLatestMessagesAreKeptUnread()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        const qint64 anna = fixture.operatorAt(0).userId;
        // A dialog of anna's with more messages than asked for, one of the latest unread by her.
        QString dialogId;
        QString unread;
        for (const QString &id : server.dialogIdsOwnedBy(anna)) {
            const QStringList messages = server.messageIds(id);
            const QStringList latest
                = messages.size() > 3 ? messages.mid(messages.size() - 3) : QStringList();
            for (const QString &message : latest) {
                if (!server.messageReadIds(message).contains(anna)) {
                    dialogId = id;
                    unread = message;
                    break;
                }
            }
            if (!dialogId.isEmpty())
                break;
        }
        QVERIFY(!dialogId.isEmpty());
        const QString missing = u"0000000000000000000000ff"_s;

        const auto client = fixture.apiKeyClient();
        EvidenceCollector collector(client.get());
        QSignalSpy finished(&collector, &EvidenceCollector::finished);
        collector.start({ dialogId, missing }, anna, 3);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 1);

        const QList<EvidenceCollector::Record> records = collector.records();
        QCOMPARE(records.size(), 2);
        const EvidenceCollector::Record &kept = records.at(0);
        QVERIFY2(kept.error.isEmpty(), qPrintable(kept.error));
        QVERIFY(kept.dialog);
        QCOMPARE(kept.dialog->ownerId, anna);
        QCOMPARE(kept.dialogJson.value(u"_id"_s).toString(), dialogId);
        QCOMPARE(kept.dialogJson.value(u"user_id"_s).toInteger(), anna);
        // The newest three, in the order the server holds them.
        const QStringList all = server.messageIds(dialogId);
        QStringList expected = all.mid(all.size() - 3);
        QStringList ids;
        for (const QJsonValue &message : kept.messages)
            ids.append(message.toObject().value(u"_id"_s).toString());
        std::sort(ids.begin(), ids.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(ids, expected);
        QVERIFY(!server.messageReadIds(unread).contains(anna));

        const EvidenceCollector::Record &gone = records.at(1);
        QVERIFY(!gone.dialog);
        QVERIFY(gone.messages.isEmpty());
        QVERIFY(!gone.error.isEmpty());

        // The journal keeps both as read, the missing one with its reason.
        Journal journal;
        QVERIFY2(TestStores::open(journal, TestStores::fresh(m_engine, m_dir, u"evidence"_s)),
            qPrintable(journal.errorString()));
        const auto runId = journal.beginRun({}, { dialogId, missing });
        QVERIFY(runId);
        for (const EvidenceCollector::Record &record : records)
            QVERIFY(journal.addEvidence(
                *runId, record.dialogId, record.dialogJson, record.messages, record.error));
        const QList<Journal::Evidence> stored = journal.evidence(*runId);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).dialog, kept.dialogJson);
        QCOMPARE(stored.at(0).messages, kept.messages);
        QVERIFY(stored.at(0).error.isEmpty());
        QCOMPARE(stored.at(1).dialogId, missing);
        QCOMPARE(stored.at(1).error, gone.error);
    }

    void dialogsAreReadFiftyAtATimeAndAMissingOneOnItsOwn()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        const QStringList all = fixture.server().allDialogIds();
        QVERIFY(all.size() > 120);
        QStringList ids = all.mid(0, 120);
        const QString missing = u"0000000000000000000000ff"_s;
        ids.insert(60, missing);

        const auto client = fixture.apiKeyClient();
        const int before = fixture.server().requestCount();
        EvidenceCollector collector(client.get());
        QSignalSpy finished(&collector, &EvidenceCollector::finished);
        collector.start(ids, std::nullopt, 0);
        QVERIFY(finished.wait(20000));

        const QList<EvidenceCollector::Record> records = collector.records();
        QCOMPARE(records.size(), ids.size());
        for (int i = 0; i < records.size(); ++i) {
            const EvidenceCollector::Record &record = records.at(i);
            QCOMPARE(record.dialogId, ids.at(i));
            if (record.dialogId == missing) {
                QVERIFY(!record.dialog);
                QVERIFY(record.readError);
                QCOMPARE(record.readError->httpStatus(), 404);
                continue;
            }
            QVERIFY2(record.error.isEmpty(), qPrintable(record.error));
            QVERIFY(record.dialog);
            QCOMPARE(record.dialog->id, record.dialogId);
            QCOMPARE(record.dialogJson.value(u"_id"_s).toString(), record.dialogId);
        }
        // 121 ids in three lists of at most 50, then the one the lists did not return alone.
        QCOMPARE(fixture.server().requestCount() - before, 4);
        QCOMPARE(collector.requestsSent(), 4);
    }

    void nothingToCollectStillFinishes()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        const auto client = fixture.apiKeyClient();
        EvidenceCollector collector(client.get());
        QSignalSpy finished(&collector, &EvidenceCollector::finished);
        collector.start({}, std::nullopt);
        QCOMPARE(finished.count(), 0); // always asynchronous
        QVERIFY(finished.wait(5000));
        QVERIFY(collector.records().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCollectorSandbox)
#include "TestEvidenceCollectorSandbox.moc"

// SPDX-License-Identifier: Apache-2.0

#include "ExitCode.h"
#include "SandboxFixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// qbmodctl selections in real qbmodctl processes against an in-process sandbox: each kind the
// Sweep page can save is saved, listed with its count now, run, acted on through the same run
// and journal as search, and deleted; what comes back is what the sandbox holds.
class TestCtlSelections final : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;

        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
        QList<QJsonObject> lines() const
        {
            QList<QJsonObject> objects;
            const QStringList rows = out.split(u'\n', Qt::SkipEmptyParts);
            for (const QString &row : rows)
                objects.append(QJsonDocument::fromJson(row.toUtf8()).object());
            return objects;
        }
    };

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString indexPath() const { return m_dir->filePath(u"index.sqlite"_s); }
    QString journalPath() const { return m_dir->filePath(u"journal.sqlite"_s); }

    // The real executable; the sandbox answers from this process's event loop meanwhile.
    // offline leaves the connection out, as reading the index needs none.
    Run ctl(const QStringList &arguments, bool offline = true)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QT_LOGGING_RULES"_s);
        environment.remove(u"QBMOD_PROTECTED_USERS"_s);
        QStringList all = arguments;
        // The index is for the Sweep commands; dialogs and journal take no --index.
        const QString command = arguments.value(0);
        if (command != u"dialogs"_s && command != u"journal"_s)
            all << u"--index"_s << indexPath();
        if (!offline) {
            all << u"--endpoint"_s << m_fixture->server().endpoint().toString();
            environment.insert(u"QBMOD_API_KEY"_s, m_fixture->server().apiKey());
        }
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(QBMODCTL_PATH), all);
        Run run;
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished(5000);
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static QStringList sorted(QStringList list)
    {
        std::sort(list.begin(), list.end());
        return list;
    }

    static QStringList ids(const QJsonArray &array)
    {
        QStringList list;
        for (const QJsonValue &value : array)
            list.append(value.toObject().value(u"id"_s).toString());
        return list;
    }

    // The selections list --json, by name.
    QHash<QString, QJsonObject> listed()
    {
        const Run list = ctl({ u"selections"_s, u"list"_s, u"--json"_s });
        QHash<QString, QJsonObject> byName;
        if (list.exitCode != ExitSuccess)
            return byName;
        const QJsonArray items = list.json().value(u"selections"_s).toArray();
        for (const QJsonValue &value : items)
            byName.insert(value.toObject().value(u"name"_s).toString(), value.toObject());
        return byName;
    }

    // The campaign qbmodctl campaigns finds for the sandbox's first wave.
    QString firstWaveHash()
    {
        const Run found = ctl({ u"campaigns"_s, u"--json"_s });
        const QJsonArray campaigns = found.json().value(u"campaigns"_s).toArray();
        const SandboxCampaign wave = m_fixture->server().campaigns().front();
        for (const QJsonValue &value : campaigns) {
            if (value.toObject().value(u"text"_s).toString() == wave.text)
                return value.toObject().value(u"text_hash"_s).toString();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 120;
        options.spamCampaigns = 2;
        m_fixture = std::make_unique<SandboxFixture>(options);
        QVERIFY(m_fixture->start());
        m_dir = std::make_unique<QTemporaryDir>();
        const Run update = ctl({ u"index"_s, u"update"_s }, false);
        QCOMPARE(update.exitCode, int(ExitSuccess));
    }

    void cleanup()
    {
        m_fixture.reset();
        m_dir.reset();
    }

    void eachKindIsSavedListedWithItsCountAndRun()
    {
        SandboxServer &server = m_fixture->server();
        const QString firstDialog = server.allDialogIds().first();
        const qint64 owner = server.dialogOwner(firstDialog).value_or(0);
        QVERIFY(owner > 0);
        const SandboxCampaign wave = server.campaigns().front();
        const QString link = wave.text.section(u' ', -1);
        const QString hash = firstWaveHash();
        QVERIFY(!hash.isEmpty());

        QCOMPARE(
            ctl({ u"selections"_s, u"save"_s, u"owned"_s, u"--owner"_s, QString::number(owner) })
                .exitCode,
            int(ExitSuccess));
        QCOMPARE(ctl({ u"selections"_s, u"save"_s, u"wave"_s, u"--campaign"_s, hash, u"--within"_s,
                         u"24h"_s })
                     .exitCode,
            int(ExitSuccess));
        const Run phrase = ctl({ u"selections"_s, u"save"_s, u"link"_s, u"--phrase"_s, link,
            u"--has-link"_s, u"--type"_s, u"group,public"_s, u"--json"_s });
        QCOMPARE(phrase.exitCode, int(ExitSuccess));
        QCOMPARE(phrase.json().value(u"message_count"_s).toInt(), int(wave.messageIds.size()));
        QCOMPARE(phrase.json().value(u"replaced"_s).toBool(), false);
        QCOMPARE(ctl({ u"selections"_s, u"save"_s, u"empty"_s, u"--empty-groups"_s }).exitCode,
            int(ExitSuccess));
        QCOMPARE(
            ctl({ u"selections"_s, u"save"_s, u"quiet"_s, u"--inactive"_s, u"3650"_s }).exitCode,
            int(ExitSuccess));
        // Saved again under the same name: replaced, not doubled.
        const Run again
            = ctl({ u"selections"_s, u"save"_s, u"quiet"_s, u"--inactive"_s, u"1"_s, u"--json"_s });
        QCOMPARE(again.exitCode, int(ExitSuccess));
        QVERIFY(again.json().value(u"replaced"_s).toBool());

        // Each count is what the sandbox holds.
        QHash<QString, QJsonObject> saved = listed();
        QCOMPARE(sorted(saved.keys()),
            sorted({ u"owned"_s, u"wave"_s, u"link"_s, u"empty"_s, u"quiet"_s }));
        QCOMPARE(saved.value(u"owned"_s).value(u"kind"_s).toString(), u"owned_by"_s);
        QCOMPARE(saved.value(u"owned"_s).value(u"dialog_count"_s).toInt(),
            int(server.dialogIdsOwnedBy(owner).size()));
        QCOMPARE(
            saved.value(u"wave"_s).value(u"message_count"_s).toInt(), int(wave.messageIds.size()));
        QCOMPARE(
            saved.value(u"wave"_s).value(u"dialog_count"_s).toInt(), int(wave.dialogIds.size()));
        QCOMPARE(
            saved.value(u"link"_s).value(u"dialog_count"_s).toInt(), int(wave.dialogIds.size()));
        QCOMPARE(saved.value(u"quiet"_s).value(u"days"_s).toInt(), 1);
        int emptyGroups = 0;
        for (const QString &dialog : server.allDialogIds()) {
            const int type = server.dialogType(dialog);
            if ((type == 1 || type == 2)
                && (server.messageIds(dialog).isEmpty()
                    || (type == 2 && server.dialogOccupants(dialog).size() <= 1)))
                ++emptyGroups;
        }
        QCOMPARE(saved.value(u"empty"_s).value(u"dialog_count"_s).toInt(), emptyGroups);

        // Run: the count first, then the items it counted.
        const Run owned = ctl({ u"selections"_s, u"run"_s, u"owned"_s, u"--jsonl"_s });
        QCOMPARE(owned.exitCode, int(ExitSuccess));
        const QList<QJsonObject> lines = owned.lines();
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.first().value(u"kind"_s).toString(), u"selection"_s);
        QCOMPARE(lines.first().value(u"dialog_count"_s).toInt(), int(lines.size() - 1));
        QStringList ownedIds;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QCOMPARE(lines.at(i).value(u"kind"_s).toString(), u"dialog"_s);
            QCOMPARE(lines.at(i).value(u"owner_id"_s).toInteger(), owner);
            ownedIds.append(lines.at(i).value(u"id"_s).toString());
        }
        QCOMPARE(sorted(ownedIds), sorted(server.dialogIdsOwnedBy(owner)));

        const Run messages = ctl({ u"selections"_s, u"run"_s, u"link"_s, u"--json"_s });
        QCOMPARE(messages.exitCode, int(ExitSuccess));
        QCOMPARE(
            sorted(ids(messages.json().value(u"messages"_s).toArray())), sorted(wave.messageIds));
        QCOMPARE(sorted(ids(messages.json().value(u"dialogs"_s).toArray())), wave.dialogIds);

        // For people: the count as a sentence before the table.
        const Run text = ctl({ u"selections"_s, u"run"_s, u"wave"_s });
        QCOMPARE(text.exitCode, int(ExitSuccess));
        QVERIFY2(text.out.startsWith(u"Selection \"wave\""_s), qPrintable(text.out));
        QVERIFY2(
            text.out.contains(u"%1 message"_s.arg(wave.messageIds.size())), qPrintable(text.out));

        // Deleted: gone from the list, and running it is refused.
        QCOMPARE(ctl({ u"selections"_s, u"delete"_s, u"owned"_s }).exitCode, int(ExitSuccess));
        saved = listed();
        QVERIFY(!saved.contains(u"owned"_s));
        QCOMPARE(saved.size(), 4);
        QCOMPARE(ctl({ u"selections"_s, u"run"_s, u"owned"_s }).exitCode, int(ExitUsage));
        QCOMPARE(server.requestCount(u"DELETE"_s), 0);
    }

    // Acting on a saved selection: its count is said before anything is sent, each item goes
    // through the run's check with the server, and the journal keeps the selection's query.
    void actingOnASelectionJournalsItsQuery()
    {
        SandboxServer &server = m_fixture->server();
        const SandboxCampaign wave = server.campaigns().front();
        QCOMPARE(ctl({ u"selections"_s, u"save"_s, u"wave"_s, u"--campaign"_s, firstWaveHash() })
                     .exitCode,
            int(ExitSuccess));

        // One sender out of the dialogs where they posted the wave.
        const qint64 sender = wave.senderIds.first();
        QStringList theirs;
        for (const QString &message : wave.messageIds) {
            if (server.messageSender(message) != sender)
                continue;
            for (const QString &dialog : wave.dialogIds) {
                if (server.messageIds(dialog).contains(message) && !theirs.contains(dialog))
                    theirs.append(dialog);
            }
        }
        QVERIFY(!theirs.isEmpty());
        const Run removal = ctl({ u"selections"_s, u"run"_s, u"wave"_s, u"--remove-sender"_s,
                                    QString::number(sender), u"--reason"_s, u"spam wave"_s,
                                    u"--yes"_s, u"--journal"_s, journalPath(), u"--json"_s },
            false);
        QCOMPARE(removal.exitCode, int(ExitSuccess));
        QVERIFY2(removal.err.startsWith(u"Selection \"wave\""_s), qPrintable(removal.err));
        QStringList removed;
        for (const QJsonValue &id : removal.json().value(u"removed"_s).toArray())
            removed.append(id.toString());
        QCOMPARE(sorted(removed), sorted(theirs));
        for (const QString &dialog : std::as_const(theirs))
            QVERIFY(!server.dialogOccupants(dialog).contains(sender));
        const QJsonObject removalQuery = removal.json().value(u"index_query"_s).toObject();
        QCOMPARE(removalQuery.value(u"name"_s).toString(), u"wave"_s);
        QCOMPARE(removalQuery.value(u"sender_id"_s).toInteger(), sender);

        // Deleting its dialogs: one went since the crawl and is reported as gone, not deleted.
        const QString gone = wave.dialogIds.first();
        QVERIFY(server.dialogOwner(gone));
        const Run deleteOne = ctl({ u"dialogs"_s, u"delete"_s, gone, u"--force"_s, u"--reason"_s,
                                      u"test"_s, u"--yes"_s, u"--journal"_s, journalPath() },
            false);
        QCOMPARE(deleteOne.exitCode, int(ExitSuccess));
        QVERIFY(!server.dialogExists(gone));
        const Run deletion = ctl({ u"selections"_s, u"run"_s, u"wave"_s, u"--delete-dialogs"_s,
                                     u"--force"_s, u"--reason"_s, u"spam wave"_s, u"--yes"_s,
                                     u"--journal"_s, journalPath(), u"--json"_s },
            false);
        QCOMPARE(deletion.exitCode, int(ExitSuccess));
        QVERIFY2(deletion.err.contains(u"%1 message"_s.arg(wave.messageIds.size())),
            qPrintable(deletion.err));
        const QJsonObject report = deletion.json();
        QStringList notFound;
        for (const QJsonValue &id : report.value(u"not_found"_s).toArray())
            notFound.append(id.toString());
        QCOMPARE(notFound, QStringList { gone });
        QStringList deleted;
        for (const QJsonValue &id : report.value(u"deleted"_s).toArray())
            deleted.append(id.toString());
        QStringList expected = wave.dialogIds;
        expected.removeAll(gone);
        QCOMPARE(sorted(deleted), sorted(expected));
        for (const QString &dialog : wave.dialogIds)
            QVERIFY(!server.dialogExists(dialog));

        const Run shown = ctl(
            { u"journal"_s, u"show"_s, QString::number(report.value(u"journal_run"_s).toInteger()),
                u"--journal"_s, journalPath(), u"--json"_s });
        QCOMPARE(shown.exitCode, int(ExitSuccess));
        const QJsonObject run = shown.json().value(u"run"_s).toObject().isEmpty()
            ? shown.json()
            : shown.json().value(u"run"_s).toObject();
        const QJsonObject query = run.value(u"index_query"_s).toObject();
        QCOMPARE(query.value(u"name"_s).toString(), u"wave"_s);
        QCOMPARE(query.value(u"kind"_s).toString(), u"campaign"_s);
        QCOMPARE(query.value(u"text_hash"_s).toString(), firstWaveHash());
    }

    void withoutAnIndexNothingIsMade()
    {
        QVERIFY(QFile::remove(indexPath()));
        for (const QStringList &arguments : { QStringList { u"selections"_s, u"list"_s },
                 QStringList { u"selections"_s, u"save"_s, u"x"_s, u"--empty-groups"_s },
                 QStringList { u"selections"_s, u"run"_s, u"x"_s } }) {
            const Run run = ctl(arguments);
            QCOMPARE(run.exitCode, int(ExitUsage));
            QVERIFY2(run.err.contains(u"index update"_s), qPrintable(run.err));
            QVERIFY(!QFileInfo::exists(indexPath()));
        }
    }

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("save with no kind") << QStringList { u"selections"_s, u"save"_s, u"x"_s };
        QTest::newRow("save with two kinds") << QStringList { u"selections"_s, u"save"_s, u"x"_s,
            u"--empty-groups"_s, u"--inactive"_s, u"30"_s };
        QTest::newRow("save without a name")
            << QStringList { u"selections"_s, u"save"_s, u"--empty-groups"_s };
        QTest::newRow("an owner that is not an id")
            << QStringList { u"selections"_s, u"save"_s, u"x"_s, u"--owner"_s, u"bob"_s };
        QTest::newRow("no days") << QStringList { u"selections"_s, u"save"_s, u"x"_s,
            u"--inactive"_s, u"0"_s };
        QTest::newRow("a campaign the index has never seen")
            << QStringList { u"selections"_s, u"save"_s, u"x"_s, u"--campaign"_s, u"12345"_s };
        QTest::newRow("a window without a campaign") << QStringList { u"selections"_s, u"save"_s,
            u"x"_s, u"--empty-groups"_s, u"--within"_s, u"2h"_s };
        QTest::newRow("a phrase with a bad filter") << QStringList { u"selections"_s, u"save"_s,
            u"x"_s, u"--phrase"_s, u"hi"_s, u"--since"_s, u"yesterday"_s };
        QTest::newRow("run a selection that is not saved")
            << QStringList { u"selections"_s, u"run"_s, u"nothing"_s };
        QTest::newRow("delete a selection that is not saved")
            << QStringList { u"selections"_s, u"delete"_s, u"nothing"_s };
        QTest::newRow("both JSON forms")
            << QStringList { u"selections"_s, u"list"_s, u"--json"_s, u"--jsonl"_s };
    }

    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QCOMPARE(ctl({ u"selections"_s, u"save"_s, u"kept"_s, u"--empty-groups"_s }).exitCode,
            int(ExitSuccess));
        const int requests = m_fixture->server().requestCount();
        const Run run = ctl(arguments);
        QCOMPARE(run.exitCode, int(ExitUsage));
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(listed().keys(), QStringList { u"kept"_s });
        QCOMPARE(m_fixture->server().requestCount(), requests);
    }
};

QTEST_GUILESS_MAIN(TestCtlSelections)
#include "TestCtlSelections.moc"

// SPDX-License-Identifier: Apache-2.0

#include "AwaitReply.h"
#include "ConsoleOnSandbox.h"
#include "ConsoleParts.h"
#include "DeleteConfirmationDialog.h"
#include "SweepPage.h"
#include "UserReviewPanel.h"
#include "api/endpoints/DeleteDialogsEndpoint.h"
#include "index/SweepIndex.h"
#include "moderation/Journal.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// The Sweep page on the sandbox, driven through its widgets: the index is built in the
// background (paused and resumed on the way), a generated spam wave is found as a campaign and
// its messages listed, and the results lead to the dialog and to the sender's review page.
class TestSweepPageSandbox final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ConsoleOnSandbox> m_console;

    SweepPage *page() const { return m_console->window()->sweepPage(); }

    static SandboxOptions options()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 300;
        options.spamCampaigns = 4;
        return options;
    }

    int rowWithText(int column, const QString &text) const
    {
        QTableWidget *table = page()->resultTable();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, column) && table->item(row, column)->text() == text)
                return row;
        }
        return -1;
    }

    // The biggest generated wave, crawled and listed as a campaign, its row chosen.
    SandboxCampaign crawlAndChooseTheBiggestWave()
    {
        Parts::pages(m_console->window())->setCurrentWidget(page());
        QTest::mouseClick(page()->crawlButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([this] { return !page()->crawler()->isRunning(); }, 60000))
            return {};
        std::vector<SandboxCampaign> waves = m_console->server().campaigns();
        std::sort(waves.begin(), waves.end(),
            [](const auto &a, const auto &b) { return a.dialogIds.size() > b.dialogIds.size(); });
        page()->minDialogsBox()->setValue(5);
        page()->windowHoursBox()->setValue(24);
        QTest::mouseClick(page()->campaignsButton(), Qt::LeftButton);
        const int row = rowWithText(4, waves.front().text);
        if (row < 0)
            return {};
        page()->resultTable()->selectRow(row);
        return waves.front();
    }

    // What the journal holds for the run the console made last.
    struct JournalRecord {
        Journal::Run run;
        QHash<QString, Journal::Item> items;
    };
    JournalRecord lastRun() const
    {
        Journal journal;
        if (!journal.open(m_console->journalPath()) || journal.runs().isEmpty())
            return {};
        JournalRecord record { journal.runs().first(), {} };
        const QList<Journal::Item> items = journal.items(record.run.id);
        for (const Journal::Item &item : items)
            record.items.insert(item.objectId, item);
        return record;
    }

private Q_SLOTS:
    void init()
    {
        m_console = std::make_unique<ConsoleOnSandbox>();
        QVERIFY(m_console->connect(AuthMode::ApiKey, options()));
    }

    void cleanup() { m_console.reset(); }

    void findsACampaignAndLeadsToItsDialogAndSender()
    {
        MainWindow *window = m_console->window();
        QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(Parts::pages(window)->currentWidget(), page());
        QVERIFY(page()->index());
        QCOMPARE(page()->index()->status().dialogs, 0);

        // In the background, paused and resumed on the way.
        QTest::mouseClick(page()->crawlButton(), Qt::LeftButton);
        QVERIFY(page()->crawler()->isRunning());
        QVERIFY(page()->pauseButton()->isEnabled());
        QTest::mouseClick(page()->pauseButton(), Qt::LeftButton);
        QVERIFY(page()->crawler()->isPaused());
        QVERIFY(!page()->crawlButton()->isEnabled());
        QTest::mouseClick(page()->pauseButton(), Qt::LeftButton);
        QVERIFY(!page()->crawler()->isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(!page()->crawler()->isRunning(), 60000);
        QCOMPARE(page()->index()->status().dialogs, int(m_console->server().allDialogIds().size()));
        QVERIFY(page()->crawlButton()->isEnabled());

        // The wave with the most dialogs is found as one campaign.
        std::vector<SandboxCampaign> waves = m_console->server().campaigns();
        std::sort(waves.begin(), waves.end(),
            [](const auto &a, const auto &b) { return a.dialogIds.size() > b.dialogIds.size(); });
        const SandboxCampaign wave = waves.front();
        QVERIFY(wave.dialogIds.size() >= 5);
        page()->minDialogsBox()->setValue(5);
        page()->windowHoursBox()->setValue(24);
        QTest::mouseClick(page()->campaignsButton(), Qt::LeftButton);
        const int row = rowWithText(4, wave.text);
        QVERIFY(row >= 0);
        QTableWidget *table = page()->resultTable();
        QCOMPARE(table->item(row, 0)->text(), QString::number(wave.dialogIds.size()));
        QCOMPARE(page()->currentCampaigns().at(row).dialogIds, wave.dialogIds);

        // Its messages, each with its dialog and its sender by name, login and id.
        table->selectRow(row);
        QVERIFY(page()->showCampaignButton()->isEnabled());
        QTest::mouseClick(page()->showCampaignButton(), Qt::LeftButton);
        QCOMPARE(table->rowCount(), int(wave.messageIds.size()));
        QStringList shown = page()->currentItems().messageIds;
        std::sort(shown.begin(), shown.end());
        QStringList expected = wave.messageIds;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(shown, expected);
        for (int r = 0; r < table->rowCount(); ++r) {
            const QString message = table->item(r, 0)->data(Qt::UserRole + 2).toString();
            const qint64 id = m_console->server().messageSender(message).value_or(0);
            const auto user = m_console->server().userCredentials(id);
            QVERIFY(user);
            QVERIFY2(table->item(r, 2)->text().endsWith(u"(%1, %2)"_s.arg(user->login).arg(id)),
                qPrintable(table->item(r, 2)->text()));
        }

        // To the sender's review page.
        table->selectRow(0);
        QVERIFY(page()->reviewSenderButton()->isEnabled());
        const qint64 sender
            = m_console->server()
                  .messageSender(table->item(0, 0)->data(Qt::UserRole + 2).toString())
                  .value_or(0);
        QVERIFY(wave.senderIds.contains(sender));
        QTest::mouseClick(page()->reviewSenderButton(), Qt::LeftButton);
        QVERIFY(Parts::userReviewPanel(window)->isVisibleTo(Parts::pages(window)));
        QCOMPARE(Parts::userReviewPanel(window)->searchEdit()->text(), QString::number(sender));

        // And back, to the dialog.
        Parts::pages(window)->setCurrentWidget(page());
        table->selectRow(0);
        const QString dialog = table->item(0, 0)->data(Qt::UserRole).toString();
        QVERIFY(wave.dialogIds.contains(dialog));
        QTest::mouseClick(page()->openDialogButton(), Qt::LeftButton);
        QCOMPARE(Parts::pages(window)->currentIndex(), 0);
        QCOMPARE(Parts::localFilterEdit(window)->text(), dialog);
    }

    void deletesACampaignsDialogsCheckedWithTheServer()
    {
        const SandboxCampaign wave = crawlAndChooseTheBiggestWave();
        QVERIFY(wave.dialogIds.size() >= 5);
        const qint64 textHash
            = page()->currentCampaigns().at(page()->resultTable()->currentRow()).textHash;

        // Since the crawl one dialog of the wave went, and the next check of another fails: the
        // index still lists both. The check reads the dialogs in id order.
        const QString unreadable = wave.dialogIds.at(0);
        const QString gone = wave.dialogIds.at(1);
        ApiClient *client = Parts::client(m_console->window());
        QVERIFY(awaitReply(*client, DeleteDialogsEndpoint::build({ gone }, true, std::nullopt)));
        QVERIFY(!m_console->server().dialogExists(gone));
        m_console->server().scriptFaults(
            u"GET"_s, { SandboxFault { SandboxFault::Kind::RefuseBefore, 400 } });

        QVERIFY(page()->deleteDialogsButton()->isEnabled());
        QTest::mouseClick(page()->deleteDialogsButton(), Qt::LeftButton);
        DeleteConfirmationDialog *confirmation = m_console->waitForConfirmation();
        QVERIFY(confirmation);
        QCOMPARE(confirmation->plan().target, DeletionPlan::Target::Dialogs);
        QVERIFY(confirmation->plan().isForce());
        QCOMPARE(confirmation->plan().itemCount(), int(wave.dialogIds.size()));
        QVERIFY(confirmation->findChild<QLabel *>(u"indexCheckNote"_s));
        DeleteRunDialog *run = m_console->confirmAndRun(confirmation);
        QVERIFY(run);
        QVERIFY(!run->isRunning());

        // The server: every dialog of the wave is gone but the one that could not be checked.
        for (const QString &id : wave.dialogIds)
            QCOMPARE(m_console->server().dialogExists(id), id == unreadable);

        // The journal: the query, and each dialog's true outcome.
        const JournalRecord record = lastRun();
        QCOMPARE(record.run.indexQuery.value(u"kind"_s).toString(), u"campaign"_s);
        QCOMPARE(record.run.indexQuery.value(u"text_hash"_s).toString(), QString::number(textHash));
        QCOMPARE(record.run.indexQuery.value(u"window_seconds"_s).toInteger(), 24 * 3600);
        QCOMPARE(record.items.size(), wave.dialogIds.size());
        for (const QString &id : wave.dialogIds) {
            const Journal::Item item = record.items.value(id);
            if (id == unreadable) {
                QCOMPARE(item.outcome, u"not_attempted"_s);
                QVERIFY2(item.error.contains(u"could not be checked"_s), qPrintable(item.error));
            } else if (id == gone) {
                // Reported as gone, never as deleted by this run.
                QCOMPARE(item.outcome, u"not_found"_s);
                QVERIFY2(item.error.contains(u"already gone"_s), qPrintable(item.error));
                QVERIFY(!item.sentAt.isValid());
            } else {
                QCOMPARE(item.outcome, u"deleted"_s);
            }
        }
    }

    void removesACampaignsSenderFromItsDialogs()
    {
        const SandboxCampaign wave = crawlAndChooseTheBiggestWave();
        QVERIFY(wave.dialogIds.size() >= 5);
        QTest::mouseClick(page()->showCampaignButton(), Qt::LeftButton);
        QTableWidget *table = page()->resultTable();
        QVERIFY(table->rowCount() > 0);
        table->selectRow(0);
        const QString message = table->item(0, 0)->data(Qt::UserRole + 2).toString();
        const qint64 sender = m_console->server().messageSender(message).value_or(0);
        QVERIFY(sender > 0);
        // The dialogs where this sender posted the wave.
        QStringList theirs;
        for (const QString &id : wave.messageIds) {
            if (m_console->server().messageSender(id) != sender)
                continue;
            for (const QString &dialog : wave.dialogIds) {
                if (m_console->server().messageIds(dialog).contains(id) && !theirs.contains(dialog))
                    theirs.append(dialog);
            }
        }
        theirs.sort();
        QVERIFY(!theirs.isEmpty());
        for (const QString &dialog : std::as_const(theirs))
            QVERIFY(m_console->server().dialogOccupants(dialog).contains(sender));

        QVERIFY(page()->removeSenderButton()->isEnabled());
        QTest::mouseClick(page()->removeSenderButton(), Qt::LeftButton);
        DeleteConfirmationDialog *confirmation = m_console->waitForConfirmation();
        QVERIFY(confirmation);
        QCOMPARE(confirmation->plan().target, DeletionPlan::Target::Members);
        QCOMPARE(confirmation->plan().subjectUserId, sender);
        QStringList planned = confirmation->plan().itemIds();
        planned.sort();
        QCOMPARE(planned, theirs);
        DeleteRunDialog *run = m_console->confirmAndRun(confirmation);
        QVERIFY(run);
        QVERIFY(!run->isRunning());

        for (const QString &dialog : std::as_const(theirs))
            QVERIFY(!m_console->server().dialogOccupants(dialog).contains(sender));
        const JournalRecord record = lastRun();
        QCOMPARE(record.run.target, RunTarget::Members);
        QCOMPARE(record.run.subjectUserId.value_or(0), sender);
        QCOMPARE(record.run.indexQuery.value(u"kind"_s).toString(), u"campaign"_s);
        QCOMPARE(record.run.indexQuery.value(u"sender_id"_s).toInteger(), sender);
        for (const QString &dialog : std::as_const(theirs))
            QCOMPARE(record.items.value(dialog).outcome, u"removed"_s);
    }

    void actsOnASavedSelection()
    {
        const SandboxCampaign wave = crawlAndChooseTheBiggestWave();
        QVERIFY(wave.dialogIds.size() >= 5);
        QVERIFY(page()->saveCurrentAsSelection(u"prize wave"_s));
        page()->runSelection(u"prize wave"_s);
        QTableWidget *table = page()->resultTable();
        QCOMPARE(table->rowCount(), int(wave.messageIds.size()));
        table->selectRow(0);
        const qint64 sender
            = m_console->server()
                  .messageSender(table->item(0, 0)->data(Qt::UserRole + 2).toString())
                  .value_or(0);
        QVERIFY(wave.senderIds.contains(sender));

        QTest::mouseClick(page()->removeSenderButton(), Qt::LeftButton);
        DeleteConfirmationDialog *confirmation = m_console->waitForConfirmation();
        QVERIFY(confirmation);
        QCOMPARE(confirmation->plan().subjectUserId, sender);
        const QStringList dialogs = confirmation->plan().itemIds();
        QVERIFY(!dialogs.isEmpty());
        DeleteRunDialog *run = m_console->confirmAndRun(confirmation);
        QVERIFY(run);
        for (const QString &dialog : dialogs)
            QVERIFY(!m_console->server().dialogOccupants(dialog).contains(sender));
        const JournalRecord record = lastRun();
        QCOMPARE(record.run.indexQuery.value(u"name"_s).toString(), u"prize wave"_s);
        QCOMPARE(record.run.indexQuery.value(u"kind"_s).toString(), u"campaign"_s);
        QCOMPARE(record.run.indexQuery.value(u"sender_id"_s).toInteger(), sender);
        for (const QString &dialog : dialogs)
            QCOMPARE(record.items.value(dialog).outcome, u"removed"_s);
    }

    void theDemoIndexesAndListsTheCampaigns()
    {
        page()->startDemo();
        QTRY_VERIFY_WITH_TIMEOUT(!page()->crawler()->isRunning(), 60000);
        int waves = 0;
        for (const SandboxCampaign &wave : m_console->server().campaigns()) {
            if (wave.dialogIds.size() >= 5) {
                ++waves;
                QVERIFY2(rowWithText(4, wave.text) >= 0, qPrintable(wave.text));
            }
        }
        QVERIFY(waves > 0);
        QCOMPARE(page()->resultTable()->rowCount(), int(page()->currentCampaigns().size()));
    }

    void searchesAPhraseAndSavesItAsASelection()
    {
        page()->startCrawl();
        QTRY_VERIFY_WITH_TIMEOUT(!page()->crawler()->isRunning(), 60000);
        const SandboxCampaign wave = m_console->server().campaigns().front();
        const QString link = wave.text.section(u' ', -1);
        QTest::keyClicks(page()->searchEdit(), link);
        QTest::keyClick(page()->searchEdit(), Qt::Key_Return);
        QCOMPARE(page()->resultTable()->rowCount(), int(wave.messageIds.size()));
        QVERIFY(page()->saveSelectionButton()->isEnabled());
        QVERIFY(page()->saveCurrentAsSelection(u"The link"_s));
        QCOMPARE(page()->selectionBox()->currentText(), u"The link"_s);

        // A selection re-runs against the index and shows its count first.
        page()->searchEdit()->clear();
        page()->resultTable()->setRowCount(0);
        QTest::mouseClick(page()->runSelectionButton(), Qt::LeftButton);
        QCOMPARE(page()->resultTable()->rowCount(), int(wave.messageIds.size()));
        QVERIFY2(page()->resultLabel()->text().contains(QString::number(wave.messageIds.size())),
            qPrintable(page()->resultLabel()->text()));

        // Punctuation alone is no search: it says so and leaves the results alone.
        page()->searchEdit()->setText(u"\"*\""_s);
        QTest::mouseClick(page()->searchButton(), Qt::LeftButton);
        QCOMPARE(page()->resultTable()->rowCount(), int(wave.messageIds.size()));
        QVERIFY(page()->resultLabel()->text().contains(u"no words"_s));
    }
};

QTEST_MAIN(TestSweepPageSandbox)
#include "TestSweepPageSandbox.moc"

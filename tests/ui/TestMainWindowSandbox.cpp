// SPDX-License-Identifier: Apache-2.0

#include "ActingUserDialog.h"
#include "ConsoleOnSandbox.h"
#include "ConsoleParts.h"
#include "DeleteConfirmationDialog.h"
#include "DeleteRunDialog.h"
#include "DialogDetailPane.h"
#include "JournalViewerDialog.h"
#include "MainWindow.h"
#include "RecordingPrompter.h"
#include "TestStores.h"
#include "models/DeleteResultModel.h"
#include "models/DialogFilterProxyModel.h"
#include "models/DialogListLoader.h"
#include "models/DialogTableModel.h"
#include "moderation/BulkDeleteEngine.h"
#include "moderation/Journal.h"
#include "moderation/JournalExport.h"
#include "moderation/OfflineJournal.h"
#include "support/Translations.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The main window against the sandbox, driven like a moderator would: connect, load, filter,
// select, delete for one user, delete for everyone, partial results, retry, cancel.
class TestMainWindowSandbox final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ConsoleOnSandbox> m_console;

    MainWindow *window() const { return m_console->window(); }
    SandboxFixture &fixture() { return m_console->fixture(); }

    void open(const SandboxOptions &options = SandboxFixture::defaultOptions(),
        AuthMode mode = AuthMode::ApiKey)
    {
        m_console = std::make_unique<ConsoleOnSandbox>();
        QVERIFY(m_console->connect(mode, options));
    }

    void loadAll()
    {
        Parts::loadAllAction(window())->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!Parts::loader(window())->isLoading()
                && Parts::dialogModel(window())->rowCount()
                    == Parts::loader(window())->totalEntries(),
            20000);
    }

    QTableView *table() const { return Parts::dialogTable(window()); }

    // Selects the rows of these ids with ctrl-clicks, like a person would.
    void selectIds(const QStringList &ids)
    {
        table()->clearSelection();
        for (const QString &id : ids) {
            const int sourceRow = Parts::dialogModel(window())->rowOf(id);
            QVERIFY2(sourceRow >= 0, qPrintable(id));
            const QModelIndex index = Parts::filterModel(window())->mapFromSource(
                Parts::dialogModel(window())->index(sourceRow, 0));
            table()->scrollTo(index);
            const QRect rect = table()->visualRect(index);
            QTest::mouseClick(
                table()->viewport(), Qt::LeftButton, Qt::ControlModifier, rect.center());
        }
        QCOMPARE(table()->selectionModel()->selectedRows().size(), ids.size());
    }

    DeleteConfirmationDialog *pressDelete(bool force)
    {
        // Window shortcuts need the window active again after an earlier dialog closed.
        window()->activateWindow();
        if (!QTest::qWaitForWindowActive(window()))
            qWarning("the main window did not become active");
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Delete, force ? Qt::ShiftModifier : Qt::NoModifier);
        return m_console->waitForConfirmation();
    }

    DeleteRunDialog *confirmAndRun(DeleteConfirmationDialog *dialog)
    {
        return m_console->confirmAndRun(dialog);
    }

    // The results, exported and copied, begin with who ran what, how, why, where and when, as
    // the journal recorded it; the moderator's reason cannot run as a formula.
    void exportedResultsCarryTheRunsContext(
        DeleteRunDialog *run, const QString &actingUser, const QString &reason)
    {
        QTemporaryDir dir;
        m_prompter.savePath = dir.filePath(u"results.csv"_s);
        auto *exportButton = run->findChild<QPushButton *>(u"exportResults"_s);
        QVERIFY(exportButton && exportButton->isEnabled());
        QTest::mouseClick(exportButton, Qt::LeftButton);
        // Offered in Documents, under a name that says what and when.
        const QString documents
            = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY2(m_prompter.suggestedName.startsWith(documents + u"/qbmod results of run "_s),
            qPrintable(m_prompter.suggestedName));
        QFile file(m_prompter.savePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());

        Journal journal;
        QVERIFY(journal.open(m_console->journalPath()));
        const Journal::Run record = journal.runs().first();
        QCOMPARE(record.id, run->currentRun()->journalRunId());
        const QStringList lines = csv.split(u"\r\n"_s);
        QVERIFY2(lines.size() >= 10, qPrintable(csv));
        QCOMPARE(lines.at(0), u"Journal run,%1"_s.arg(record.id));
        QCOMPARE(lines.at(1), u"Started,"_s + JournalExport::timeText(record.startedAt));
        QCOMPARE(lines.at(2), u"Mode,remove from one user's list"_s);
        QCOMPARE(lines.at(3), u"Acting user,\"%1\""_s.arg(actingUser)); // it holds a comma
        QCOMPARE(lines.at(4), u"Operator,API key %1"_s.arg(record.apiKeyFingerprint));
        QCOMPARE(lines.at(5), u"Reason,\"'=HYPERLINK(\"\"http://x\"\",\"\"spam\"\")\""_s);
        QCOMPARE(record.reason, reason);
        QVERIFY(!record.endpoint.isEmpty());
        QCOMPARE(lines.at(6), u"Endpoint,"_s + record.endpoint);
        // An API key names no application; a session's id would stand here.
        QCOMPARE(lines.at(7),
            u"Application,"_s
                + (record.applicationId ? QString::number(record.applicationId) : QString()));
        QCOMPARE(lines.at(8), QString());
        QCOMPARE(lines.at(9), u"Dialog,Id,Result,Server's answer"_s);
        QCOMPARE(lines.size(), 10 + run->results()->rowCount() + 1); // the last line ends too

        // Copied, the same text.
        QTest::mouseClick(run->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), csv);
    }
    RecordingPrompter m_prompter;

private Q_SLOTS:
    void initTestCase()
    {
        // English whatever language the environment asks for (LANGUAGE comes before LANG and
        // LC_ALL on Unix): the checks read English words, plurals included, which only the
        // English catalogue holds.
        Translations::install(QCoreApplication::instance(), u"en"_s);
        Prompter::setCurrent(&m_prompter);
    }

    void cleanupTestCase() { Prompter::setCurrent(nullptr); }

    void cleanup()
    {
        m_console.reset();
        m_prompter = RecordingPrompter();
    }

    void aJournalThatCannotBeOpenedIsSaidThroughThePrompter()
    {
        open();
        // A folder where the journal file should be: it cannot be opened as a database.
        QTemporaryDir folder;
        window()->setJournalPath(folder.path());
        Parts::journalAction(window())->trigger();
        QCOMPARE(m_prompter.warnings.size(), 1);
        QVERIFY(!window()->findChild<JournalViewerDialog *>());
        QVERIFY2(m_prompter.warnings.first().startsWith(u"Journal unavailable: "_s),
            qPrintable(m_prompter.warnings.first()));
    }

    void workingOfflineIsChosenAndSaidBeforeTheRun()
    {
        if (const QString why = TestStores::unavailable(u"postgresql"_s); !why.isEmpty()) {
            if (!qEnvironmentVariableIsEmpty("CI") && qEnvironmentVariable("CI") != u"false"_s)
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        open();
        auto *workOffline = window()->findChild<QAction *>(u"workOffline"_s);
        QVERIFY(workOffline);
        QVERIFY(!workOffline->isEnabled()); // a journal on this computer
        QTemporaryDir dir;
        const StoreLocation store = TestStores::fresh(u"postgresql"_s, dir, u"console"_s);
        {
            Journal owner;
            QVERIFY2(TestStores::open(owner, store), qPrintable(owner.errorString()));
        }
        Profile profile = Profile::create(u"Team"_s);
        profile.environment = Profile::Environment::Sandbox;
        profile.settings = fixture().apiKeySettings();
        profile.store = TestStores::asModerator(store, u"alice"_s);
        Credentials credentials = fixture().apiKeyCredentials();
        // Reached once: the team's protected users are copied for working offline.
        credentials.storePassword = TestStores::password(profile.store);
        QSignalSpy reached(Parts::session(window()), &ConsoleSession::journalReady);
        window()->connectTo(profile, credentials);
        QVERIFY(!reached.isEmpty() || reached.wait());
        QVERIFY(Parts::session(window())->journal());
        QTRY_VERIFY(
            Parts::dialogModel(window())->rowCount() > 0 && !Parts::loader(window())->isLoading());
        QVERIFY(m_prompter.warnings.isEmpty());
        // Then turned away by the database, as when it cannot be reached.
        credentials.storePassword = u"not-the-password"_s;
        window()->connectTo(profile, credentials);
        QTRY_VERIFY(
            Parts::dialogModel(window())->rowCount() > 0 && !Parts::loader(window())->isLoading());
        QVERIFY(workOffline->isEnabled());
        QVERIFY(!workOffline->isChecked());
        QTRY_COMPARE(m_prompter.warnings.size(), 1);
        QVERIFY2(m_prompter.warnings.first().contains(u"Work offline"_s),
            qPrintable(m_prompter.warnings.first()));

        QSignalSpy ready(Parts::session(window()), &ConsoleSession::journalReady);
        workOffline->setChecked(true);
        QVERIFY(!ready.isEmpty() || ready.wait());
        QVERIFY(Parts::session(window())->isOffline());
        // Why the team database is not used, then what working offline means.
        const QString status = window()->statusBar()->currentMessage();
        const QString reason = Parts::session(window())->offlineReason();
        QVERIFY(!reason.isEmpty());
        QVERIFY2(
            status.startsWith(reason + u" Working offline: runs are journaled on this computer"_s),
            qPrintable(status));
        QVERIFY2(status.contains(u"a colleague may act on the same ids"_s), qPrintable(status));
        const QString id = Parts::dialogModel(window())->dialogAt(0).id;
        selectIds({ id });
        DeleteConfirmationDialog *confirmation = pressDelete(true);
        QVERIFY(confirmation);
        auto *limitation = confirmation->findChild<QLabel *>(u"offlineLimitation"_s);
        QVERIFY(limitation);
        QVERIFY2(limitation->text().contains(u"a colleague may act on the same ids"_s),
            qPrintable(limitation->text()));
        QVERIFY2(
            limitation->text().contains(u"Protected users as read from the team database at"_s),
            qPrintable(limitation->text()));
        QVERIFY(confirmAndRun(confirmation));
        QVERIFY(!fixture().server().dialogExists(id));
        Journal offline;
        QVERIFY(offline.open(OfflineJournal::pathFor(profile.store, m_console->journalPath())));
        const QList<Journal::Run> runs = offline.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().origin, u"offline"_s);
        QCOMPARE(offline.items(runs.first().id).first().outcome, u"deleted"_s);
    }

    void connectingLoadsTheFirstPageAndShowsTheCounts()
    {
        open();
        QCOMPARE(Parts::dialogModel(window())->rowCount(), 100);
        QCOMPARE(Parts::loader(window())->totalEntries(), 600);
        QVERIFY(Parts::environmentBanner(window())->isVisible());
        QVERIFY(Parts::environmentBanner(window())->text().contains(u"SANDBOX"_s));
        QVERIFY2(Parts::selectionLabel(window())->text().contains(u"0 selected of 100 loaded"_s),
            qPrintable(Parts::selectionLabel(window())->text()));
        QVERIFY(Parts::selectionLabel(window())->text().contains(u"600 in total"_s));
    }

    void loadAllStopsAtItsLimitAndSaysSo()
    {
        open();
        Parts::loader(window())->setLoadAllLimit(250);
        QSignalSpy limited(Parts::loader(window()), &DialogListLoader::limitReached);
        Parts::loadAllAction(window())->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!limited.isEmpty(), 20000);
        QTRY_VERIFY(!Parts::loader(window())->isLoading());
        QCOMPARE(Parts::dialogModel(window())->rowCount(), 250);
        QCOMPARE(limited.first().at(0).toInt(), 250);
        QCOMPARE(limited.first().at(1).toInt(), 600);
        const QString message = window()->statusBar()->currentMessage();
        QVERIFY2(message.contains(u"250"_s) && message.contains(u"600"_s), qPrintable(message));
        QVERIFY(message.contains(u"--jsonl"_s));
    }

    void loadAllLoadsEveryDialogAndTheLocalFilterNarrowsThem()
    {
        open();
        loadAll();
        QCOMPARE(Parts::dialogModel(window())->rowCount(), 600);

        const QString name = Parts::dialogModel(window())->dialogAt(17).name;
        QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(Parts::localFilterEdit(window())->hasFocus());
        QTest::keyClicks(Parts::localFilterEdit(window()), name);
        QTRY_VERIFY(Parts::filterModel(window())->rowCount() < 600);
        const int shown = Parts::filterModel(window())->rowCount();
        QVERIFY(shown >= 1);
        QVERIFY(shown < 600);
        for (int row = 0; row < shown; ++row) {
            const Dialog &dialog = Parts::dialogModel(window())->dialogAt(
                Parts::filterModel(window())
                    ->mapToSource(Parts::filterModel(window())->index(row, 0))
                    .row());
            const bool matches = dialog.name.contains(name, Qt::CaseInsensitive)
                || dialog.lastMessage.contains(name, Qt::CaseInsensitive)
                || Parts::dialogModel(window())->ownerText(dialog).contains(
                    name, Qt::CaseInsensitive);
            QVERIFY2(matches, qPrintable(dialog.name));
        }
    }

    void theTypeFilterAsksTheServer()
    {
        open();
        Parts::typeFilterBox(window())->setCurrentIndex(
            Parts::typeFilterBox(window())->findData(3));
        QTest::mouseClick(window()->findChild<QPushButton *>(u"applyFilters"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !Parts::loader(window())->isLoading() && Parts::dialogModel(window())->rowCount() > 0,
            10000);
        for (int row = 0; row < Parts::dialogModel(window())->rowCount(); ++row)
            QCOMPARE(Parts::dialogModel(window())->dialogAt(row).type, DialogType::Private);
        QVERIFY(Parts::loader(window())->totalEntries() < 600);
    }

    void deleteForEveryoneNeedsTheTypedCountAndRemovesTheRows()
    {
        open();
        QStringList ids;
        for (int row = 3; row < 8; ++row)
            ids.append(Parts::dialogModel(window())->dialogAt(row).id);
        selectIds(ids);

        DeleteConfirmationDialog *confirmation = pressDelete(true);
        QVERIFY(confirmation);
        QVERIFY(confirmation->plan().requiresTypedCount());
        QVERIFY(confirmation->windowTitle().contains(u"Delete 5 dialogs for everyone"_s));
        DeleteRunDialog *run = confirmAndRun(confirmation);
        QVERIFY(run);
        QCOMPARE(run->summaryText(), u"Deleted 5 of 5 for everyone."_s);

        // The run is in the journal with its reason, every outcome, and evidence of each dialog.
        Journal journal;
        QVERIFY(journal.open(m_console->journalPath()));
        const QList<Journal::Run> runs = journal.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().mode, RunMode::ForEveryone);
        QCOMPARE(runs.first().reason, u"spam wave"_s);
        QCOMPARE(runs.first().profile, u"Test sandbox"_s);
        QVERIFY(!runs.first().apiKeyFingerprint.isEmpty());
        const QList<Journal::Item> items = journal.items(runs.first().id);
        QCOMPARE(items.size(), 5);
        for (const Journal::Item &item : items)
            QCOMPARE(item.outcome, u"deleted"_s);
        QCOMPARE(journal.evidence(runs.first().id).size(), 5);
        for (const QString &id : ids) {
            QCOMPARE(Parts::dialogModel(window())->rowOf(id), -1);
            QVERIFY(!fixture().server().dialogExists(id));
        }
    }

    void cancellingTheConfirmationDeletesNothing()
    {
        open();
        const QString id = Parts::dialogModel(window())->dialogAt(0).id;
        selectIds({ id });
        DeleteConfirmationDialog *confirmation = pressDelete(true);
        QVERIFY(confirmation);
        QTest::keyClick(confirmation, Qt::Key_Escape);
        QTRY_VERIFY(!window()->findChild<DeleteConfirmationDialog *>());
        QVERIFY(!Parts::currentRun(window()));
        QVERIFY(fixture().server().dialogExists(id));
    }

    void deleteForOneUserNeedsAnActingUserWithAnApiKey()
    {
        open();
        const QString id = Parts::dialogModel(window())->dialogAt(0).id;
        selectIds({ id });
        QVERIFY(Parts::forceDeleteAction(window())->isEnabled());
        // Del says what is missing instead of doing nothing, and sends nothing.
        Parts::dialogTable(window())->setFocus();
        QTest::keyClick(Parts::dialogTable(window()), Qt::Key_Delete);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window()->findChild<QMessageBox *>(u"chooseActingUser"_s)));
        QVERIFY(box->text().contains(u"Act as user"_s));
        QVERIFY(!window()->findChild<DeleteConfirmationDialog *>());
        box->close();
        QVERIFY(fixture().server().dialogExists(id));
    }

    void actingAsAUserListsTheirDialogsAndDeletesFromTheirListOnly()
    {
        open();
        const SandboxOperator ben = fixture().operatorAt(1);
        const qint64 anna = fixture().operatorAt(0).userId;

        Parts::actAsAction(window())->trigger();
        ActingUserDialog *picker = nullptr;
        QTRY_VERIFY((picker = window()->findChild<ActingUserDialog *>()));
        QTest::keyClicks(picker->searchEdit(), QString::number(ben.userId));
        QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(picker->resultList()->count(), 1, 10000);
        QTest::keyClick(picker, Qt::Key_Return);
        QTRY_VERIFY(Parts::actingBanner(window())->isVisible());
        QVERIFY(Parts::actingBannerLabel(window())->text().contains(ben.login));
        QTRY_VERIFY_WITH_TIMEOUT(!Parts::loader(window())->isLoading(), 10000);
        loadAll();
        const QStringList visible = fixture().server().dialogIdsVisibleTo(ben.userId);
        QCOMPARE(Parts::dialogModel(window())->rowCount(), visible.size());

        // Dialogs Ben shares with Anna: after the delete Anna still has them.
        QStringList shared;
        for (const QString &id : visible) {
            if (fixture().server().dialogVisibleTo(id, anna) && shared.size() < 3)
                shared.append(id);
        }
        QCOMPARE(shared.size(), 3);
        selectIds(shared);
        QVERIFY(Parts::deleteAction(window())->isEnabled());
        DeleteConfirmationDialog *confirmation = pressDelete(false);
        QVERIFY(confirmation);
        QVERIFY(!confirmation->typedCountEdit());
        // Ben as the console names him; the confirmation is gone once the run starts.
        const QString benIdentity = confirmation->plan().actingUserName;
        QVERIFY2(benIdentity.endsWith(u" (%1, %2)"_s.arg(ben.login).arg(ben.userId)),
            qPrintable(benIdentity));
        // A reason a spreadsheet would run as a formula.
        const QString reason = u"=HYPERLINK(\"http://x\",\"spam\")"_s;
        QTest::keyClicks(confirmation->reasonEdit(), reason);
        QTest::mouseClick(confirmation->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY(Parts::currentRun(window()));
        DeleteRunDialog *run = Parts::currentRun(window());
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 20000);
        // Said as what it was: removed from Ben's list, Ben named by his identity.
        QCOMPARE(run->summaryText(), u"Removed 3 of 3 from the list of %1."_s.arg(benIdentity));
        exportedResultsCarryTheRunsContext(run, benIdentity, reason);
        for (const QString &id : shared) {
            QCOMPARE(Parts::dialogModel(window())->rowOf(id), -1);
            QVERIFY(!fixture().server().dialogVisibleTo(id, ben.userId));
            QVERIFY(fixture().server().dialogVisibleTo(id, anna));
        }

        Parts::stopActingAction(window())->trigger();
        QVERIFY(!Parts::actingBanner(window())->isVisible());
    }

    void forceDeletingAsANonOwnerShowsPartialResultsAndKeepsRefusedRowsSelected()
    {
        open();
        const SandboxOperator ben = fixture().operatorAt(1);
        ChatUser user;
        user.id = ben.userId;
        user.login = ben.login;
        window()->setActingUser(user);
        QTRY_VERIFY_WITH_TIMEOUT(
            !Parts::loader(window())->isLoading() && Parts::dialogModel(window())->rowCount() > 0,
            10000);
        loadAll();
        QStringList owned, foreign;
        for (int row = 0; row < Parts::dialogModel(window())->rowCount(); ++row) {
            const Dialog &dialog = Parts::dialogModel(window())->dialogAt(row);
            (dialog.ownerId == ben.userId ? owned : foreign).append(dialog.id);
        }
        QVERIFY(owned.size() >= 2 && foreign.size() >= 3);
        const QStringList ids = owned.mid(0, 2) + foreign.mid(0, 3);
        selectIds(ids);

        DeleteConfirmationDialog *confirmation = pressDelete(true);
        QVERIFY(confirmation);
        QCOMPARE(confirmation->plan().predictedNotPermitted().size(), 3);
        auto *warning = confirmation->findChild<QLabel *>(u"predictedRefusals"_s);
        QVERIFY(warning);
        QVERIFY(warning->text().contains(u"3"_s));
        DeleteRunDialog *run = confirmAndRun(confirmation);
        QVERIFY(run);
        QCOMPARE(run->summaryText(), u"Deleted 2 of 5 for everyone. 3 not permitted."_s);
        QCOMPARE(run->results()->count(ItemOutcome::Result::NotPermitted), 3);
        for (const QString &id : foreign.mid(0, 3)) {
            QVERIFY(Parts::dialogModel(window())->rowOf(id) >= 0);
            QVERIFY(fixture().server().dialogExists(id));
        }
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 3);
    }

    void failedDeletesCanBeRetried()
    {
        open();
        QStringList ids;
        for (int row = 10; row < 14; ++row)
            ids.append(Parts::dialogModel(window())->dialogAt(row).id);
        selectIds(ids);
        fixture().server().setErrorRate(1.0);
        DeleteRunDialog *run = confirmAndRun(pressDelete(true));
        QVERIFY(run);
        // Evidence could not be saved, so nothing was deleted: each dialog says why.
        QCOMPARE(run->results()->count(ItemOutcome::Result::NotAttempted), 4);
        QVERIFY(run->results()->outcome(ids.first())->blockedBecause.contains(u"evidence"_s));
        QVERIFY(run->retryButton()->isEnabled());
        for (const QString &id : ids)
            QVERIFY(Parts::dialogModel(window())->rowOf(id) >= 0);

        fixture().server().setErrorRate(0);
        QTest::mouseClick(run->retryButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 10000);
        QCOMPARE(run->summaryText(), u"Deleted 4 of 4 for everyone."_s);
        QVERIFY(!run->retryButton()->isEnabled());
        for (const QString &id : ids)
            QCOMPARE(Parts::dialogModel(window())->rowOf(id), -1);
    }

    void cancellingMidRunLeavesEveryDialogAccountedFor()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.latencyMs = 60;
        options.dialogs = 2000; // enough of the operator's dialogs for several batches
        open(options, AuthMode::Session);
        loadAll();
        const int loaded = Parts::dialogModel(window())->rowCount();
        QVERIFY(loaded > 150);
        Parts::client(window())->setLimits({ 1, 0 });
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(table()->selectionModel()->selectedRows().size(), loaded);
        DeleteConfirmationDialog *confirmation = pressDelete(false);
        QVERIFY(confirmation);
        QTest::mouseClick(confirmation->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY(Parts::currentRun(window()));
        DeleteRunDialog *run = Parts::currentRun(window());
        QTRY_VERIFY_WITH_TIMEOUT(run->results()->count(ItemOutcome::Result::Deleted) >= 50, 10000);
        QTest::keyClick(run, Qt::Key_Escape); // Esc cancels a running delete
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 10000);
        QVERIFY(run->isVisible());
        QVERIFY(run->summaryText().startsWith(u"Cancelled."_s));
        const int notAttempted = run->results()->count(ItemOutcome::Result::NotAttempted);
        QVERIFY(notAttempted > 0);
        QVERIFY(run->retryButton()->isEnabled());
        const QStringList deleted = run->results()->idsWithResult({ ItemOutcome::Result::Deleted });
        for (const QString &id : deleted)
            QVERIFY(!fixture().server().dialogVisibleTo(id, fixture().operatorAt(0).userId));
        const qint64 anna = fixture().operatorAt(0).userId;
        const QStringList untouched
            = run->results()->idsWithResult({ ItemOutcome::Result::NotAttempted });
        for (const QString &id : untouched) {
            QVERIFY(fixture().server().dialogVisibleTo(id, anna));
            QVERIFY(Parts::dialogModel(window())->rowOf(id) >= 0);
        }
    }

    void aSessionLoginDeletesFromTheOperatorsOwnList()
    {
        open(SandboxFixture::defaultOptions(), AuthMode::Session);
        QVERIFY(!Parts::actAsAction(window())->isEnabled());
        const QString id = Parts::dialogModel(window())->dialogAt(0).id;
        selectIds({ id });
        QVERIFY(Parts::deleteAction(window())->isEnabled());
        DeleteRunDialog *run = confirmAndRun(pressDelete(false));
        QVERIFY(run);
        const SandboxOperator anna = fixture().operatorAt(0);
        QCOMPARE(run->summaryText(),
            u"Removed 1 of 1 from the list of %1 (%2)."_s.arg(anna.login).arg(anna.userId));
        QVERIFY(!fixture().server().dialogVisibleTo(id, fixture().operatorAt(0).userId));
    }

    void theDetailPaneShowsMembersAndMessagesWithoutMarkingThemRead()
    {
        open(SandboxFixture::defaultOptions(), AuthMode::Session);
        const qint64 anna = fixture().operatorAt(0).userId;
        int row = 0;
        QString messageId;
        for (; row < Parts::dialogModel(window())->rowCount(); ++row) {
            const Dialog &dialog = Parts::dialogModel(window())->dialogAt(row);
            const QStringList messages = fixture().server().messageIds(dialog.id);
            if (dialog.type != DialogType::Public && !messages.isEmpty()
                && !fixture().server().messageReadIds(messages.last()).contains(anna)) {
                messageId = messages.last();
                break;
            }
        }
        QVERIFY(!messageId.isEmpty());
        const QModelIndex index = Parts::filterModel(window())->mapFromSource(
            Parts::dialogModel(window())->index(row, 0));
        table()->setCurrentIndex(index);
        QTRY_VERIFY_WITH_TIMEOUT(
            !Parts::detailPane(window())->messagesView()->toPlainText().isEmpty(), 10000);
        QCOMPARE(Parts::detailPane(window())->membersView()->count(),
            Parts::dialogModel(window())->dialogAt(row).occupantIds.size());
        QVERIFY(!fixture().server().messageReadIds(messageId).contains(anna));
    }

    void aForceDeleteNeedsAReasonBeforeItCanBeConfirmed()
    {
        open();
        selectIds({ Parts::dialogModel(window())->dialogAt(0).id });
        DeleteConfirmationDialog *confirmation = pressDelete(true);
        QVERIFY(confirmation);
        QVERIFY(confirmation->plan().requiresReason());
        QVERIFY(!confirmation->confirmButton()->isEnabled());
        QTest::keyClicks(confirmation->reasonEdit(), u"   "_s);
        QVERIFY(!confirmation->confirmButton()->isEnabled());
        QTest::keyClicks(confirmation->reasonEdit(), u"scam links"_s);
        QVERIFY(confirmation->confirmButton()->isEnabled());
        QCOMPARE(confirmation->confirmedPlan().reason, u"scam links"_s);
        QTest::keyClick(confirmation, Qt::Key_Escape);
    }

    void theJournalViewerNamesTheDialogsItKeptAsInertText()
    {
        open();
        const qint64 anna = fixture().operatorAt(0).userId;
        // A name written to mislead: a right-to-left override and a line break.
        const QString hostileName = u"Free \u202Egnp.exe\nsignals"_s;
        const QString hostile = fixture().server().createGroup(
            anna, { anna, fixture().operatorAt(1).userId }, hostileName);
        QVERIFY(!hostile.isEmpty());
        loadAll();
        QVERIFY(Parts::dialogModel(window())->rowOf(hostile) >= 0);
        const Dialog plain = Parts::dialogModel(window())->dialogAt(
            Parts::dialogModel(window())->rowOf(hostile) == 0 ? 1 : 0);
        QVERIFY(!plain.name.isEmpty());
        selectIds({ hostile, plain.id });
        QVERIFY(confirmAndRun(pressDelete(true)));
        QVERIFY(!fixture().server().dialogExists(hostile));
        Parts::currentRun(window())->close();
        QTRY_VERIFY(!Parts::currentRun(window()));

        Parts::journalAction(window())->trigger();
        JournalViewerDialog *viewer = nullptr;
        QTRY_VERIFY((viewer = window()->findChild<JournalViewerDialog *>()));
        viewer->runTable()->selectRow(0);
        QTableWidget *items = viewer->itemTable();
        QCOMPARE(items->rowCount(), 2);
        QHash<QString, QString> shownNames;
        for (int row = 0; row < items->rowCount(); ++row)
            shownNames.insert(items->item(row, 0)->text(), items->item(row, 2)->text());
        QCOMPARE(shownNames.value(plain.id), plain.name);
        // Escaped, as on a terminal: nothing reorders the text or breaks the row.
        QCOMPARE(shownNames.value(hostile), u"Free \\u202Egnp.exe\\x0Asignals"_s);
        viewer->close();
    }

    void theJournalViewerFindsARunByDialogAndShowsItsEvidence()
    {
        open();
        QStringList ids;
        for (int row = 20; row < 23; ++row)
            ids.append(Parts::dialogModel(window())->dialogAt(row).id);
        const qsizetype messageCount = fixture().server().messageIds(ids.at(1)).size();
        QVERIFY(messageCount > 0);
        selectIds(ids);
        QVERIFY(confirmAndRun(pressDelete(true)));
        Parts::currentRun(window())->close();
        QTRY_VERIFY(!Parts::currentRun(window()));
        const QString kept = Parts::dialogModel(window())->dialogAt(30).id;
        selectIds({ kept });
        QVERIFY(confirmAndRun(pressDelete(true)));
        Parts::currentRun(window())->close();
        QTRY_VERIFY(!Parts::currentRun(window()));

        Parts::journalAction(window())->trigger();
        JournalViewerDialog *viewer = nullptr;
        QTRY_VERIFY((viewer = window()->findChild<JournalViewerDialog *>()));
        QCOMPARE(viewer->runTable()->rowCount(), 2);
        QTest::keyClicks(viewer->dialogIdFilter(), ids.at(1));
        QCOMPARE(viewer->runTable()->rowCount(), 1);
        QCOMPARE(viewer->itemTable()->rowCount(), 3);
        viewer->outcomeFilter()->setCurrentIndex(
            viewer->outcomeFilter()->findData(u"not_permitted"_s));
        QCOMPARE(viewer->runTable()->rowCount(), 0);
        viewer->outcomeFilter()->setCurrentIndex(viewer->outcomeFilter()->findData(u"deleted"_s));
        QCOMPARE(viewer->runTable()->rowCount(), 1);

        // The evidence is what the sandbox held before the delete, messages included.
        int row = 0;
        while (viewer->itemTable()->item(row, 0)->text() != ids.at(1))
            ++row;
        viewer->itemTable()->selectRow(row);
        const QString evidence = viewer->evidenceView()->toPlainText();
        QVERIFY(!evidence.isEmpty());
        // A line naming the dialog, then one line per message.
        QCOMPARE(evidence.count(u'\n'), std::min<qsizetype>(messageCount, 100));
    }

    void anInterruptedRunIsOfferedForReconcileAndSettled()
    {
        open();
        const QString deleted = Parts::dialogModel(window())->dialogAt(40).id;
        const QString surviving = Parts::dialogModel(window())->dialogAt(41).id;
        {
            // What a killed run leaves: two ids sent, no answer recorded, no end.
            Journal journal;
            QVERIFY(journal.open(m_console->journalPath()));
            Journal::Run run;
            run.profile = u"Test sandbox"_s;
            run.endpoint = fixture().server().endpoint().toString();
            run.authMode = u"api_key"_s;
            run.apiKeyFingerprint = Journal::apiKeyFingerprint(fixture().server().apiKey());
            run.mode = RunMode::ForEveryone;
            run.target = RunTarget::Dialogs;
            run.reason = u"spam"_s;
            const auto runId = journal.beginRun(run, { deleted, surviving });
            QVERIFY(runId);
            QVERIFY(journal.markSent(*runId, { deleted, surviving }));
        }
        auto client = fixture().apiKeyClient();
        BulkDeleteEngine engine(client.get());
        QSignalSpy finished(&engine, &BulkDeleteEngine::finished);
        engine.start({ deleted }, {});
        QVERIFY(finished.wait(10000));

        // Connecting again looks at the journal.
        Profile profile = Profile::create(u"Test sandbox"_s);
        profile.settings = fixture().apiKeySettings();
        window()->connectTo(profile, fixture().apiKeyCredentials());
        QVERIFY(Parts::recoveryBar(window())->isVisible());
        QTest::mouseClick(window()->findChild<QPushButton *>(u"reconcile"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            Parts::recoveryLabel(window())->text().contains(u"1 gone, 1 still present"_s), 10000);

        Journal journal;
        QVERIFY(journal.open(m_console->journalPath()));
        QVERIFY(journal.runsNeedingReconcile().isEmpty());
        const QList<Journal::Item> items = journal.items(journal.runs().first().id);
        QCOMPARE(items.size(), 2);
        for (const Journal::Item &item : items) {
            QCOMPARE(item.outcome, item.objectId == deleted ? u"gone"_s : u"present"_s);
            QCOMPARE(item.settledBy, u"reconcile"_s);
        }
    }

    // One failing page stops "Load all"; Retry carries on from there: the table is never
    // cleared and only what did not arrive is asked for again.
    void retryAfterAFailedLoadAllResumesWhereItStopped()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 3000; // 30 pages: most still to come when the server starts failing
        open(options);
        SandboxServer &server = fixture().server();
        DialogListLoader *loader = Parts::loader(window());
        const auto breakMidway
            = connect(loader, &DialogListLoader::progressChanged, this, [&server](int loaded, int) {
                  if (loaded >= 1000)
                      server.setErrorRate(1.0);
              });
        Parts::loadAllAction(window())->trigger();
        QWidget *errorBar = window()->findChild<QWidget *>(u"errorBar"_s);
        QTRY_VERIFY_WITH_TIMEOUT(errorBar->isVisible(), 20000);
        QTRY_VERIFY(!loader->isLoading());
        disconnect(breakMidway);
        const int loaded = Parts::dialogModel(window())->rowCount();
        QVERIFY2(loaded >= 1000 && loaded < 3000, qPrintable(QString::number(loaded)));

        server.setErrorRate(0);
        QSignalSpy cleared(Parts::dialogModel(window()), &QAbstractItemModel::modelReset);
        QSignalSpy answered(&server, &SandboxServer::requestAnswered);
        QTest::mouseClick(window()->findChild<QPushButton *>(u"retryLoad"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(Parts::dialogModel(window())->rowCount(), 3000, 20000);
        QTRY_VERIFY(!loader->isLoading());
        QCOMPARE(cleared.size(), 0);
        // Only the pages that did not arrive (and answers to requests cancelled at the failure,
        // at most one per request in flight): starting again would ask for all thirty.
        const int missingPages = (3000 - loaded + 99) / 100;
        const int stragglers = Parts::client(window())->limits().maxInFlight;
        QVERIFY(missingPages + stragglers < 30);
        int asked = 0; // dialog pages; owners' names are looked up besides
        for (const QList<QVariant> &answer : std::as_const(answered))
            asked += answer.at(1).toString().startsWith(u"/chat/Dialog"_s) ? 1 : 0;
        QVERIFY2(asked <= missingPages + stragglers,
            qPrintable(u"%1 requests for %2 missing pages"_s.arg(asked).arg(missingPages)));
        QVERIFY(!errorBar->isVisible());
    }

    void layoutIsRememberedAcrossWindows()
    {
        open();
        table()->setColumnWidth(0, 333);
        window()->close();
        MainWindow second(m_console->settings());
        QCOMPARE(Parts::dialogTable(&second)->columnWidth(0), 333);
    }
};

QTEST_MAIN(TestMainWindowSandbox)
#include "TestMainWindowSandbox.moc"

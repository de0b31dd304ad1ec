// SPDX-License-Identifier: Apache-2.0

#include "AwaitChild.h"
#include "ConsoleOnSandbox.h"
#include "ConsoleParts.h"
#include "DeleteConfirmationDialog.h"
#include "DeleteRunDialog.h"
#include "MainWindow.h"
#include "ModerationSettingsDialog.h"
#include "domain/ChatUser.h"
#include "models/DialogFilterProxyModel.h"
#include "models/DialogListLoader.h"
#include "models/DialogTableModel.h"
#include "moderation/Journal.h"
#include "moderation/ModerationSettings.h"
#include "support/Translations.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

// The console's operator-safety settings: the Settings dialog, and what each setting changes in
// a delete against the sandbox (evidence, its retention, the reason rule, protected users).
class TestModerationSettings final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ConsoleOnSandbox> m_console;

    MainWindow *window() const { return m_console->window(); }
    QSettings *settingsFile() const { return m_console->settings(); }
    QString journalPath() const { return m_console->journalPath(); }

    void createWindow()
    {
        m_console = std::make_unique<ConsoleOnSandbox>();
        QVERIFY(m_console->createWindow());
    }

    void connectToSandbox() { QVERIFY(m_console->connect()); }

    void selectRow(int sourceRow)
    {
        QTableView *table = Parts::dialogTable(window());
        table->clearSelection();
        const QModelIndex index = Parts::filterModel(window())->mapFromSource(
            Parts::dialogModel(window())->index(sourceRow, 0));
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
            table->visualRect(index).center());
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    }

    DeleteConfirmationDialog *pressForceDelete()
    {
        window()->activateWindow();
        if (!QTest::qWaitForWindowActive(window()))
            qWarning("the main window did not become active");
        Parts::dialogTable(window())->setFocus();
        QTest::keyClick(Parts::dialogTable(window()), Qt::Key_Delete, Qt::ShiftModifier);
        return awaitChild<DeleteConfirmationDialog>(window());
    }

    // Space on the focused box, as a keyboard user would: a click at the widget's centre may miss
    // the text of a box stretched by its layout.
    static void toggle(QCheckBox *box)
    {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
    }

    ModerationSettingsDialog *openSettings() { return ::openSettings(window()); }

private Q_SLOTS:
    // English whatever language the environment asks for (LANGUAGE comes before LANG and LC_ALL
    // on Unix): the checks read English words, plurals included, which only the English
    // catalogue holds.
    void initTestCase() { Translations::install(QCoreApplication::instance(), u"en"_s); }

    void cleanup() { m_console.reset(); }

    void theDefaultsAreTheSafeOnes()
    {
        const ModerationSettings defaults;
        QVERIFY(defaults.keepEvidence);
        QCOMPARE(defaults.evidenceRetentionDays, 0);
        QVERIFY(!defaults.evidenceCutoff(QDateTime::currentDateTimeUtc()));
        const ModerationGuard guard = defaults.guard();
        QVERIFY(guard.isReasonRequired(true, std::nullopt));
        QVERIFY(guard.isReasonRequired(false, 7));
        QVERIFY(!guard.isReasonRequired(false, std::nullopt));
    }

    void settingsRoundTripThroughQSettings()
    {
        QTemporaryDir home;
        const QString path = home.filePath(u"qbmod.ini"_s);
        ModerationSettings settings;
        settings.keepEvidence = false;
        settings.evidenceRetentionDays = 30;
        settings.reasonForForce = false;
        settings.reasonOnBehalfOf = true;
        settings.protectedUsers = { 42, 7 };
        {
            QSettings file(path, QSettings::IniFormat);
            settings.save(&file);
        }
        QSettings file(path, QSettings::IniFormat);
        QCOMPARE(file.value(u"moderation/protectedUsers"_s).toString(), u"7, 42"_s);
        QVERIFY(ModerationSettings::load(file) == settings);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(*ModerationSettings::load(file).evidenceCutoff(now), now.addDays(-30));
    }

    void theSettingsDialogSavesWhatIsEntered()
    {
        createWindow();
        // The platform's key for preferences, or Ctrl+, where the platform has none.
        const QKeySequence platform(QKeySequence::Preferences);
        QCOMPARE(Parts::settingsAction(window())->shortcut(),
            platform.isEmpty() ? QKeySequence(u"Ctrl+,"_s) : platform);
        QCOMPARE(Parts::settingsAction(window())->menuRole(), QAction::PreferencesRole);
        ModerationSettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        QVERIFY(dialog->keepEvidenceBox()->isChecked());
        QVERIFY(dialog->reasonForForceBox()->isChecked());

        toggle(dialog->keepEvidenceBox());
        toggle(dialog->reasonForForceBox());
        dialog->retentionBox()->selectAll();
        QTest::keyClicks(dialog->retentionBox(), u"14"_s);
        QTest::keyClicks(dialog->protectedUsersEdit(), u"12, 34"_s);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!window()->findChild<ModerationSettingsDialog *>());

        const ModerationSettings saved = ModerationSettings::load(*m_console->settings());
        QVERIFY(!saved.keepEvidence);
        QCOMPARE(saved.evidenceRetentionDays, 14);
        QVERIFY(!saved.reasonForForce);
        QVERIFY(saved.reasonOnBehalfOf);
        QCOMPARE(saved.protectedUsers, (QSet<qint64> { 12, 34 }));
        // Written to the file, where the next start reads it.
        QSettings file(settingsFile()->fileName(), QSettings::IniFormat);
        QCOMPARE(file.value(u"moderation/protectedUsers"_s).toString(), u"12, 34"_s);
    }

    void theLanguageChosenInSettingsIsWhatTheNextStartUses()
    {
        createWindow();
        ModerationSettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        QCOMPARE(dialog->language(), QString()); // the system's, until one is chosen
        const int ukrainian = dialog->languageBox()->findData(u"uk"_s);
        QVERIFY(ukrainian > 0);
        QCOMPARE(dialog->languageBox()->itemText(ukrainian), u"українська"_s);
        dialog->languageBox()->setCurrentIndex(ukrainian);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!window()->findChild<ModerationSettingsDialog *>());
        QCOMPARE(Translations::chosenLanguage(*settingsFile()), u"uk"_s);

        dialog = openSettings();
        QVERIFY(dialog);
        QCOMPARE(dialog->language(), u"uk"_s);
        dialog->languageBox()->setCurrentIndex(0);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!window()->findChild<ModerationSettingsDialog *>());
        QCOMPARE(Translations::chosenLanguage(*settingsFile()), QString());
    }

    void badProtectedUserIdsAreRefusedAndNothingIsSaved()
    {
        createWindow();
        ModerationSettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        toggle(dialog->keepEvidenceBox());
        QTest::keyClicks(dialog->protectedUsersEdit(), u"12, bob"_s);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorLabel()->isVisible());
        QVERIFY2(dialog->errorLabel()->text().contains(u"\"bob\" is not a user id"_s),
            qPrintable(dialog->errorLabel()->text()));
        QVERIFY(!settingsFile()->contains(u"moderation/keepEvidence"_s));
        QVERIFY(ModerationSettings::load(*m_console->settings()) == ModerationSettings());

        dialog->reject();
        QTRY_VERIFY(!window()->findChild<ModerationSettingsDialog *>());
        QVERIFY(ModerationSettings::load(*m_console->settings()) == ModerationSettings());
    }

    void withoutKeepEvidenceAForceDeleteStoresNoEvidence()
    {
        createWindow();
        ModerationSettings settings;
        settings.keepEvidence = false;
        settings.save(settingsFile());
        connectToSandbox();
        const QString id = Parts::dialogModel(window())->dialogAt(0).id;
        selectRow(0);
        DeleteConfirmationDialog *confirmation = pressForceDelete();
        QVERIFY(confirmation);
        QTest::keyClicks(confirmation->reasonEdit(), u"spam"_s);
        DeleteRunDialog *run = m_console->clickConfirm(confirmation);
        QVERIFY(run);
        QCOMPARE(run->summaryText(), u"Deleted 1 of 1 for everyone."_s);
        QVERIFY(!m_console->fixture().server().dialogExists(id));

        Journal journal;
        QVERIFY(journal.open(journalPath()));
        const QList<Journal::Run> runs = journal.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().mode, RunMode::ForEveryone);
        QVERIFY(journal.evidence(runs.first().id).isEmpty());
    }

    void withoutTheReasonRuleAForceDeleteNeedsNoReason()
    {
        createWindow();
        ModerationSettings settings;
        settings.reasonForForce = false;
        settings.save(settingsFile());
        connectToSandbox();
        const QString id = Parts::dialogModel(window())->dialogAt(0).id;
        selectRow(0);
        DeleteConfirmationDialog *confirmation = pressForceDelete();
        QVERIFY(confirmation);
        QVERIFY(!confirmation->plan().requiresReason());
        QVERIFY(confirmation->reasonEdit()->text().isEmpty());
        QVERIFY(confirmation->confirmButton()->isEnabled());
        QVERIFY(!confirmation->overrideProtectionBox());
        DeleteRunDialog *run = m_console->clickConfirm(confirmation);
        QVERIFY(run);
        QCOMPARE(run->summaryText(), u"Deleted 1 of 1 for everyone."_s);
        QVERIFY(!m_console->fixture().server().dialogExists(id));
    }

    void forceDeletingAProtectedOwnersDialogNeedsTheOverride()
    {
        createWindow();
        connectToSandbox();
        const Dialog dialog = Parts::dialogModel(window())->dialogAt(0);
        ModerationSettings settings;
        settings.protectedUsers = { dialog.ownerId };
        settings.save(settingsFile());

        selectRow(0);
        DeleteConfirmationDialog *confirmation = pressForceDelete();
        QVERIFY(confirmation);
        QCOMPARE(confirmation->plan().protectedDialogs().size(), 1);
        QCheckBox *override = confirmation->overrideProtectionBox();
        QVERIFY(override);
        QVERIFY(override->isVisible());
        QVERIFY(!override->isChecked());
        auto *warning = confirmation->findChild<QLabel *>(u"protectedWarning"_s);
        QVERIFY(warning);
        const QString owner = confirmation->plan().ownerName(dialog);
        QVERIFY2(warning->text().contains(owner), qPrintable(warning->text()));
        // The preview marks the dialog itself in its Protected column.
        auto *preview = confirmation->findChild<QTreeWidget *>(u"preview"_s);
        QVERIFY(preview);
        const QList<QTreeWidgetItem *> rows = preview->findItems(dialog.id, Qt::MatchExactly, 0);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->text(3), u"Protected"_s);
        QTest::keyClicks(confirmation->reasonEdit(), u"staff account compromised"_s);
        QVERIFY(!confirmation->confirmButton()->isEnabled());
        toggle(override);
        QVERIFY(override->isChecked());
        QVERIFY(confirmation->confirmButton()->isEnabled());

        DeleteRunDialog *run = m_console->clickConfirm(confirmation);
        QVERIFY(run);
        QCOMPARE(run->summaryText(), u"Deleted 1 of 1 for everyone."_s);
        QVERIFY(!m_console->fixture().server().dialogExists(dialog.id));
        Journal journal;
        QVERIFY(journal.open(journalPath()));
        const QList<Journal::Run> runs = journal.runs();
        QCOMPARE(runs.size(), 1);
        QVERIFY(runs.first().protectionOverridden);
    }

    void deletingOnBehalfOfAProtectedUserNeedsTheOverride()
    {
        createWindow();
        connectToSandbox();
        const SandboxOperator ben = m_console->fixture().operatorAt(1);
        ModerationSettings settings;
        settings.protectedUsers = { ben.userId };
        settings.save(settingsFile());
        ChatUser user;
        user.id = ben.userId;
        user.login = ben.login;
        window()->setActingUser(user);
        QVERIFY2(Parts::actingBannerLabel(window())->text().contains(u"protected"_s),
            qPrintable(Parts::actingBannerLabel(window())->text()));
        QTRY_VERIFY_WITH_TIMEOUT(
            !Parts::loader(window())->isLoading() && Parts::dialogModel(window())->rowCount() > 0,
            10000);
        const QString id = Parts::dialogModel(window())->dialogAt(0).id;
        selectRow(0);

        window()->activateWindow();
        if (!QTest::qWaitForWindowActive(window()))
            qWarning("the main window did not become active");
        Parts::dialogTable(window())->setFocus();
        QTest::keyClick(Parts::dialogTable(window()), Qt::Key_Delete);
        DeleteConfirmationDialog *confirmation = nullptr;
        QTRY_VERIFY((confirmation = window()->findChild<DeleteConfirmationDialog *>()));
        QVERIFY(confirmation->plan().actsForProtectedUser());
        QVERIFY(confirmation->overrideProtectionBox());
        QTest::keyClicks(confirmation->reasonEdit(), u"report"_s);
        QVERIFY(!confirmation->confirmButton()->isEnabled());

        // Cancelling sends nothing.
        QTest::keyClick(confirmation, Qt::Key_Escape);
        QTRY_VERIFY(!window()->findChild<DeleteConfirmationDialog *>());
        QVERIFY(!Parts::currentRun(window()));
        QVERIFY(m_console->fixture().server().dialogVisibleTo(id, ben.userId));
    }

    void aDeleteTouchingNoProtectedUserRecordsNoOverride()
    {
        createWindow();
        ModerationSettings settings;
        settings.protectedUsers = { 999999999 };
        settings.save(settingsFile());
        connectToSandbox();
        selectRow(0);
        DeleteConfirmationDialog *confirmation = pressForceDelete();
        QVERIFY(confirmation);
        QVERIFY(!confirmation->overrideProtectionBox());
        QTest::keyClicks(confirmation->reasonEdit(), u"spam"_s);
        QVERIFY(m_console->clickConfirm(confirmation));
        Journal journal;
        QVERIFY(journal.open(journalPath()));
        QCOMPARE(journal.runs().size(), 1);
        QVERIFY(!journal.runs().first().protectionOverridden);
    }

    void evidenceOlderThanTheRetentionIsPruned()
    {
        createWindow();
        connectToSandbox();
        selectRow(0);
        DeleteConfirmationDialog *confirmation = pressForceDelete();
        QVERIFY(confirmation);
        QTest::keyClicks(confirmation->reasonEdit(), u"spam"_s);
        QVERIFY(m_console->clickConfirm(confirmation));
        qint64 runId = 0;
        {
            Journal journal;
            QVERIFY(journal.open(journalPath()));
            runId = journal.runs().first().id;
            QCOMPARE(journal.evidence(runId).size(), 1);
        }
        // Age the evidence as if it was collected 40 days ago.
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"age-evidence"_s);
            db.setDatabaseName(journalPath());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"UPDATE evidence SET collected_at = '%1'"_s.arg(
                QDateTime::currentDateTimeUtc().addDays(-40).toString(
                    u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s))));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"age-evidence"_s);

        // A retention longer than the age keeps it.
        ModerationSettingsDialog *dialog = openSettings();
        QVERIFY(dialog);
        dialog->retentionBox()->selectAll();
        QTest::keyClicks(dialog->retentionBox(), u"60"_s);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!window()->findChild<ModerationSettingsDialog *>());
        {
            Journal journal;
            QVERIFY(journal.open(journalPath()));
            QCOMPARE(journal.evidence(runId).size(), 1);
        }

        // A shorter one prunes it as soon as it is saved; the run itself stays.
        dialog = openSettings();
        QVERIFY(dialog);
        QCOMPARE(dialog->retentionBox()->value(), 60);
        dialog->retentionBox()->selectAll();
        QTest::keyClicks(dialog->retentionBox(), u"30"_s);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!window()->findChild<ModerationSettingsDialog *>());
        Journal journal;
        QVERIFY(journal.open(journalPath()));
        QVERIFY(journal.evidence(runId).isEmpty());
        QCOMPARE(journal.runs().size(), 1);
    }
};

QTEST_MAIN(TestModerationSettings)
#include "TestModerationSettings.moc"

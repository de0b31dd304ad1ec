// SPDX-License-Identifier: Apache-2.0

#include "ConsoleOnSandbox.h"
#include "ConsoleParts.h"
#include "DeleteConfirmationDialog.h"
#include "DeleteRunDialog.h"
#include "DialogDetailPane.h"
#include "moderation/Journal.h"
#include "support/Translations.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

// A whole triage without a mouse: filter, select, review, delete for everyone, read the result,
// every step a key press sent where the keyboard focus is. The sandbox and the journal show
// what happened, not only the widgets.
class TestKeyboardTriage final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ConsoleOnSandbox> m_console;

    MainWindow *window() const { return m_console->window(); }

    // A key where the focus is, as a keyboard would send it.
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        if (!target)
            target = QApplication::activeModalWidget();
        if (!target)
            target = QApplication::activeWindow();
        QVERIFY2(target, "nothing has the keyboard");
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    static void type(const QString &text)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY2(target, "nothing has the keyboard");
        QTest::keyClicks(target, text);
    }

    static bool within(const QWidget *widget, const QWidget *ancestor)
    {
        return widget && (widget == ancestor || ancestor->isAncestorOf(widget));
    }

private Q_SLOTS:
    // English whatever language the environment asks for (LANGUAGE comes before LANG and LC_ALL
    // on Unix): the checks read English words, plurals included, which only the English
    // catalogue holds.
    void initTestCase() { Translations::install(QCoreApplication::instance(), u"en"_s); }

    void cleanup() { m_console.reset(); }

    void aTriageFromTheKeyboardAlone()
    {
        m_console = std::make_unique<ConsoleOnSandbox>();
        QVERIFY(m_console->connect());
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTableView *table = Parts::dialogTable(window());
        // A name a US keyboard can type.
        QString name;
        for (int row = 0; row < Parts::dialogModel(window())->rowCount() && name.isEmpty(); ++row) {
            const QString candidate = Parts::dialogModel(window())->dialogAt(row).name;
            if (std::all_of(candidate.cbegin(), candidate.cend(),
                    [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; }))
                name = candidate;
        }
        QVERIFY(!name.isEmpty());

        // Filter: Ctrl+F, a name.
        press(Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(Parts::localFilterEdit(window())->hasFocus());
        type(name);
        QTRY_VERIFY(
            Parts::filterModel(window())->rowCount() < Parts::dialogModel(window())->rowCount());
        QVERIFY(Parts::filterModel(window())->rowCount() >= 1);
        press(Qt::Key_A, Qt::ControlModifier); // in the field: selects its text, not rows
        press(Qt::Key_Backspace);
        QTRY_COMPARE(
            Parts::filterModel(window())->rowCount(), Parts::dialogModel(window())->rowCount());

        // Select: to the table, Space toggles, Ctrl+Down moves on without selecting.
        press(Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(table->hasFocus());
        press(Qt::Key_Space);
        press(Qt::Key_Down, Qt::ControlModifier);
        press(Qt::Key_Down, Qt::ControlModifier);
        press(Qt::Key_Space);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
        press(Qt::Key_Space); // toggles back out
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        press(Qt::Key_Space);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
        QStringList chosen;
        for (const QModelIndex &row : table->selectionModel()->selectedRows())
            chosen.append(Parts::dialogModel(window())
                              ->dialogAt(Parts::filterModel(window())->mapToSource(row).row())
                              .id);

        // Review: Tab leaves the table for the detail pane, with the selection kept.
        DialogDetailPane *detail = Parts::detailPane(window());
        QVERIFY2(chosen.contains(detail->dialogId()), qPrintable(detail->dialogId()));
        press(Qt::Key_Tab);
        QTRY_VERIFY2(within(QApplication::focusWidget(), detail),
            qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                   : u"none"_s));
        QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
        press(Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY(table->hasFocus());

        // Delete for everyone: the confirmation starts in the reason.
        press(Qt::Key_Delete, Qt::ShiftModifier);
        DeleteConfirmationDialog *confirmation = m_console->waitForConfirmation();
        QVERIFY(confirmation);
        QTRY_VERIFY(confirmation->reasonEdit()->hasFocus());
        // Enter before the reason keeps the dialog open.
        press(Qt::Key_Return);
        QVERIFY(confirmation->isVisible());
        QVERIFY(confirmation->reasonEdit()->hasFocus());
        type(u"keyboard triage"_s);
        press(Qt::Key_Tab);
        if (confirmation->typedCountEdit()) {
            QVERIFY(confirmation->typedCountEdit()->hasFocus());
            type(u"2"_s);
            press(Qt::Key_Tab);
        }
        // The action button is next, focused where the moderator can see it.
        QCOMPARE(QApplication::focusWidget(), confirmation->confirmButton());
        QVERIFY(confirmation->confirmButton()->text().startsWith(u'&'));
        QVERIFY(confirmation->confirmButton()->styleSheet().contains(u":focus"_s));
        press(Qt::Key_Return);

        // Read the result.
        QTRY_VERIFY_WITH_TIMEOUT(Parts::currentRun(window()), 5000);
        DeleteRunDialog *run = Parts::currentRun(window());
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 20000);
        QCOMPARE(run->summaryText(), u"Deleted 2 of 2 for everyone."_s);
        for (const QString &id : std::as_const(chosen))
            QVERIFY(!m_console->fixture().server().dialogExists(id));

        Journal journal;
        QVERIFY(journal.open(m_console->journalPath()));
        const QList<Journal::Run> runs = journal.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().reason, u"keyboard triage"_s);
        QCOMPARE(runs.first().mode, RunMode::ForEveryone);
        QStringList journaled;
        for (const Journal::Item &item : journal.items(runs.first().id))
            journaled.append(item.objectId);
        journaled.sort();
        chosen.sort();
        QCOMPARE(journaled, chosen);
    }

    // Enter in the count field with the wrong number neither cancels nor loses what was typed.
    void enterInTheConfirmationNeverCancels()
    {
        m_console = std::make_unique<ConsoleOnSandbox>();
        QVERIFY(m_console->connect());
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTableView *table = Parts::dialogTable(window());
        const int dialogs = int(m_console->fixture().server().allDialogIds().size());
        press(Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(table->hasFocus());
        press(Qt::Key_A, Qt::ControlModifier); // every loaded dialog: the count must be typed
        press(Qt::Key_Delete, Qt::ShiftModifier);
        DeleteConfirmationDialog *confirmation = m_console->waitForConfirmation();
        QVERIFY(confirmation);
        QVERIFY(confirmation->typedCountEdit());
        QTRY_VERIFY(confirmation->reasonEdit()->hasFocus());
        type(u"cleanup"_s);
        press(Qt::Key_Tab);
        type(u"12"_s);
        press(Qt::Key_Return);
        QVERIFY(confirmation->isVisible());
        QCOMPARE(confirmation->reasonEdit()->text(), u"cleanup"_s);
        QCOMPARE(confirmation->typedCountEdit()->text(), u"12"_s);
        QVERIFY(confirmation->typedCountEdit()->hasFocus());
        QVERIFY(!Parts::currentRun(window()));
        auto *missing = confirmation->findChild<QLabel *>(u"missingBeforeConfirm"_s);
        QVERIFY(missing && missing->isVisible());

        // Esc cancels; the next confirmation offers the reason again.
        press(Qt::Key_Escape);
        QTRY_VERIFY(!window()->findChild<DeleteConfirmationDialog *>());
        // The offscreen platform does not give the window back its activation on its own.
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTRY_VERIFY(table->hasFocus());
        press(Qt::Key_Delete, Qt::ShiftModifier);
        confirmation = m_console->waitForConfirmation();
        QVERIFY(confirmation);
        QCOMPARE(confirmation->reasonEdit()->text(), u"cleanup"_s);
        QCOMPARE(int(m_console->fixture().server().allDialogIds().size()), dialogs);
    }

    // Every menu action can be reached from the keyboard, and Help lists the keys.
    void everyActionHasAShortcutAndHelpListsThem()
    {
        m_console = std::make_unique<ConsoleOnSandbox>();
        QVERIFY(m_console->connect());
        for (const QAction *menu : window()->menuBar()->actions()) {
            QVERIFY(menu->menu());
            for (const QAction *action : menu->menu()->actions()) {
                if (action->isSeparator() || action->objectName() == u"about"_s)
                    continue;
                QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
            }
        }
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        Parts::dialogTable(window())->setFocus();
        press(Qt::Key_F1);
        QDialog *help = nullptr;
        QTRY_VERIFY((help = window()->findChild<QDialog *>(u"shortcutsDialog"_s)));
        auto *list = help->findChild<QTreeWidget *>(u"shortcutList"_s);
        QVERIFY(list);
        const auto found = list->findItems(
            QKeySequence(Qt::SHIFT | Qt::Key_Delete).toString(QKeySequence::NativeText),
            Qt::MatchExactly | Qt::MatchRecursive, 1);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first()->text(0), u"Delete for everyone…"_s);
    }
};

QTEST_MAIN(TestKeyboardTriage)
#include "TestKeyboardTriage.moc"

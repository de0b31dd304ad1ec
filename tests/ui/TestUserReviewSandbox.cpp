// SPDX-License-Identifier: Apache-2.0

#include "ConsoleOnSandbox.h"
#include "ConsoleParts.h"
#include "DeleteConfirmationDialog.h"
#include "DeleteRunDialog.h"
#include "JournalViewerDialog.h"
#include "MainWindow.h"
#include "MessageViewer.h"
#include "UserDetailPane.h"
#include "UserReviewPanel.h"
#include "api/endpoints/ListDialogsEndpoint.h"
#include "models/DeleteResultModel.h"
#include "models/DialogListLoader.h"
#include "models/DialogTableModel.h"
#include "models/MessageListLoader.h"
#include "models/MessageTableModel.h"
#include "models/UserListLoader.h"
#include "models/UserTableModel.h"
#include "moderation/Journal.h"
#include "moderation/ModerationSettings.h"
#include "support/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

// The Users page against the sandbox, driven like an admin cleaning up after a spammer: find the
// user, read their account, dialogs and messages, take them out of groups and delete what they
// wrote. Every result is checked against the sandbox's own data.
class TestUserReviewSandbox final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ConsoleOnSandbox> m_console;

    MainWindow *window() const { return m_console->window(); }
    SandboxServer &server() { return m_console->server(); }
    UserReviewPanel *panel() const { return Parts::userReviewPanel(window()); }

    void open(AuthMode mode = AuthMode::ApiKey,
        const SandboxOptions &options = SandboxFixture::defaultOptions())
    {
        m_console = std::make_unique<ConsoleOnSandbox>();
        QVERIFY(m_console->connect(mode, options));
        Parts::reviewUsersAction(window())->trigger();
        QVERIFY(Parts::pages(window())->currentWidget()->isAncestorOf(panel()));
    }

    void search(UserSearch::By by, const QString &text)
    {
        QComboBox *box = panel()->searchByBox();
        box->setCurrentIndex(box->findData(int(by)));
        panel()->searchEdit()->clear();
        QTest::keyClicks(panel()->searchEdit(), text);
        QTest::mouseClick(panel()->searchButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->userLoader()->isLoading(), 10000);
    }

    // Types into the search with "Detect from text" chosen and presses Enter.
    void searchTyped(const QString &text)
    {
        QComboBox *box = panel()->searchByBox();
        box->setCurrentIndex(box->findData(-1));
        QCOMPARE(box->currentIndex(), 0); // what a new moderator gets
        panel()->searchEdit()->clear();
        QTest::keyClicks(panel()->searchEdit(), text);
        QTest::keyClick(panel()->searchEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->userLoader()->isLoading(), 10000);
    }

    // Clicks the user's row: a search never chooses for the moderator.
    void chooseUser(qint64 userId)
    {
        QTableView *table = panel()->userTable();
        const int sourceRow = panel()->userModel()->rowOf(userId);
        QVERIFY2(sourceRow >= 0, qPrintable(QString::number(userId)));
        const auto *proxy = static_cast<QSortFilterProxyModel *>(table->model());
        const QModelIndex index = proxy->mapFromSource(panel()->userModel()->index(sourceRow, 0));
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QTRY_COMPARE(panel()->currentUser().value_or(ChatUser {}).id, userId);
    }

    // Searches by id, chooses the user and waits for their dialogs.
    void openUser(qint64 userId)
    {
        search(UserSearch::By::Ids, QString::number(userId));
        QCOMPARE(panel()->userModel()->rowCount(), 1);
        QVERIFY(!panel()->currentUser());
        chooseUser(userId);
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->dialogLoader()->isLoading(), 10000);
    }

    void selectDialogs(const QStringList &ids)
    {
        QTableView *table = panel()->dialogTable();
        table->clearSelection();
        for (const QString &id : ids) {
            const int row = panel()->dialogModel()->rowOf(id);
            QVERIFY2(row >= 0, qPrintable(id));
            const QModelIndex index = panel()->dialogModel()->index(row, 0);
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                table->visualRect(index).center());
        }
        QCOMPARE(table->selectionModel()->selectedRows().size(), ids.size());
    }

    DeleteConfirmationDialog *press(QPushButton *button)
    {
        if (!button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        return m_console->waitForConfirmation();
    }

    DeleteRunDialog *confirmAndRun(DeleteConfirmationDialog *dialog)
    {
        return m_console->confirmAndRun(dialog);
    }

    void closeRun(DeleteRunDialog *run)
    {
        QPointer<DeleteRunDialog> guard(run);
        run->cancelOrClose();
        QTRY_VERIFY(!guard);
    }

    QStringList messagesFrom(qint64 userId, const QString &dialogId)
    {
        QStringList ids;
        for (const QString &id : server().messageIds(dialogId)) {
            if (server().messageSender(id) == userId)
                ids.append(id);
        }
        return ids;
    }

    struct Spammer {
        qint64 id = 0;
        QStringList groupsToLeave; // groups they are in but do not own
        QString dialogWithTheirMessages; // stays theirs after they leave those groups
    };

    // A spammer in groups they do not own, who also wrote in a dialog they keep.
    Spammer findSpammer()
    {
        for (const qint64 spammer : server().spammerIds()) {
            Spammer found { spammer, {}, {} };
            for (const QString &dialog : server().dialogIdsVisibleTo(spammer)) {
                const bool group = server().dialogType(dialog) == int(DialogType::Group);
                if (group && server().dialogOwner(dialog) != spammer
                    && server().dialogOccupants(dialog).contains(spammer)) {
                    if (found.groupsToLeave.size() < 2)
                        found.groupsToLeave.append(dialog);
                } else if (found.dialogWithTheirMessages.isEmpty()
                    && messagesFrom(spammer, dialog).size() >= 4) {
                    found.dialogWithTheirMessages = dialog;
                }
            }
            if (!found.groupsToLeave.isEmpty() && !found.dialogWithTheirMessages.isEmpty())
                return found;
        }
        return {};
    }

private Q_SLOTS:
    // English whatever language the environment asks for (LANGUAGE comes before LANG and LC_ALL
    // on Unix): the checks read English words, plurals included, which only the English
    // catalogue holds.
    void initTestCase() { Translations::install(QCoreApplication::instance(), u"en"_s); }

    void cleanup() { m_console.reset(); }

    void usersAreFoundByEveryField()
    {
        open();
        search(UserSearch::By::Everyone, {});
        QCOMPARE(panel()->userModel()->rowCount(), UserListLoader::pageSize);
        QCOMPARE(panel()->userLoader()->totalEntries(), server().userIds().size());
        QTest::mouseClick(panel()->findChild<QPushButton *>(u"loadMoreUsers"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            panel()->userModel()->rowCount(), 2 * UserListLoader::pageSize, 10000);

        ChatUser someone;
        for (int row = 0; row < panel()->userModel()->rowCount(); ++row) {
            const ChatUser &user = panel()->userModel()->userAt(row);
            if (!user.email.isEmpty() && user.fullName.size() >= 5 && !user.tags.isEmpty()) {
                someone = user;
                break;
            }
        }
        QVERIFY(someone.id != 0);

        const QList<std::pair<UserSearch::By, QString>> searches {
            { UserSearch::By::Ids, QString::number(someone.id) },
            { UserSearch::By::LoginPrefix, someone.login },
            { UserSearch::By::LoginPrefix, someone.login.left(3) },
            { UserSearch::By::Email, someone.email },
            { UserSearch::By::FullName, someone.fullName.left(5) },
            { UserSearch::By::Tags, someone.tags.first() },
        };
        for (const auto &[by, text] : searches) {
            search(by, text);
            QVERIFY2(panel()->userModel()->rowOf(someone.id) >= 0, qPrintable(text));
        }

        // The detail pane shows the account as plain text.
        search(UserSearch::By::Ids, QString::number(someone.id));
        chooseUser(someone.id);
        QCOMPARE(panel()->userDetail()->fieldText(u"login"_s), someone.login);
        QCOMPARE(panel()->userDetail()->fieldText(u"email"_s), someone.email);

        // Bad input gets a clear word and changes nothing.
        search(UserSearch::By::Ids, u"12ab"_s);
        QVERIFY(panel()->searchStatus()->text().contains(u"12ab"_s));
        QCOMPARE(panel()->userModel()->rowCount(), 1);
        search(UserSearch::By::FullName, u"ab"_s);
        QVERIFY(panel()->searchStatus()->text().contains(u"3 characters"_s));

        // A search that finds nobody leaves nobody to act on.
        search(UserSearch::By::LoginPrefix, u"no-such-login-anywhere"_s);
        QCOMPARE(panel()->userModel()->rowCount(), 0);
        QVERIFY(!panel()->currentUser());
        QCOMPARE(panel()->dialogModel()->rowCount(), 0);
        QVERIFY(!panel()->deleteOwnedButton()->isEnabled());
    }

    void typedTextIsNeverIgnoredAndNobodyIsChosen()
    {
        open();
        QSet<qint64> protectedUsers;
        QList<ChatUser> staff;
        searchTyped(u"mod."_s); // one word: a login prefix
        QVERIFY2(panel()->searchStatus()->text().contains(u"login starts with"_s),
            qPrintable(panel()->searchStatus()->text()));
        QCOMPARE(panel()->userModel()->rowCount(), 3);
        for (int row = 0; row < panel()->userModel()->rowCount(); ++row) {
            const ChatUser &user = panel()->userModel()->userAt(row);
            QVERIFY2(user.login.startsWith(u"mod."_s), qPrintable(user.login));
            QCOMPARE(panel()->userModel()->index(row, UserTableModel::Badges).data().toString(),
                u"Staff"_s);
            staff.append(user);
        }
        QVERIFY(!panel()->currentUser());
        QVERIFY(!panel()->userTable()->selectionModel()->hasSelection());
        QVERIFY(!panel()->deleteOwnedButton()->isEnabled());

        // A name with a space: full names containing it, not everyone.
        const ChatUser anna = staff.constFirst();
        searchTyped(anna.fullName);
        QVERIFY2(panel()->searchStatus()->text().endsWith(u". Searched by: full name"_s),
            qPrintable(panel()->searchStatus()->text()));
        QVERIFY(panel()->userModel()->rowCount() >= 1);
        QVERIFY(panel()->userModel()->rowCount() < server().userIds().size());
        for (int row = 0; row < panel()->userModel()->rowCount(); ++row)
            QVERIFY(panel()->userModel()->userAt(row).fullName.contains(anna.fullName));
        QVERIFY(!panel()->currentUser());

        // One word that starts no login is then looked for in full names.
        const QString firstName = anna.fullName.section(u' ', 0, 0);
        searchTyped(firstName);
        QVERIFY(panel()->userModel()->rowOf(anna.id) >= 0);
        QVERIFY2(panel()->searchStatus()->text().endsWith(u". Searched by: full name"_s),
            qPrintable(panel()->searchStatus()->text()));

        // Digits are ids, an '@' an email.
        searchTyped(QString::number(anna.id));
        QCOMPARE(panel()->userModel()->rowCount(), 1);
        QVERIFY(panel()->searchStatus()->text().endsWith(u"by: id"_s));
        searchTyped(anna.email);
        QCOMPARE(panel()->userModel()->rowCount(), 1);
        QVERIFY(panel()->searchStatus()->text().endsWith(u"by: email"_s));

        // Nothing typed lists nobody and says why.
        searchTyped(u"  "_s);
        QVERIFY(panel()->searchStatus()->text().contains(u"All users"_s));
        QCOMPARE(panel()->userModel()->rowCount(), 1); // unchanged

        // A protected user carries the badge.
        ModerationSettings settings = ModerationSettings::load(*m_console->settings());
        settings.protectedUsers.insert(anna.id);
        settings.save(m_console->settings());
        panel()->setProtectedUsers(settings.protectedUsers);
        QCOMPARE(panel()->userModel()->index(0, UserTableModel::Badges).data().toString(),
            u"Protected, Staff"_s);
    }

    void anAdminCleansUpAfterASpammer()
    {
        open();
        const Spammer spammer = findSpammer();
        QVERIFY2(spammer.id != 0, "the sandbox community has no suitable spammer");

        // Find them and review their dialogs: the API key lists them as the spammer sees them.
        openUser(spammer.id);
        const QStringList visible = server().dialogIdsVisibleTo(spammer.id);
        QCOMPARE(panel()->dialogLoader()->totalEntries(), visible.size());
        for (int row = 0; row < panel()->dialogModel()->rowCount(); ++row)
            QVERIFY(visible.contains(panel()->dialogModel()->dialogAt(row).id));

        // Their messages in one dialog, read without marking anything read.
        const QStringList theirs = messagesFrom(spammer.id, spammer.dialogWithTheirMessages);
        QHash<QString, QList<qint64>> readBefore;
        for (const QString &id : theirs)
            readBefore.insert(id, server().messageReadIds(id));
        selectDialogs({ spammer.dialogWithTheirMessages });
        MessageViewer *viewer = panel()->messageViewer();
        QVERIFY(viewer->onlySenderBox()->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(
            !viewer->loader()->isLoading() && viewer->model()->rowCount() > 0, 10000);
        QCOMPARE(viewer->model()->rowCount(), std::min(int(theirs.size()), 50));
        for (int row = 0; row < viewer->model()->rowCount(); ++row)
            QCOMPARE(viewer->model()->messageAt(row).senderId, spammer.id);
        for (const QString &id : theirs)
            QCOMPARE(server().messageReadIds(id), readBefore.value(id));
        viewer->table()->selectRow(0);
        QVERIFY(viewer->textView()->toPlainText().contains(viewer->model()->messageAt(0).text));

        // Take them out of the groups they joined.
        selectDialogs(spammer.groupsToLeave);
        DeleteConfirmationDialog *confirmation = press(panel()->removeFromGroupsButton());
        QVERIFY(confirmation);
        QCOMPARE(confirmation->plan().target, DeletionPlan::Target::Members);
        QVERIFY(confirmation->windowTitle().startsWith(u"Remove "_s));
        // The dry run shows each update exactly, and sends nothing.
        const int requestsBefore = server().requestCount();
        QTest::mouseClick(confirmation->showRequestsButton(), Qt::LeftButton);
        const QString preview = confirmation->requestPreview()->toPlainText();
        for (const QString &group : spammer.groupsToLeave)
            QVERIFY2(
                preview.contains(u"PUT /chat/Dialog/"_s + group + u".json"_s), qPrintable(preview));
        QVERIFY(preview.contains(u"pull_all"_s));
        QVERIFY(preview.contains(QString::number(spammer.id)));
        QCOMPARE(server().requestCount(), requestsBefore);
        DeleteRunDialog *run = confirmAndRun(confirmation);
        QVERIFY(run);
        QCOMPARE(run->summaryText(),
            u"Removed from %1 of %1 dialogs."_s.arg(spammer.groupsToLeave.size()));
        for (const QString &group : spammer.groupsToLeave) {
            QVERIFY(!server().dialogOccupants(group).contains(spammer.id));
            QVERIFY(server().dialogExists(group));
        }
        closeRun(run);
        // Their list is read again: the groups are gone from it.
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->dialogLoader()->isLoading()
                && panel()->dialogModel()->rowCount() > 0
                && panel()->dialogModel()->rowOf(spammer.groupsToLeave.first()) < 0,
            10000);

        // Delete what they wrote, for everyone.
        selectDialogs({ spammer.dialogWithTheirMessages });
        QTRY_VERIFY_WITH_TIMEOUT(
            !viewer->loader()->isLoading() && viewer->model()->rowCount() > 0, 10000);
        viewer->table()->selectAll();
        const int chosen = viewer->model()->rowCount();
        QStringList chosenIds;
        QStringList chosenTexts;
        for (int row = 0; row < chosen; ++row) {
            chosenIds.append(viewer->model()->messageAt(row).id);
            chosenTexts.append(viewer->model()->messageAt(row).text);
        }
        confirmation = press(panel()->deleteMessagesButton());
        QVERIFY(confirmation);
        QCOMPARE(confirmation->plan().target, DeletionPlan::Target::Messages);
        QCOMPARE(confirmation->plan().itemCount(), chosen);
        run = confirmAndRun(confirmation);
        QVERIFY(run);
        QCOMPARE(run->summaryText(), u"Deleted %1 of %1 for everyone."_s.arg(chosen));
        for (const QString &id : std::as_const(chosenIds))
            QVERIFY(!server().messageExists(id));
        QCOMPARE(viewer->model()->rowCount(), 0);
        closeRun(run);

        // Both runs are in the journal, the messages with their evidence.
        Journal journal;
        QVERIFY(journal.open(m_console->journalPath()));
        const QList<Journal::Run> runs = journal.runs();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(1).target, RunTarget::Members);
        QCOMPARE(runs.at(1).mode, RunMode::RemoveMember);
        QCOMPARE(runs.at(1).subjectUserId, spammer.id);
        QCOMPARE(runs.at(0).target, RunTarget::Messages);
        QCOMPARE(runs.at(0).mode, RunMode::ForEveryone);
        QCOMPARE(runs.at(0).unsettledCount, 0);
        const QList<Journal::Item> items = journal.items(runs.at(0).id);
        QCOMPARE(items.size(), chosen);
        for (const Journal::Item &item : items) {
            QCOMPARE(item.outcome, u"deleted"_s);
            QCOMPARE(item.containerId, spammer.dialogWithTheirMessages);
        }
        const QList<Journal::Evidence> evidence = journal.evidence(runs.at(0).id);
        QCOMPARE(evidence.size(), 1);
        QCOMPARE(evidence.first().dialogId, spammer.dialogWithTheirMessages);
        QCOMPARE(evidence.first().messages.size(), chosen);

        // The journal viewer finds the message run by its dialog, and shows what was deleted.
        Parts::journalAction(window())->trigger();
        JournalViewerDialog *journalViewer = nullptr;
        QTRY_VERIFY((journalViewer = window()->findChild<JournalViewerDialog *>()));
        QCOMPARE(journalViewer->runTable()->rowCount(), 2);
        QTest::keyClicks(journalViewer->dialogIdFilter(), spammer.dialogWithTheirMessages);
        QCOMPARE(journalViewer->runTable()->rowCount(), 1);
        QCOMPARE(journalViewer->runTable()->item(0, 3)->text(), u"messages, for everyone"_s);
        journalViewer->runTable()->selectRow(0);
        QCOMPARE(journalViewer->itemTable()->rowCount(), chosen);
        QCOMPARE(journalViewer->itemTable()->item(0, 1)->text(), spammer.dialogWithTheirMessages);
        journalViewer->itemTable()->selectRow(0);
        QVERIFY(journalViewer->evidenceView()->toPlainText().contains(chosenTexts.first()));
        journalViewer->close();
    }

    void removingDialogsFromTheirListActsOnTheirBehalf()
    {
        open();
        const Spammer spammer = findSpammer();
        QVERIFY(spammer.id != 0);
        // The Dialogs page shows the API key's full view, with a selection of its own.
        Parts::loadAllAction(window())->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!Parts::loader(window())->isLoading()
                && Parts::dialogModel(window())->rowCount()
                    == Parts::loader(window())->totalEntries(),
            10000);
        Parts::dialogTable(window())->selectRow(3);
        const QModelIndexList selectedBefore
            = Parts::dialogTable(window())->selectionModel()->selectedRows();
        Parts::reviewUsersAction(window())->trigger();
        openUser(spammer.id);
        const QString dialog = spammer.groupsToLeave.first();
        selectDialogs({ dialog });
        DeleteConfirmationDialog *confirmation = press(panel()->removeFromTheirListButton());
        QVERIFY(confirmation);
        QCOMPARE(confirmation->plan().onBehalfOf, spammer.id);
        const QString identity = confirmation->plan().actingUserName;
        QVERIFY2(identity.endsWith(u", %1)"_s.arg(spammer.id)), qPrintable(identity));
        DeleteRunDialog *run = confirmAndRun(confirmation);
        QVERIFY(run);
        QCOMPARE(run->summaryText(), u"Removed 1 of 1 from the list of %1."_s.arg(identity));
        // Gone from their list only: the dialog and its other members are untouched.
        QVERIFY(!server().dialogVisibleTo(dialog, spammer.id));
        QVERIFY(server().dialogExists(dialog));
        QCOMPARE(panel()->dialogModel()->rowOf(dialog), -1);
        // Still in the full view, whose selection the run did not touch.
        QVERIFY(Parts::dialogModel(window())->rowOf(dialog) >= 0);
        QCOMPARE(Parts::dialogTable(window())->selectionModel()->selectedRows(), selectedBefore);
    }

    void removingMessagesFromTheirHistoryLeavesThemForEveryoneElse()
    {
        open();
        const Spammer spammer = findSpammer();
        QVERIFY(spammer.id != 0);
        openUser(spammer.id);
        selectDialogs({ spammer.dialogWithTheirMessages });
        MessageViewer *viewer = panel()->messageViewer();
        QTRY_VERIFY_WITH_TIMEOUT(
            !viewer->loader()->isLoading() && viewer->model()->rowCount() > 0, 10000);
        viewer->table()->selectRow(0);
        const QString message = viewer->model()->messageAt(0).id;
        DeleteConfirmationDialog *confirmation = press(panel()->removeMessagesFromHistoryButton());
        QVERIFY(confirmation);
        QCOMPARE(confirmation->plan().onBehalfOf, spammer.id);
        QCOMPARE(confirmation->plan().mode, DeletionPlan::Mode::FromActingUsersList);
        const QString identity = confirmation->plan().actingUserName;
        QVERIFY2(identity.endsWith(u", %1)"_s.arg(spammer.id)), qPrintable(identity));
        DeleteRunDialog *run = confirmAndRun(confirmation);
        QVERIFY(run);
        QCOMPARE(run->summaryText(), u"Removed 1 of 1 from the history of %1."_s.arg(identity));
        QVERIFY(server().messageExists(message));
        QVERIFY(!server().messageVisibleTo(message, spammer.id));
        QVERIFY(viewer->model()->rowOf(message) >= 0);
    }

    // A community big enough that a spammer's list (public dialogs included) spans pages.
    static SandboxOptions bigCommunity()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 5000;
        return options;
    }

    // The spammer whose list is longest: more than one page of it.
    qint64 spammerWithTheLongestList()
    {
        qint64 found = 0;
        qsizetype longest = 0;
        for (const qint64 spammer : server().spammerIds()) {
            const qsizetype length = server().dialogIdsVisibleTo(spammer).size();
            if (length > longest && !server().dialogIdsOwnedBy(spammer).isEmpty()) {
                longest = length;
                found = spammer;
            }
        }
        return longest > ListDialogsEndpoint::defaultPageSize ? found : 0;
    }

    void deletingEveryDialogTheyOwnLoadsThemAllFirst()
    {
        open(AuthMode::ApiKey, bigCommunity());
        const qint64 spammer = spammerWithTheLongestList();
        QVERIFY(spammer != 0);
        const QStringList owned = server().dialogIdsOwnedBy(spammer);
        openUser(spammer);
        QVERIFY(panel()->dialogLoader()->canLoadMore());
        DeleteConfirmationDialog *confirmation = press(panel()->deleteOwnedButton());
        QVERIFY(confirmation);
        QCOMPARE(panel()->dialogModel()->rowCount(), panel()->dialogLoader()->totalEntries());
        QStringList planned;
        for (const Dialog &dialog : confirmation->plan().dialogs)
            planned.append(dialog.id);
        std::sort(planned.begin(), planned.end());
        QStringList expected = owned;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(planned, expected);
        DeleteRunDialog *run = confirmAndRun(confirmation);
        QVERIFY(run);
        QCOMPARE(run->summaryText(), u"Deleted %1 of %1 for everyone."_s.arg(owned.size()));
        for (const QString &id : owned)
            QVERIFY(!server().dialogExists(id));
    }

    void aPartialListIsNeverOfferedAsAllTheyOwn()
    {
        open(AuthMode::ApiKey, bigCommunity());
        const qint64 spammer = spammerWithTheLongestList();
        QVERIFY(spammer != 0);
        openUser(spammer);
        QVERIFY(panel()->dialogLoader()->canLoadMore());
        server().setErrorRate(1.0);
        QTest::mouseClick(panel()->deleteOwnedButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->dialogLoader()->isLoading(), 10000);
        server().setErrorRate(0);
        QVERIFY(!window()->findChild<DeleteConfirmationDialog *>());
        QVERIFY(panel()
                    ->findChild<QLabel *>(u"userDialogStatus"_s)
                    ->text()
                    .contains(u"Not every dialog"_s));
        QVERIFY(!server().dialogIdsOwnedBy(spammer).isEmpty());
    }

    void aSessionLoginSeesOnlySharedDialogsAndCannotActForOthers()
    {
        open(AuthMode::Session);
        // The session exists once the Dialogs page has asked for its first page.
        QTRY_VERIFY_WITH_TIMEOUT(Parts::client(window())->sessionUserId() != 0, 10000);
        const qint64 me = Parts::client(window())->sessionUserId();
        qint64 other = 0;
        for (const qint64 user : server().userIds()) {
            if (user == me)
                continue;
            const QStringList shared = server().dialogIdsVisibleTo(me);
            const bool sharesOne = std::any_of(shared.cbegin(), shared.cend(),
                [&](const QString &id) { return server().dialogOccupants(id).contains(user); });
            if (sharesOne) {
                other = user;
                break;
            }
        }
        QVERIFY(other != 0);
        openUser(other);
        QVERIFY(panel()->dialogModel()->rowCount() > 0);
        for (int row = 0; row < panel()->dialogModel()->rowCount(); ++row) {
            const Dialog &dialog = panel()->dialogModel()->dialogAt(row);
            QVERIFY(dialog.occupantIds.contains(other));
            QVERIFY(server().dialogVisibleTo(dialog.id, me));
        }
        panel()->dialogTable()->selectRow(0);
        QVERIFY(!panel()->removeFromTheirListButton()->isEnabled());
        QVERIFY(panel()->removeFromGroupsButton()->isEnabled());
    }
};

QTEST_MAIN(TestUserReviewSandbox)
#include "TestUserReviewSandbox.moc"

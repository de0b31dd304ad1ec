// SPDX-License-Identifier: Apache-2.0

#include "ConsoleOnSandbox.h"
#include "ConsoleParts.h"
#include "LoadAllBar.h"
#include "MessageViewer.h"
#include "UserReviewPanel.h"
#include "api/ApiClient.h"
#include "api/UserDirectory.h"
#include "models/MessageListLoader.h"
#include "models/MessageTableModel.h"
#include "models/UserListLoader.h"
#include "models/UserTableModel.h"
#include "support/Translations.h"

#include <QComboBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;

// Load all on the Users page and in the message viewer, against the sandbox: every user and
// every message comes once, the next page is on its way before anyone asks for it, and a load
// that is cancelled stops where it is and keeps what came.
class TestLoadAllSandbox final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ConsoleOnSandbox> m_console;

    UserReviewPanel *panel() const { return Parts::userReviewPanel(m_console->window()); }

    void openUsers()
    {
        m_console = std::make_unique<ConsoleOnSandbox>();
        QVERIFY(m_console->connect());
        Parts::reviewUsersAction(m_console->window())->trigger();
        QComboBox *box = panel()->searchByBox();
        box->setCurrentIndex(box->findData(int(UserSearch::By::Everyone)));
        QTest::mouseClick(panel()->searchButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->userLoader()->isLoading(), 10000);
        QCOMPARE(panel()->userModel()->rowCount(), UserListLoader::pageSize);
    }

    static QSet<qint64> userIdsIn(const UserTableModel *model)
    {
        QSet<qint64> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.insert(model->userAt(row).id);
        return ids;
    }

    static QSet<QString> messageIdsIn(const MessageTableModel *model)
    {
        QSet<QString> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.insert(model->messageAt(row).id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { Translations::install(QCoreApplication::instance(), u"en"_s); }
    void cleanup() { m_console.reset(); }

    void theNextUserPageIsFetchedAheadAndShownAtOnce()
    {
        openUsers();
        // Nobody asked for the second page, and it comes.
        QTRY_VERIFY(panel()->userLoader()->isNextPageReady());
        QVERIFY(panel()->userLoader()->canLoadMore());
        QPushButton *more = panel()->findChild<QPushButton *>(u"loadMoreUsers"_s);
        QVERIFY(more && more->isEnabled());
        QTest::mouseClick(more, Qt::LeftButton);
        // Shown without waiting for the server: it was already here.
        QCOMPARE(panel()->userModel()->rowCount(), 2 * UserListLoader::pageSize);
        QVERIFY(!panel()->userLoader()->isLoading());
        QCOMPARE(userIdsIn(panel()->userModel()).size(), 2 * UserListLoader::pageSize);
    }

    void loadAllUsersLoadsEveryUserOnce()
    {
        openUsers();
        SandboxServer &server = m_console->server();
        LoadAllBar *bar = panel()->loadAllUsersBar();
        QVERIFY(bar->loadAllButton()->isEnabled());
        QTest::mouseClick(bar->loadAllButton(), Qt::LeftButton);
        QVERIFY(bar->isRunning());
        QVERIFY(bar->cancelButton()->isVisibleTo(panel()));
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->userLoader()->isLoading(), 20000);
        QVERIFY(!bar->isRunning());
        const QList<qint64> expected = server.userIds();
        QCOMPARE(panel()->userModel()->rowCount(), int(expected.size()));
        QCOMPARE(userIdsIn(panel()->userModel()), QSet<qint64>(expected.cbegin(), expected.cend()));
        QVERIFY(!panel()->userLoader()->canLoadMore());
        QVERIFY(!bar->loadAllButton()->isEnabled());
    }

    void loadAllUsersCanBeCancelled()
    {
        openUsers();
        SandboxServer &server = m_console->server();
        QTRY_VERIFY(panel()->userLoader()->canLoadMore());
        server.setLatencyMs(300);
        LoadAllBar *bar = panel()->loadAllUsersBar();
        QTest::mouseClick(bar->loadAllButton(), Qt::LeftButton);
        QVERIFY(panel()->userLoader()->isLoadingAll());
        QTest::mouseClick(bar->cancelButton(), Qt::LeftButton);
        QVERIFY(!panel()->userLoader()->isLoading());
        QVERIFY(!bar->isRunning());
        QCOMPARE(panel()->userModel()->rowCount(), UserListLoader::pageSize);
        // Loading goes on from where it stopped.
        server.setLatencyMs(0);
        QTest::mouseClick(bar->loadAllButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->userLoader()->isLoading(), 20000);
        QCOMPARE(panel()->userModel()->rowCount(), int(server.userIds().size()));
        QCOMPARE(userIdsIn(panel()->userModel()).size(), int(server.userIds().size()));
    }

    void loadAllMessagesLoadsEveryMessageOnceAndCanBeCancelled()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 3;
        options.messagesPerDialog = 730;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        SandboxServer &server = fixture.server();
        QString dialog;
        for (const QString &id : server.allDialogIds()) {
            if (server.messageIds(id).size() == 730)
                dialog = id;
        }
        QVERIFY(!dialog.isEmpty());
        auto client = fixture.apiKeyClient();
        UserDirectory users(client.get());
        MessageViewer viewer;
        viewer.setClient(client.get(), &users);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.showDialog(dialog, std::nullopt, std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer.loader()->isLoading(), 10000);
        QCOMPARE(viewer.model()->rowCount(), MessageListLoader::defaultPageSize);
        // The next page comes before anyone asks for it.
        QTRY_VERIFY(viewer.loader()->isNextPageReady());

        // Cancelled before any answer: nothing changes, and Load all is offered again.
        server.setLatencyMs(300);
        LoadAllBar *bar = viewer.loadAllBar();
        QTest::mouseClick(bar->loadAllButton(), Qt::LeftButton);
        QVERIFY(bar->isRunning());
        QVERIFY(bar->progressBar()->isVisibleTo(&viewer));
        QTest::mouseClick(bar->cancelButton(), Qt::LeftButton);
        QVERIFY(!bar->isRunning());
        QVERIFY(!viewer.loader()->isLoading());
        QCOMPARE(viewer.model()->rowCount(), MessageListLoader::defaultPageSize);
        QVERIFY(bar->loadAllButton()->isEnabled());

        server.setLatencyMs(0);
        QTest::mouseClick(bar->loadAllButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer.loader()->isLoading(), 20000);
        const QStringList expected = server.messageIds(dialog);
        QCOMPARE(viewer.model()->rowCount(), 730);
        QCOMPARE(messageIdsIn(viewer.model()), QSet<QString>(expected.cbegin(), expected.cend()));
        QVERIFY(!viewer.loader()->canLoadMore());
        QVERIFY(!bar->isRunning());
    }
};

QTEST_MAIN(TestLoadAllSandbox)
#include "TestLoadAllSandbox.moc"

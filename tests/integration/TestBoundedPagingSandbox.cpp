// SPDX-License-Identifier: Apache-2.0

#include "PeakMemory.h"
#include "SandboxFixture.h"
#include "api/DialogCollector.h"
#include "api/UserDirectory.h"
#include "models/DialogListLoader.h"
#include "models/DialogTableModel.h"
#include "models/UserListLoader.h"
#include "models/UserTableModel.h"

#include <QDeadlineTimer>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;

// Listings against a sandbox that claims two billion entries and a limit of one: the pages in
// flight stay within the window, the load ends at the first empty page with exactly the dialogs
// that exist, and memory does not grow with the claim.
class TestBoundedPagingSandbox final : public QObject {
    Q_OBJECT

private:
    static SandboxOptions absurdOptions()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 130;
        options.absurdTotals = true;
        return options;
    }

private Q_SLOTS:
    void anAbsurdTotalNeverQueuesMoreThanTheWindow_data()
    {
        QTest::addColumn<int>("window");
        QTest::newRow("one page at a time") << 1;
        QTest::newRow("three pages at a time") << 3;
        QTest::newRow("the default window") << int(DialogCollector::defaultWindow);
    }

    void anAbsurdTotalNeverQueuesMoreThanTheWindow()
    {
        QFETCH(int, window);
        SandboxFixture fixture(absurdOptions());
        QVERIFY(fixture.start());
        const QStringList expected = fixture.server().allDialogIds();
        auto client = fixture.apiKeyClient();

        PeakMemory::reset();
        const qint64 before = PeakMemory::peakBytes();
        DialogCollector collector(client.get());
        collector.setWindow(window);
        QSignalSpy finished(&collector, &DialogCollector::finished);
        QSignalSpy failed(&collector, &DialogCollector::failed);
        QSet<QString> loaded;
        int mostQueued = 0;
        connect(
            &collector, &DialogCollector::pageLoaded, this, [&](int, const QList<Dialog> &dialogs) {
                for (const Dialog &dialog : dialogs)
                    loaded.insert(dialog.id);
                mostQueued = std::max(mostQueued, client->pendingCalls());
            });
        collector.start({});
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY(failed.isEmpty());

        QCOMPARE(collector.serverTotal(), 2000000000);
        QCOMPARE(loaded, QSet<QString>(expected.cbegin(), expected.cend()));
        QVERIFY2(collector.peakInFlight() <= window,
            qPrintable(QString::number(collector.peakInFlight())));
        QVERIFY(mostQueued <= window);
        QVERIFY(fixture.server().peakAnswersInFlight() <= window);
        // The first page of 100, then pages of one (the server's limit) up to the empty page,
        // and at most a window's worth of pages beyond it.
        const int pagesOfOne = int(expected.size()) - 100;
        QVERIFY2(fixture.server().requestCount() <= 1 + pagesOfOne + 1 + window,
            qPrintable(QString::number(fixture.server().requestCount())));
        if (before > 0)
            QVERIFY2(PeakMemory::peakBytes() - before < 64 * 1024 * 1024,
                qPrintable(QString::number(PeakMemory::peakBytes() - before)));
    }

    void theConsolesLoadAllEndsAtTheEmptyPage()
    {
        SandboxFixture fixture(absurdOptions());
        QVERIFY(fixture.start());
        auto client = fixture.apiKeyClient();
        DialogTableModel model;
        UserDirectory users(client.get());
        DialogListLoader loader(client.get(), &model, &users);
        int mostPending = 0;
        connect(&loader, &DialogListLoader::progressChanged, this,
            [&] { mostPending = std::max(mostPending, client->pendingCalls()); });
        loader.setQuery({});
        QTRY_VERIFY_WITH_TIMEOUT(!loader.isLoading(), 30000);
        loader.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(!loader.isLoading(), 60000);
        QCOMPARE(model.rowCount(), int(fixture.server().allDialogIds().size()));
        // The window of pages, plus the owners' names being looked up meanwhile.
        QVERIFY2(mostPending <= 2 * DialogCollector::defaultWindow,
            qPrintable(QString::number(mostPending)));
    }

    void scrollingStopsAtTheEmptyPageWhateverTheTotal()
    {
        SandboxOptions options = absurdOptions();
        options.dialogs = 250;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        auto client = fixture.apiKeyClient();
        DialogTableModel model;
        UserDirectory users(client.get());
        DialogListLoader loader(client.get(), &model, &users);
        loader.setQuery({});
        QTRY_VERIFY_WITH_TIMEOUT(!loader.isLoading(), 30000);
        QCOMPARE(loader.totalEntries(), 2000000000);
        int pages = 1;
        while (loader.canLoadMore() && pages < 10) {
            loader.loadMore();
            QTRY_VERIFY_WITH_TIMEOUT(!loader.isLoading(), 30000);
            ++pages;
        }
        QVERIFY(!loader.canLoadMore());
        QCOMPARE(model.rowCount(), int(fixture.server().allDialogIds().size()));
        QCOMPARE(loader.totalEntries(), model.rowCount());
        QCOMPARE(pages, 4); // 100, 100, 50, then the empty page
    }

    void usersPageUntilAShortPageWhateverTheTotal()
    {
        SandboxFixture fixture(absurdOptions());
        QVERIFY(fixture.start());
        auto client = fixture.apiKeyClient();
        UserTableModel model;
        UserListLoader loader(client.get(), &model);
        UserSearch everyone;
        loader.setSearch(everyone);
        QTRY_VERIFY_WITH_TIMEOUT(!loader.isLoading(), 30000);
        int pages = 1;
        while (loader.canLoadMore() && pages < 100) {
            loader.loadMore();
            QTRY_VERIFY_WITH_TIMEOUT(!loader.isLoading(), 30000);
            ++pages;
        }
        QVERIFY(!loader.canLoadMore());
        QCOMPARE(model.rowCount(), int(fixture.server().userIds().size()));
        QCOMPARE(pages, int(fixture.server().userIds().size()) / UserListLoader::pageSize + 1);
    }
};

QTEST_GUILESS_MAIN(TestBoundedPagingSandbox)
#include "TestBoundedPagingSandbox.moc"

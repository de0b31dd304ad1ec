// SPDX-License-Identifier: Apache-2.0

#include "SandboxFixture.h"
#include "api/UserDirectory.h"
#include "api/endpoints/ListDialogsEndpoint.h"
#include "models/DialogListLoader.h"
#include "models/DialogTableModel.h"

#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

// Load all gathers the dialogs list's pages and puts them into the table together, so that a
// view lays the table out and paints it once per batch rather than once per page. The batches
// here are bounded by rows alone (the time bound is set to an hour), so what goes in when does
// not depend on the machine's speed.
class TestDialogLoadAllSandbox final : public QObject {
    Q_OBJECT

private:
    static constexpr int pageSize = ListDialogsEndpoint::defaultPageSize;
    static constexpr int anHour = 60 * 60 * 1000;

    static QSet<QString> idsIn(const DialogTableModel &model)
    {
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.dialogAt(row).id);
        return ids;
    }

private Q_SLOTS:
    void pagesGoIntoTheTableTogetherAndEachDialogOnce()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 10 * pageSize;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        auto client = fixture.apiKeyClient();
        DialogTableModel model;
        UserDirectory users(client.get());
        DialogListLoader loader(client.get(), &model, &users);
        loader.setInsertIntervalMs(anHour);
        loader.setInsertBatchRows(4 * pageSize - 50);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy progress(&loader, &DialogListLoader::progressChanged);

        loader.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(!loader.isLoading(), 20000);

        const QStringList expected = fixture.server().allDialogIds();
        QCOMPARE(model.rowCount(), int(expected.size()));
        QCOMPARE(idsIn(model), QSet<QString>(expected.cbegin(), expected.cend()));
        // Every page is told as it comes ...
        QCOMPARE(progress.size(), 10);
        QCOMPARE(progress.last().at(0).toInt(), 10 * pageSize);
        // ... and goes in with others: after the fourth page, the eighth, and at the end.
        QCOMPARE(inserted.size(), 3);
    }

    void cancellingPutsWhatCameIntoTheTable()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 30 * pageSize;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        // Slow enough that most pages are still to come when the load is cancelled.
        fixture.server().setLatencyMs(100);
        auto client = fixture.apiKeyClient();
        DialogTableModel model;
        UserDirectory users(client.get());
        DialogListLoader loader(client.get(), &model, &users);
        loader.setInsertIntervalMs(anHour);
        loader.setInsertBatchRows(100 * pageSize);
        int loaded = 0;
        bool cancelAsked = false;
        connect(&loader, &DialogListLoader::progressChanged, this, [&](int count, int) {
            loaded = count;
            if (count >= 5 * pageSize && !cancelAsked) {
                cancelAsked = true;
                // As a click would: between events, not inside the page's delivery.
                QMetaObject::invokeMethod(
                    this, [&loader] { loader.cancel(); }, Qt::QueuedConnection);
            }
        });

        loader.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(cancelAsked && !loader.isLoading(), 20000);

        // Nothing that came is lost in the batch, and nothing is there twice.
        QVERIFY2(
            loaded >= 5 * pageSize && loaded < 30 * pageSize, qPrintable(QString::number(loaded)));
        QCOMPARE(model.rowCount(), loaded);
        QCOMPARE(idsIn(model).size(), loaded);
        // The load goes on from where it stopped and ends with every dialog once.
        fixture.server().setLatencyMs(0);
        loader.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(!loader.isLoading(), 20000);
        const QStringList expected = fixture.server().allDialogIds();
        QCOMPARE(model.rowCount(), int(expected.size()));
        QCOMPARE(idsIn(model), QSet<QString>(expected.cbegin(), expected.cend()));
    }
};

QTEST_MAIN(TestDialogLoadAllSandbox)
#include "TestDialogLoadAllSandbox.moc"

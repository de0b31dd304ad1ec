// SPDX-License-Identifier: Apache-2.0

#include "SandboxFixture.h"
#include "api/ApiClient.h"
#include "api/UserDirectory.h"
#include "models/DialogListLoader.h"
#include "models/DialogTableModel.h"
#include "models/MessageListLoader.h"
#include "models/MessageTableModel.h"
#include "models/UserListLoader.h"
#include "models/UserTableModel.h"
#include "moderation/BulkDeleteEngine.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

// The Users page's loaders against the sandbox: users a page at a time, and a dialog's messages
// paged newest first, never marked read, and still complete after some were deleted mid-way.
class TestReviewLoadersSandbox final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<ApiClient> m_client;

    // A dialog with the most messages, and a user who may read it.
    QString busiestDialog()
    {
        QString busiest;
        qsizetype most = 0;
        for (const QString &id : m_fixture->server().allDialogIds()) {
            const qsizetype count = m_fixture->server().messageIds(id).size();
            if (count > most) {
                most = count;
                busiest = id;
            }
        }
        return busiest;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->start());
        m_client = m_fixture->apiKeyClient();
    }

    void cleanup()
    {
        m_client.reset();
        m_fixture.reset();
    }

    void usersArriveAPageAtATimeUntilTheLast()
    {
        UserTableModel model;
        UserListLoader loader(m_client.get(), &model);
        QSignalSpy pages(&loader, &UserListLoader::pageLoaded);
        loader.setSearch({});
        QVERIFY(pages.wait(10000));
        const int total = int(m_fixture->server().userIds().size());
        QCOMPARE(loader.totalEntries(), total);
        while (loader.canLoadMore()) {
            loader.loadMore();
            QVERIFY(pages.wait(10000));
        }
        QCOMPARE(model.rowCount(), total);
        QSet<qint64> seen;
        for (int row = 0; row < model.rowCount(); ++row)
            seen.insert(model.userAt(row).id);
        const QList<qint64> ids = m_fixture->server().userIds();
        QCOMPARE(seen, QSet<qint64>(ids.cbegin(), ids.cend()));
    }

    void messagesPageOnWithoutSkippingAnyAfterADelete()
    {
        const QString dialog = busiestDialog();
        const QStringList all = m_fixture->server().messageIds(dialog); // oldest first
        QVERIFY(all.size() >= 25);
        QHash<QString, QList<qint64>> readBefore;
        for (const QString &id : all)
            readBefore.insert(id, m_fixture->server().messageReadIds(id));

        MessageTableModel model;
        UserDirectory users(m_client.get());
        MessageListLoader loader(m_client.get(), &model, &users);
        loader.setPageSize(10);
        QSignalSpy pages(&loader, &MessageListLoader::pageLoaded);
        MessageQuery query;
        query.dialogId = dialog;
        loader.setQuery(query);
        QVERIFY(pages.wait(10000));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.messageAt(0).id, all.last()); // newest first

        // Three of the shown messages are deleted for everyone, then the list goes on.
        const QStringList gone { model.messageAt(1).id, model.messageAt(4).id,
            model.messageAt(9).id };
        BulkDeleteEngine engine(m_client.get());
        QSignalSpy deleted(&engine, &BulkDeleteEngine::finished);
        BulkDeleteEngine::Options options;
        options.target = BulkDeleteEngine::Target::Messages;
        options.force = true;
        engine.start(gone, options);
        QVERIFY(deleted.wait(10000));
        QCOMPARE(engine.summary().deleted, 3);
        loader.forgetMessages(gone);
        QCOMPARE(model.rowCount(), 7);

        while (loader.canLoadMore()) {
            loader.loadMore();
            QVERIFY(pages.wait(10000));
        }
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.prepend(model.messageAt(row).id);
        QStringList expected = all;
        for (const QString &id : gone)
            expected.removeOne(id);
        QCOMPARE(shown, expected);

        // Reading marked nothing read.
        for (const QString &id : std::as_const(expected))
            QCOMPARE(m_fixture->server().messageReadIds(id), readBefore.value(id));
    }

    void dialogsPageOnWithoutSkippingAnyAfterADelete()
    {
        DialogTableModel model;
        UserDirectory users(m_client.get());
        DialogListLoader loader(m_client.get(), &model, &users);
        loader.setQuery({});
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 && !loader.isLoading(), 10000);
        const int total = loader.totalEntries();
        QVERIFY(loader.canLoadMore());

        const QStringList gone { model.dialogAt(0).id, model.dialogAt(50).id,
            model.dialogAt(model.rowCount() - 1).id };
        BulkDeleteEngine engine(m_client.get());
        QSignalSpy deleted(&engine, &BulkDeleteEngine::finished);
        BulkDeleteEngine::Options options;
        options.force = true;
        engine.start(gone, options);
        QVERIFY(deleted.wait(10000));
        QCOMPARE(engine.summary().deleted, 3);
        loader.forgetDialogs(gone);
        QCOMPARE(loader.totalEntries(), total - 3);

        while (loader.canLoadMore()) {
            loader.loadMore();
            QTRY_VERIFY_WITH_TIMEOUT(!loader.isLoading(), 10000);
        }
        QCOMPARE(model.ids(), m_fixture->server().allDialogIds());
    }
};

QTEST_GUILESS_MAIN(TestReviewLoadersSandbox)
#include "TestReviewLoadersSandbox.moc"

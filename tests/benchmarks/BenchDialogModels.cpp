// SPDX-License-Identifier: Apache-2.0

#include "models/DialogFilterProxyModel.h"
#include "models/DialogTableModel.h"

#include <QRandomGenerator>
#include <QTimeZone>
#include <QtTest>

using namespace Qt::StringLiterals;

// What the dialog browser costs at 100 000 loaded dialogs: filling the table page by page,
// one keystroke in the filter box, and one click on a column header.
class BenchDialogModels final : public QObject {
    Q_OBJECT

private:
    static constexpr int dialogCount = 100000;
    static constexpr int pageSize = 100;
    static constexpr int ownerCount = 5000;

    // Fixed seed: every run measures the same data.
    static QList<Dialog> makeDialogs(int count, int firstNumber)
    {
        static const QStringList words { u"room"_s, u"support"_s, u"team"_s, u"sales"_s,
            u"general"_s, u"random"_s, u"help"_s, u"news"_s, u"Offtopic"_s, u"events"_s, u"hello"_s,
            u"thanks"_s };
        QRandomGenerator random(quint32(42 + firstNumber));
        const QDateTime start(QDate(2023, 1, 1), QTime(0, 0), QTimeZone::utc());
        QList<Dialog> dialogs;
        dialogs.reserve(count);
        for (int i = 0; i < count; ++i) {
            const int number = firstNumber + i;
            Dialog dialog;
            dialog.id = u"65a0%1"_s.arg(number, 20, 16, QChar(u'0'));
            dialog.type = Dialog::typeFromNumber(1 + random.bounded(3));
            dialog.name = words.at(random.bounded(words.size())) + u' '
                + QString::number(random.bounded(10000));
            dialog.ownerId = 1 + random.bounded(ownerCount);
            dialog.occupantIds.resize(random.bounded(2, 60));
            QStringList message;
            for (int w = random.bounded(3, 15); w > 0; --w)
                message.append(words.at(random.bounded(words.size())));
            dialog.lastMessage = message.join(u' ');
            dialog.createdAt = start.addSecs(random.bounded(365 * 24 * 3600));
            dialog.lastMessageAt = dialog.createdAt.addSecs(random.bounded(365 * 24 * 3600));
            dialogs.append(dialog);
        }
        return dialogs;
    }

    static QHash<qint64, QString> ownerNames()
    {
        QHash<qint64, QString> names;
        for (qint64 id = 1; id <= ownerCount; ++id)
            names.insert(id, u"User %1"_s.arg(id));
        return names;
    }

    void fill(DialogTableModel &model) const
    {
        for (const QList<Dialog> &page : m_pages)
            model.appendPage(page);
    }

    QList<QList<Dialog>> m_pages;

private Q_SLOTS:
    void initTestCase()
    {
        for (int first = 0; first < dialogCount; first += pageSize)
            m_pages.append(makeDialogs(pageSize, first));
    }

    // The baselines come first: the table alone, then under a proxy that neither sorts nor
    // filters.
    void appendPages_data()
    {
        QTest::addColumn<bool>("withProxy");
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<bool>("inBulk");
        QTest::newRow("100 000 dialogs in pages of 100, table alone (baseline)")
            << false << -1 << false;
        QTest::newRow("100 000 dialogs in pages of 100, unsorted proxy (baseline)")
            << true << -1 << false;
        QTest::newRow("100 000 dialogs in pages of 100, under a proxy sorted by activity")
            << true << int(DialogTableModel::LastActivity) << false;
        QTest::newRow("100 000 dialogs in pages of 100, under a proxy sorted by name")
            << true << int(DialogTableModel::Name) << false;
        QTest::newRow("100 000 dialogs in pages of 100, sorted proxy, bulk append (Load all)")
            << true << int(DialogTableModel::LastActivity) << true;
    }

    void appendPages()
    {
        QFETCH(bool, withProxy);
        QFETCH(int, sortColumn);
        QFETCH(bool, inBulk);
        QBENCHMARK
        {
            DialogTableModel model;
            DialogFilterProxyModel proxy;
            if (withProxy) {
                proxy.setSourceModel(&model);
                proxy.sort(sortColumn, Qt::DescendingOrder);
            }
            if (inBulk)
                proxy.beginBulkAppend();
            fill(model);
            if (inBulk)
                proxy.endBulkAppend();
        }
    }

    void onePageMoreAt100k()
    {
        // Filled before the proxy is attached: QBENCHMARK may run this function several times.
        DialogTableModel model;
        fill(model);
        DialogFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(DialogTableModel::LastActivity, Qt::DescendingOrder);
        const QList<Dialog> extra = makeDialogs(pageSize, dialogCount);
        QStringList extraIds;
        for (const Dialog &dialog : extra)
            extraIds.append(dialog.id);
        // One iteration adds a page and takes it away again, so every iteration starts alike.
        QBENCHMARK
        {
            model.appendPage(extra);
            model.removeDialogs(extraIds);
        }
        QCOMPARE(model.rowCount(), dialogCount);
    }

    void filterKeystroke_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sortColumn");
        QTest::newRow("\"r\" and back, unsorted") << u"r"_s << -1;
        QTest::newRow("\"r\" and back, sorted by activity")
            << u"r"_s << int(DialogTableModel::LastActivity);
        QTest::newRow("\"room 4\" and back, sorted by name")
            << u"room 4"_s << int(DialogTableModel::Name);
        QTest::newRow("\"user 12\" (owner names) and back, sorted by name")
            << u"user 12"_s << int(DialogTableModel::Name);
        QTest::newRow("\"zzz\" (no match) and back, sorted by activity")
            << u"zzz"_s << int(DialogTableModel::LastActivity);
    }

    void filterKeystroke()
    {
        QFETCH(QString, text);
        QFETCH(int, sortColumn);
        DialogTableModel model;
        fill(model);
        model.setUserNames(ownerNames());
        DialogFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(sortColumn, Qt::AscendingOrder);
        // One iteration is two keystrokes: the text typed, then erased. Asking for the row
        // count, as a view does, makes an unsorted proxy filter too (it maps rows lazily).
        int rows = 0;
        QBENCHMARK
        {
            proxy.setFilterText(text);
            rows += proxy.rowCount();
            proxy.setFilterText(QString());
            rows += proxy.rowCount();
        }
        QVERIFY(rows > 0);
        QCOMPARE(proxy.rowCount(), dialogCount);
    }

    void sortByColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("name (collator)") << int(DialogTableModel::Name);
        QTest::newRow("owner name (collator)") << int(DialogTableModel::Owner);
        QTest::newRow("members") << int(DialogTableModel::Members);
        QTest::newRow("last activity") << int(DialogTableModel::LastActivity);
    }

    void sortByColumn()
    {
        QFETCH(int, column);
        DialogTableModel model;
        fill(model);
        model.setUserNames(ownerNames());
        DialogFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        // One iteration is one full sort: the order flips each time so none is skipped.
        Qt::SortOrder order = Qt::AscendingOrder;
        QBENCHMARK
        {
            proxy.sort(column, order);
            order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        }
        QCOMPARE(proxy.rowCount(), dialogCount);
    }

    void removeScatteredAt100k()
    {
        DialogTableModel model;
        fill(model);
        DialogFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(DialogTableModel::LastActivity, Qt::DescendingOrder);
        QStringList doomed;
        for (int row = 0; row < dialogCount; row += 100)
            doomed.append(model.dialogAt(row).id);
        // 1 000 ids, 1 000 runs: removal cannot repeat, so it is measured once.
        QBENCHMARK_ONCE
        {
            model.removeDialogs(doomed);
        }
        QCOMPARE(model.rowCount(), dialogCount - 1000);
    }
};

QTEST_GUILESS_MAIN(BenchDialogModels)
#include "BenchDialogModels.moc"

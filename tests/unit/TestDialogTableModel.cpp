// SPDX-License-Identifier: Apache-2.0

#include "models/DialogTableModel.h"
#include "support/LocalTime.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

#include <limits>

using namespace Qt::StringLiterals;

using RowRange = QPair<int, int>;

// The dialog table: pages arrive as single insertions, known ids update in place, removals
// come in contiguous runs and the id index stays right, and each role serves what the views,
// the proxy and the sorting rely on.
class TestDialogTableModel final : public QObject {
    Q_OBJECT

private:
    static Dialog makeDialog(const QString &id, const QString &name = {},
        DialogType type = DialogType::Group, qint64 ownerId = 0)
    {
        Dialog dialog;
        dialog.id = id;
        dialog.name = name.isNull() ? u"Dialog "_s + id : name;
        dialog.type = type;
        dialog.ownerId = ownerId;
        return dialog;
    }

    static QString idFor(int number) { return u"d%1"_s.arg(number, 5, 10, QChar(u'0')); }

    static QList<Dialog> page(int first, int count)
    {
        QList<Dialog> dialogs;
        for (int number = first; number < first + count; ++number)
            dialogs.append(makeDialog(idFor(number)));
        return dialogs;
    }

    static QStringList idsOf(const DialogTableModel &model)
    {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(
                model.index(row, DialogTableModel::Name).data(DialogTableModel::IdRole).toString());
        return ids;
    }

    // Every id's index entry points at its row.
    static bool indexIsRight(const DialogTableModel &model)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.rowOf(model.dialogAt(row).id) != row)
                return false;
        }
        return true;
    }

    static RowRange rangeOf(const QList<QVariant> &signalArguments)
    {
        return { signalArguments.at(1).toInt(), signalArguments.at(2).toInt() };
    }

private Q_SLOTS:
    void startsEmptyWithTitledColumns()
    {
        DialogTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(DialogTableModel::ColumnCount));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(model.headerData(DialogTableModel::LastActivity, Qt::Horizontal).toString(),
            u"Last activity"_s);
        QCOMPARE(model.rowOf(u"nothing"_s), -1);
        QVERIFY(!model.dialog(u"nothing"_s));
    }

    void eachPageIsOneInsertionAtTheEnd()
    {
        DialogTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.appendPage(page(0, 100));
        model.appendPage(page(100, 100));
        model.appendPage(page(200, 37));

        QCOMPARE(inserted.count(), 3);
        QCOMPARE(rangeOf(inserted.at(0)), RowRange(0, 99));
        QCOMPARE(rangeOf(inserted.at(1)), RowRange(100, 199));
        QCOMPARE(rangeOf(inserted.at(2)), RowRange(200, 236));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(model.rowCount(), 237);
        QCOMPARE(model.dialogAt(150).id, idFor(150));
        QVERIFY(indexIsRight(model));
    }

    void reappendingAKnownIdUpdatesItsRowInsteadOfAddingOne()
    {
        DialogTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendPage(page(0, 3));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QList<Dialog> overlap { makeDialog(idFor(1), u"Renamed"_s), makeDialog(idFor(3)) };
        model.appendPage(overlap);

        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(idFor(1)), 1);
        QCOMPARE(model.index(1, DialogTableModel::Name).data().toString(), u"Renamed"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, 0));
        QCOMPARE(
            changed.at(0).at(1).toModelIndex(), model.index(1, DialogTableModel::ColumnCount - 1));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(rangeOf(inserted.at(0)), RowRange(3, 3));
    }

    void aPageOfOnlyKnownIdsInsertsNothing()
    {
        DialogTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendPage(page(0, 5));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendPage(page(0, 5));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model.rowCount(), 5);
    }

    void theSameIdTwiceInOnePageKeepsOneRowWithTheLaterValues()
    {
        DialogTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendPage({ makeDialog(u"a"_s, u"first"_s), makeDialog(u"b"_s),
            makeDialog(u"a"_s, u"second"_s) });
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.dialog(u"a"_s)->name, u"second"_s);
    }

    void dialogsWithoutAnIdAreSkipped()
    {
        DialogTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendPage({ makeDialog(QString(), u"nameless"_s), makeDialog(u"a"_s) });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.dialogAt(0).id, u"a"_s);
    }

    void updateDialogChangesOneRow()
    {
        DialogTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendPage(page(0, 10));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        Dialog updated = model.dialogAt(7);
        updated.lastMessage = u"fresh"_s;
        QVERIFY(model.updateDialog(updated));
        QVERIFY(!model.updateDialog(makeDialog(u"unknown"_s)));

        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 7);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 7);
        QCOMPARE(model.index(7, DialogTableModel::LastMessage).data().toString(), u"fresh"_s);
        QCOMPARE(model.rowCount(), 10);
    }

    void removeDialogsRemovesContiguousRuns_data()
    {
        QTest::addColumn<QList<int>>("removedRows");
        QTest::addColumn<QList<RowRange>>("expectedSignals");

        QTest::newRow("one row") << QList<int> { 4 } << QList<RowRange> { { 4, 4 } };
        QTest::newRow("one run given in any order")
            << QList<int> { 7, 5, 6 } << QList<RowRange> { { 5, 7 } };
        QTest::newRow("scattered rows, one signal per run, rows as the model has them then")
            << QList<int> { 2, 3, 7, 10, 11, 12 }
            << QList<RowRange> { { 2, 3 }, { 5, 5 }, { 7, 9 } };
        QTest::newRow("runs at both ends")
            << QList<int> { 0, 1, 18, 19 } << QList<RowRange> { { 0, 1 }, { 16, 17 } };
        QTest::newRow("every other row") << QList<int> { 1, 3, 5,
            7 } << QList<RowRange> { { 1, 1 }, { 2, 2 }, { 3, 3 }, { 4, 4 } };
        QTest::newRow("everything") << [] {
            QList<int> all;
            for (int row = 0; row < 20; ++row)
                all.append(row);
            return all;
        }() << QList<RowRange> { { 0, 19 } };
    }

    void removeDialogsRemovesContiguousRuns()
    {
        QFETCH(QList<int>, removedRows);
        QFETCH(QList<RowRange>, expectedSignals);

        DialogTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendPage(page(0, 20));
        QStringList expected = idsOf(model);
        QStringList doomed;
        for (int row : removedRows) {
            doomed.append(idFor(row));
            expected.removeOne(idFor(row));
        }
        // Unknown and repeated ids change nothing.
        doomed << u"not-loaded"_s << doomed.first();

        QSignalSpy aboutToBeRemoved(&model, &QAbstractItemModel::rowsAboutToBeRemoved);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.removeDialogs(doomed);

        QCOMPARE(removed.count(), expectedSignals.size());
        QCOMPARE(aboutToBeRemoved.count(), expectedSignals.size());
        for (qsizetype i = 0; i < expectedSignals.size(); ++i)
            QCOMPARE(rangeOf(removed.at(i)), expectedSignals.at(i));
        QCOMPARE(idsOf(model), expected);
        QVERIFY(indexIsRight(model));
        for (int row : removedRows)
            QCOMPARE(model.rowOf(idFor(row)), -1);
    }

    void theModelReadsRightBetweenTheRemovalSignals()
    {
        DialogTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendPage(page(0, 30));
        QStringList expected = idsOf(model);
        const QList<int> removedRows { 3, 4, 9, 15, 16, 17, 25 };
        QStringList doomed;
        for (int row : removedRows)
            doomed.append(idFor(row));

        // After each signal, what a view would read: the ids in row order, and whether rowOf
        // agrees with them.
        QList<QStringList> seen;
        bool indexAgreed = true;
        connect(&model, &QAbstractItemModel::rowsRemoved, this, [&] {
            seen.append(idsOf(model));
            indexAgreed = indexAgreed && indexIsRight(model);
        });
        model.removeDialogs(doomed);

        QList<QStringList> expectedSteps;
        for (const QList<int> &run :
            QList<QList<int>> { { 3, 4 }, { 9 }, { 15, 16, 17 }, { 25 } }) {
            for (int row : run)
                expected.removeOne(idFor(row));
            expectedSteps.append(expected);
        }
        QCOMPARE(seen, expectedSteps);
        QVERIFY(indexAgreed);
    }

    void theIndexStaysRightAfterManyScatteredRemovals()
    {
        DialogTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int first = 0; first < 600; first += 100)
            model.appendPage(page(first, 100));
        QStringList doomed;
        for (int number = 0; number < 600; number += 3)
            doomed.append(idFor(number));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        model.removeDialogs(doomed);

        QCOMPARE(removed.count(), 200);
        QCOMPARE(model.rowCount(), 400);
        QVERIFY(indexIsRight(model));
        QCOMPARE(model.dialogAt(0).id, idFor(1));
        QCOMPARE(model.dialogAt(399).id, idFor(599));
        QCOMPARE(model.rowOf(idFor(598)), 398);

        // The model keeps working normally afterwards.
        model.appendPage(page(5000, 10));
        QCOMPARE(model.rowOf(idFor(5009)), 409);
        QVERIFY(indexIsRight(model));
    }

    void clearResetsTheModel()
    {
        DialogTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendPage(page(0, 10));
        model.setUserNames({ { 7, u"Anna"_s } });
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(idFor(3)), -1);
        QCOMPARE(model.userName(7), u"Anna"_s);
    }

    void ownerNamesAppearOnceResolved()
    {
        DialogTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendPage({ makeDialog(u"a"_s, u"A"_s, DialogType::Group, 101),
            makeDialog(u"b"_s, u"B"_s, DialogType::Group, 102),
            makeDialog(u"c"_s, u"C"_s, DialogType::Group, 101) });
        const QModelIndex owner = model.index(0, DialogTableModel::Owner);
        QCOMPARE(owner.data().toString(), u"101"_s);
        QCOMPARE(owner.data(DialogTableModel::OwnerIdRole).toLongLong(), 101);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setUserNames({ { 101, u"Anna Admin"_s } });

        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, DialogTableModel::Owner));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(2, DialogTableModel::Owner));
        QCOMPARE(owner.data().toString(), u"Anna Admin"_s);
        QVERIFY(owner.data(Qt::ToolTipRole).toString().contains(u"101"_s));
        QCOMPARE(model.index(1, DialogTableModel::Owner).data().toString(), u"102"_s);

        // A later batch adds to the names already known.
        model.setUserNames({ { 102, u"Ben"_s } });
        QCOMPARE(owner.data().toString(), u"Anna Admin"_s);
        QCOMPARE(model.index(1, DialogTableModel::Owner).data().toString(), u"Ben"_s);
    }

    void displayTextForEachColumn()
    {
        DialogTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Dialog group = makeDialog(u"g"_s, u"Team"_s, DialogType::Group);
        group.occupantIds = { 1, 2, 3 };
        group.lastMessage = u"hello\nthere\tfriend"_s;
        group.createdAt = QDateTime(QDate(2024, 3, 5), QTime(10, 0, 42), QTimeZone::utc());
        group.lastMessageAt = QDateTime(QDate(2024, 3, 6), QTime(11, 30), QTimeZone::utc());
        Dialog open = makeDialog(u"p"_s, u"Lobby"_s, DialogType::Public);
        Dialog direct = makeDialog(u"x"_s, u"Direct"_s, DialogType::Private);
        model.appendPage({ group, open, direct });

        const auto text
            = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, DialogTableModel::Name), u"Team"_s);
        QCOMPARE(text(0, DialogTableModel::Type), u"group"_s);
        QCOMPARE(text(1, DialogTableModel::Type), u"public"_s);
        QCOMPARE(text(2, DialogTableModel::Type), u"private"_s);
        QCOMPARE(text(0, DialogTableModel::Members), u"3"_s);
        QCOMPARE(text(1, DialogTableModel::Members), u"all"_s);
        QCOMPARE(text(0, DialogTableModel::LastMessage), u"hello there friend"_s);
        QCOMPARE(model.index(0, DialogTableModel::LastMessage).data(Qt::ToolTipRole).toString(),
            group.lastMessage);
        QCOMPARE(text(0, DialogTableModel::Created), LocalTime::text(group.createdAt));
        QCOMPARE(text(0, DialogTableModel::LastActivity), LocalTime::text(group.lastMessageAt));
        // The full year and the seconds, which a short format loses.
        const QDateTime created = group.createdAt.toLocalTime();
        QVERIFY2(
            text(0, DialogTableModel::Created).contains(QString::number(created.date().year())),
            qPrintable(text(0, DialogTableModel::Created)));
        QVERIFY2(text(0, DialogTableModel::Created)
                     .contains(u":%1"_s.arg(created.time().second(), 2, 10, QLatin1Char('0'))),
            qPrintable(text(0, DialogTableModel::Created)));
        QCOMPARE(model.index(0, DialogTableModel::Created).data(Qt::ToolTipRole).toString(),
            QLocale().toString(group.createdAt.toLocalTime(), QLocale::LongFormat));
        QCOMPARE(text(2, DialogTableModel::LastActivity), QString());
        QCOMPARE(model.index(0, DialogTableModel::Members).data(Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!model.index(0, DialogTableModel::Name).data(Qt::TextAlignmentRole).isValid());
    }

    void rolesServeRawValues()
    {
        DialogTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Dialog group = makeDialog(u"g"_s, u"Team"_s, DialogType::Group, 55);
        group.occupantIds = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
        group.createdAt = QDateTime(QDate(2024, 3, 5), QTime(10, 0), QTimeZone::utc());
        group.updatedAt = QDateTime(QDate(2024, 4, 1), QTime(9, 0), QTimeZone::utc());
        Dialog open = makeDialog(u"p"_s, u"Lobby"_s, DialogType::Public);
        model.appendPage({ group, open });

        const auto sortValue = [&model](int row, int column) {
            return model.index(row, column).data(DialogTableModel::SortRole);
        };
        QCOMPARE(sortValue(0, DialogTableModel::Name).metaType(), QMetaType::fromType<QString>());
        QCOMPARE(sortValue(0, DialogTableModel::Members).metaType(), QMetaType::fromType<int>());
        QCOMPARE(sortValue(0, DialogTableModel::Members).toInt(), 11);
        QCOMPARE(sortValue(1, DialogTableModel::Members).toInt(), std::numeric_limits<int>::max());
        QCOMPARE(
            sortValue(0, DialogTableModel::Created).metaType(), QMetaType::fromType<QDateTime>());
        QCOMPARE(sortValue(0, DialogTableModel::Created).toDateTime(), group.createdAt);
        // Without messages, activity is the dialog's last change.
        QCOMPARE(sortValue(0, DialogTableModel::LastActivity).toDateTime(), group.updatedAt);

        const QModelIndex first = model.index(0, DialogTableModel::Type);
        QCOMPARE(first.data(DialogTableModel::IdRole).toString(), u"g"_s);
        QCOMPARE(first.data(DialogTableModel::OwnerIdRole).toLongLong(), 55);
        QCOMPARE(first.data(DialogTableModel::TypeRole).toInt(), int(DialogType::Group));
        const Dialog copy = first.data(DialogTableModel::DialogRole).value<Dialog>();
        QCOMPARE(copy.id, u"g"_s);
        QCOMPARE(copy.occupantIds.size(), 11);
        QCOMPARE(model.dialog(u"p"_s)->name, u"Lobby"_s);
    }

    void messagePreviewIsOneClippedLine_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("preview");

        QTest::newRow("short text stays") << u"hi"_s << u"hi"_s;
        QTest::newRow("line breaks and runs of spaces become one space")
            << u"  one\r\ntwo \n\n three  "_s << u"one two three"_s;
        QTest::newRow("exactly the limit stays") << QString(80, u'x') << QString(80, u'x');
        QTest::newRow("longer text is clipped with an ellipsis")
            << QString(200, u'y') << QString(79, u'y') + u'\u2026';
        QTest::newRow("a surrogate pair is never split")
            << QString(78, u'z') + u"\U0001F600\U0001F600"_s << QString(78, u'z') + u'\u2026';
    }

    void messagePreviewIsOneClippedLine()
    {
        QFETCH(QString, message);
        QFETCH(QString, preview);
        const QString result = DialogTableModel::messagePreview(message);
        QCOMPARE(result, preview);
        QVERIFY(result.size() <= DialogTableModel::previewLength);
    }
};

QTEST_GUILESS_MAIN(TestDialogTableModel)
#include "TestDialogTableModel.moc"

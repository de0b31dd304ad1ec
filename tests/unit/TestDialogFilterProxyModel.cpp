// SPDX-License-Identifier: Apache-2.0

#include "models/DialogFilterProxyModel.h"
#include "models/DialogTableModel.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// Sorting by raw values (dates in time order, counts as numbers, names naturally) and the
// instant filter by text and type, without a model reset on any keystroke.
class TestDialogFilterProxyModel final : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        DialogTableModel source;
        DialogFilterProxyModel proxy;
        QAbstractItemModelTester sourceTester { &source,
            QAbstractItemModelTester::FailureReportingMode::QtTest };
        QAbstractItemModelTester proxyTester { &proxy,
            QAbstractItemModelTester::FailureReportingMode::QtTest };

        explicit Fixture(const QList<Dialog> &dialogs)
        {
            source.appendPage(dialogs);
            proxy.setSourceModel(&source);
        }
    };

    static Dialog makeDialog(const QString &id, const QString &name,
        DialogType type = DialogType::Group, qint64 ownerId = 0, const QString &lastMessage = {})
    {
        Dialog dialog;
        dialog.id = id;
        dialog.name = name;
        dialog.type = type;
        dialog.ownerId = ownerId;
        dialog.lastMessage = lastMessage;
        return dialog;
    }

    static QStringList proxyIds(const QAbstractItemModel &proxy)
    {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, 0).data(DialogTableModel::IdRole).toString());
        return ids;
    }

    static QStringList reversed(QStringList list)
    {
        std::reverse(list.begin(), list.end());
        return list;
    }

    static QList<Dialog> filterSample()
    {
        return {
            makeDialog(u"65a000000000000000000001"_s, u"Support Room"_s, DialogType::Public, 101,
                u"Welcome to support"_s),
            makeDialog(u"65a000000000000000000002"_s, u"Team chat"_s, DialogType::Group, 102,
                u"Hello everyone"_s),
            makeDialog(u"65a000000000000000000003"_s, u"anna / ben"_s, DialogType::Private, 102,
                u"see you at the ROOM"_s),
            makeDialog(
                u"65a0000000000000000000ff"_s, u"Offtopic"_s, DialogType::Group, 103, u"cats"_s),
        };
    }

private Q_SLOTS:
    void sortsByLastActivityInTimeOrderNotTextOrder()
    {
        const QDateTime base(QDate(2024, 1, 9), QTime(8, 0), QTimeZone::utc());
        QList<Dialog> dialogs;
        const QList<QDateTime> times { base, base.addDays(1), base.addDays(-9), base.addMonths(10),
            QDateTime() };
        for (qsizetype i = 0; i < times.size(); ++i) {
            Dialog dialog = makeDialog(u"d%1"_s.arg(i), u"Dialog %1"_s.arg(i));
            dialog.lastMessageAt = times.at(i);
            dialogs.append(dialog);
        }
        Fixture f(dialogs);

        // The shown texts would sort differently, so text order would fail this test.
        QStringList texts;
        for (int row = 0; row < 4; ++row)
            texts.append(f.source.index(row, DialogTableModel::LastActivity).data().toString());
        QStringList textOrder = texts;
        std::sort(textOrder.begin(), textOrder.end());
        QVERIFY(textOrder != QStringList({ texts[2], texts[0], texts[1], texts[3] }));

        f.proxy.sort(DialogTableModel::LastActivity, Qt::AscendingOrder);
        const QStringList chronological { u"d4"_s, u"d2"_s, u"d0"_s, u"d1"_s, u"d3"_s };
        QCOMPARE(proxyIds(f.proxy), chronological);
        f.proxy.sort(DialogTableModel::LastActivity, Qt::DescendingOrder);
        QCOMPARE(proxyIds(f.proxy), reversed(chronological));
    }

    void sortsByCreationTime()
    {
        QList<Dialog> dialogs;
        const QDateTime base(QDate(2023, 5, 1), QTime(0, 0), QTimeZone::utc());
        for (int i : { 3, 1, 2 }) {
            Dialog dialog = makeDialog(u"d%1"_s.arg(i), u"x"_s);
            dialog.createdAt = base.addSecs(i * 3600);
            dialogs.append(dialog);
        }
        Fixture f(dialogs);
        f.proxy.sort(DialogTableModel::Created);
        QCOMPARE(proxyIds(f.proxy), QStringList({ u"d1"_s, u"d2"_s, u"d3"_s }));
    }

    void sortsMembersAsNumbersWithPublicDialogsLast()
    {
        QList<Dialog> dialogs;
        for (int count : { 10, 2, 100, 1 }) {
            Dialog dialog = makeDialog(u"m%1"_s.arg(count), u"x"_s);
            dialog.occupantIds.resize(count);
            dialogs.append(dialog);
        }
        dialogs.insert(1, makeDialog(u"public"_s, u"Lobby"_s, DialogType::Public));
        Fixture f(dialogs);

        f.proxy.sort(DialogTableModel::Members);
        QCOMPARE(
            proxyIds(f.proxy), QStringList({ u"m1"_s, u"m2"_s, u"m10"_s, u"m100"_s, u"public"_s }));
    }

    void sortsNamesNaturally_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("sorted");

        QTest::newRow("numbers inside names compare as numbers")
            << QStringList { u"Room 10"_s, u"Room 2"_s, u"Room 1"_s, u"Room 21"_s }
            << QStringList { u"Room 1"_s, u"Room 2"_s, u"Room 10"_s, u"Room 21"_s };
        QTest::newRow("case does not decide the order")
            << QStringList { u"beta"_s, u"Alpha"_s, u"gamma"_s, u"Delta"_s }
            << QStringList { u"Alpha"_s, u"beta"_s, u"Delta"_s, u"gamma"_s };
        QTest::newRow("mixed case with numbers") << QStringList { u"room 10"_s, u"Room 9"_s,
            u"ROOM 100"_s } << QStringList { u"Room 9"_s, u"room 10"_s, u"ROOM 100"_s };
    }

    void sortsNamesNaturally()
    {
        QFETCH(QStringList, names);
        QFETCH(QStringList, sorted);
        QList<Dialog> dialogs;
        for (const QString &name : names)
            dialogs.append(makeDialog(name, name));
        Fixture f(dialogs);

        f.proxy.sort(DialogTableModel::Name);
        QCOMPARE(proxyIds(f.proxy), sorted);
        f.proxy.sort(DialogTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(proxyIds(f.proxy), reversed(sorted));
    }

    void sortsOwnersByTheirNamesOnceKnown()
    {
        Fixture f({ makeDialog(u"a"_s, u"a"_s, DialogType::Group, 300),
            makeDialog(u"b"_s, u"b"_s, DialogType::Group, 100),
            makeDialog(u"c"_s, u"c"_s, DialogType::Group, 20) });
        f.proxy.sort(DialogTableModel::Owner);
        QCOMPARE(proxyIds(f.proxy), QStringList({ u"c"_s, u"b"_s, u"a"_s }));

        f.source.setUserNames({ { 300, u"Anna"_s }, { 100, u"Zoe"_s }, { 20, u"Max"_s } });
        QCOMPARE(proxyIds(f.proxy), QStringList({ u"a"_s, u"c"_s, u"b"_s }));
    }

    void pagesArrivingLaterAreSortedIn()
    {
        Fixture f({ makeDialog(u"r2"_s, u"Room 2"_s), makeDialog(u"r20"_s, u"Room 20"_s) });
        f.proxy.sort(DialogTableModel::Name);
        f.source.appendPage({ makeDialog(u"r3"_s, u"Room 3"_s), makeDialog(u"r1"_s, u"Room 1"_s) });
        QCOMPARE(proxyIds(f.proxy), QStringList({ u"r1"_s, u"r2"_s, u"r3"_s, u"r20"_s }));
    }

    void bulkAppendKeepsRowsAtTheEndUntilItEndsThenSortsOnce()
    {
        Fixture f({ makeDialog(u"r2"_s, u"Room 2"_s), makeDialog(u"r20"_s, u"Room 20"_s) });
        f.proxy.sort(DialogTableModel::Name);
        f.proxy.setFilterText(u"room"_s);
        f.proxy.beginBulkAppend();
        QVERIFY(f.proxy.isBulkAppending());
        f.source.appendPage({ makeDialog(u"r3"_s, u"Room 3"_s), makeDialog(u"x"_s, u"Other"_s) });
        f.source.appendPage({ makeDialog(u"r1"_s, u"Room 1"_s) });
        // Filtered at once, sorted later.
        QCOMPARE(proxyIds(f.proxy), QStringList({ u"r2"_s, u"r20"_s, u"r3"_s, u"r1"_s }));
        f.proxy.endBulkAppend();
        QVERIFY(!f.proxy.isBulkAppending());
        QCOMPARE(proxyIds(f.proxy), QStringList({ u"r1"_s, u"r2"_s, u"r3"_s, u"r20"_s }));
        // Sorting is dynamic again.
        f.source.appendPage({ makeDialog(u"r4"_s, u"Room 4"_s) });
        QCOMPARE(proxyIds(f.proxy), QStringList({ u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s, u"r20"_s }));
    }

    // Typing on narrows the previous result; anything else filters every row again.
    void filterResultsStayRightAsTheTextGrowsShrinksAndRowsChange()
    {
        Fixture f({ makeDialog(u"a"_s, u"club house"_s), makeDialog(u"b"_s, u"clubs"_s),
            makeDialog(u"c"_s, u"cloud"_s), makeDialog(u"d"_s, u"other"_s, DialogType::Group, 12),
            makeDialog(u"e"_s, u"x"_s, DialogType::Group, 123) });
        f.proxy.setFilterText(u"cl"_s);
        QCOMPARE(proxyIds(f.proxy), QStringList({ u"a"_s, u"b"_s, u"c"_s }));
        f.proxy.setFilterText(u"club"_s);
        QCOMPARE(proxyIds(f.proxy), QStringList({ u"a"_s, u"b"_s }));
        f.proxy.setFilterText(u"CLUB H"_s);
        QCOMPARE(proxyIds(f.proxy), QStringList({ u"a"_s }));
        f.proxy.setFilterText(u"clo"_s);
        QCOMPARE(proxyIds(f.proxy), QStringList({ u"c"_s }));
        // A row renamed while the filter stands is judged again.
        Dialog renamed = f.source.dialogAt(1);
        renamed.name = u"cloudy"_s;
        QVERIFY(f.source.updateDialog(renamed));
        f.proxy.setFilterText(u"cloud"_s);
        QCOMPARE(proxyIds(f.proxy), QStringList({ u"b"_s, u"c"_s }));
        // A whole number also matches the owner's id exactly: "12" then "123" is no narrowing.
        f.proxy.setFilterText(u"12"_s);
        QCOMPARE(proxyIds(f.proxy), QStringList({ u"d"_s }));
        f.proxy.setFilterText(u"123"_s);
        QCOMPARE(proxyIds(f.proxy), QStringList({ u"e"_s }));
    }

    // The proxy keeps ranks and keys per row between sorts; whatever happens to the rows in
    // between, the order must stay what a fresh sort gives.
    void sortOrderSurvivesAppendsRenamesRemovalsAndFilterChanges()
    {
        const QStringList words { u"room"_s, u"Team"_s, u"help"_s, u"Sales"_s, u"news"_s };
        QRandomGenerator random(7);
        int next = 0;
        const auto makePage = [&](int count) {
            QList<Dialog> dialogs;
            for (int i = 0; i < count; ++i, ++next) {
                const QString name = words.at(random.bounded(words.size())) + u' '
                    + QString::number(random.bounded(50)) + u'-' + QString::number(next);
                dialogs.append(makeDialog(u"id%1"_s.arg(next), name));
            }
            return dialogs;
        };
        Fixture f(makePage(100));
        f.proxy.sort(DialogTableModel::Name);

        for (int round = 0; round < 3; ++round) {
            // Many new rows: the next filter change ranks every row again.
            f.source.appendPage(makePage(40));
            f.proxy.setFilterText(u"room"_s);
            // Few changes: the rows keep their ranks, and those changed compare by key.
            for (int i = 0; i < 4; ++i) {
                Dialog renamed = f.source.dialogAt(random.bounded(f.source.rowCount()));
                renamed.name = u"Renamed %1-%2"_s.arg(random.bounded(30)).arg(renamed.id);
                QVERIFY(f.source.updateDialog(renamed));
            }
            QStringList doomed;
            for (int row = round; row < f.source.rowCount(); row += 9)
                doomed.append(f.source.dialogAt(row).id);
            f.source.removeDialogs(doomed);
            f.proxy.setFilterText(QString());
            f.source.appendPage(makePage(5));
        }

        QCollator collator(QLocale(QLocale::English, QLocale::UnitedStates));
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        QList<Dialog> expected;
        for (int row = 0; row < f.source.rowCount(); ++row)
            expected.append(f.source.dialogAt(row));
        std::sort(expected.begin(), expected.end(), [&collator](const Dialog &a, const Dialog &b) {
            return collator.compare(a.name, b.name) < 0;
        });
        QStringList expectedIds;
        for (const Dialog &dialog : expected)
            expectedIds.append(dialog.id);
        QCOMPARE(proxyIds(f.proxy), expectedIds);
    }

    void filterTextMatchesIgnoringCase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");

        const QString one = u"65a000000000000000000001"_s;
        const QString two = u"65a000000000000000000002"_s;
        const QString three = u"65a000000000000000000003"_s;
        const QString four = u"65a0000000000000000000ff"_s;

        QTest::newRow("empty text keeps every dialog")
            << QString() << QStringList { one, two, three, four };
        QTest::newRow("name in other case") << u"team CHAT"_s << QStringList { two };
        QTest::newRow("name or last message, either case")
            << u"room"_s << QStringList { one, three };
        QTest::newRow("last message only") << u"HELLO EVERY"_s << QStringList { two };
        QTest::newRow("owner name") << u"bErNd"_s << QStringList { two, three };
        QTest::newRow("part of the dialog id") << u"0000FF"_s << QStringList { four };
        QTest::newRow("owner user id") << u"103"_s << QStringList { four };
        QTest::newRow("surrounding spaces ignored") << u"  cats "_s << QStringList { four };
        QTest::newRow("nothing matches") << u"zebra"_s << QStringList {};
    }

    void filterTextMatchesIgnoringCase()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        Fixture f(filterSample());
        f.source.setUserNames({ { 101, u"Anna"_s }, { 102, u"Bernd"_s } });

        f.proxy.setFilterText(text);
        QCOMPARE(proxyIds(f.proxy), ids);
        QCOMPARE(f.proxy.filterText(), text.trimmed());
    }

    void ownerNamesResolvedLaterAreFilteredOn()
    {
        Fixture f(filterSample());
        f.proxy.setFilterText(u"bernd"_s);
        QCOMPARE(f.proxy.rowCount(), 0);
        f.source.setUserNames({ { 102, u"Bernd"_s } });
        QCOMPARE(f.proxy.rowCount(), 2);
    }

    void filtersByType_data()
    {
        QTest::addColumn<QList<DialogType>>("types");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");

        QTest::newRow("no types keeps all") << QList<DialogType> {} << QString() << 4;
        QTest::newRow("private only")
            << QList<DialogType> { DialogType::Private } << QString() << 1;
        QTest::newRow("group only") << QList<DialogType> { DialogType::Group } << QString() << 2;
        QTest::newRow("public and group")
            << QList<DialogType> { DialogType::Public, DialogType::Group } << QString() << 3;
        QTest::newRow("type and text together")
            << QList<DialogType> { DialogType::Group } << u"team"_s << 1;
        QTest::newRow("text that only another type matches")
            << QList<DialogType> { DialogType::Private } << u"support"_s << 0;
    }

    void filtersByType()
    {
        QFETCH(QList<DialogType>, types);
        QFETCH(QString, text);
        QFETCH(int, rows);
        Fixture f(filterSample());

        f.proxy.setTypeFilter(types);
        f.proxy.setFilterText(text);
        QCOMPARE(f.proxy.rowCount(), rows);
        QCOMPARE(f.proxy.typeFilter().size(), types.size());
        for (int row = 0; row < f.proxy.rowCount() && !types.isEmpty(); ++row) {
            const auto type = static_cast<DialogType>(
                f.proxy.index(row, 0).data(DialogTableModel::TypeRole).toInt());
            QVERIFY(types.contains(type));
        }
    }

    // A filter change is one layout change: the view keeps its selection and current row
    // through persistent indexes, which a reset would drop.
    void changingTheFilterNeverResetsTheModel()
    {
        Fixture f(filterSample());
        f.proxy.sort(DialogTableModel::Name);
        QSignalSpy aboutToReset(&f.proxy, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy reset(&f.proxy, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&f.proxy, &QAbstractItemModel::layoutChanged);
        // Matches every filter below: "Support Room" is public.
        const int kept = f.source.rowOf(u"65a000000000000000000001"_s);
        const QPersistentModelIndex current
            = f.proxy.mapFromSource(f.source.index(kept, DialogTableModel::Name));
        const QString keptName = current.data().toString();

        f.proxy.setFilterText(u"r"_s);
        f.proxy.setFilterText(u"ro"_s);
        f.proxy.setFilterText(u"roo"_s);
        f.proxy.setTypeFilter({ DialogType::Public });
        f.proxy.setTypeFilter({});
        f.proxy.setFilterText(QString());

        QCOMPARE(aboutToReset.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 6);
        QCOMPARE(f.proxy.rowCount(), 4);
        QVERIFY(current.isValid());
        QCOMPARE(current.data().toString(), keptName);
    }

    void settingTheSameFilterAgainDoesNothing()
    {
        Fixture f(filterSample());
        f.proxy.setFilterText(u"room"_s);
        QSignalSpy layout(&f.proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(&f.proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&f.proxy, &QAbstractItemModel::rowsInserted);
        f.proxy.setFilterText(u" room "_s);
        f.proxy.setTypeFilter({});
        QCOMPARE(layout.count() + removed.count() + inserted.count(), 0);
    }

    void removalsAndUpdatesPassThroughTheFilter()
    {
        Fixture f(filterSample());
        f.proxy.sort(DialogTableModel::Name);
        f.proxy.setFilterText(u"room"_s);
        QCOMPARE(f.proxy.rowCount(), 2);

        f.source.removeDialogs({ u"65a000000000000000000001"_s });
        QCOMPARE(proxyIds(f.proxy), QStringList({ u"65a000000000000000000003"_s }));

        Dialog renamed = *f.source.dialog(u"65a000000000000000000002"_s);
        renamed.name = u"Room for the team"_s;
        QVERIFY(f.source.updateDialog(renamed));
        QCOMPARE(proxyIds(f.proxy),
            QStringList({ u"65a000000000000000000003"_s, u"65a000000000000000000002"_s }));
    }
};

QTEST_GUILESS_MAIN(TestDialogFilterProxyModel)
#include "TestDialogFilterProxyModel.moc"

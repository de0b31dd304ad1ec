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
#include <limits>
#include <numeric>

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

    // Every row in the order a plain computation gives: each row's SortRole text collated
    // (naturally, ignoring case), ties in source order.
    static QStringList collatedIds(const DialogTableModel &source, int column)
    {
        QCollator collator(QLocale(QLocale::English, QLocale::UnitedStates));
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        QList<int> rows(source.rowCount());
        std::iota(rows.begin(), rows.end(), 0);
        const auto text = [&source, column](int row) {
            return source.index(row, column).data(DialogTableModel::SortRole).toString();
        };
        std::stable_sort(rows.begin(), rows.end(),
            [&](int left, int right) { return collator.compare(text(left), text(right)) < 0; });
        QStringList ids;
        for (int row : rows)
            ids.append(source.dialogAt(row).id);
        return ids;
    }

private Q_SLOTS:
    // Sort keys keep their text in one block that sheds the text of rows gone once it has
    // grown large; the rows left, the rows added after and owner keys made again must still
    // sort right. Long names and thousands of rows make the block large enough.
    void sortStaysRightAfterTheKeysOfGoneRowsAreDropped()
    {
        QHash<qint64, QString> owners;
        constexpr int ownerCount = 3000; // their keys alone fill the block enough to be dropped
        for (qint64 id = 1; id <= ownerCount; ++id)
            owners.insert(id, u"moderator with a rather long display name, number %1"_s.arg(id));
        QRandomGenerator random(5);
        int next = 0;
        const auto makePage = [&](int count) {
            QList<Dialog> dialogs;
            for (int i = 0; i < count; ++i, ++next) {
                dialogs.append(makeDialog(u"d%1"_s.arg(next),
                    u"general discussion about moderation, part %1 of room %2"_s
                        .arg(random.bounded(100))
                        .arg(next),
                    DialogType::Group, 1 + random.bounded(ownerCount)));
            }
            return dialogs;
        };
        const auto removeMostRows = [](DialogTableModel &source, int keepEvery) {
            QStringList doomed;
            for (int row = 0; row < source.rowCount(); ++row) {
                if (row % keepEvery != 0)
                    doomed.append(source.dialogAt(row).id);
            }
            source.removeDialogs(doomed);
        };
        // No model tester: it checks every row at each of the thousands of removals.
        DialogTableModel source;
        source.appendPage(makePage(4000));
        source.setUserNames(owners);
        DialogFilterProxyModel proxy;
        proxy.setSourceModel(&source);

        proxy.sort(DialogTableModel::Name);
        removeMostRows(source, 4);
        source.appendPage(makePage(300));
        Dialog renamed = source.dialogAt(7);
        renamed.name = u"general discussion about moderation, part 1 of room 1"_s;
        QVERIFY(source.updateDialog(renamed));
        QCOMPARE(proxyIds(proxy), collatedIds(source, DialogTableModel::Name));

        // Owner keys are shared by the rows of one owner and made once per owner: when the
        // block drops them, rows of the same owners arriving later need them made again.
        source.appendPage(makePage(4000));
        proxy.sort(DialogTableModel::Owner);
        removeMostRows(source, 5);
        source.appendPage(makePage(200));
        QCOMPARE(proxyIds(proxy), collatedIds(source, DialogTableModel::Owner));
    }

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

    // The proxy keeps folded texts, keys and an order of its own; whatever happens, what it
    // shows must be what a plain computation gives: the rows whose fields contain the text
    // (ignoring case) or whose owner id is the number, of the types asked for, ordered by
    // collating or comparing each row's SortRole value, ties in source order.
    void orderAndFilterMatchAPlainComputationOnRandomData()
    {
        QRandomGenerator random(20261129);
        const QStringList words { u"room"_s, u"Team"_s, u"ROOM"_s, u"Ärger"_s, u"ärger"_s,
            u"straße"_s, u"Σοφία"_s, u"σοφία"_s, u"help"_s, u"Room 2"_s, u"room 10"_s, u"x"_s };
        const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
        int next = 0;
        const auto makePage = [&](int count) {
            QList<Dialog> dialogs;
            for (int i = 0; i < count; ++i, ++next) {
                Dialog dialog = makeDialog(u"65a0%1"_s.arg(next, 20, 16, QChar(u'0')),
                    words.at(random.bounded(words.size())) + u' '
                        + QString::number(random.bounded(30)),
                    Dialog::typeFromNumber(1 + random.bounded(3)), 1 + random.bounded(40),
                    words.at(random.bounded(words.size())) + u' '
                        + words.at(random.bounded(words.size())));
                dialog.occupantIds.resize(random.bounded(4));
                if (random.bounded(5) > 0)
                    dialog.createdAt = start.addSecs(random.bounded(50) * 3600);
                if (random.bounded(3) > 0)
                    dialog.lastMessageAt = start.addSecs(random.bounded(50) * 3600);
                dialogs.append(dialog);
            }
            return dialogs;
        };
        QCollator collator(QLocale(QLocale::English, QLocale::UnitedStates));
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const auto expectedIds
            = [&collator](const DialogTableModel &source, const QString &needle,
                  const QList<DialogType> &types, int column, Qt::SortOrder order) {
                  QList<int> rows;
                  bool isNumber = false;
                  const qint64 number = needle.toLongLong(&isNumber);
                  for (int row = 0; row < source.rowCount(); ++row) {
                      const Dialog &dialog = source.dialogAt(row);
                      if (!types.isEmpty() && !types.contains(dialog.type))
                          continue;
                      const auto has = [&needle](const QString &text) {
                          return !text.isEmpty() && text.contains(needle, Qt::CaseInsensitive);
                      };
                      if (needle.isEmpty() || (isNumber && number > 0 && dialog.ownerId == number)
                          || has(dialog.name) || has(dialog.lastMessage) || has(dialog.id)
                          || has(source.userName(dialog.ownerId)))
                          rows.append(row);
                  }
                  if (column >= 0) {
                      const auto value = [&source, column](int row) {
                          return source.index(row, column).data(DialogTableModel::SortRole);
                      };
                      const auto compare = [&](int left, int right) {
                          const QVariant a = value(left);
                          const QVariant b = value(right);
                          if (a.metaType().id() == QMetaType::QString)
                              return collator.compare(a.toString(), b.toString());
                          const auto valueOf = [](const QVariant &v) {
                              if (v.metaType().id() == QMetaType::QDateTime) {
                                  const QDateTime when = v.toDateTime();
                                  return when.isValid() ? when.toMSecsSinceEpoch()
                                                        : std::numeric_limits<qint64>::min();
                              }
                              return v.toLongLong();
                          };
                          const qint64 x = valueOf(a);
                          const qint64 y = valueOf(b);
                          return x < y ? -1 : (x > y ? 1 : 0);
                      };
                      std::stable_sort(rows.begin(), rows.end(), [&](int left, int right) {
                          const int result = compare(left, right);
                          return order == Qt::AscendingOrder ? result < 0 : result > 0;
                      });
                  }
                  QStringList ids;
                  for (int row : rows)
                      ids.append(source.dialogAt(row).id);
                  return ids;
              };

        Fixture f(makePage(50));
        const QStringList needles { u"r"_s, u"ro"_s, u"roo"_s, u"ROOM 1"_s, u"är"_s, u"ÄRGER"_s,
            u"STRASSE"_s, u"straße"_s, u"ΣΟΦ"_s, u"12"_s, u"3"_s, u"0000a"_s, u"anna"_s, u"zzz"_s,
            QString() };
        const QList<QList<DialogType>> typeSets { {}, { DialogType::Group },
            { DialogType::Public, DialogType::Private } };
        QString needle;
        QList<DialogType> types;
        for (int step = 0; step < 120; ++step) {
            switch (random.bounded(8)) {
            case 0:
                f.source.appendPage(makePage(1 + random.bounded(30)));
                break;
            case 1:
                f.proxy.beginBulkAppend();
                f.source.appendPage(makePage(1 + random.bounded(10)));
                f.source.appendPage(makePage(1 + random.bounded(10)));
                f.proxy.endBulkAppend();
                break;
            case 2: {
                QStringList doomed;
                for (int row = random.bounded(7); row < f.source.rowCount();
                     row += 3 + random.bounded(9))
                    doomed.append(f.source.dialogAt(row).id);
                f.source.removeDialogs(doomed);
                break;
            }
            case 3:
                for (int i = 0; i < 3 && f.source.rowCount() > 0; ++i) {
                    Dialog changed = f.source.dialogAt(random.bounded(f.source.rowCount()));
                    changed.name = words.at(random.bounded(words.size()));
                    changed.lastMessageAt = start.addSecs(random.bounded(50) * 3600);
                    changed.type = Dialog::typeFromNumber(1 + random.bounded(3));
                    QVERIFY(f.source.updateDialog(changed));
                }
                break;
            case 4: {
                QHash<qint64, QString> names;
                for (int i = 0; i < 5; ++i)
                    names.insert(1 + random.bounded(40), words.at(random.bounded(words.size())));
                names.insert(12, u"Anna"_s);
                f.source.setUserNames(names);
                break;
            }
            case 5:
                types = typeSets.at(random.bounded(typeSets.size()));
                f.proxy.setTypeFilter(types);
                break;
            case 6:
                f.proxy.sort(random.bounded(-1, int(DialogTableModel::ColumnCount)),
                    random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
                break;
            default:
                needle = needles.at(random.bounded(needles.size()));
                f.proxy.setFilterText(needle);
                break;
            }
            QCOMPARE(proxyIds(f.proxy),
                expectedIds(f.source, needle, types, f.proxy.sortColumn(), f.proxy.sortOrder()));
        }
    }

    // With a slice limit the sort runs between events, the rows keeping their old order
    // until it ends; rows added, changed and removed meanwhile are ordered too, and the end
    // result is what sorting at once gives.
    void aSortInSlicesEndsInTheOrderASortAtOnceGives()
    {
        QRandomGenerator random(11);
        const auto makePage = [&random](int first, int count) {
            QList<Dialog> dialogs;
            for (int i = first; i < first + count; ++i)
                dialogs.append(makeDialog(u"s%1"_s.arg(i), u"Room %1"_s.arg(random.bounded(500))));
            return dialogs;
        };
        Fixture f(makePage(0, 3000));
        f.proxy.setSliceRowLimit(100);
        f.proxy.setFilterText(u"room 1"_s);
        const QStringList before = proxyIds(f.proxy);
        QSignalSpy sorting(&f.proxy, &DialogFilterProxyModel::sortingChanged);

        f.proxy.sort(DialogTableModel::Name, Qt::DescendingOrder);
        QVERIFY(f.proxy.isSorting());
        QCOMPARE(proxyIds(f.proxy), before);
        f.source.appendPage(makePage(3000, 200));
        f.source.removeDialogs({ u"s5"_s, u"s77"_s, u"s2999"_s });
        Dialog renamed = *f.source.dialog(u"s10"_s);
        renamed.name = u"Room 1000"_s;
        QVERIFY(f.source.updateDialog(renamed));
        QTRY_VERIFY_WITH_TIMEOUT(!f.proxy.isSorting(), 30000);

        QCOMPARE(sorting.count(), 2);
        QCOMPARE(f.proxy.sortColumn(), int(DialogTableModel::Name));
        DialogFilterProxyModel atOnce;
        atOnce.setSourceModel(&f.source);
        atOnce.setFilterText(u"room 1"_s);
        atOnce.sort(DialogTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(proxyIds(f.proxy), proxyIds(atOnce));
    }

    // A page sorted in arrives as one insertion and at most one layout change, whatever the
    // number of places its rows go to.
    void aSortedPageIsOneInsertion()
    {
        QList<Dialog> dialogs;
        for (int i = 0; i < 100; ++i)
            dialogs.append(makeDialog(u"a%1"_s.arg(i), u"Room %1"_s.arg(i * 2)));
        Fixture f(dialogs);
        f.proxy.sort(DialogTableModel::Name);
        QSignalSpy inserted(&f.proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy layout(&f.proxy, &QAbstractItemModel::layoutChanged);
        QList<Dialog> page;
        for (int i = 0; i < 50; ++i)
            page.append(makeDialog(u"b%1"_s.arg(i), u"Room %1"_s.arg(i * 4 + 1)));
        f.source.appendPage(page);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(f.proxy.rowCount(), 150);
        QCOMPARE(f.proxy.index(0, 0).data().toString(), u"Room 0"_s);
        QCOMPARE(f.proxy.index(1, 0).data().toString(), u"Room 1"_s);
        QCOMPARE(f.proxy.index(149, 0).data().toString(), u"Room 198"_s);
    }

    // Removing scattered rows keeps the current row of a view on a row that stays.
    void scatteredRemovalsKeepPersistentIndexes()
    {
        QList<Dialog> dialogs;
        for (int i = 0; i < 40; ++i)
            dialogs.append(makeDialog(u"d%1"_s.arg(i), u"Room %1"_s.arg(40 - i)));
        Fixture f(dialogs);
        f.proxy.sort(DialogTableModel::Name);
        const QPersistentModelIndex kept
            = f.proxy.mapFromSource(f.source.index(f.source.rowOf(u"d7"_s), 0));
        const QPersistentModelIndex doomed
            = f.proxy.mapFromSource(f.source.index(f.source.rowOf(u"d8"_s), 0));
        f.source.removeDialogs({ u"d1"_s, u"d8"_s, u"d20"_s, u"d33"_s });
        QCOMPARE(f.proxy.rowCount(), 36);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(DialogTableModel::IdRole).toString(), u"d7"_s);
        QVERIFY(!doomed.isValid());
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

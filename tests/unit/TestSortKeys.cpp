// SPDX-License-Identifier: Apache-2.0

#include "models/SortKeys.h"

#include <QCollator>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

int sign(int value)
{
    return (value > 0) - (value < 0);
}

// Names a moderator meets: numbers inside text, case, accents, other scripts, long shared
// beginnings (so that keys run past their first eight bytes), every length around eight.
QStringList trickyNames()
{
    QStringList names { u"Room 2"_s, u"Room 10"_s, u"room 2"_s, u"ROOM 02"_s, u"Room 2a"_s,
        u"Apfel"_s, u"Äpfel"_s, u"apfel"_s, u"Zebra"_s, u"Øre"_s, u"Ål"_s, u"Ångström"_s,
        u"Ärger"_s, u"Arger"_s, u"straße"_s, u"strasse"_s, u"ch"_s, u"cz"_s, u"Łódź"_s, u"Lodz"_s,
        u"Ярослав"_s, u"Ёлка"_s, u"Ель"_s, u"Σοφία"_s, u"σοφία"_s, u"中文"_s, u"😀 party"_s,
        QString(), u" "_s, u"-"_s, u"tab\tname"_s, u"e\u0301"_s, u"é"_s,
        u"general discussion about moderation 1"_s, u"general discussion about moderation 2"_s,
        u"general discussion about moderation 10"_s, u"General Discussion About Moderation 2"_s,
        u"general discussion about moderatioN"_s };
    QString growing;
    for (QChar letter : u"abcdefghijklmn"_s) {
        growing.append(letter);
        names.append(growing);
        names.append(growing.toUpper());
        names.append(growing + u" 9"_s);
    }
    return names;
}

QList<QLocale> locales()
{
    return { QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::German),
        QLocale(QLocale::Swedish), QLocale(QLocale::Polish), QLocale(QLocale::Ukrainian),
        QLocale(QLocale::French), QLocale(QLocale::Portuguese, QLocale::Brazil),
        QLocale(QLocale::Danish), QLocale(QLocale::Czech), QLocale::c() };
}

} // namespace

class TestSortKeys : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Where Qt collates with ICU (every Linux build qbmod is tested on), keys must order text
    // exactly as QCollator does with the same settings, pair by pair.
    void textOrdersAsQCollatorDoes_data()
    {
        QTest::addColumn<QLocale>("locale");
        for (const QLocale &locale : locales())
            QTest::newRow(qPrintable(locale.name())) << locale;
    }

    void textOrdersAsQCollatorDoes()
    {
        QFETCH(QLocale, locale);
        SortKeys keys(locale);
        QCollator collator(locale.language() == QLocale::C
                ? QLocale(QLocale::English, QLocale::UnitedStates)
                : locale);
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const QStringList names = trickyNames();
        std::vector<SortKeys::Key> made;
        for (const QString &name : names)
            made.push_back(keys.text(name));
        for (qsizetype i = 0; i < names.size(); ++i) {
            for (qsizetype j = 0; j < names.size(); ++j) {
                const auto ui = static_cast<size_t>(i);
                const auto uj = static_cast<size_t>(j);
                QVERIFY2(sign(keys.compare(made[ui], made[uj]))
                        == sign(collator.compare(names.at(i), names.at(j))),
                    qPrintable(u"\"%1\" against \"%2\""_s.arg(names.at(i), names.at(j))));
            }
        }
    }

    void numbersOrderAsNumbers()
    {
        const QList<qint64> values { std::numeric_limits<qint64>::min(), -1000000, -1, 0, 1, 255,
            256, 1700000000000, std::numeric_limits<qint64>::max() };
        SortKeys keys;
        for (qsizetype i = 0; i < values.size(); ++i) {
            for (qsizetype j = 0; j < values.size(); ++j) {
                QCOMPARE(sign(keys.compare(
                             SortKeys::number(values.at(i)), SortKeys::number(values.at(j)))),
                    sign(i < j ? -1 : (i > j ? 1 : 0)));
            }
        }
    }

    // A hostile server may send names of any length; only their first thousand characters
    // order them, so no key grows without bound.
    void onlyTheFirstThousandCharactersOrder()
    {
        SortKeys keys;
        const QString base(1000, u'a');
        const SortKeys::Key shorter = keys.text(base + u'b');
        const SortKeys::Key longer = keys.text(base + u'c' + QString(100000, u'z'));
        QCOMPARE(keys.compare(shorter, longer), 0);
        QVERIFY(keys.blockBytes() < 64 * 1024);
        const SortKeys::Key before = keys.text(QString(999, u'a') + u'b');
        QVERIFY(keys.compare(shorter, before) < 0);
    }

    // The block grows as keys are made; keys made before stay right.
    void earlierKeysStayRightAsTheBlockGrows()
    {
        SortKeys keys;
        const SortKeys::Key early = keys.text(u"general discussion about moderation 5"_s);
        const SortKeys::Key earlyAfter = keys.text(u"general discussion about moderation 6"_s);
        for (int i = 0; i < 50000; ++i)
            keys.text(u"general discussion about moderation %1"_s.arg(i));
        QVERIFY(keys.compare(early, earlyAfter) < 0);
        QVERIFY(keys.compare(earlyAfter, early) > 0);
        QCOMPARE(keys.compare(early, keys.text(u"General discussion about moderation 5"_s)), 0);
    }

    // Dropping what no row holds keeps the order of the keys kept, and of keys made after.
    void droppingUnusedKeysKeepsTheKeptOnesInOrder()
    {
        {
            // A small block is left as it is.
            SortKeys small;
            std::vector<SortKeys::Key> few { small.text(u"general discussion 1"_s),
                small.text(u"general discussion 2"_s) };
            const std::vector<SortKeys::Key> before = few;
            QVERIFY(!small.dropUnused(few));
            QCOMPARE(few[1].rest, before[1].rest);
            QVERIFY(small.compare(few[0], few[1]) < 0);
        }
        SortKeys keys;
        QRandomGenerator random(11);
        QStringList texts;
        std::vector<SortKeys::Key> made;
        for (int i = 0; i < 20000; ++i) {
            texts.append(u"general discussion about moderation, part %1 of room %2"_s
                             .arg(random.bounded(1000))
                             .arg(i));
            made.push_back(keys.text(texts.constLast()));
        }
        std::vector<SortKeys::Key> kept;
        QStringList keptTexts;
        for (size_t i = 0; i < made.size(); i += 7) {
            kept.push_back(made[i]);
            keptTexts.append(texts.at(static_cast<qsizetype>(i)));
        }
        kept.push_back(kept.front()); // one key held twice, as rows of one owner hold it
        keptTexts.append(keptTexts.constFirst());
        const qsizetype before = keys.blockBytes();
        QVERIFY(keys.dropUnused(kept));
        QVERIFY(keys.blockBytes() < before);
        kept.push_back(keys.text(u"general discussion about moderation, part 500 of room 3"_s));
        keptTexts.append(u"general discussion about moderation, part 500 of room 3"_s);

        QCollator collator(keys.locale());
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        for (size_t i = 0; i < kept.size(); i += 13) {
            for (size_t j = 0; j < kept.size(); j += 11) {
                const auto ti = keptTexts.at(static_cast<qsizetype>(i));
                const auto tj = keptTexts.at(static_cast<qsizetype>(j));
                QVERIFY2(sign(keys.compare(kept[i], kept[j])) == sign(collator.compare(ti, tj)),
                    qPrintable(u"\"%1\" against \"%2\""_s.arg(ti, tj)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSortKeys)
#include "TestSortKeys.moc"

// SPDX-License-Identifier: Apache-2.0

#include "support/InertText.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// Chat text made harmless: visible escapes for a terminal, formulas defused for a spreadsheet.
class TestInertText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void forTerminal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain text is unchanged") << u"Hello, wörld ✓"_s << u"Hello, wörld ✓"_s;
        QTest::newRow("a title sequence is shown, not run")
            << u"\x1b]0;owned\x07name"_s << u"\\x1B]0;owned\\x07name"_s;
        QTest::newRow("clearing the screen") << u"\x1b[2J"_s << u"\\x1B[2J"_s;
        QTest::newRow("carriage return and line feed") << u"a\rb\nc"_s << u"a\\x0Db\\x0Ac"_s;
        QTest::newRow("DEL and C1 controls") << u"\x7f\u0085\u009b"_s << u"\\x7F\\x85\\x9B"_s;
        QTest::newRow("bidi overrides and isolates")
            << u"\u202agnp.exe\u202e\u2066\u2069"_s << u"\\u202Agnp.exe\\u202E\\u2066\\u2069"_s;
        QTest::newRow("marks outside the ranges stay")
            << u"\u200e\u2065\u202f"_s << u"\u200e\u2065\u202f"_s;
        QTest::newRow("a backslash cannot fake an escape") << u"\\x1B"_s << u"\\\\x1B"_s;
        QTest::newRow("nul") << QString(QChar(0)) << u"\\x00"_s;
    }

    void forTerminal()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(InertText::forTerminal(text), shown);
    }

    void lineBreaksMayBeKept()
    {
        QCOMPARE(InertText::forTerminal(u"a\nb\x1b"_s, true), u"a\nb\\x1B"_s);
    }

    void csvCell_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << u"spam"_s << u"spam"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("a formula") << u"=1+2"_s << u"'=1+2"_s;
        QTest::newRow("a hyperlink formula with quotes and commas")
            << u"=HYPERLINK(\"https://x/\",\"y\")"_s
            << u"\"'=HYPERLINK(\"\"https://x/\"\",\"\"y\"\")\""_s;
        QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
        QTest::newRow("minus") << u"-1+2"_s << u"'-1+2"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
        QTest::newRow("carriage return") << u"\rx"_s << u"\"'\rx\""_s;
        QTest::newRow("a formula sign later is text") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("a line break is quoted") << u"a\nb"_s << u"\"a\nb\""_s;
    }

    void csvCell()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(InertText::csvCell(text), cell);
    }
};

QTEST_GUILESS_MAIN(TestInertText)
#include "TestInertText.moc"

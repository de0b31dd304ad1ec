// SPDX-License-Identifier: Apache-2.0

#include "SearchCommand.h"
#include "index/SweepIndex.h"
#include "index/SweepSearch.h"
#include "store/IndexEngine.h"
#include "store/PostgresIndexEngine.h"
#include "store/SqliteIndexEngine.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// The rules that decide what the index finds: how typed text becomes a full-text query, which
// texts are the same for campaigns, what counts as a link, and how qbmodctl reads a duration.
class TestSweepText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void typedTextBecomesOnePhrase_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expression");
        QTest::newRow("words are one phrase") << u"free  gift card"_s << u"\"free gift card\""_s;
        QTest::newRow("a trailing star makes the last word a prefix")
            << u"crypto sig*"_s << u"\"crypto sig\" *"_s;
        QTest::newRow("quotes around the phrase are the user's, not ours")
            << u"\"bit.ly/fast\""_s << u"\"bit.ly/fast\""_s;
        QTest::newRow("a quote inside is doubled, never an operator")
            << u"say \"hi\" NEAR x"_s << u"\"say \"\"hi\"\" NEAR x\""_s;
        QTest::newRow("punctuation alone is nothing to search") << u"\"*\""_s << QString();
        QTest::newRow("spaces alone are nothing to search") << u"   "_s << QString();
    }

    void typedTextBecomesOnePhrase()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expression);
        QCOMPARE(SqliteIndexEngine::matchExpression(typed), expression);
    }

    // A team database finds what FTS5 finds: the same words, folded the same way, in a row.
    void typedTextBecomesOneTsQuery_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("query");
        QTest::newRow("words in a row")
            << u"free  gift card"_s << u"'free' <-> 'gift' <-> 'card'"_s;
        QTest::newRow("a trailing star makes the last word a prefix")
            << u"crypto sig*"_s << u"'crypto' <-> 'sig':*"_s;
        QTest::newRow("a link is its words, as FTS5 splits it")
            << u"\"https://bit.ly/Fast\""_s << u"'https' <-> 'bit' <-> 'ly' <-> 'fast'"_s;
        QTest::newRow("quotes and operators are not syntax")
            << u"say 'hi' & !x | y:*"_s << u"'say' <-> 'hi' <-> 'x' <-> 'y':*"_s;
        QTest::newRow("accents, case and width folded")
            << u"CAFÉ Ｇift"_s << u"'cafe' <-> 'gift'"_s;
        QTest::newRow("punctuation alone is nothing to search") << u"\"*\""_s << QString();
        QTest::newRow("spaces alone are nothing to search") << u"   "_s << QString();
    }

    void typedTextBecomesOneTsQuery()
    {
        QFETCH(QString, typed);
        QFETCH(QString, query);
        QCOMPARE(PostgresIndexEngine::tsQuery(typed), query);
    }

    void wordsAreFoldedLikeFts5()
    {
        QCOMPARE(IndexEngine::words(u"Привет, МИР! naïve 👉bit.ly/x2"_s),
            QStringList({ u"привет"_s, u"мир"_s, u"naive"_s, u"bit"_s, u"ly"_s, u"x2"_s }));
    }

    void campaignsCompareTextsFolded_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("case") << u"FREE Gift"_s << u"free gift"_s << true;
        QTest::newRow("runs of spaces and line breaks")
            << u"free   gift\ncard "_s << u"free gift card"_s << true;
        QTest::newRow("full-width letters") << u"ｆｒｅｅ gift"_s << u"free gift"_s << true;
        QTest::newRow("zero-width characters") << u"fr\u200Bee gift"_s << u"free gift"_s << true;
        QTest::newRow("another word") << u"free gift"_s << u"free gifts"_s << false;
    }

    void campaignsCompareTextsFolded()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        const qint64 left = SweepIndex::textHash(SweepIndex::normalisedText(a));
        const qint64 right = SweepIndex::textHash(SweepIndex::normalisedText(b));
        QCOMPARE(left == right, same);
    }

    void linksAreRecognised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("link");
        QTest::newRow("https") << u"see https://x.example/a"_s << true;
        QTest::newRow("www") << u"go to www.shop-now.biz"_s << true;
        QTest::newRow("a bare short link") << u"👉 bit.ly/fast-cash-now"_s << true;
        QTest::newRow("t.me") << u"join VIP: t.me/signals_vip_pro"_s << true;
        QTest::newRow("a sentence with a full stop") << u"See you at 3.Bring snacks"_s << false;
        QTest::newRow("plain chatter") << u"Good morning everyone"_s << false;
    }

    void linksAreRecognised()
    {
        QFETCH(QString, text);
        QFETCH(bool, link);
        QCOMPARE(SweepIndex::hasLink(text), link);
    }

    void smallTalkIsNoCampaign()
    {
        QVERIFY(!SweepIndex::isCampaignCandidate(SweepIndex::normalisedText(u"ok 👍"_s), false));
        QVERIFY(SweepIndex::isCampaignCandidate(u"ok"_s, true));
        QVERIFY(SweepIndex::isCampaignCandidate(
            SweepIndex::normalisedText(u"Hello dear, I have a business proposal for you. Reply"_s),
            false));
    }

    void durationsReadAsPeopleWriteThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("hours") << u"24h"_s << qint64(86400);
        QTest::newRow("minutes") << u"90m"_s << qint64(5400);
        QTest::newRow("days") << u"2d"_s << qint64(172800);
        QTest::newRow("plain seconds") << u"3600"_s << qint64(3600);
        QTest::newRow("a word") << u"soon"_s << qint64(0);
        QTest::newRow("zero") << u"0h"_s << qint64(0);
        QTest::newRow("negative") << u"-5h"_s << qint64(0);
    }

    void durationsReadAsPeopleWriteThem()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QCOMPARE(SearchCommand::parseDuration(text), seconds);
    }

    void sendersAreNamedWithLoginAndId()
    {
        QCOMPARE(SweepSearch::userLabel(7, u"Ana Silva"_s, u"ana"_s), u"Ana Silva (ana, 7)"_s);
        QCOMPARE(SweepSearch::userLabel(7, {}, u"ana"_s), u"ana (7)"_s);
        QCOMPARE(SweepSearch::userLabel(7, {}, {}), u"7"_s);
    }
};

QTEST_GUILESS_MAIN(TestSweepText)
#include "TestSweepText.moc"

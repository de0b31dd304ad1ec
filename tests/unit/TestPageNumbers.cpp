// SPDX-License-Identifier: Apache-2.0

#include "api/endpoints/ListDialogsEndpoint.h"
#include "api/endpoints/ListMessagesEndpoint.h"
#include "api/endpoints/ListUsersEndpoint.h"
#include "api/endpoints/PageNumbers.h"
#include "domain/JsonValues.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// The paging numbers of list answers are checked counts, never sizes taken on trust. The rows
// with numbers beyond 2^63 are the inputs kept in tests/fuzz/regressions/: converting them was
// undefined behaviour.
class TestPageNumbers final : public QObject {
    Q_OBJECT

private:
    static ApiReply answer(const QByteArray &body)
    {
        ApiReply reply;
        reply.httpStatus = 200;
        reply.body = body;
        return reply;
    }

private Q_SLOTS:
    void dialogListNumbers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("total"); // -1: a bad response
        QTest::addColumn<QString>("field");
        QTest::newRow("plain numbers")
            << QByteArray(R"({"items":[],"total_entries":7,"skip":0,"limit":100})") << 7
            << QString();
        QTest::newRow("numbers as text")
            << QByteArray(R"({"items":[],"total_entries":"7"})") << 7 << QString();
        QTest::newRow("no total: what came")
            << QByteArray(R"({"items":[],"skip":5})") << 5 << QString();
        QTest::newRow("two billion is a count")
            << QByteArray(R"({"items":[],"total_entries":2000000000})") << 2000000000 << QString();
        QTest::newRow("negative total")
            << QByteArray(R"({"items":[],"total_entries":-1})") << -1 << u"total_entries"_s;
        QTest::newRow("total beyond an int")
            << QByteArray(R"({"items":[],"total_entries":2147483648})") << -1 << u"total_entries"_s;
        QTest::newRow("total beyond int64")
            << QByteArray(R"({"items":[],"total_entries":1e300})") << -1 << u"total_entries"_s;
        QTest::newRow("fractional limit")
            << QByteArray(R"({"items":[],"limit":1.5})") << -1 << u"limit"_s;
        QTest::newRow("skip below int64")
            << QByteArray(R"({"items":[],"skip":-1e19})") << -1 << u"skip"_s;
        QTest::newRow("words for a number")
            << QByteArray(R"({"items":[],"limit":"many"})") << -1 << u"limit"_s;
    }

    void dialogListNumbers()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, total);
        QFETCH(QString, field);
        const auto page = ListDialogsEndpoint::parse(answer(body));
        if (total < 0) {
            QVERIFY(!page.ok());
            QCOMPARE(page.error.kind(), ApiError::Kind::BadResponse);
            QVERIFY2(page.error.message().contains(field), qPrintable(page.error.message()));
        } else {
            QVERIFY2(page.ok(), qPrintable(page.error.message()));
            QCOMPARE(page.value.totalEntries, total);
        }
    }

    void userAndMessageListsCheckTheirNumbersToo()
    {
        QVERIFY(!ListUsersEndpoint::parse(answer(R"({"items":[],"per_page":-3})")).ok());
        QVERIFY(!ListUsersEndpoint::parse(answer(R"({"items":[],"total_entries":1e300})")).ok());
        QVERIFY(ListUsersEndpoint::parse(answer(R"({"items":[],"current_page":2})")).ok());
        QVERIFY(!ListMessagesEndpoint::parse(answer(R"({"items":[],"limit":1.5})")).ok());
        QVERIFY(ListMessagesEndpoint::parse(answer(R"({"items":[],"skip":"20"})")).ok());
    }

    void numbersBeyondInt64AreNoIntegers()
    {
        QCOMPARE(JsonValues::toInt64(QJsonValue(1e300)), std::nullopt);
        QCOMPARE(JsonValues::toInt64(QJsonValue(-1e19)), std::nullopt);
        QCOMPARE(JsonValues::toInt64(QJsonValue(9.3e18)), std::nullopt);
        QCOMPARE(JsonValues::toInt64(QJsonValue(-0x1p63)),
            std::optional<qint64>(std::numeric_limits<qint64>::min()));
        QCOMPARE(JsonValues::toInt64(QJsonValue(131000000.0)), std::optional<qint64>(131000000));
    }

    void aPageHoldsNoMoreThanWasAskedFor_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("asked");
        QTest::addColumn<bool>("refused");
        QTest::newRow("an empty page") << 0 << 100 << false;
        QTest::newRow("a short page") << 7 << 100 << false;
        QTest::newRow("a full page") << 100 << 100 << false;
        QTest::newRow("one more than asked") << 101 << 100 << true;
        QTest::newRow("a page of one asked, thousands sent") << 5000 << 1 << true;
    }

    void aPageHoldsNoMoreThanWasAskedFor()
    {
        QFETCH(int, count);
        QFETCH(int, asked);
        QFETCH(bool, refused);
        const auto error
            = PageNumbers::oversizedPage(count, asked, u"messages"_s, answer(QByteArray()));
        QCOMPARE(error.has_value(), refused);
        if (refused) {
            QCOMPARE(error->kind(), ApiError::Kind::BadResponse);
            QCOMPARE(error->detail(), u"%1 messages came for a page of %2"_s.arg(count).arg(asked));
        }
    }
};

QTEST_GUILESS_MAIN(TestPageNumbers)
#include "TestPageNumbers.moc"

// SPDX-License-Identifier: Apache-2.0

#include "api/ApiError.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestApiError final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalisesServerMessages_data();
    void normalisesServerMessages();
    void mapsStatusToKind_data();
    void mapsStatusToKind();
    void fromHttpKeepsStatusAndWords();
    void messageContainsTheServersWords_data();
    void messageContainsTheServersWords();
    void messageWithoutServerWordsIsTheSummaryAlone();
    void mentionsMatchesSubstringsIgnoringCase();
    void defaultErrorIsNoError();
};

void TestApiError::normalisesServerMessages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("A: errors.base list gives its messages as they are")
        << QByteArray(R"({"errors":{"base":["Required session does not exist"]}})")
        << QStringList { u"Required session does not exist"_s };
    QTest::newRow("A: several base messages are joined into one")
        << QByteArray(R"({"errors":{"base":["No application found","Unexpected signature"]}})")
        << QStringList { u"No application found; Unexpected signature"_s };
    QTest::newRow("B: a field's messages are prefixed with the field name")
        << QByteArray(R"({"errors":{"login":["has already been taken."]}})")
        << QStringList { u"login has already been taken."_s };
    QTest::newRow("B: several fields give one message each")
        << QByteArray(R"({"errors":{"email":["is invalid"],"login":["is too short"]}})")
        << QStringList { u"email is invalid"_s, u"login is too short"_s };
    QTest::newRow("C: errors as a plain list")
        << QByteArray(
               R"({"errors":["You don't have appropriate permissions to perform this operation"]})")
        << QStringList { u"You don't have appropriate permissions to perform this operation"_s };
    QTest::newRow("C: Unauthorized and Token is required")
        << QByteArray(R"({"errors":["Unauthorized","Token is required"]})")
        << QStringList { u"Unauthorized"_s, u"Token is required"_s };
    QTest::newRow("D: code null and message")
        << QByteArray(R"({"code":null,"message":"Couldn't find user"})")
        << QStringList { u"Couldn't find user"_s };
    QTest::newRow("errors as a single string") << QByteArray(R"({"errors":"Token is required"})")
                                               << QStringList { u"Token is required"_s };
    QTest::newRow("empty body gives no words") << QByteArray() << QStringList();
    QTest::newRow("whitespace body gives no words") << QByteArray(" \r\n") << QStringList();
    QTest::newRow("HTML error page gives no words")
        << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>") << QStringList();
    QTest::newRow("plain text body is kept as the words")
        << QByteArray("Rate limit for your current plan is exceeded\n")
        << QStringList { u"Rate limit for your current plan is exceeded"_s };
    QTest::newRow("plain text body is cut to 200 characters")
        << QByteArray(300, 'x') << QStringList { QString(200, u'x') };
    QTest::newRow("JSON object without errors or message gives no words")
        << QByteArray(R"({"status":"bad"})") << QStringList();
    QTest::newRow("empty errors object gives no words")
        << QByteArray(R"({"errors":{}})") << QStringList();
    QTest::newRow("JSON that is not an object is kept as text")
        << QByteArray(R"(["a"])") << QStringList { u"[\"a\"]"_s };
}

void TestApiError::normalisesServerMessages()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, messages);

    QCOMPARE(ApiError::serverMessagesFromBody(body), messages);
}

void TestApiError::mapsStatusToKind_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");

    QTest::newRow("200 is no error") << 200 << ApiError::Kind::None;
    QTest::newRow("201 is no error") << 201 << ApiError::Kind::None;
    QTest::newRow("400 malformed parameters is validation") << 400 << ApiError::Kind::Validation;
    QTest::newRow("401 is unauthorised") << 401 << ApiError::Kind::Unauthorised;
    QTest::newRow("403 is forbidden") << 403 << ApiError::Kind::Forbidden;
    QTest::newRow("404 is not found") << 404 << ApiError::Kind::NotFound;
    QTest::newRow("422 is validation") << 422 << ApiError::Kind::Validation;
    QTest::newRow("429 is rate limited") << 429 << ApiError::Kind::RateLimited;
    QTest::newRow("500 is a server error") << 500 << ApiError::Kind::Server;
    QTest::newRow("502 is a server error") << 502 << ApiError::Kind::Server;
    QTest::newRow("503 at capacity is a server error") << 503 << ApiError::Kind::Server;
    QTest::newRow("an unexpected 409 is a bad response") << 409 << ApiError::Kind::BadResponse;
    QTest::newRow("a redirect left unfollowed is a bad response")
        << 302 << ApiError::Kind::BadResponse;
}

void TestApiError::mapsStatusToKind()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);

    QCOMPARE(ApiError::kindForStatus(status), kind);
}

void TestApiError::fromHttpKeepsStatusAndWords()
{
    const ApiError error
        = ApiError::fromHttp(422, R"({"errors":{"base":["Unexpected signature"]}})");
    QVERIFY(error.isError());
    QCOMPARE(error.kind(), ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus(), 422);
    QCOMPARE(error.serverMessages(), QStringList { u"Unexpected signature"_s });

    // fromHttp is only called for failures; a 2xx that reaches it is not understood.
    QCOMPARE(ApiError::fromHttp(200, "{}").kind(), ApiError::Kind::BadResponse);
}

void TestApiError::messageContainsTheServersWords_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("words");

    QTest::newRow("A: expired session")
        << 401 << QByteArray(R"({"errors":{"base":["Required session does not exist"]}})")
        << u"Required session does not exist"_s;
    QTest::newRow("B: field validation")
        << 422 << QByteArray(R"({"errors":{"login":["has already been taken."]}})")
        << u"login has already been taken."_s;
    QTest::newRow("C: chat permission refusal")
        << 403
        << QByteArray(
               R"({"errors":["You don't have appropriate permissions to perform this operation"]})")
        << u"You don't have appropriate permissions to perform this operation"_s;
    QTest::newRow("D: user lookup")
        << 404 << QByteArray(R"({"code":null,"message":"Couldn't find user"})")
        << u"Couldn't find user"_s;
    QTest::newRow("5xx names its status") << 503 << QByteArray("<html></html>") << u"503"_s;
}

void TestApiError::messageContainsTheServersWords()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, words);

    const QString message = ApiError::fromHttp(status, body).message();
    QVERIFY2(message.contains(words), qPrintable(message));
}

void TestApiError::messageWithoutServerWordsIsTheSummaryAlone()
{
    const ApiError notFound = ApiError::fromHttp(404, {});
    QVERIFY(!notFound.message().isEmpty());
    QVERIFY(!notFound.message().contains(u'('));

    const ApiError network(ApiError::Kind::Network, 0, {}, u"Connection refused"_s);
    QVERIFY(network.message().contains(u"Connection refused"_s));

    QVERIFY(ApiError().message().isEmpty());
}

void TestApiError::mentionsMatchesSubstringsIgnoringCase()
{
    const ApiError expired
        = ApiError::fromHttp(401, R"({"errors":{"base":["Required session does not exist"]}})");
    QVERIFY(expired.mentions(QLatin1String("session does not exist")));
    QVERIFY(expired.mentions(QLatin1String("SESSION DOES NOT EXIST")));
    QVERIFY(!expired.mentions(QLatin1String("Unauthorized")));

    const ApiError wrongLogin = ApiError::fromHttp(401, R"({"errors":["Unauthorized"]})");
    QVERIFY(wrongLogin.mentions(QLatin1String("unauthorized")));
    QVERIFY(!wrongLogin.mentions(QLatin1String("session does not exist")));

    // The detail is our own text, not the server's: it is not searched.
    const ApiError withDetail(ApiError::Kind::Network, 0, {}, u"session does not exist"_s);
    QVERIFY(!withDetail.mentions(QLatin1String("session does not exist")));
}

void TestApiError::defaultErrorIsNoError()
{
    const ApiError none;
    QVERIFY(!none.isError());
    QCOMPARE(none.kind(), ApiError::Kind::None);
    QCOMPARE(none.httpStatus(), 0);
    QCOMPARE(ApiError::kindName(ApiError::Kind::NotFound), u"not_found"_s);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "TestApiError.moc"

// SPDX-License-Identifier: Apache-2.0

#include "api/RequestSigner.h"

#include <QTest>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
const QByteArray fixtureSecret = QByteArrayLiteral("wJHd4cQSxpQGWx5secret");

RequestSigner::Parameters applicationParameters()
{
    return {
        { u"application_id"_s, u"22"_s },
        { u"auth_key"_s, u"wJHd4cQSxpQGWx5"_s },
        { u"nonce"_s, u"33432"_s },
        { u"timestamp"_s, u"1326966962"_s },
    };
}

RequestSigner::Parameters userParameters()
{
    RequestSigner::Parameters parameters = applicationParameters();
    parameters.append({ u"user[login]"_s, u"amigo30"_s });
    parameters.append({ u"user[password]"_s, u"amigo30pass"_s });
    return parameters;
}
} // namespace

class TestRequestSigner final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signsTheReferenceVectors_data();
    void signsTheReferenceVectors();
    void canonicalTextSortsNameValuePairs();
    void orderOfParametersDoesNotMatter();
    void signatureParameterIsNotSigned();
    void valuesAreSignedRawNotPercentEncoded();
    void signatureIsLowercaseHexSha1();
};

void TestRequestSigner::signsTheReferenceVectors_data()
{
    QTest::addColumn<RequestSigner::Parameters>("parameters");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("application session")
        << applicationParameters()
        << QByteArray("application_id=22&auth_key=wJHd4cQSxpQGWx5&nonce=33432"
                      "&timestamp=1326966962")
        << QByteArray("ae3c8e5b9164671cde8e787e7883b41c72e3b461");
    QTest::newRow("user session with nested user[login] and user[password]")
        << userParameters()
        << QByteArray("application_id=22&auth_key=wJHd4cQSxpQGWx5&nonce=33432"
                      "&timestamp=1326966962&user[login]=amigo30&user[password]=amigo30pass")
        << QByteArray("f1c33ab3e1ebf5603cf6855bb4fe8bf0f70d22b7");
}

void TestRequestSigner::signsTheReferenceVectors()
{
    QFETCH(RequestSigner::Parameters, parameters);
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, signature);

    QCOMPARE(RequestSigner::canonicalText(parameters), text);
    QCOMPARE(RequestSigner::signText(text, fixtureSecret), signature);
    QCOMPARE(RequestSigner::sign(parameters, fixtureSecret), signature);
}

void TestRequestSigner::canonicalTextSortsNameValuePairs()
{
    const RequestSigner::Parameters parameters {
        { u"timestamp"_s, u"2"_s },
        { u"user[password]"_s, u"p"_s },
        { u"application_id"_s, u"1"_s },
        { u"user[login]"_s, u"l"_s },
    };
    QCOMPARE(RequestSigner::canonicalText(parameters),
        QByteArray("application_id=1&timestamp=2&user[login]=l&user[password]=p"));
}

void TestRequestSigner::orderOfParametersDoesNotMatter()
{
    RequestSigner::Parameters reversed = userParameters();
    std::reverse(reversed.begin(), reversed.end());
    RequestSigner::Parameters shuffled = userParameters();
    std::swap(shuffled[0], shuffled[4]);
    std::swap(shuffled[1], shuffled[3]);

    const QByteArray expected("f1c33ab3e1ebf5603cf6855bb4fe8bf0f70d22b7");
    QCOMPARE(RequestSigner::sign(reversed, fixtureSecret), expected);
    QCOMPARE(RequestSigner::sign(shuffled, fixtureSecret), expected);
}

void TestRequestSigner::signatureParameterIsNotSigned()
{
    RequestSigner::Parameters parameters = applicationParameters();
    parameters.append({ u"signature"_s, u"0000000000000000000000000000000000000000"_s });

    QVERIFY(!RequestSigner::canonicalText(parameters).contains("signature"));
    QCOMPARE(RequestSigner::sign(parameters, fixtureSecret),
        QByteArray("ae3c8e5b9164671cde8e787e7883b41c72e3b461"));
}

void TestRequestSigner::valuesAreSignedRawNotPercentEncoded()
{
    const RequestSigner::Parameters parameters {
        { u"application_id"_s, u"22"_s },
        { u"user[login]"_s, u"mod+1@example.com"_s },
        { u"user[password]"_s, u"a b&c=d%"_s },
    };
    const QByteArray text = RequestSigner::canonicalText(parameters);
    QCOMPARE(text,
        QByteArray("application_id=22&user[login]=mod+1@example.com&user[password]=a b&c=d%"));
    QCOMPARE(RequestSigner::sign(parameters, fixtureSecret),
        RequestSigner::signText(text, fixtureSecret));
    QVERIFY(RequestSigner::sign(parameters, fixtureSecret)
        != RequestSigner::signText("application_id=22&user[login]=mod%2B1%40example.com"
                                   "&user[password]=a%20b%26c%3Dd%25",
            fixtureSecret));
}

void TestRequestSigner::signatureIsLowercaseHexSha1()
{
    const QByteArray signature = RequestSigner::sign(userParameters(), "another secret");
    QCOMPARE(signature.size(), 40);
    QCOMPARE(signature, signature.toLower());
    QVERIFY(signature != QByteArray("f1c33ab3e1ebf5603cf6855bb4fe8bf0f70d22b7"));
}

QTEST_GUILESS_MAIN(TestRequestSigner)
#include "TestRequestSigner.moc"

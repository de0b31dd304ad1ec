// SPDX-License-Identifier: Apache-2.0

#include "api/endpoints/DeleteAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString idA = u"5d75626e8b3b1f2a1c000001"_s;
const QString idB = u"5d75626e8b3b1f2a1c000002"_s;
const QString idC = u"5d75626e8b3b1f2a1c000003"_s;
const QString idD = u"5d75626e8b3b1f2a1c000004"_s;

ApiReply success(const QByteArray &body)
{
    ApiReply reply;
    reply.httpStatus = 200;
    reply.body = body;
    reply.wasSent = true;
    reply.attempts = 1;
    return reply;
}

ApiReply httpFailure(int status, const QByteArray &body = {})
{
    ApiReply reply;
    reply.httpStatus = status;
    reply.body = body;
    reply.error = ApiError::fromHttp(status, body);
    reply.wasSent = true;
    reply.attempts = 1;
    return reply;
}

ApiReply noAnswer(ApiError::Kind kind, bool wasSent)
{
    ApiReply reply;
    reply.error = ApiError(kind);
    reply.wasSent = wasSent;
    reply.attempts = wasSent ? 1 : 0;
    return reply;
}

QByteArray buckets(
    const QStringList &deleted, const QStringList &notFound, const QStringList &wrongPermissions)
{
    // The service leaves out empty groups as often as it sends them: build only the given ones.
    QJsonObject answer;
    const auto addGroup = [&answer](const QString &key, const QStringList &ids) {
        if (!ids.isEmpty())
            answer.insert(key, QJsonObject { { u"ids"_s, QJsonArray::fromStringList(ids) } });
    };
    addGroup(u"SuccessfullyDeleted"_s, deleted);
    addGroup(u"NotFound"_s, notFound);
    addGroup(u"WrongPermissions"_s, wrongPermissions);
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// "id=result" for each outcome, in order: compact to compare and readable when it fails.
QStringList described(const QList<DeleteOutcome> &outcomes)
{
    QStringList result;
    for (const DeleteOutcome &outcome : outcomes)
        result.append(outcome.id + u'=' + DeleteOutcome::resultName(outcome.result));
    return result;
}

QString is(const QString &id, const QString &result)
{
    return id + u'=' + result;
}
} // namespace

class TestDeleteAnswer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void interpretsAnswers_data();
    void interpretsAnswers();
    void wrongPermissionsCarriesAForbiddenError();
    void unsettledOutcomesCarryTheirError();
    void deletedOutcomesCarryNoError();
    void parseBucketsReportsWhetherAnyBucketWasPresent_data();
    void parseBucketsReportsWhetherAnyBucketWasPresent();
};

void TestDeleteAnswer::interpretsAnswers_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<ApiReply>("reply");
    QTest::addColumn<QStringList>("outcomes");
    QTest::addColumn<QStringList>("resendEach");
    QTest::addColumn<bool>("splitBatch");

    const QStringList one { idA };
    const QStringList three { idA, idB, idC };

    QTest::newRow("one id answered 200 with an empty body is deleted")
        << one << success({}) << QStringList { is(idA, u"deleted"_s) } << QStringList() << false;
    QTest::newRow("one id answered 200 with whitespace is deleted")
        << one << success(" \n") << QStringList { is(idA, u"deleted"_s) } << QStringList() << false;
    QTest::newRow("one id answered 200 null is deleted")
        << one << success("null") << QStringList { is(idA, u"deleted"_s) } << QStringList()
        << false;
    QTest::newRow("one id answered 200 {} is deleted")
        << one << success("{}") << QStringList { is(idA, u"deleted"_s) } << QStringList() << false;
    QTest::newRow("one id named in SuccessfullyDeleted is deleted")
        << one << success(buckets({ idA }, {}, {})) << QStringList { is(idA, u"deleted"_s) }
        << QStringList() << false;
    QTest::newRow("one id named in NotFound is already gone")
        << one << success(buckets({}, { idA }, {})) << QStringList { is(idA, u"not_found"_s) }
        << QStringList() << false;
    QTest::newRow("several ids spread over all three buckets are settled each")
        << three << success(buckets({ idB }, { idC }, { idA }))
        << QStringList { is(idA, u"not_permitted"_s), is(idB, u"deleted"_s),
               is(idC, u"not_found"_s) }
        << QStringList() << false;
    QTest::newRow("missing WrongPermissions bucket is treated as empty")
        << QStringList { idA, idB } << success(buckets({ idA }, { idB }, {}))
        << QStringList { is(idA, u"deleted"_s), is(idB, u"not_found"_s) } << QStringList() << false;
    QTest::newRow("only a SuccessfullyDeleted bucket is enough")
        << QStringList { idA, idB } << success(buckets({ idA, idB }, {}, {}))
        << QStringList { is(idA, u"deleted"_s), is(idB, u"deleted"_s) } << QStringList() << false;
    QTest::newRow("a null bucket is treated as missing")
        << QStringList { idA, idB }
        << success(json({
               { u"SuccessfullyDeleted"_s, QJsonObject { { u"ids"_s, QJsonArray { idA } } } },
               { u"NotFound"_s, QJsonValue::Null },
               { u"WrongPermissions"_s, QJsonObject { { u"ids"_s, QJsonArray { idB } } } },
           }))
        << QStringList { is(idA, u"deleted"_s), is(idB, u"not_permitted"_s) } << QStringList()
        << false;
    QTest::newRow("a bucket given as a bare array is tolerated")
        << QStringList { idA, idB }
        << success(json({ { u"SuccessfullyDeleted"_s, QJsonArray { idA } },
               { u"NotFound"_s, QJsonArray { idB } } }))
        << QStringList { is(idA, u"deleted"_s), is(idB, u"not_found"_s) } << QStringList() << false;
    QTest::newRow("ids a multi-id answer does not mention are asked about one by one")
        << QStringList { idA, idB, idC, idD } << success(buckets({ idB }, { idD }, {}))
        << QStringList { is(idB, u"deleted"_s), is(idD, u"not_found"_s) }
        << QStringList { idA, idC } << false;
    QTest::newRow("ids outside the request are ignored")
        << QStringList { idA, idB } << success(buckets({ idA, idC }, { idD }, {}))
        << QStringList { is(idA, u"deleted"_s) } << QStringList { idB } << false;
    QTest::newRow("one id the answer does not mention is unknown")
        << one << success(buckets({ idB }, {}, {})) << QStringList { is(idA, u"unknown"_s) }
        << QStringList() << false;
    QTest::newRow("one id with empty buckets is unknown")
        << one << success(R"({"SuccessfullyDeleted":{"ids":[]}})")
        << QStringList { is(idA, u"unknown"_s) } << QStringList() << false;
    QTest::newRow("200 with an empty body for several ids asks about each")
        << three << success({}) << QStringList() << three << false;
    QTest::newRow("200 {} for several ids asks about each")
        << three << success("{}") << QStringList() << three << false;
    QTest::newRow("200 with a JSON object without buckets for several ids asks about each")
        << three << success(R"({"status":"ok"})") << QStringList() << three << false;
    QTest::newRow("403 for several ids splits the batch")
        << three
        << httpFailure(403,
               R"({"errors":["You don't have appropriate permissions to perform this operation"]})")
        << QStringList() << QStringList() << true;
    QTest::newRow("404 for several ids splits the batch")
        << three << httpFailure(404, R"({"errors":["The resource wasn't found"]})") << QStringList()
        << QStringList() << true;
    QTest::newRow("403 for one id is not permitted")
        << one
        << httpFailure(403,
               R"({"errors":["You don't have appropriate permissions to perform this operation"]})")
        << QStringList { is(idA, u"not_permitted"_s) } << QStringList() << false;
    QTest::newRow("404 for one id is already gone")
        << one << httpFailure(404, R"({"errors":["The resource wasn't found"]})")
        << QStringList { is(idA, u"not_found"_s) } << QStringList() << false;
    QTest::newRow("network failure after sending leaves every id unknown")
        << three << noAnswer(ApiError::Kind::Network, true)
        << QStringList { is(idA, u"unknown"_s), is(idB, u"unknown"_s), is(idC, u"unknown"_s) }
        << QStringList() << false;
    QTest::newRow("timeout after sending leaves the id unknown")
        << one << noAnswer(ApiError::Kind::Timeout, true) << QStringList { is(idA, u"unknown"_s) }
        << QStringList() << false;
    QTest::newRow("cancelled in flight leaves the id unknown")
        << one << noAnswer(ApiError::Kind::Cancelled, true) << QStringList { is(idA, u"unknown"_s) }
        << QStringList() << false;
    QTest::newRow("cancelled before sending is not attempted")
        << QStringList { idA, idB } << noAnswer(ApiError::Kind::Cancelled, false)
        << QStringList { is(idA, u"not_attempted"_s), is(idB, u"not_attempted"_s) } << QStringList()
        << false;
    QTest::newRow("500 fails every id")
        << three << httpFailure(500, "<html>Internal Server Error</html>")
        << QStringList { is(idA, u"failed"_s), is(idB, u"failed"_s), is(idC, u"failed"_s) }
        << QStringList() << false;
    QTest::newRow("401 fails the id")
        << one << httpFailure(401, R"({"errors":{"base":["Required session does not exist"]}})")
        << QStringList { is(idA, u"failed"_s) } << QStringList() << false;
    QTest::newRow("429 that outlasted its retries fails the id")
        << one << httpFailure(429) << QStringList { is(idA, u"failed"_s) } << QStringList()
        << false;
    QTest::newRow("garbage 200 body for one id is unknown")
        << one << success("<html>OK</html>") << QStringList { is(idA, u"unknown"_s) }
        << QStringList() << false;
    QTest::newRow("garbage 200 body for several ids leaves each unknown")
        << QStringList { idA, idB } << success("deleted")
        << QStringList { is(idA, u"unknown"_s), is(idB, u"unknown"_s) } << QStringList() << false;
}

void TestDeleteAnswer::interpretsAnswers()
{
    QFETCH(QStringList, ids);
    QFETCH(ApiReply, reply);
    QFETCH(QStringList, outcomes);
    QFETCH(QStringList, resendEach);
    QFETCH(bool, splitBatch);

    const DeleteAnswer::Interpretation answer = DeleteAnswer::interpret(ids, reply);
    QCOMPARE(described(answer.outcomes), outcomes);
    QCOMPARE(answer.resendEach, resendEach);
    QCOMPARE(answer.splitBatch, splitBatch);
}

void TestDeleteAnswer::wrongPermissionsCarriesAForbiddenError()
{
    const auto answer
        = DeleteAnswer::interpret({ idA, idB }, success(buckets({ idB }, {}, { idA })));
    QCOMPARE(answer.outcomes.size(), 2);
    QCOMPARE(answer.outcomes.at(0).result, DeleteOutcome::Result::NotPermitted);
    QCOMPARE(answer.outcomes.at(0).error.kind(), ApiError::Kind::Forbidden);
    QVERIFY(!answer.outcomes.at(0).isSettled());
}

void TestDeleteAnswer::unsettledOutcomesCarryTheirError()
{
    const ApiReply failure = httpFailure(500, R"({"errors":["database is down"]})");
    const auto failed = DeleteAnswer::interpret({ idA }, failure);
    QCOMPARE(failed.outcomes.size(), 1);
    QCOMPARE(failed.outcomes.first().error.kind(), ApiError::Kind::Server);
    QCOMPARE(failed.outcomes.first().error.serverMessages(), QStringList { u"database is down"_s });

    const auto lost = DeleteAnswer::interpret({ idA }, noAnswer(ApiError::Kind::Timeout, true));
    QCOMPARE(lost.outcomes.first().error.kind(), ApiError::Kind::Timeout);

    const auto garbage = DeleteAnswer::interpret({ idA }, success("not json"));
    QCOMPARE(garbage.outcomes.first().error.kind(), ApiError::Kind::BadResponse);

    const auto notFound = DeleteAnswer::interpret({ idA }, httpFailure(404));
    QCOMPARE(notFound.outcomes.first().error.kind(), ApiError::Kind::NotFound);
    QVERIFY(notFound.outcomes.first().isSettled());
}

void TestDeleteAnswer::deletedOutcomesCarryNoError()
{
    const auto single = DeleteAnswer::interpret({ idA }, success({}));
    QVERIFY(!single.outcomes.first().error.isError());
    QVERIFY(single.outcomes.first().isSettled());

    const auto several
        = DeleteAnswer::interpret({ idA, idB }, success(buckets({ idA }, { idB }, {})));
    QVERIFY(!several.outcomes.at(0).error.isError());
    QVERIFY(!several.outcomes.at(1).error.isError());
}

void TestDeleteAnswer::parseBucketsReportsWhetherAnyBucketWasPresent_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("present");
    QTest::addColumn<bool>("isJsonObject");
    QTest::addColumn<int>("deleted");

    QTest::newRow("empty body has no buckets") << QByteArray() << false << false << 0;
    QTest::newRow("empty object has no buckets") << QByteArray("{}") << false << true << 0;
    QTest::newRow("an empty bucket is still a bucket")
        << QByteArray(R"({"NotFound":{"ids":[]}})") << true << true << 0;
    QTest::newRow("S2 example with two buckets")
        << buckets({ idA, idB }, { idC }, {}) << true << true << 2;
    QTest::newRow("a JSON array is not an answer object")
        << QByteArray(R"(["SuccessfullyDeleted"])") << false << false << 0;
}

void TestDeleteAnswer::parseBucketsReportsWhetherAnyBucketWasPresent()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, present);
    QFETCH(bool, isJsonObject);
    QFETCH(int, deleted);

    bool wasObject = !isJsonObject;
    const DeleteAnswer::Buckets parsed = DeleteAnswer::parseBuckets(body, &wasObject);
    QCOMPARE(parsed.present, present);
    QCOMPARE(wasObject, isJsonObject);
    QCOMPARE(parsed.deleted.size(), deleted);
}

QTEST_GUILESS_MAIN(TestDeleteAnswer)
#include "TestDeleteAnswer.moc"

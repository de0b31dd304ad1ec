// SPDX-License-Identifier: Apache-2.0

// The sandbox seen from the outside: a plain QNetworkAccessManager against an in-process
// SandboxServer on a free loopback port, checked against the wire format in
// shared/reference/quickblox-api.md and against the server's own view of its state.

#include "api/RequestSigner.h"
#include "sandbox/SandboxServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Answer {
    bool finished = false;
    int status = 0; // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    Headers headers;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QStringList itemIds() const
    {
        QStringList ids;
        const QJsonArray items = object().value(u"items"_s).toArray();
        for (const QJsonValue item : items)
            ids.append(item.toObject().value(u"_id"_s).toString());
        return ids;
    }
};

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray formEncode(const RequestSigner::Parameters &parameters)
{
    QByteArrayList pairs;
    for (const auto &[name, value] : parameters)
        pairs.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    return pairs.join('&');
}

QList<qint64> toIds(const QJsonArray &array)
{
    QList<qint64> ids;
    for (const QJsonValue value : array)
        ids.append(value.toInteger());
    return ids;
}

} // namespace

class TestSandboxServer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sessionCreation_data();
    void sessionCreation();
    void sessionAcceptsAJsonBodySignedInFlatForm();
    void sessionAcceptsASignatureOverPercentEncodedValues();
    void aReplayedTimestampAndNonceIsRefused();
    void sessionCanBeShownAndDestroyed();
    void loginUpgradesAnApplicationSessionAndLogoutDowngradesIt();
    void aRequestWithoutTokenAnswers401TokenIsRequired();
    void anExpiredTokenAnswers401SessionDoesNotExist();
    void answersCarryTheQuickBloxHeaders();
    void anApplicationSessionCannotUseChat();
    void aWrongApiKeyIsRefused();
    void onBehalfOfAnUnknownUserIs404();
    void apiKeyWithOnBehalfOfSeesExactlyThatUsersDialogs();
    void apiKeyWithoutOnBehalfOfSeesEveryDialog();
    void unknownRoutesAnswer404();
    void pathsWorkWithAndWithoutJsonSuffix_data();
    void pathsWorkWithAndWithoutJsonSuffix();

    void demoCommunityHasAllDialogTypesInTheDocumentedShape();
    void lastMessageFieldsMatchTheDialogsMessages();
    void pagingWalksTheWholeListInOrder();
    void dialogLimitDefaultsTo100AndIsCappedAt100();
    void dialogFilters_data();
    void dialogFilters();
    void countReturnsOnlyTheNumberOfMatches();
    void aSingleDialogIsReturnedBareOr404();

    void deletingWithoutForceHidesTheDialogOnlyForTheRequester();
    void forceDeleteByTheOwnerRemovesTheDialogForEveryone();
    void forceDeleteOfOneDialogByANonOwnerIs403();
    void deletingOneUnknownDialogIs404();
    void severalIdsAreSortedIntoBucketsWithoutEmptyOnes();
    void forceIsReadFromFormJsonAndQuery_data();
    void forceIsReadFromFormJsonAndQuery();
    void apiKeyWithoutOnBehalfOfDeletesDialogsForEveryone();
    void apiKeyWithOnBehalfOfDeletesOnlyForThatUser();
    void aRemovedDialogComesBackWhenTheUserIsAddedAgain();

    void messagesNeedAccessToTheirDialog();
    void messageListHasNoTotalEntries();
    void aPageOfAnUnchangedHistoryIsTheSameAsTheFilteredPath_data();
    void aPageOfAnUnchangedHistoryIsTheSameAsTheFilteredPath();
    void readingMessagesMarksThemReadUnlessMarkAsReadIsZero();
    void deletingAMessageWithoutForceHidesItOnlyForTheRequester();
    void onlyTheSenderMayForceDeleteAMessage();
    void apiKeyWithoutOnBehalfOfDeletesMessagesForEveryone();
    void forceDeletingTheLastMessageMovesTheDialogsLastMessage();

    void usersAreListedWrappedAndPaged();
    void userFiltersAcceptRepeatedAndCommaJoinedForms();
    void unknownUsersAnswer404CodeMessage_data();
    void unknownUsersAnswer404CodeMessage();

    void dialogUpdateRules_data();
    void dialogUpdateRules();

    void rateLimitAnswers429_data();
    void rateLimitAnswers429();
    void errorRateAnswers500WithoutApplyingTheRequest();
    void errorRateIsDeterministicForASeed();
    void aLostReplyIsAppliedButNeverAnswered();
    void latencyDelaysAnswersWithoutSerialisingThem();

    void theSameSeedGivesTheSameCommunity();
    void oneHundredThousandDialogsAreGeneratedQuickly();

private:
    void startServer(const SandboxOptions &options);
    QUrl url(const QByteArray &pathAndQuery) const;
    QNetworkReply *send(const QByteArray &verb, const QByteArray &pathAndQuery,
        const QByteArray &body = {}, const Headers &headers = {},
        QNetworkAccessManager *network = nullptr);
    static Answer collect(QNetworkReply *reply);
    Answer call(const QByteArray &verb, const QByteArray &pathAndQuery, const QByteArray &body = {},
        const Headers &headers = {});

    Headers apiKey() const;
    Headers asUser(qint64 userId) const;
    static Headers withToken(const QString &token);
    RequestSigner::Parameters sessionParameters(
        const QString &login = {}, const QString &password = {});
    Answer createSession(const RequestSigner::Parameters &parameters, bool sign = true);
    QString userToken(const QString &login, const QString &password);

    // Test data found in the generated community.
    // A group the occupant is in, owned by owner (or, with owner 0, by somebody else).
    QString groupOwnedBy(qint64 owner, qint64 withOccupant, int minimumMessages = 0) const;
    QString dialogOfType(int type, qint64 notOwner = 0, qint64 withOccupant = 0) const;
    QString privateDialogWithout(qint64 user) const;
    QString messageSeenBy(qint64 occupant, bool sentByOccupant) const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    qint64 m_nonce = 1000;
    qint64 m_anna = 0;
    qint64 m_ben = 0;
};

void TestSandboxServer::init()
{
    SandboxOptions options;
    options.fixedCredentials = true;
    options.dialogs = 2000;
    options.seed = 1;
    startServer(options);
}

void TestSandboxServer::startServer(const SandboxOptions &options)
{
    m_network.reset();
    m_server = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    const QList<SandboxOperator> operators = m_server->operators();
    QVERIFY(operators.size() >= 3);
    m_anna = operators.at(0).userId;
    m_ben = operators.at(1).userId;
}

void TestSandboxServer::cleanup()
{
    m_network.reset();
    m_server.reset();
}

QUrl TestSandboxServer::url(const QByteArray &pathAndQuery) const
{
    return QUrl::fromEncoded(m_server->endpoint().toEncoded() + pathAndQuery, QUrl::TolerantMode);
}

QNetworkReply *TestSandboxServer::send(const QByteArray &verb, const QByteArray &pathAndQuery,
    const QByteArray &body, const Headers &headers, QNetworkAccessManager *network)
{
    QNetworkRequest request(url(pathAndQuery));
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
            body.startsWith('{') ? QByteArray("application/json")
                                 : QByteArray("application/x-www-form-urlencoded"));
    }
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(20000);
    return (network ? network : m_network.get())->sendCustomRequest(request, verb, body);
}

Answer TestSandboxServer::collect(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(20000);
    }
    Answer answer;
    answer.finished = reply->isFinished();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return answer;
}

Answer TestSandboxServer::call(const QByteArray &verb, const QByteArray &pathAndQuery,
    const QByteArray &body, const Headers &headers)
{
    return collect(send(verb, pathAndQuery, body, headers));
}

Headers TestSandboxServer::apiKey() const
{
    return { { "Authorization", "ApiKey " + m_server->apiKey().toUtf8() } };
}

Headers TestSandboxServer::asUser(qint64 userId) const
{
    return apiKey() + Headers { { "On-Behalf-Of", QByteArray::number(userId) } };
}

Headers TestSandboxServer::withToken(const QString &token)
{
    return { { "QB-Token", token.toUtf8() } };
}

RequestSigner::Parameters TestSandboxServer::sessionParameters(
    const QString &login, const QString &password)
{
    RequestSigner::Parameters parameters {
        { u"application_id"_s, QString::number(m_server->applicationId()) },
        { u"auth_key"_s, m_server->authKey() },
        { u"nonce"_s, QString::number(++m_nonce) },
        { u"timestamp"_s, QString::number(QDateTime::currentSecsSinceEpoch()) },
    };
    if (!login.isEmpty()) {
        parameters.append({ u"user[login]"_s, login });
        parameters.append({ u"user[password]"_s, password });
    }
    return parameters;
}

Answer TestSandboxServer::createSession(const RequestSigner::Parameters &parameters, bool sign)
{
    RequestSigner::Parameters signedParameters = parameters;
    if (sign) {
        signedParameters.append({ u"signature"_s,
            QString::fromLatin1(
                RequestSigner::sign(parameters, m_server->authSecret().toUtf8())) });
    }
    return call("POST", "/session.json", formEncode(signedParameters));
}

QString TestSandboxServer::userToken(const QString &login, const QString &password)
{
    const Answer answer = createSession(sessionParameters(login, password));
    return answer.object().value(u"session"_s).toObject().value(u"token"_s).toString();
}

QString TestSandboxServer::groupOwnedBy(
    qint64 owner, qint64 withOccupant, int minimumMessages) const
{
    const QStringList ids = m_server->dialogIdsVisibleTo(withOccupant);
    for (const QString &id : ids) {
        const qint64 dialogOwner = m_server->dialogOwner(id).value_or(0);
        const bool ownedRight = owner != 0 ? dialogOwner == owner : dialogOwner != withOccupant;
        if (m_server->dialogType(id) == 2 && ownedRight
            && m_server->messageIds(id).size() >= minimumMessages)
            return id;
    }
    return {};
}

QString TestSandboxServer::dialogOfType(int type, qint64 notOwner, qint64 withOccupant) const
{
    const QStringList ids = m_server->allDialogIds();
    for (const QString &id : ids) {
        if (m_server->dialogType(id) != type || m_server->dialogOwner(id) == notOwner)
            continue;
        if (withOccupant != 0 && !m_server->dialogOccupants(id).contains(withOccupant))
            continue;
        return id;
    }
    return {};
}

QString TestSandboxServer::privateDialogWithout(qint64 user) const
{
    const QStringList ids = m_server->allDialogIds();
    for (const QString &id : ids) {
        if (m_server->dialogType(id) == 3 && !m_server->dialogOccupants(id).contains(user))
            return id;
    }
    return {};
}

// A message in a group or private dialog of the occupant, sent by the occupant or by another.
QString TestSandboxServer::messageSeenBy(qint64 occupant, bool sentByOccupant) const
{
    const QStringList dialogs = m_server->dialogIdsVisibleTo(occupant);
    for (const QString &dialog : dialogs) {
        if (m_server->dialogType(dialog) == 1)
            continue;
        const QStringList messages = m_server->messageIds(dialog);
        for (const QString &message : messages) {
            if ((m_server->messageSender(message) == occupant) == sentByOccupant)
                return message;
        }
    }
    return {};
}

void TestSandboxServer::sessionCreation_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("errorBody");

    QTest::newRow("an application session") << u"application"_s << 201 << QByteArray();
    QTest::newRow("a user session with login and password") << u"user"_s << 201 << QByteArray();
    QTest::newRow("a user session by e-mail") << u"email"_s << 201 << QByteArray();
    QTest::newRow("a bad signature is 422 Unexpected signature")
        << u"bad signature"_s << 422
        << QByteArray(R"({"errors":{"base":["Unexpected signature"]}})");
    QTest::newRow("an unknown application is 422 No application found")
        << u"unknown application"_s << 422
        << QByteArray(R"({"errors":{"base":["No application found"]}})");
    QTest::newRow("a wrong auth key is 422 No application found")
        << u"wrong auth key"_s << 422
        << QByteArray(R"({"errors":{"base":["No application found"]}})");
    QTest::newRow("a wrong password is 401 Unauthorized")
        << u"wrong password"_s << 401 << QByteArray(R"({"errors":["Unauthorized"]})");
    QTest::newRow("a timestamp two hours old is 422")
        << u"stale timestamp"_s << 422
        << QByteArray(R"({"errors":{"base":["Unexpected timestamp"]}})");
}

void TestSandboxServer::sessionCreation()
{
    QFETCH(QString, variant);
    QFETCH(int, status);
    QFETCH(QByteArray, errorBody);

    const SandboxOperator anna = m_server->operators().constFirst();
    RequestSigner::Parameters parameters = sessionParameters();
    bool sign = true;
    if (variant == u"user"_s || variant == u"wrong password"_s) {
        parameters.append({ u"user[login]"_s, anna.login });
        parameters.append(
            { u"user[password]"_s, variant == u"user"_s ? anna.password : u"not-the-password"_s });
    } else if (variant == u"email"_s) {
        const Answer user
            = call("GET", "/users/" + QByteArray::number(anna.userId) + ".json", {}, apiKey());
        parameters.append({ u"user[email]"_s,
            user.object().value(u"user"_s).toObject().value(u"email"_s).toString() });
        parameters.append({ u"user[password]"_s, anna.password });
    } else if (variant == u"bad signature"_s) {
        parameters.append({ u"signature"_s, u"ae3c8e5b9164671cde8e787e7883b41c72e3b461"_s });
        sign = false;
    } else if (variant == u"unknown application"_s) {
        parameters[0].second = u"22"_s;
    } else if (variant == u"wrong auth key"_s) {
        parameters[1].second = u"wJHd4cQSxpQGWx5"_s;
    } else if (variant == u"stale timestamp"_s) {
        parameters[3].second = QString::number(QDateTime::currentSecsSinceEpoch() - 7200);
    }

    const Answer answer = createSession(parameters, sign);
    QVERIFY(answer.finished);
    QCOMPARE(answer.status, status);
    if (!errorBody.isEmpty()) {
        QCOMPARE(answer.body, errorBody);
        return;
    }
    const QJsonObject session = answer.object().value(u"session"_s).toObject();
    static const QRegularExpression fortyHex(u"^[0-9a-f]{40}$"_s);
    QVERIFY(fortyHex.match(session.value(u"token"_s).toString()).hasMatch());
    QCOMPARE(session.value(u"application_id"_s).toInteger(), m_server->applicationId());
    QCOMPARE(
        session.value(u"user_id"_s).toInteger(), variant == u"application"_s ? 0 : anna.userId);
    QCOMPARE(
        session.value(u"_id"_s).toString(), QString::number(session.value(u"id"_s).toInteger()));
    QVERIFY(!answer.header("QB-Token-ExpirationDate").isEmpty());
}

void TestSandboxServer::sessionAcceptsAJsonBodySignedInFlatForm()
{
    const SandboxOperator ben = m_server->operators().at(1);
    const RequestSigner::Parameters parameters = sessionParameters(ben.login, ben.password);
    const QByteArray signature = RequestSigner::sign(parameters, m_server->authSecret().toUtf8());
    const QJsonObject body {
        { u"application_id"_s, QString::number(m_server->applicationId()) },
        { u"auth_key"_s, m_server->authKey() },
        { u"nonce"_s, parameters.at(2).second.toLongLong() },
        { u"timestamp"_s, parameters.at(3).second.toLongLong() },
        { u"user"_s, QJsonObject { { u"login"_s, ben.login }, { u"password"_s, ben.password } } },
        { u"signature"_s, QString::fromLatin1(signature) },
    };
    const Answer answer = call("POST", "/session.json", compact(body));
    QCOMPARE(answer.status, 201);
    QCOMPARE(
        answer.object().value(u"session"_s).toObject().value(u"user_id"_s).toInteger(), ben.userId);
}

void TestSandboxServer::sessionAcceptsASignatureOverPercentEncodedValues()
{
    RequestSigner::Parameters parameters = sessionParameters();
    parameters.append({ u"user[email]"_s, u"ben.okafor@community-team.example"_s });
    parameters.append({ u"user[password]"_s, m_server->operators().at(1).password });
    RequestSigner::Parameters encoded;
    for (const auto &[name, value] : std::as_const(parameters))
        encoded.append({ name, QString::fromLatin1(QUrl::toPercentEncoding(value)) });
    RequestSigner::Parameters sent = parameters;
    sent.append({ u"signature"_s,
        QString::fromLatin1(RequestSigner::sign(encoded, m_server->authSecret().toUtf8())) });
    const Answer answer = createSession(sent, false);
    QCOMPARE(answer.status, 201);
}

void TestSandboxServer::aReplayedTimestampAndNonceIsRefused()
{
    const RequestSigner::Parameters parameters = sessionParameters();
    QCOMPARE(createSession(parameters).status, 201);
    const Answer replay = createSession(parameters);
    QCOMPARE(replay.status, 422);
    QCOMPARE(replay.body, QByteArray(R"({"errors":{"base":["Unexpected nonce"]}})"));
}

void TestSandboxServer::sessionCanBeShownAndDestroyed()
{
    const SandboxOperator anna = m_server->operators().constFirst();
    const QString token = userToken(anna.login, anna.password);
    QVERIFY(!token.isEmpty());

    const Answer shown = call("GET", "/session.json", {}, withToken(token));
    QCOMPARE(shown.status, 200);
    QCOMPARE(shown.object().value(u"session"_s).toObject().value(u"token"_s).toString(), token);

    const Answer destroyed = call("DELETE", "/session.json", {}, withToken(token));
    QCOMPARE(destroyed.status, 200);
    QVERIFY(destroyed.body.isEmpty());
    QCOMPARE(call("GET", "/chat/Dialog.json", {}, withToken(token)).status, 401);
}

void TestSandboxServer::loginUpgradesAnApplicationSessionAndLogoutDowngradesIt()
{
    const SandboxOperator chen = m_server->operators().at(2);
    const QString token = userToken({}, {});
    QCOMPARE(call("GET", "/chat/Dialog.json", {}, withToken(token)).status, 403);

    const Answer wrong = call(
        "POST", "/login.json", "login=" + chen.login.toUtf8() + "&password=nope", withToken(token));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.body, QByteArray(R"({"errors":["Unauthorized"]})"));

    const Answer login = call("POST", "/login.json",
        compact({ { u"login"_s, chen.login }, { u"password"_s, chen.password } }),
        withToken(token));
    QCOMPARE(login.status, 200);
    QCOMPARE(login.object().value(u"user"_s).toObject().value(u"id"_s).toInteger(), chen.userId);
    QCOMPARE(call("GET", "/chat/Dialog.json", {}, withToken(token)).status, 200);

    QCOMPARE(call("DELETE", "/login.json", {}, withToken(token)).status, 200);
    QCOMPARE(call("GET", "/chat/Dialog.json", {}, withToken(token)).status, 403);
}

void TestSandboxServer::aRequestWithoutTokenAnswers401TokenIsRequired()
{
    const Answer answer = call("GET", "/chat/Dialog.json");
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.body, QByteArray(R"({"errors":["Token is required"]})"));
}

void TestSandboxServer::anExpiredTokenAnswers401SessionDoesNotExist()
{
    const SandboxOperator anna = m_server->operators().constFirst();
    const QString token = userToken(anna.login, anna.password);
    QCOMPARE(call("GET", "/chat/Dialog.json?limit=1", {}, withToken(token)).status, 200);

    m_server->expireAllSessions();
    const Answer answer = call("GET", "/chat/Dialog.json?limit=1", {}, withToken(token));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.body, QByteArray(R"({"errors":{"base":["Required session does not exist"]}})"));
    QCOMPARE(call("GET", "/users.json", {}, withToken(u"0123456789abcdef"_s)).status, 401);
}

void TestSandboxServer::answersCarryTheQuickBloxHeaders()
{
    const SandboxOperator anna = m_server->operators().constFirst();
    const QString token = userToken(anna.login, anna.password);
    const Answer answer = call("GET", "/chat/Dialog.json?limit=1", {}, withToken(token));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(answer.header("QuickBlox-REST-API-Version"), QByteArray("0.1.1"));
    static const QRegularExpression format(
        u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\+0000$"_s);
    const QString expiry = QString::fromLatin1(answer.header("QB-Token-ExpirationDate"));
    QVERIFY2(format.match(expiry).hasMatch(), qPrintable(expiry));
    QDateTime expiresAt = QDateTime::fromString(expiry.left(19), u"yyyy-MM-dd HH:mm:ss"_s);
    QVERIFY(expiresAt.isValid());
    expiresAt.setTimeZone(QTimeZone::utc());
    QVERIFY(qAbs(expiresAt.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch() - 7200) < 60);

    const Answer byKey = call("GET", "/chat/Dialog.json?limit=1", {}, apiKey());
    QCOMPARE(byKey.header("QuickBlox-REST-API-Version"), QByteArray("0.1.1"));
    QVERIFY(byKey.header("QB-Token-ExpirationDate").isEmpty());
}

void TestSandboxServer::anApplicationSessionCannotUseChat()
{
    const QString token = userToken({}, {});
    QVERIFY(!token.isEmpty());
    const QByteArray needUser(R"({"errors":{"base":["Forbidden. Need user."]}})");
    const Answer list = call("GET", "/chat/Dialog.json", {}, withToken(token));
    QCOMPARE(list.status, 403);
    QCOMPARE(list.body, needUser);
    const QString id = m_server->allDialogIds().constFirst();
    const Answer remove
        = call("DELETE", "/chat/Dialog/" + id.toLatin1() + ".json", {}, withToken(token));
    QCOMPARE(remove.status, 403);
    QCOMPARE(remove.body, needUser);
    QVERIFY(m_server->dialogExists(id));
    // Reading users is fine for an application session.
    QCOMPARE(call("GET", "/users.json", {}, withToken(token)).status, 200);
}

void TestSandboxServer::aWrongApiKeyIsRefused()
{
    const Answer answer
        = call("GET", "/chat/Dialog.json", {}, { { "Authorization", "ApiKey not-the-key" } });
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.body, QByteArray(R"({"errors":{"base":["Invalid Authorization header"]}})"));
}

void TestSandboxServer::onBehalfOfAnUnknownUserIs404()
{
    const Answer answer = call("GET", "/chat/Dialog.json", {}, asUser(42));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.body, QByteArray(R"({"errors":{"base":["User not found"]}})"));
}

void TestSandboxServer::apiKeyWithOnBehalfOfSeesExactlyThatUsersDialogs()
{
    const Answer answer = call("GET", "/chat/Dialog.json?limit=100", {}, asUser(m_anna));
    QCOMPARE(answer.status, 200);
    const QStringList visible = m_server->dialogIdsVisibleTo(m_anna);
    QCOMPARE(answer.object().value(u"total_entries"_s).toInt(), visible.size());
    QCOMPARE(answer.itemIds(), visible.mid(0, 100));
    QVERIFY(visible.size() < m_server->allDialogIds().size());

    const QString token = userToken(
        m_server->operators().constFirst().login, m_server->operators().constFirst().password);
    const Answer byToken = call("GET", "/chat/Dialog.json?limit=100", {}, withToken(token));
    QCOMPARE(byToken.body, answer.body);
}

void TestSandboxServer::apiKeyWithoutOnBehalfOfSeesEveryDialog()
{
    const Answer answer = call("GET", "/chat/Dialog.json?limit=1", {}, apiKey());
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object().value(u"total_entries"_s).toInt(), 2000);
    QCOMPARE(m_server->allDialogIds().size(), 2000);
}

void TestSandboxServer::unknownRoutesAnswer404()
{
    for (const QByteArray &path : { QByteArray("/nothing.json"), QByteArray("/chat/Nothing.json"),
             QByteArray("/chat/Dialog/a/b.json") }) {
        const Answer answer = call("GET", path, {}, apiKey());
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.body, QByteArray(R"({"errors":["The resource wasn't found"]})"));
    }
    QCOMPARE(call("PATCH", "/chat/Dialog.json", {}, apiKey()).status, 404);
}

void TestSandboxServer::pathsWorkWithAndWithoutJsonSuffix_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("with .json") << QByteArray("/chat/Dialog.json?limit=3");
    QTest::newRow("without .json") << QByteArray("/chat/Dialog?limit=3");
    QTest::newRow("users with .json") << QByteArray("/users.json");
    QTest::newRow("users without .json") << QByteArray("/users");
}

void TestSandboxServer::pathsWorkWithAndWithoutJsonSuffix()
{
    QFETCH(QByteArray, path);
    const Answer answer = call("GET", path, {}, apiKey());
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.object().contains(u"items"_s));
}

void TestSandboxServer::demoCommunityHasAllDialogTypesInTheDocumentedShape()
{
    static const QRegularExpression objectId(u"^[0-9a-f]{24}$"_s);
    static const QRegularExpression isoTime(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s);
    static const QStringList fields {
        u"_id"_s,
        u"user_id"_s,
        u"type"_s,
        u"name"_s,
        u"photo"_s,
        u"occupants_ids"_s,
        u"admin_ids"_s,
        u"xmpp_room_jid"_s,
        u"last_message"_s,
        u"last_message_date_sent"_s,
        u"last_message_user_id"_s,
        u"last_message_id"_s,
        u"unread_messages_count"_s,
        u"is_join_required"_s,
        u"created_at"_s,
        u"updated_at"_s,
    };
    QSet<int> types;
    for (int skip = 0; skip < 300; skip += 100) {
        const Answer answer
            = call("GET", "/chat/Dialog.json?skip=" + QByteArray::number(skip), {}, apiKey());
        const QJsonArray items = answer.object().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 100);
        for (const QJsonValue value : items) {
            const QJsonObject dialog = value.toObject();
            for (const QString &field : fields)
                QVERIFY2(dialog.contains(field), qPrintable(field));
            QVERIFY(objectId.match(dialog.value(u"_id"_s).toString()).hasMatch());
            QVERIFY(isoTime.match(dialog.value(u"created_at"_s).toString()).hasMatch());
            QVERIFY(!dialog.value(u"name"_s).toString().isEmpty());
            const int type = dialog.value(u"type"_s).toInt();
            types.insert(type);
            const QJsonArray occupants = dialog.value(u"occupants_ids"_s).toArray();
            if (type == 1)
                QVERIFY(occupants.isEmpty());
            if (type == 3) {
                QCOMPARE(occupants.size(), 2);
                QVERIFY(dialog.value(u"admin_ids"_s).toArray().isEmpty());
                QVERIFY(dialog.value(u"xmpp_room_jid"_s).isNull());
            }
            if (type == 2) {
                QVERIFY(occupants.size() >= 3);
                QVERIFY(toIds(occupants).contains(dialog.value(u"user_id"_s).toInteger()));
            }
        }
    }
    QCOMPARE(types, (QSet<int> { 1, 2, 3 }));
}

void TestSandboxServer::lastMessageFieldsMatchTheDialogsMessages()
{
    const Answer answer = call("GET", "/chat/Dialog.json?limit=30", {}, apiKey());
    const QJsonArray items = answer.object().value(u"items"_s).toArray();
    int withMessages = 0;
    for (const QJsonValue value : items) {
        const QJsonObject dialog = value.toObject();
        const QString id = dialog.value(u"_id"_s).toString();
        const QStringList messages = m_server->messageIds(id);
        if (messages.isEmpty()) {
            QVERIFY(dialog.value(u"last_message_id"_s).isNull());
            continue;
        }
        ++withMessages;
        QCOMPARE(dialog.value(u"last_message_id"_s).toString(), messages.constLast());
        const Answer history = call("GET",
            "/chat/Message.json?mark_as_read=0&chat_dialog_id=" + id.toLatin1(), {}, apiKey());
        const QJsonArray list = history.object().value(u"items"_s).toArray();
        QCOMPARE(list.size(), messages.size());
        const QJsonObject last = list.last().toObject();
        QCOMPARE(last.value(u"_id"_s).toString(), messages.constLast());
        QCOMPARE(last.value(u"message"_s).toString(), dialog.value(u"last_message"_s).toString());
        QCOMPARE(last.value(u"date_sent"_s).toInteger(),
            dialog.value(u"last_message_date_sent"_s).toInteger());
        QCOMPARE(last.value(u"sender_id"_s).toInteger(),
            dialog.value(u"last_message_user_id"_s).toInteger());
        QCOMPARE(last.value(u"chat_dialog_id"_s).toString(), id);
    }
    QVERIFY(withMessages > 10);
}

void TestSandboxServer::pagingWalksTheWholeListInOrder()
{
    const QStringList expected = m_server->dialogIdsVisibleTo(m_ben);
    QStringList seen;
    for (int skip = 0;; skip += 100) {
        const Answer page = call("GET",
            "/chat/Dialog.json?limit=100&skip=" + QByteArray::number(skip), {}, asUser(m_ben));
        QCOMPARE(page.status, 200);
        const QJsonObject envelope = page.object();
        QCOMPARE(envelope.value(u"skip"_s).toInt(), skip);
        QCOMPARE(envelope.value(u"limit"_s).toInt(), 100);
        QCOMPARE(envelope.value(u"total_entries"_s).toInt(), expected.size());
        const QStringList ids = page.itemIds();
        seen += ids;
        if (ids.size() < 100)
            break;
    }
    QCOMPARE(seen, expected);
    QStringList sorted = seen;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(seen, sorted); // default order is _id ascending
}

void TestSandboxServer::dialogLimitDefaultsTo100AndIsCappedAt100()
{
    const Answer byDefault = call("GET", "/chat/Dialog.json", {}, apiKey());
    QCOMPARE(byDefault.object().value(u"limit"_s).toInt(), 100);
    QCOMPARE(byDefault.itemIds().size(), 100);
    const Answer tooMany = call("GET", "/chat/Dialog.json?limit=500", {}, apiKey());
    QCOMPARE(tooMany.object().value(u"limit"_s).toInt(), 100);
    QCOMPARE(tooMany.itemIds().size(), 100);
}

void TestSandboxServer::dialogFilters_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("rule");

    QTest::newRow("type=2") << QByteArray("type=2") << u"type 2"_s;
    QTest::newRow("type[in] with encoded brackets and comma")
        << QByteArray("type%5Bin%5D=1%2C3") << u"type 1 or 3"_s;
    QTest::newRow("type[in] with raw brackets and comma")
        << QByteArray("type[in]=1,3") << u"type 1 or 3"_s;
    QTest::newRow("name[ctn] with + for a space")
        << QByteArray("name[ctn]=Book+Club") << u"name contains Book Club"_s;
    QTest::newRow("name[ctn] with %20 for a space")
        << QByteArray("name%5Bctn%5D=Book%20Club") << u"name contains Book Club"_s;
    QTest::newRow("last_message_date_sent[gt] in Unix seconds")
        << QByteArray("last_message_date_sent[gt]=1700000000") << u"last message after"_s;
    QTest::newRow("updated_at[lte] in Unix seconds")
        << QByteArray("updated_at[lte]=1700000000") << u"updated until"_s;
    QTest::newRow("occupants_ids[all]")
        << QByteArray("occupants_ids[all]=ANNA,BEN") << u"anna and ben"_s;
    QTest::newRow("sort_desc=last_message_date_sent")
        << QByteArray("sort_desc=last_message_date_sent") << u"by last message, newest first"_s;
    QTest::newRow("sort_asc=name with type=2")
        << QByteArray("sort_asc=name&type=2") << u"groups by name"_s;
}

void TestSandboxServer::dialogFilters()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, rule);
    query.replace("ANNA", QByteArray::number(m_anna)).replace("BEN", QByteArray::number(m_ben));

    // What the filter should select, worked out from the full unfiltered list.
    QList<QJsonObject> everything;
    for (int skip = 0; skip < 2000; skip += 100) {
        const Answer page
            = call("GET", "/chat/Dialog.json?skip=" + QByteArray::number(skip), {}, apiKey());
        const QJsonArray items = page.object().value(u"items"_s).toArray();
        for (const QJsonValue item : items)
            everything.append(item.toObject());
    }
    QCOMPARE(everything.size(), 2000);

    auto selected = [&](const QJsonObject &d) {
        const int type = d.value(u"type"_s).toInt();
        const qint64 lastSent = d.value(u"last_message_date_sent"_s).toInteger();
        if (rule == u"type 2"_s || rule == u"groups by name"_s)
            return type == 2;
        if (rule == u"type 1 or 3"_s)
            return type == 1 || type == 3;
        if (rule == u"name contains Book Club"_s)
            return d.value(u"name"_s).toString().contains(u"book club"_s, Qt::CaseInsensitive);
        if (rule == u"last message after"_s)
            return !d.value(u"last_message_date_sent"_s).isNull() && lastSent > 1700000000;
        if (rule == u"updated until"_s)
            return QDateTime::fromString(d.value(u"updated_at"_s).toString(), Qt::ISODate)
                       .toSecsSinceEpoch()
                <= 1700000000;
        if (rule == u"anna and ben"_s) {
            const QList<qint64> occupants = toIds(d.value(u"occupants_ids"_s).toArray());
            return occupants.contains(m_anna) && occupants.contains(m_ben);
        }
        return true;
    };
    QList<QJsonObject> expected;
    for (const QJsonObject &dialog : std::as_const(everything)) {
        if (selected(dialog))
            expected.append(dialog);
    }
    if (rule == u"by last message, newest first"_s) {
        std::stable_sort(
            expected.begin(), expected.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(u"last_message_date_sent"_s).toInteger()
                    > b.value(u"last_message_date_sent"_s).toInteger();
            });
    } else if (rule == u"groups by name"_s) {
        std::stable_sort(
            expected.begin(), expected.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(u"name"_s).toString() < b.value(u"name"_s).toString();
            });
    }
    QStringList expectedIds;
    for (const QJsonObject &dialog : std::as_const(expected))
        expectedIds.append(dialog.value(u"_id"_s).toString());
    QVERIFY2(!expectedIds.isEmpty(), "the demo community should have matches for every filter");

    QStringList ids;
    for (int skip = 0; skip < expectedIds.size(); skip += 100) {
        const Answer page = call("GET",
            "/chat/Dialog.json?" + query + "&skip=" + QByteArray::number(skip), {}, apiKey());
        QCOMPARE(page.status, 200);
        QCOMPARE(page.object().value(u"total_entries"_s).toInt(), expectedIds.size());
        ids += page.itemIds();
    }
    QCOMPARE(ids, expectedIds);
}

void TestSandboxServer::countReturnsOnlyTheNumberOfMatches()
{
    const Answer count = call("GET", "/chat/Dialog.json?count=1&type=3", {}, asUser(m_anna));
    QCOMPARE(count.status, 200);
    const Answer listed = call("GET", "/chat/Dialog.json?limit=1&type=3", {}, asUser(m_anna));
    const int total = listed.object().value(u"total_entries"_s).toInt();
    QVERIFY(total > 0);
    QCOMPARE(count.body, compact({ { u"items"_s, QJsonObject { { u"count"_s, total } } } }));
}

void TestSandboxServer::aSingleDialogIsReturnedBareOr404()
{
    const QString id = m_server->dialogIdsVisibleTo(m_anna).at(3);
    const Answer answer
        = call("GET", "/chat/Dialog/" + id.toLatin1() + ".json", {}, asUser(m_anna));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object().value(u"_id"_s).toString(), id);

    const Answer missing
        = call("GET", "/chat/Dialog/000000000000000000000000.json", {}, asUser(m_anna));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.body, QByteArray(R"({"errors":["The resource wasn't found"]})"));

    const QString private3 = privateDialogWithout(m_anna);
    QVERIFY(!private3.isEmpty());
    QCOMPARE(
        call("GET", "/chat/Dialog/" + private3.toLatin1() + ".json", {}, asUser(m_anna)).status,
        404);
}

void TestSandboxServer::deletingWithoutForceHidesTheDialogOnlyForTheRequester()
{
    const QString id = groupOwnedBy(m_anna, m_ben);
    QVERIFY(!id.isEmpty());
    const Answer answer
        = call("DELETE", "/chat/Dialog/" + id.toLatin1() + ".json", {}, asUser(m_ben));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.isEmpty());

    QVERIFY(m_server->dialogExists(id));
    QVERIFY(!m_server->dialogVisibleTo(id, m_ben));
    QVERIFY(m_server->dialogVisibleTo(id, m_anna));
    QVERIFY(!m_server->dialogIdsVisibleTo(m_ben).contains(id));
    const Answer bensList
        = call("GET", "/chat/Dialog.json?_id=" + id.toLatin1(), {}, asUser(m_ben));
    QCOMPARE(bensList.object().value(u"total_entries"_s).toInt(), 0);
    const Answer annasList
        = call("GET", "/chat/Dialog.json?_id=" + id.toLatin1(), {}, asUser(m_anna));
    QCOMPARE(annasList.itemIds(), QStringList { id });
    QCOMPARE(call("GET", "/chat/Dialog/" + id.toLatin1() + ".json", {}, asUser(m_ben)).status, 404);
}

void TestSandboxServer::forceDeleteByTheOwnerRemovesTheDialogForEveryone()
{
    const QString id = groupOwnedBy(m_anna, m_ben);
    QVERIFY(!id.isEmpty());
    const Answer answer
        = call("DELETE", "/chat/Dialog/" + id.toLatin1() + ".json", "force=1", asUser(m_anna));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.isEmpty());
    QVERIFY(!m_server->dialogExists(id));
    QVERIFY(!m_server->dialogVisibleTo(id, m_ben));
    QCOMPARE(call("GET", "/chat/Dialog/" + id.toLatin1() + ".json", {}, asUser(m_ben)).status, 404);
    QVERIFY(m_server->messageIds(id).isEmpty());
}

void TestSandboxServer::forceDeleteOfOneDialogByANonOwnerIs403()
{
    const QString id = groupOwnedBy(m_anna, m_ben);
    const Answer answer
        = call("DELETE", "/chat/Dialog/" + id.toLatin1() + ".json", "force=1", asUser(m_ben));
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.body,
        QByteArray(
            R"({"errors":["You don't have appropriate permissions to perform this operation"]})"));
    QVERIFY(m_server->dialogExists(id));
    QVERIFY(m_server->dialogVisibleTo(id, m_ben));
}

void TestSandboxServer::deletingOneUnknownDialogIs404()
{
    const Answer answer
        = call("DELETE", "/chat/Dialog/5d75626ea28f9a1490cb0f98.json", {}, asUser(m_anna));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.body, QByteArray(R"({"errors":["The resource wasn't found"]})"));
}

void TestSandboxServer::severalIdsAreSortedIntoBucketsWithoutEmptyOnes()
{
    const QString owned = groupOwnedBy(m_anna, m_ben);
    const QString notOwned = groupOwnedBy(0, m_anna);
    QVERIFY(!owned.isEmpty());
    QVERIFY(!notOwned.isEmpty());
    const QString missing = u"5d75626ea28f9a1490cb0f98"_s;
    const QString malformed = u"not-an-id"_s;
    const QByteArray path = "/chat/Dialog/"
        + QStringList { owned, notOwned, missing, malformed }.join(u',').toLatin1() + ".json";

    const Answer answer = call("DELETE", path, "force=1", asUser(m_anna));
    QCOMPARE(answer.status, 200);
    const QJsonObject expected {
        { u"SuccessfullyDeleted"_s, QJsonObject { { u"ids"_s, QJsonArray { owned } } } },
        { u"NotFound"_s, QJsonObject { { u"ids"_s, QJsonArray { missing, malformed } } } },
        { u"WrongPermissions"_s, QJsonObject { { u"ids"_s, QJsonArray { notOwned } } } },
    };
    QCOMPARE(answer.object(), expected);
    QVERIFY(!m_server->dialogExists(owned));
    QVERIFY(m_server->dialogExists(notOwned));

    // Deleting again: everything is NotFound now except what was not ours.
    const Answer again
        = call("DELETE", "/chat/Dialog/" + owned.toLatin1() + "," + missing.toLatin1() + ".json",
            {}, asUser(m_anna));
    QCOMPARE(again.object(),
        (QJsonObject {
            { u"NotFound"_s, QJsonObject { { u"ids"_s, QJsonArray { owned, missing } } } } }));
}

void TestSandboxServer::forceIsReadFromFormJsonAndQuery_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("form body") << QByteArray() << QByteArray("force=1");
    QTest::newRow("JSON body") << QByteArray() << QByteArray(R"({"force":1})");
    QTest::newRow("query string") << QByteArray("?force=1") << QByteArray();
}

void TestSandboxServer::forceIsReadFromFormJsonAndQuery()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, body);
    const QString id = groupOwnedBy(m_anna, m_ben);
    const Answer answer
        = call("DELETE", "/chat/Dialog/" + id.toLatin1() + ".json" + query, body, asUser(m_anna));
    QCOMPARE(answer.status, 200);
    QVERIFY(!m_server->dialogExists(id));
}

void TestSandboxServer::apiKeyWithoutOnBehalfOfDeletesDialogsForEveryone()
{
    const QString id = groupOwnedBy(m_anna, m_ben);
    const Answer answer = call("DELETE", "/chat/Dialog/" + id.toLatin1() + ".json", {}, apiKey());
    QCOMPARE(answer.status, 200);
    QVERIFY(!m_server->dialogExists(id));
}

void TestSandboxServer::apiKeyWithOnBehalfOfDeletesOnlyForThatUser()
{
    const QString id = groupOwnedBy(m_anna, m_ben);
    QCOMPARE(
        call("DELETE", "/chat/Dialog/" + id.toLatin1() + ".json", {}, asUser(m_anna)).status, 200);
    QVERIFY(m_server->dialogExists(id));
    QVERIFY(!m_server->dialogVisibleTo(id, m_anna));
    QVERIFY(m_server->dialogVisibleTo(id, m_ben));
}

void TestSandboxServer::aRemovedDialogComesBackWhenTheUserIsAddedAgain()
{
    const QString id = groupOwnedBy(m_anna, m_ben);
    QCOMPARE(
        call("DELETE", "/chat/Dialog/" + id.toLatin1() + ".json", {}, asUser(m_ben)).status, 200);
    QVERIFY(!m_server->dialogVisibleTo(id, m_ben));
    const Answer pushed = call("PUT", "/chat/Dialog/" + id.toLatin1() + ".json",
        "push_all[occupants_ids][]=" + QByteArray::number(m_ben), asUser(m_anna));
    QCOMPARE(pushed.status, 200);
    QVERIFY(m_server->dialogVisibleTo(id, m_ben));
    QVERIFY(m_server->dialogIdsVisibleTo(m_ben).contains(id));
}

void TestSandboxServer::messagesNeedAccessToTheirDialog()
{
    const QString foreign = privateDialogWithout(m_anna);
    QVERIFY(!foreign.isEmpty());
    const Answer forbidden = call(
        "GET", "/chat/Message.json?chat_dialog_id=" + foreign.toLatin1(), {}, asUser(m_anna));
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.body,
        QByteArray(
            R"({"errors":["You don't have appropriate permissions to perform this operation"]})"));

    const Answer unknown = call(
        "GET", "/chat/Message.json?chat_dialog_id=5d75626ea28f9a1490cb0f98", {}, asUser(m_anna));
    QCOMPARE(unknown.status, 404);

    // Everyone may read a public dialog.
    const QString open = dialogOfType(1);
    QCOMPARE(call("GET", "/chat/Message.json?mark_as_read=0&chat_dialog_id=" + open.toLatin1(), {},
                 asUser(m_anna))
                 .status,
        200);
}

void TestSandboxServer::messageListHasNoTotalEntries()
{
    const QString id = groupOwnedBy(m_anna, m_ben);
    const Answer answer
        = call("GET", "/chat/Message.json?mark_as_read=0&limit=5&chat_dialog_id=" + id.toLatin1(),
            {}, asUser(m_anna));
    QCOMPARE(answer.status, 200);
    const QJsonObject envelope = answer.object();
    QCOMPARE(envelope.value(u"skip"_s).toInt(), 0);
    QCOMPARE(envelope.value(u"limit"_s).toInt(), 5);
    QVERIFY(!envelope.contains(u"total_entries"_s));
    const QJsonArray items = envelope.value(u"items"_s).toArray();
    QCOMPARE(items.size(), std::min<qsizetype>(5, m_server->messageIds(id).size()));
    qint64 previous = 0;
    for (const QJsonValue item : items) {
        const QJsonObject message = item.toObject();
        for (const QString &field : { u"_id"_s, u"attachments"_s, u"chat_dialog_id"_s,
                 u"created_at"_s, u"updated_at"_s, u"date_sent"_s, u"delivered_ids"_s, u"message"_s,
                 u"read_ids"_s, u"recipient_id"_s, u"sender_id"_s, u"read"_s })
            QVERIFY2(message.contains(field), qPrintable(field));
        QVERIFY(message.value(u"date_sent"_s).toInteger() >= previous);
        previous = message.value(u"date_sent"_s).toInteger();
    }
}

void TestSandboxServer::aPageOfAnUnchangedHistoryIsTheSameAsTheFilteredPath_data()
{
    QTest::addColumn<QByteArray>("order");
    QTest::addColumn<int>("skip");
    QTest::addColumn<int>("limit");
    for (const QByteArray &order : { QByteArray("sort_desc=date_sent"),
             QByteArray("sort_asc=date_sent"), QByteArray("sort_desc=_id"), QByteArray() }) {
        for (const auto &[skip, limit] :
            { std::pair(0, 100), std::pair(100, 100), std::pair(200, 100), std::pair(249, 100),
                std::pair(250, 100), std::pair(400, 100), std::pair(3, 7) }) {
            QTest::addRow(
                "%s skip %d limit %d", order.isEmpty() ? "default" : order.constData(), skip, limit)
                << order << skip << limit;
        }
    }
}

// A page of a history nobody changed is built from its own messages alone; a filter makes the
// server read the whole history. Both must give the same answer, the count included.
void TestSandboxServer::aPageOfAnUnchangedHistoryIsTheSameAsTheFilteredPath()
{
    QFETCH(QByteArray, order);
    QFETCH(int, skip);
    QFETCH(int, limit);
    SandboxOptions options;
    options.fixedCredentials = true;
    options.dialogs = 20;
    options.seed = 1;
    options.messagesPerDialog = 250;
    startServer(options);
    QString id;
    for (const QString &candidate : m_server->allDialogIds()) {
        if (m_server->messageIds(candidate).size() == 250)
            id = candidate;
    }
    QVERIFY(!id.isEmpty());
    const QByteArray query = "/chat/Message.json?mark_as_read=0&chat_dialog_id=" + id.toLatin1()
        + "&skip=" + QByteArray::number(skip) + "&limit=" + QByteArray::number(limit)
        + (order.isEmpty() ? QByteArray() : "&" + order);
    const Answer page = call("GET", query, {}, apiKey());
    const Answer filtered = call("GET", query + "&date_sent[gte]=0", {}, apiKey());
    QCOMPARE(page.status, 200);
    QCOMPARE(filtered.status, 200);
    QCOMPARE(page.body, filtered.body);
    QStringList expected = m_server->messageIds(id);
    if (order.startsWith("sort_desc"))
        std::reverse(expected.begin(), expected.end());
    QCOMPARE(page.itemIds(), expected.mid(skip, limit));
    const Answer count = call("GET", query + "&count=1", {}, apiKey());
    QCOMPARE(count.body, call("GET", query + "&count=1&date_sent[gte]=0", {}, apiKey()).body);
    QCOMPARE(count.object().value(u"items"_s).toObject().value(u"count"_s).toInt(), 250);
}

void TestSandboxServer::readingMessagesMarksThemReadUnlessMarkAsReadIsZero()
{
    QString unread;
    QString dialog;
    const QStringList dialogs = m_server->dialogIdsVisibleTo(m_anna);
    for (const QString &candidate : dialogs) {
        if (m_server->dialogType(candidate) == 1)
            continue;
        const QStringList messages = m_server->messageIds(candidate);
        for (const QString &message : messages) {
            if (!m_server->messageReadIds(message).contains(m_anna)) {
                unread = message;
                dialog = candidate;
                break;
            }
        }
        if (!unread.isEmpty())
            break;
    }
    QVERIFY(!unread.isEmpty());
    const QByteArray query
        = "/chat/Message.json?_id=" + unread.toLatin1() + "&chat_dialog_id=" + dialog.toLatin1();

    const Answer peek = call("GET", query + "&mark_as_read=0", {}, asUser(m_anna));
    QCOMPARE(peek.itemIds(), QStringList { unread });
    QVERIFY(!m_server->messageReadIds(unread).contains(m_anna));

    const Answer read = call("GET", query, {}, asUser(m_anna));
    QCOMPARE(read.itemIds(), QStringList { unread });
    QVERIFY(m_server->messageReadIds(unread).contains(m_anna));
}

void TestSandboxServer::deletingAMessageWithoutForceHidesItOnlyForTheRequester()
{
    const QString id = groupOwnedBy(m_anna, m_ben, 1);
    const QString message = m_server->messageIds(id).value(0);
    QVERIFY(!message.isEmpty());
    const Answer answer
        = call("DELETE", "/chat/Message/" + message.toLatin1() + ".json", {}, asUser(m_ben));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.isEmpty());
    QVERIFY(m_server->messageExists(message));
    QVERIFY(!m_server->messageVisibleTo(message, m_ben));
    QVERIFY(m_server->messageVisibleTo(message, m_anna));

    const QByteArray list = "/chat/Message.json?mark_as_read=0&chat_dialog_id=" + id.toLatin1();
    QVERIFY(!call("GET", list, {}, asUser(m_ben)).itemIds().contains(message));
    QVERIFY(call("GET", list, {}, asUser(m_anna)).itemIds().contains(message));
    // Gone for Ben, so deleting it again is NotFound.
    QCOMPARE(
        call("DELETE", "/chat/Message/" + message.toLatin1() + ".json", {}, asUser(m_ben)).status,
        404);
}

void TestSandboxServer::onlyTheSenderMayForceDeleteAMessage()
{
    const QString notAnnas = messageSeenBy(m_anna, false);
    const QString annas = messageSeenBy(m_anna, true);
    QVERIFY(!notAnnas.isEmpty());
    QVERIFY(!annas.isEmpty());

    const Answer single = call(
        "DELETE", "/chat/Message/" + notAnnas.toLatin1() + ".json", "force=1", asUser(m_anna));
    QCOMPARE(single.status, 403);
    QVERIFY(m_server->messageVisibleTo(notAnnas, m_anna));

    const Answer several
        = call("DELETE", "/chat/Message/" + annas.toLatin1() + "," + notAnnas.toLatin1() + ".json",
            "force=1", asUser(m_anna));
    QCOMPARE(several.status, 200);
    QCOMPARE(several.object(),
        (QJsonObject {
            { u"SuccessfullyDeleted"_s, QJsonObject { { u"ids"_s, QJsonArray { annas } } } },
            { u"WrongPermissions"_s, QJsonObject { { u"ids"_s, QJsonArray { notAnnas } } } },
        }));
    QVERIFY(!m_server->messageExists(annas));
    QVERIFY(m_server->messageExists(notAnnas));
}

void TestSandboxServer::apiKeyWithoutOnBehalfOfDeletesMessagesForEveryone()
{
    const QString id = groupOwnedBy(m_anna, m_ben, 2);
    const QStringList messages = m_server->messageIds(id);
    QVERIFY(messages.size() >= 2);
    const Answer answer = call("DELETE",
        "/chat/Message/" + messages.mid(0, 2).join(u',').toLatin1() + ".json", {}, apiKey());
    QCOMPARE(answer.status, 200);
    QCOMPARE(
        answer.object().value(u"SuccessfullyDeleted"_s).toObject().value(u"ids"_s).toArray().size(),
        2);
    QVERIFY(!m_server->messageExists(messages.at(0)));
    QVERIFY(!m_server->messageExists(messages.at(1)));
    QCOMPARE(m_server->messageIds(id).size(), messages.size() - 2);
}

void TestSandboxServer::forceDeletingTheLastMessageMovesTheDialogsLastMessage()
{
    const QString id = groupOwnedBy(m_anna, m_ben, 2);
    const QStringList messages = m_server->messageIds(id);
    QVERIFY(messages.size() >= 2);
    QCOMPARE(
        call("DELETE", "/chat/Message/" + messages.constLast().toLatin1() + ".json", {}, apiKey())
            .status,
        200);
    const Answer dialog = call("GET", "/chat/Dialog/" + id.toLatin1() + ".json", {}, apiKey());
    QCOMPARE(
        dialog.object().value(u"last_message_id"_s).toString(), messages.at(messages.size() - 2));
}

void TestSandboxServer::usersAreListedWrappedAndPaged()
{
    const QList<qint64> ids = m_server->userIds();
    QVERIFY(ids.size() >= 300);
    const Answer byDefault = call("GET", "/users.json", {}, apiKey());
    QCOMPARE(byDefault.object().value(u"per_page"_s).toInt(), 10);
    QCOMPARE(byDefault.object().value(u"current_page"_s).toInt(), 1);

    const Answer page = call("GET", "/users.json?page=3&per_page=7", {}, apiKey());
    QCOMPARE(page.status, 200);
    const QJsonObject envelope = page.object();
    QCOMPARE(envelope.value(u"current_page"_s).toInt(), 3);
    QCOMPARE(envelope.value(u"per_page"_s).toInt(), 7);
    QCOMPARE(envelope.value(u"total_entries"_s).toInt(), ids.size());
    const QJsonArray items = envelope.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 7);
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject user = items.at(i).toObject().value(u"user"_s).toObject();
        QCOMPARE(user.value(u"id"_s).toInteger(), ids.at(14 + i));
        QVERIFY(!user.value(u"login"_s).toString().isEmpty());
        QVERIFY(!user.value(u"full_name"_s).toString().isEmpty());
    }
    QCOMPARE(call("GET", "/users.json?per_page=1000", {}, apiKey())
                 .object()
                 .value(u"per_page"_s)
                 .toInt(),
        100);
}

void TestSandboxServer::userFiltersAcceptRepeatedAndCommaJoinedForms()
{
    const QList<qint64> ids = m_server->userIds();
    const QByteArray someIds = QByteArray::number(ids.at(0)) + "," + QByteArray::number(ids.at(1))
        + "," + QByteArray::number(ids.at(5));
    const Answer in = call("GET", "/users.json?filter[]=number+id+in+" + someIds, {}, apiKey());
    QCOMPARE(in.object().value(u"total_entries"_s).toInt(), 3);

    const Answer repeated = call("GET",
        "/users.json?filter[]=number+id+in+" + someIds + "&filter[]=string+login+eq+mod.ben", {},
        apiKey());
    QCOMPARE(repeated.object().value(u"total_entries"_s).toInt(), 1);
    const Answer joined = call("GET",
        "/users.json?filter%5B%5D=number%20id%20in%20" + QByteArray(someIds).replace(",", "%2C")
            + "%2Cstring%20login%20eq%20mod.ben",
        {}, apiKey());
    QCOMPARE(joined.object().value(u"total_entries"_s).toInt(), 1);
    QCOMPARE(joined.object()
                 .value(u"items"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"user"_s)
                 .toObject()
                 .value(u"login"_s)
                 .toString(),
        u"mod.ben"_s);

    const Answer newest
        = call("GET", "/users.json?per_page=1&order=desc+date+created_at", {}, apiKey());
    QCOMPARE(newest.object()
                 .value(u"items"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"user"_s)
                 .toObject()
                 .value(u"id"_s)
                 .toInteger(),
        ids.constLast());
}

void TestSandboxServer::unknownUsersAnswer404CodeMessage_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("by id") << QByteArray("/users/1.json");
    QTest::newRow("by login") << QByteArray("/users/by_login.json?login=nobody.here");
    QTest::newRow("by e-mail") << QByteArray("/users/by_email.json?email=nobody%40example.com");
    QTest::newRow("by tags") << QByteArray("/users/by_tags.json?tags=no-such-tag");
    QTest::newRow("by full name") << QByteArray("/users/by_full_name.json?full_name=Zzzyzx");
}

void TestSandboxServer::unknownUsersAnswer404CodeMessage()
{
    QFETCH(QByteArray, path);
    const Answer answer = call("GET", path, {}, apiKey());
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.body, QByteArray(R"({"code":null,"message":"Couldn't find user"})"));

    // And the same lookups find real people.
    const Answer ben = call("GET", "/users/by_login.json?login=mod.ben", {}, apiKey());
    QCOMPARE(ben.object().value(u"user"_s).toObject().value(u"id"_s).toInteger(), m_ben);
    const Answer staff = call("GET", "/users/by_tags.json?tags=moderator", {}, apiKey());
    QCOMPARE(staff.object().value(u"total_entries"_s).toInt(), 3);
}

void TestSandboxServer::dialogUpdateRules_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("json");
    QTest::addColumn<int>("status");

    for (const bool json : { false, true }) {
        const char *encoding = json ? " (JSON)" : " (form)";
        QTest::addRow("the owner removes another occupant%s", encoding)
            << u"owner pulls other"_s << json << 200;
        QTest::addRow("an occupant removes himself%s", encoding)
            << u"occupant pulls self"_s << json << 200;
        QTest::addRow("an occupant may not remove somebody else%s", encoding)
            << u"occupant pulls other"_s << json << 403;
        QTest::addRow("an occupant adds somebody%s", encoding)
            << u"occupant pushes"_s << json << 200;
    }
    QTest::newRow("a private dialog cannot be updated") << u"private"_s << false << 403;
    QTest::newRow("only the owner updates a public dialog") << u"public"_s << false << 403;
    QTest::newRow("an unknown dialog is 404") << u"unknown"_s << false << 404;
}

void TestSandboxServer::dialogUpdateRules()
{
    QFETCH(QString, scenario);
    QFETCH(bool, json);
    QFETCH(int, status);

    QString id = groupOwnedBy(m_anna, m_ben);
    QVERIFY(!id.isEmpty());
    const QList<qint64> before = m_server->dialogOccupants(id);
    qint64 other = 0;
    for (const qint64 occupant : before) {
        if (occupant != m_anna && occupant != m_ben)
            other = occupant;
    }
    qint64 outsider = 0;
    for (const qint64 user : m_server->userIds()) {
        if (!before.contains(user))
            outsider = user;
    }

    qint64 actor = m_ben;
    QString change = u"pull_all"_s;
    qint64 subject = other;
    if (scenario == u"owner pulls other"_s) {
        actor = m_anna;
    } else if (scenario == u"occupant pulls self"_s) {
        subject = m_ben;
    } else if (scenario == u"occupant pushes"_s) {
        change = u"push_all"_s;
        subject = outsider;
    } else if (scenario == u"private"_s) {
        id = dialogOfType(3, 0, m_ben);
        subject = m_ben;
    } else if (scenario == u"public"_s) {
        id = dialogOfType(1, m_ben);
        change = u"push_all"_s;
        subject = outsider;
    } else if (scenario == u"unknown"_s) {
        id = u"5d75626ea28f9a1490cb0f98"_s;
    }

    const QByteArray body = json
        ? compact({ { change, QJsonObject { { u"occupants_ids"_s, QJsonArray { subject } } } } })
        : change.toLatin1() + "%5Boccupants_ids%5D%5B%5D=" + QByteArray::number(subject);
    const Answer answer
        = call("PUT", "/chat/Dialog/" + id.toLatin1() + ".json", body, asUser(actor));
    QCOMPARE(answer.status, status);
    if (status != 200) {
        const QByteArray text = status == 404
            ? QByteArray("The resource wasn't found")
            : QByteArray("You don't have appropriate permissions to perform this operation");
        QCOMPARE(answer.body, R"({"errors":[")" + text + R"("]})");
        return;
    }
    const QList<qint64> occupants = toIds(answer.object().value(u"occupants_ids"_s).toArray());
    QCOMPARE(occupants, m_server->dialogOccupants(id));
    QCOMPARE(occupants.contains(subject), change == u"push_all"_s);
    QCOMPARE(answer.object().value(u"_id"_s).toString(), id);
}

void TestSandboxServer::rateLimitAnswers429_data()
{
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("without Retry-After by default") << -1;
    QTest::newRow("with Retry-After when configured") << 7;
}

void TestSandboxServer::rateLimitAnswers429()
{
    QFETCH(int, retryAfter);
    m_server->setRateLimit(3);
    m_server->setRetryAfterSeconds(retryAfter);

    QList<QNetworkReply *> replies;
    for (int i = 0; i < 6; ++i)
        replies.append(send("GET", "/users.json?per_page=1", {}, apiKey()));
    QList<Answer> answers;
    for (QNetworkReply *reply : std::as_const(replies))
        answers.append(collect(reply));

    int limited = 0;
    for (const Answer &answer : std::as_const(answers)) {
        QVERIFY(answer.status == 200 || answer.status == 429);
        if (answer.status != 429)
            continue;
        ++limited;
        QCOMPARE(answer.body,
            QByteArray(R"({"errors":["Rate limit for your current plan is exceeded"]})"));
        QCOMPARE(answer.header("Retry-After"),
            retryAfter < 0 ? QByteArray() : QByteArray::number(retryAfter));
    }
    QCOMPARE(limited, 3);
    QCOMPARE(m_server->answeredWithStatus(429), 3);
}

void TestSandboxServer::errorRateAnswers500WithoutApplyingTheRequest()
{
    const QString id = groupOwnedBy(m_anna, m_ben);
    m_server->setErrorRate(1.0);
    const Answer answer = call("DELETE", "/chat/Dialog/" + id.toLatin1() + ".json", {}, apiKey());
    QCOMPARE(answer.status, 500);
    QCOMPARE(answer.body, QByteArray(R"({"errors":["Internal server error"]})"));
    QVERIFY(m_server->dialogExists(id));

    m_server->setErrorRate(0);
    QCOMPARE(call("DELETE", "/chat/Dialog/" + id.toLatin1() + ".json", {}, apiKey()).status, 200);
    QVERIFY(!m_server->dialogExists(id));
}

void TestSandboxServer::errorRateIsDeterministicForASeed()
{
    auto statuses = [this](quint32 seed) {
        SandboxOptions options;
        options.dialogs = 10;
        options.seed = seed;
        options.errorRate = 0.5;
        startServer(options);
        QList<int> result;
        for (int i = 0; i < 20; ++i)
            result.append(call("GET", "/users.json?per_page=1", {}, apiKey()).status);
        return result;
    };
    const QList<int> first = statuses(5);
    QVERIFY(first.contains(500));
    QVERIFY(first.contains(200));
    QCOMPARE(statuses(5), first);
}

void TestSandboxServer::aLostReplyIsAppliedButNeverAnswered()
{
    const QString id = groupOwnedBy(m_anna, m_ben);
    m_server->setLoseRate(1.0);
    const int before = m_server->requestCount();
    const Answer answer
        = call("DELETE", "/chat/Dialog/" + id.toLatin1() + ".json", "force=1", asUser(m_anna));
    QVERIFY(answer.finished);
    // The answer breaks off after its first bytes, so the client sees the loss instead of
    // quietly sending the request again.
    QCOMPARE(answer.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_server->requestCount(), before + 1);
    QVERIFY(!m_server->dialogExists(id));
    QVERIFY(m_server->answeredWithStatus(0) >= 1);

    m_server->setLoseRate(0);
    QCOMPARE(call("GET", "/chat/Dialog/" + id.toLatin1() + ".json", {}, apiKey()).status, 404);
}

void TestSandboxServer::latencyDelaysAnswersWithoutSerialisingThem()
{
    m_server->setLatencyMs(200);
    // Two managers, because one opens at most six connections to a host.
    QNetworkAccessManager second;
    second.setProxy(QNetworkProxy::NoProxy);
    QElapsedTimer timer;
    timer.start();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 10; ++i)
        replies.append(
            send("GET", "/users.json?per_page=1", {}, apiKey(), i % 2 ? &second : m_network.get()));
    for (QNetworkReply *reply : std::as_const(replies))
        QCOMPARE(collect(reply).status, 200);
    const qint64 elapsed = timer.elapsed();

    QCOMPARE(m_server->peakAnswersInFlight(), 10);
    QVERIFY2(elapsed >= 200, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 1500, qPrintable(QString::number(elapsed)));
}

void TestSandboxServer::theSameSeedGivesTheSameCommunity()
{
    SandboxOptions options;
    options.fixedCredentials = true; // the keys too; without it they are fresh every start
    options.dialogs = 500;
    options.seed = 7;
    SandboxServer one(options);
    SandboxServer two(options);
    options.seed = 8;
    SandboxServer other(options);
    QVERIFY(one.start());
    QVERIFY(two.start());
    QVERIFY(other.start());

    QCOMPARE(one.allDialogIds(), two.allDialogIds());
    QCOMPARE(one.userIds(), two.userIds());
    QCOMPARE(one.apiKey(), two.apiKey());
    QCOMPARE(one.authSecret(), two.authSecret());
    const QString dialog = one.allDialogIds().at(17);
    QCOMPARE(one.messageIds(dialog), two.messageIds(dialog));
    QCOMPARE(one.operators().constFirst().password, two.operators().constFirst().password);
    QCOMPARE(one.operators().constFirst().login, u"mod.anna"_s);

    QVERIFY(one.allDialogIds() != other.allDialogIds());
    QVERIFY(one.userIds() != other.userIds());
}

void TestSandboxServer::oneHundredThousandDialogsAreGeneratedQuickly()
{
    SandboxOptions options;
    options.dialogs = 100000;
    QElapsedTimer timer;
    timer.start();
    startServer(options);
    const qint64 elapsed = timer.elapsed();
    // Generous for unoptimised builds on slow machines; a release build takes a fraction.
    QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
    QCOMPARE(m_server->allDialogIds().size(), 100000);

    const Answer page = call("GET", "/chat/Dialog.json?skip=99950", {}, apiKey());
    QCOMPARE(page.object().value(u"total_entries"_s).toInt(), 100000);
    QCOMPARE(page.itemIds(), m_server->allDialogIds().mid(99950));
    const Answer mine = call("GET", "/chat/Dialog.json?limit=10&skip=1000", {}, asUser(m_anna));
    QCOMPARE(mine.itemIds(), m_server->dialogIdsVisibleTo(m_anna).mid(1000, 10));
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "TestSandboxServer.moc"

// SPDX-License-Identifier: Apache-2.0

#include "RecordingServer.h"
#include "api/RequestSigner.h"
#include "api/endpoints/CreateSessionEndpoint.h"
#include "api/endpoints/DeleteDialogsEndpoint.h"
#include "api/endpoints/DeleteMessagesEndpoint.h"
#include "api/endpoints/GetDialogEndpoint.h"
#include "api/endpoints/GetUserEndpoint.h"
#include "api/endpoints/ListDialogsEndpoint.h"
#include "api/endpoints/ListMessagesEndpoint.h"
#include "api/endpoints/ListUsersEndpoint.h"
#include "api/endpoints/UpdateDialogEndpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
using Fields = QList<QPair<QString, QString>>;

const QString dialogA = u"5d75626e8b3b1f2a1c000001"_s;
const QString dialogB = u"5d75626e8b3b1f2a1c000002"_s;

// The query as it leaves the client: set on a URL the way ApiClient does, fully encoded.
QByteArray wireQuery(const ApiRequest &request)
{
    QUrl url(u"https://api.quickblox.com"_s);
    url.setPath(request.path);
    url.setQuery(request.query);
    return url.query(QUrl::FullyEncoded).toLatin1();
}

// The query items as a server reads them back from the wire ('+' is a space, then %XX).
Fields serverFields(const ApiRequest &request)
{
    return RecordingServer::Request::formFields(wireQuery(request));
}

QString serverValue(const ApiRequest &request, const QString &name)
{
    const Fields fields = serverFields(request);
    for (const auto &[key, value] : fields) {
        if (key == name)
            return value;
    }
    return u"<absent>"_s;
}

QStringList sortedPairs(const Fields &fields)
{
    QStringList pairs;
    for (const auto &[name, value] : fields)
        pairs.append(name + u'=' + value);
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

UserSearch userSearch(UserSearch::By by, const QString &text)
{
    UserSearch result;
    result.by = by;
    result.text = text;
    return result;
}

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
}
} // namespace

class TestEndpointRequests final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listDialogsQuery_data();
    void listDialogsQuery();
    void listDialogsRequest();
    void queryValuesSurviveTheWire_data();
    void queryValuesSurviveTheWire();
    void listMessagesQuery_data();
    void listMessagesQuery();
    void listUsersRequest_data();
    void listUsersRequest();
    void userSearchFromText_data();
    void userSearchFromText();
    void getDialogRequest();
    void getUserRequest();
    void deleteRequest_data();
    void deleteRequest();
    void deletePathEncodesEachId_data();
    void deletePathEncodesEachId();
    void removeOccupantsRequest();
    void onlySessionCreationGoesWithoutAuth();
    void createSessionRequest_data();
    void createSessionRequest();
    void createSessionMatchesTheReferenceVector();
    void createSessionWithoutLoginIsAnApplicationSession();
};

void TestEndpointRequests::listDialogsQuery_data()
{
    QTest::addColumn<DialogQuery>("query");
    QTest::addColumn<int>("skip");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("no filter asks for one page only")
        << DialogQuery() << 0 << 100 << QStringList { u"limit=100"_s, u"skip=0"_s };
    QTest::newRow("later pages move skip")
        << DialogQuery() << 200 << 50 << QStringList { u"limit=50"_s, u"skip=200"_s };

    DialogQuery oneType;
    oneType.types = { DialogType::Group };
    QTest::newRow("one type is an exact match on type")
        << oneType << 0 << 100 << QStringList { u"limit=100"_s, u"skip=0"_s, u"type=2"_s };

    DialogQuery twoTypes;
    twoTypes.types = { DialogType::Public, DialogType::Private };
    QTest::newRow("several types use type[in] with a comma list")
        << twoTypes << 0 << 100 << QStringList { u"limit=100"_s, u"skip=0"_s, u"type[in]=1,3"_s };

    DialogQuery name;
    name.nameContains = u"spam"_s;
    QTest::newRow("a name filter uses name[ctn]")
        << name << 0 << 100 << QStringList { u"limit=100"_s, u"name[ctn]=spam"_s, u"skip=0"_s };

    DialogQuery member;
    member.occupantId = 42;
    QTest::newRow("a member filter uses occupants_ids[all]")
        << member << 0 << 100
        << QStringList { u"limit=100"_s, u"occupants_ids[all]=42"_s, u"skip=0"_s };

    DialogQuery dates;
    dates.lastActivityBefore = utc(2019, 9, 8, 17, 24, 11);
    dates.lastActivityAfter = utc(2019, 1, 1);
    QTest::newRow("activity dates are Unix seconds on last_message_date_sent")
        << dates << 0 << 100
        << QStringList { u"last_message_date_sent[gt]=1546300800"_s,
               u"last_message_date_sent[lt]=1567963451"_s, u"limit=100"_s, u"skip=0"_s };

    DialogQuery localDate;
    localDate.lastActivityBefore
        = QDateTime(QDate(2019, 9, 8), QTime(19, 24, 11), QTimeZone(2 * 3600));
    QTest::newRow("a date in another zone is the same instant in Unix seconds")
        << localDate << 0 << 100
        << QStringList { u"last_message_date_sent[lt]=1567963451"_s, u"limit=100"_s, u"skip=0"_s };

    DialogQuery newest;
    newest.sortField = u"last_message_date_sent"_s;
    newest.sortDescending = true;
    QTest::newRow("descending sort uses sort_desc")
        << newest << 0 << 100
        << QStringList { u"limit=100"_s, u"skip=0"_s, u"sort_desc=last_message_date_sent"_s };

    DialogQuery oldest;
    oldest.sortField = u"created_at"_s;
    QTest::newRow("ascending sort uses sort_asc")
        << oldest << 0 << 100
        << QStringList { u"limit=100"_s, u"skip=0"_s, u"sort_asc=created_at"_s };
}

void TestEndpointRequests::listDialogsQuery()
{
    QFETCH(DialogQuery, query);
    QFETCH(int, skip);
    QFETCH(int, limit);
    QFETCH(QStringList, fields);

    const ApiRequest request = ListDialogsEndpoint::build(query, skip, limit);
    QCOMPARE(sortedPairs(serverFields(request)), fields);
}

void TestEndpointRequests::listDialogsRequest()
{
    DialogQuery query;
    query.onBehalfOf = 4711;
    const ApiRequest request = ListDialogsEndpoint::build(query, 0, 100);
    QCOMPARE(request.verb, QByteArray("GET"));
    QCOMPARE(request.path, u"/chat/Dialog.json"_s);
    QVERIFY(request.body.isEmpty());
    QVERIFY(request.contentType.isEmpty());
    QVERIFY(request.needsAuth);
    QVERIFY(request.onBehalfOf == 4711);

    QVERIFY(!ListDialogsEndpoint::build(DialogQuery(), 0, 100).onBehalfOf);
}

void TestEndpointRequests::queryValuesSurviveTheWire_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("plus sign stays a plus") << u"C++ fans"_s;
    QTest::newRow("spaces stay spaces") << u"team  alpha "_s;
    QTest::newRow("ampersand and equals do not split the query") << u"a&b=c"_s;
    QTest::newRow("percent sign is not read as an escape") << u"100%20 off %"_s;
    QTest::newRow("hash does not end the URL") << u"#general"_s;
    QTest::newRow("comma and brackets") << u"x,y[1]"_s;
    QTest::newRow("non-ASCII letters") << u"Zoë’s Straße 😀"_s;
    QTest::newRow("question mark and slash") << u"who/what?"_s;
}

void TestEndpointRequests::queryValuesSurviveTheWire()
{
    QFETCH(QString, text);

    DialogQuery dialogs;
    dialogs.nameContains = text;
    const ApiRequest dialogRequest = ListDialogsEndpoint::build(dialogs, 0, 100);
    QCOMPARE(serverValue(dialogRequest, u"name[ctn]"_s), text);

    const ApiRequest userRequest
        = ListUsersEndpoint::build(userSearch(UserSearch::By::FullName, text), 1, 10);
    QCOMPARE(serverValue(userRequest, u"full_name"_s), text);

    // Nothing a server could read as a space or a separator is left raw.
    const QByteArray wire = wireQuery(userRequest);
    QVERIFY2(!wire.contains('+'), wire.constData());
    QVERIFY2(!wire.contains(' '), wire.constData());
    QVERIFY2(!wire.contains('#'), wire.constData());
    QCOMPARE(wire.count('&'), 2);
}

void TestEndpointRequests::listMessagesQuery_data()
{
    QTest::addColumn<MessageQuery>("query");
    QTest::addColumn<QStringList>("fields");

    MessageQuery newest;
    newest.dialogId = dialogA;
    QTest::newRow("newest first by default, never marking messages read")
        << newest
        << QStringList { u"chat_dialog_id="_s + dialogA, u"limit=50"_s, u"mark_as_read=0"_s,
               u"skip=100"_s, u"sort_desc=date_sent"_s };

    MessageQuery oldest = newest;
    oldest.newestFirst = false;
    QTest::newRow("oldest first uses sort_asc, still not marking read")
        << oldest
        << QStringList { u"chat_dialog_id="_s + dialogA, u"limit=50"_s, u"mark_as_read=0"_s,
               u"skip=100"_s, u"sort_asc=date_sent"_s };

    MessageQuery bySender = newest;
    bySender.senderId = 96753878;
    bySender.onBehalfOf = 12;
    QTest::newRow("a sender filter adds sender_id, still not marking read")
        << bySender
        << QStringList { u"chat_dialog_id="_s + dialogA, u"limit=50"_s, u"mark_as_read=0"_s,
               u"sender_id=96753878"_s, u"skip=100"_s, u"sort_desc=date_sent"_s };

    MessageQuery oneMessage = newest;
    oneMessage.messageIds = { u"5d755856a0eb47411e0b72a9"_s };
    oneMessage.onBehalfOf = 12;
    QTest::newRow("one message by _id, in its dialog, still not marking read")
        << oneMessage
        << QStringList { u"_id=5d755856a0eb47411e0b72a9"_s, u"chat_dialog_id="_s + dialogA,
               u"limit=50"_s, u"mark_as_read=0"_s, u"skip=100"_s, u"sort_desc=date_sent"_s };

    MessageQuery someMessages = newest;
    someMessages.messageIds = { u"5d755856a0eb47411e0b72a9"_s, u"5d755856a0eb47411e0b72aa"_s };
    QTest::newRow("several messages by _id[in]")
        << someMessages
        << QStringList { u"_id[in]=5d755856a0eb47411e0b72a9,5d755856a0eb47411e0b72aa"_s,
               u"chat_dialog_id="_s + dialogA, u"limit=50"_s, u"mark_as_read=0"_s, u"skip=100"_s,
               u"sort_desc=date_sent"_s };
}

void TestEndpointRequests::listMessagesQuery()
{
    QFETCH(MessageQuery, query);
    QFETCH(QStringList, fields);

    const ApiRequest request = ListMessagesEndpoint::build(query, 100, 50);
    QCOMPARE(request.verb, QByteArray("GET"));
    QCOMPARE(request.path, u"/chat/Message.json"_s);
    QVERIFY(request.needsAuth);
    QVERIFY(request.onBehalfOf == query.onBehalfOf);
    QCOMPARE(sortedPairs(serverFields(request)), fields);
}

void TestEndpointRequests::listUsersRequest_data()
{
    QTest::addColumn<UserSearch>("search");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("everyone pages through /users.json oldest first")
        << UserSearch() << u"/users.json"_s
        << QStringList { u"order=asc date created_at"_s, u"page=2"_s, u"per_page=100"_s };
    QTest::newRow("a lookup by ids filters /users.json with number id in")
        << UserSearch::forIds({ 5, 6, 7 }) << u"/users.json"_s
        << QStringList { u"filter[]=number id in 5,6,7"_s, u"page=2"_s, u"per_page=100"_s };
    QTest::newRow("a full name search uses by_full_name")
        << userSearch(UserSearch::By::FullName, u"Anna Maria+Bo"_s) << u"/users/by_full_name.json"_s
        << QStringList { u"full_name=Anna Maria+Bo"_s, u"page=2"_s, u"per_page=100"_s };
    QTest::newRow("a tag search uses by_tags")
        << userSearch(UserSearch::By::Tags, u"vip,banned"_s) << u"/users/by_tags.json"_s
        << QStringList { u"page=2"_s, u"per_page=100"_s, u"tags=vip,banned"_s };
    QTest::newRow("a login lookup uses by_login without paging")
        << userSearch(UserSearch::By::Login, u"amigo30"_s) << u"/users/by_login.json"_s
        << QStringList { u"login=amigo30"_s };
    QTest::newRow("an email lookup keeps a plus in the address")
        << userSearch(UserSearch::By::Email, u"mod+qb@example.com"_s) << u"/users/by_email.json"_s
        << QStringList { u"email=mod+qb@example.com"_s };
}

void TestEndpointRequests::listUsersRequest()
{
    QFETCH(UserSearch, search);
    QFETCH(QString, path);
    QFETCH(QStringList, fields);

    const ApiRequest request = ListUsersEndpoint::build(search, 2, 100);
    QCOMPARE(request.verb, QByteArray("GET"));
    QCOMPARE(request.path, path);
    QVERIFY(request.needsAuth);
    QVERIFY(!request.onBehalfOf);
    QCOMPARE(sortedPairs(serverFields(request)), fields);
}

void TestEndpointRequests::userSearchFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<UserSearch::By>("by");
    QTest::addColumn<QString>("searchText");

    QTest::newRow("empty text lists everyone")
        << QString() << UserSearch::By::Everyone << QString();
    QTest::newRow("blank text lists everyone") << u"   "_s << UserSearch::By::Everyone << QString();
    QTest::newRow("text with @ is an email, trimmed")
        << u" a+b@example.com "_s << UserSearch::By::Email << u"a+b@example.com"_s;
    QTest::newRow("other text is a full name, trimmed")
        << u"  Anna Bo "_s << UserSearch::By::FullName << u"Anna Bo"_s;
}

void TestEndpointRequests::userSearchFromText()
{
    QFETCH(QString, text);
    QFETCH(UserSearch::By, by);
    QFETCH(QString, searchText);

    const UserSearch search = UserSearch::fromText(text);
    QCOMPARE(search.by, by);
    QCOMPARE(search.text, searchText);
}

void TestEndpointRequests::getDialogRequest()
{
    const ApiRequest request = GetDialogEndpoint::build(dialogA, 77);
    QCOMPARE(request.verb, QByteArray("GET"));
    QCOMPARE(request.path, u"/chat/Dialog/"_s + dialogA + u".json"_s);
    QVERIFY(request.query.isEmpty());
    QVERIFY(request.body.isEmpty());
    QVERIFY(request.onBehalfOf == 77);
    QVERIFY(request.needsAuth);

    QCOMPARE(
        GetDialogEndpoint::build(u"a b/c"_s, std::nullopt).path, u"/chat/Dialog/a%20b%2Fc.json"_s);
}

void TestEndpointRequests::getUserRequest()
{
    const ApiRequest request = GetUserEndpoint::build(96753878);
    QCOMPARE(request.verb, QByteArray("GET"));
    QCOMPARE(request.path, u"/users/96753878.json"_s);
    QVERIFY(request.query.isEmpty());
    QVERIFY(request.needsAuth);
    QVERIFY(!request.onBehalfOf);
}

void TestEndpointRequests::deleteRequest_data()
{
    QTest::addColumn<bool>("messages");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<bool>("force");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");

    const QByteArray form("application/x-www-form-urlencoded");
    QTest::newRow("one dialog without force has no body")
        << false << QStringList { dialogA } << false << u"/chat/Dialog/"_s + dialogA + u".json"_s
        << QByteArray() << QByteArray();
    QTest::newRow("several dialogs are comma-joined in the path")
        << false << QStringList { dialogA, dialogB } << false
        << u"/chat/Dialog/"_s + dialogA + u',' + dialogB + u".json"_s << QByteArray()
        << QByteArray();
    QTest::newRow("force travels form-encoded in the body")
        << false << QStringList { dialogA, dialogB } << true
        << u"/chat/Dialog/"_s + dialogA + u',' + dialogB + u".json"_s << QByteArray("force=1")
        << form;
    QTest::newRow("messages use /chat/Message/ the same way")
        << true << QStringList { dialogA, dialogB } << false
        << u"/chat/Message/"_s + dialogA + u',' + dialogB + u".json"_s << QByteArray()
        << QByteArray();
    QTest::newRow("forced message delete carries force=1")
        << true << QStringList { dialogB } << true << u"/chat/Message/"_s + dialogB + u".json"_s
        << QByteArray("force=1") << form;
}

void TestEndpointRequests::deleteRequest()
{
    QFETCH(bool, messages);
    QFETCH(QStringList, ids);
    QFETCH(bool, force);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);

    for (const std::optional<qint64> &actingUser :
        { std::optional<qint64>(), std::optional<qint64>(5) }) {
        const ApiRequest request = messages ? DeleteMessagesEndpoint::build(ids, force, actingUser)
                                            : DeleteDialogsEndpoint::build(ids, force, actingUser);
        QCOMPARE(request.verb, QByteArray("DELETE"));
        QCOMPARE(request.path, path);
        QVERIFY(request.query.isEmpty());
        QCOMPARE(request.body, body);
        QCOMPARE(request.contentType, contentType);
        QVERIFY(request.needsAuth);
        QVERIFY(request.onBehalfOf == actingUser);
    }
}

void TestEndpointRequests::deletePathEncodesEachId_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("path");

    QTest::newRow("plain ObjectIds are left as they are")
        << QStringList { dialogA } << u"/chat/Dialog/"_s + dialogA + u".json"_s;
    QTest::newRow("a comma inside an id cannot split it")
        << QStringList { u"a,b"_s, u"c"_s } << u"/chat/Dialog/a%2Cb,c.json"_s;
    QTest::newRow("slash, space and dot are encoded")
        << QStringList { u"../x y"_s } << u"/chat/Dialog/..%2Fx%20y.json"_s;
    QTest::newRow("question mark and hash cannot end the path")
        << QStringList { u"a?b#c"_s } << u"/chat/Dialog/a%3Fb%23c.json"_s;
}

void TestEndpointRequests::deletePathEncodesEachId()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, path);

    QCOMPARE(DeleteDialogsEndpoint::build(ids, false, std::nullopt).path, path);
}

void TestEndpointRequests::removeOccupantsRequest()
{
    const ApiRequest request
        = UpdateDialogEndpoint::buildRemoveOccupants(dialogA, { 96705448, 5 }, 9);
    QCOMPARE(request.verb, QByteArray("PUT"));
    QCOMPARE(request.path, u"/chat/Dialog/"_s + dialogA + u".json"_s);
    QVERIFY(request.query.isEmpty());
    QCOMPARE(request.contentType, QByteArray("application/json; charset=utf-8"));
    QVERIFY(request.onBehalfOf == 9);
    QVERIFY(request.needsAuth);

    QJsonParseError error {};
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject expected { { u"pull_all"_s,
        QJsonObject { { u"occupants_ids"_s, QJsonArray { 96705448, 5 } } } } };
    QCOMPARE(body.object(), expected);
    // Numbers, not strings: the service matches ids by value.
    QVERIFY(body.object()
                .value(u"pull_all"_s)
                .toObject()
                .value(u"occupants_ids"_s)
                .toArray()
                .first()
                .isDouble());
}

void TestEndpointRequests::onlySessionCreationGoesWithoutAuth()
{
    QVERIFY(ListDialogsEndpoint::build({}, 0, 100).needsAuth);
    QVERIFY(ListMessagesEndpoint::build({}, 0, 100).needsAuth);
    QVERIFY(ListUsersEndpoint::build({}, 1, 10).needsAuth);
    QVERIFY(GetDialogEndpoint::build(dialogA, std::nullopt).needsAuth);
    QVERIFY(GetUserEndpoint::build(1).needsAuth);
    QVERIFY(DeleteDialogsEndpoint::build({ dialogA }, true, std::nullopt).needsAuth);
    QVERIFY(DeleteMessagesEndpoint::build({ dialogA }, true, std::nullopt).needsAuth);
    QVERIFY(UpdateDialogEndpoint::buildRemoveOccupants(dialogA, { 1 }, std::nullopt).needsAuth);

    ConnectionSettings settings;
    settings.applicationId = 1;
    settings.authKey = u"key"_s;
    settings.login = u"moderator"_s;
    QVERIFY(!CreateSessionEndpoint::build(settings, { u"secret"_s, u"pw"_s, {} }, 1, 1).needsAuth);
}

void TestEndpointRequests::createSessionRequest_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("secret");

    QTest::newRow("plain login") << u"moderator"_s << u"hunter2"_s << u"s3cret"_s;
    QTest::newRow("plus and at in the login are signed raw")
        << u"mod+1@example.com"_s << u"pw"_s << u"s3cret"_s;
    QTest::newRow("form separators in the password are signed raw")
        << u"moderator"_s << u"a b&c=d%2B+"_s << u"s3cret"_s;
    QTest::newRow("non-ASCII password and secret")
        << u"modératrice"_s << u"pässwörd"_s << u"gehéim"_s;
}

void TestEndpointRequests::createSessionRequest()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(QString, secret);

    ConnectionSettings settings;
    settings.applicationId = 76730;
    settings.authKey = u"wJHd4cQSxpQGWx5"_s;
    settings.login = login;
    const ApiRequest request
        = CreateSessionEndpoint::build(settings, { secret, password, {} }, 1567349756, 7334);

    QCOMPARE(request.verb, QByteArray("POST"));
    QCOMPARE(request.path, u"/session.json"_s);
    QVERIFY(request.query.isEmpty());
    QCOMPARE(request.contentType, QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(!request.needsAuth);
    QVERIFY(!request.onBehalfOf);

    // What the server reads from the form body...
    Fields fields = RecordingServer::Request::formFields(request.body);
    QString signature;
    Fields signedFields;
    for (const auto &field : std::as_const(fields)) {
        if (field.first == u"signature"_s)
            signature = field.second;
        else
            signedFields.append(field);
    }
    QCOMPARE(sortedPairs(signedFields),
        (QStringList { u"application_id=76730"_s, u"auth_key=wJHd4cQSxpQGWx5"_s, u"nonce=7334"_s,
            u"timestamp=1567349756"_s, u"user[login]="_s + login,
            u"user[password]="_s + password }));
    // ...verifies against the signature it carries, signed over the raw values.
    QCOMPARE(signature.toLatin1(), RequestSigner::sign(signedFields, secret.toUtf8()));
    QVERIFY(!request.body.contains(' '));
}

void TestEndpointRequests::createSessionMatchesTheReferenceVector()
{
    ConnectionSettings settings;
    settings.applicationId = 22;
    settings.authKey = u"wJHd4cQSxpQGWx5"_s;
    settings.login = u"amigo30"_s;
    const ApiRequest request = CreateSessionEndpoint::build(
        settings, { u"wJHd4cQSxpQGWx5secret"_s, u"amigo30pass"_s, {} }, 1326966962, 33432);
    const Fields fields = RecordingServer::Request::formFields(request.body);
    QVERIFY(fields.contains({ u"signature"_s, u"f1c33ab3e1ebf5603cf6855bb4fe8bf0f70d22b7"_s }));
}

void TestEndpointRequests::createSessionWithoutLoginIsAnApplicationSession()
{
    ConnectionSettings settings;
    settings.applicationId = 22;
    settings.authKey = u"wJHd4cQSxpQGWx5"_s;
    const ApiRequest request = CreateSessionEndpoint::build(
        settings, { u"wJHd4cQSxpQGWx5secret"_s, {}, {} }, 1326966962, 33432);
    const Fields fields = RecordingServer::Request::formFields(request.body);
    QCOMPARE(sortedPairs(fields),
        (QStringList { u"application_id=22"_s, u"auth_key=wJHd4cQSxpQGWx5"_s, u"nonce=33432"_s,
            u"signature=ae3c8e5b9164671cde8e787e7883b41c72e3b461"_s, u"timestamp=1326966962"_s }));
}

QTEST_GUILESS_MAIN(TestEndpointRequests)
#include "TestEndpointRequests.moc"

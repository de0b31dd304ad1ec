// SPDX-License-Identifier: Apache-2.0

#include "domain/ChatUser.h"
#include "domain/Dialog.h"
#include "domain/Message.h"
#include "domain/ObjectId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
QJsonObject parsed(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return document.object();
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
}

// A dialog with the S2 (current documentation) field set.
const QByteArray s2Dialog = R"({
    "_id": "5d75626e8b3b1f2a1c000001",
    "user_id": 96753878,
    "type": 2,
    "name": "Moderators",
    "photo": null,
    "occupants_ids": [96753878, 96705448, 96705449],
    "admin_ids": [96705448],
    "xmpp_room_jid": "76730_5d75626e8b3b1f2a1c000001@muc.chat.quickblox.com",
    "last_message": "Hi guys",
    "last_message_date_sent": 1567963451,
    "last_message_id": "5d755856a0eb47411e0b72a9",
    "last_message_user_id": 96705448,
    "unread_messages_count": 3,
    "is_join_required": 1,
    "created_at": "2019-09-08T17:24:11Z",
    "updated_at": "2019-09-08T19:36:54Z"
})";
} // namespace

class TestDomainParsing final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dialogReadsTheDocumentedFields();
    void dialogReadsNumbersGivenAsStrings();
    void dialogToleratesMissingOptionalFields();
    void dialogIgnoresUnknownKeys();
    void dialogKeepsNullLastMessageNull();
    void dialogWithoutIdIsRejected_data();
    void dialogWithoutIdIsRejected();
    void dialogTypeFromNumber_data();
    void dialogTypeFromNumber();
    void dialogDates_data();
    void dialogDates();
    void dialogToJsonUsesTheApiFieldNames();
    void dialogRoundTripsThroughToJson();
    void chatUserWrappedAndBare_data();
    void chatUserWrappedAndBare();
    void chatUserWithoutIdIsRejected();
    void chatUserIdentity_data();
    void chatUserIdentity();
    void chatUserRoundTripsThroughToJson();
    void messageWithAttachments();
    void messageWithNullText();
    void messageFallsBackToDialogId();
    void messageWithoutIdIsRejected();
    void messageRoundTripsThroughToJson();
    void objectIdValidity_data();
    void objectIdValidity();
    void objectIdNormalised_data();
    void objectIdNormalised();
    void objectIdNormalisedWithoutInvalidList();
};

void TestDomainParsing::dialogReadsTheDocumentedFields()
{
    const auto dialog = Dialog::fromJson(parsed(s2Dialog));
    QVERIFY(dialog);
    QCOMPARE(dialog->id, u"5d75626e8b3b1f2a1c000001"_s);
    QCOMPARE(dialog->ownerId, 96753878);
    QCOMPARE(dialog->type, DialogType::Group);
    QCOMPARE(dialog->name, u"Moderators"_s);
    QVERIFY(dialog->photo.isEmpty());
    QCOMPARE(dialog->occupantIds, (QList<qint64> { 96753878, 96705448, 96705449 }));
    QCOMPARE(dialog->adminIds, QList<qint64> { 96705448 });
    QCOMPARE(dialog->lastMessage, u"Hi guys"_s);
    QCOMPARE(dialog->lastMessageAt, utc(2019, 9, 8, 17, 24, 11));
    QCOMPARE(dialog->lastMessageUserId, 96705448);
    QCOMPARE(dialog->unreadMessages, 3);
    QCOMPARE(dialog->createdAt, utc(2019, 9, 8, 17, 24, 11));
    QCOMPARE(dialog->updatedAt, utc(2019, 9, 8, 19, 36, 54));
}

void TestDomainParsing::dialogReadsNumbersGivenAsStrings()
{
    const auto dialog = Dialog::fromJson(parsed(R"({
        "_id": "5d75626e8b3b1f2a1c000001", "user_id": "96753878", "type": "3",
        "occupants_ids": ["96753878", " 96705448 "], "admin_ids": [],
        "last_message_date_sent": "1567963451", "last_message_user_id": "96753878",
        "unread_messages_count": "12"
    })"));
    QVERIFY(dialog);
    QCOMPARE(dialog->ownerId, 96753878);
    QCOMPARE(dialog->type, DialogType::Private);
    QCOMPARE(dialog->occupantIds, (QList<qint64> { 96753878, 96705448 }));
    QCOMPARE(dialog->lastMessageAt, utc(2019, 9, 8, 17, 24, 11));
    QCOMPARE(dialog->lastMessageUserId, 96753878);
    QCOMPARE(dialog->unreadMessages, 12);

    const auto commaList = Dialog::fromJson(
        parsed(R"({"_id":"5d75626e8b3b1f2a1c000001","occupants_ids":"1, 2,3"})"));
    QVERIFY(commaList);
    QCOMPARE(commaList->occupantIds, (QList<qint64> { 1, 2, 3 }));
}

void TestDomainParsing::dialogToleratesMissingOptionalFields()
{
    QJsonObject object = parsed(s2Dialog);
    object.remove(u"admin_ids"_s);
    object.remove(u"last_message_id"_s);
    object.remove(u"is_join_required"_s);
    object.remove(u"xmpp_room_jid"_s);
    object.remove(u"unread_messages_count"_s);
    object.remove(u"photo"_s);

    const auto dialog = Dialog::fromJson(object);
    QVERIFY(dialog);
    QVERIFY(dialog->adminIds.isEmpty());
    QCOMPARE(dialog->unreadMessages, 0);
    QCOMPARE(dialog->name, u"Moderators"_s);
    QCOMPARE(dialog->occupantIds.size(), 3);

    const auto bare = Dialog::fromJson(parsed(R"({"_id":"5d75626e8b3b1f2a1c000001"})"));
    QVERIFY(bare);
    QCOMPARE(bare->type, DialogType::Unknown);
    QVERIFY(!bare->lastMessageAt.isValid());
    QVERIFY(!bare->createdAt.isValid());
    QVERIFY(bare->occupantIds.isEmpty());
}

void TestDomainParsing::dialogIgnoresUnknownKeys()
{
    QJsonObject object = parsed(s2Dialog);
    object.insert(u"data"_s, QJsonObject { { u"class_name"_s, u"Advert"_s }, { u"x"_s, 1 } });
    object.insert(u"is_joinable"_s, 1);
    object.insert(u"admins_ids"_s, QJsonArray { 1, 2 });
    object.insert(u"some_future_field"_s, QJsonArray { QJsonObject() });

    const auto withExtras = Dialog::fromJson(object);
    const auto plain = Dialog::fromJson(parsed(s2Dialog));
    QVERIFY(withExtras);
    QCOMPARE(withExtras->toJson(), plain->toJson());
}

void TestDomainParsing::dialogKeepsNullLastMessageNull()
{
    QJsonObject object = parsed(s2Dialog);
    object.insert(u"last_message"_s, QJsonValue::Null);
    object.insert(u"last_message_date_sent"_s, QJsonValue::Null);
    object.insert(u"last_message_user_id"_s, QJsonValue::Null);
    object.insert(u"unread_messages_count"_s, QJsonValue::Null);

    const auto dialog = Dialog::fromJson(object);
    QVERIFY(dialog);
    QVERIFY(dialog->lastMessage.isNull());
    QVERIFY(!dialog->lastMessageAt.isValid());
    QCOMPARE(dialog->lastMessageUserId, 0);
    QCOMPARE(dialog->unreadMessages, 0);

    const QJsonObject json = dialog->toJson();
    QVERIFY(json.value(u"last_message"_s).isNull());
    QVERIFY(json.value(u"last_message_date_sent"_s).isNull());
    QVERIFY(json.value(u"last_message_user_id"_s).isNull());
}

void TestDomainParsing::dialogWithoutIdIsRejected_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("no _id") << QByteArray(R"({"name":"x","type":2})");
    QTest::newRow("empty _id") << QByteArray(R"({"_id":"","name":"x"})");
    QTest::newRow("null _id") << QByteArray(R"({"_id":null,"name":"x"})");
    QTest::newRow("empty object") << QByteArray("{}");
}

void TestDomainParsing::dialogWithoutIdIsRejected()
{
    QFETCH(QByteArray, json);
    QVERIFY(!Dialog::fromJson(parsed(json)));
}

void TestDomainParsing::dialogTypeFromNumber_data()
{
    QTest::addColumn<qint64>("number");
    QTest::addColumn<DialogType>("type");

    QTest::newRow("1 is a public group") << qint64(1) << DialogType::Public;
    QTest::newRow("2 is a group") << qint64(2) << DialogType::Group;
    QTest::newRow("3 is a private chat") << qint64(3) << DialogType::Private;
    QTest::newRow("0 is unknown") << qint64(0) << DialogType::Unknown;
    QTest::newRow("a future type is unknown") << qint64(4) << DialogType::Unknown;
    QTest::newRow("a negative type is unknown") << qint64(-1) << DialogType::Unknown;
}

void TestDomainParsing::dialogTypeFromNumber()
{
    QFETCH(qint64, number);
    QFETCH(DialogType, type);
    QCOMPARE(Dialog::typeFromNumber(number), type);
    QVERIFY(!Dialog::typeName(type).isEmpty());
}

void TestDomainParsing::dialogDates_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime when = utc(2019, 8, 26, 20, 9, 22);
    QTest::newRow("ISO with Z") << QJsonValue(u"2019-08-26T20:09:22Z"_s) << when;
    QTest::newRow("ISO with +00:00") << QJsonValue(u"2019-08-26T20:09:22+00:00"_s) << when;
    QTest::newRow("ISO with another offset is the same instant")
        << QJsonValue(u"2019-08-26T22:09:22+02:00"_s) << when;
    QTest::newRow("ISO with milliseconds") << QJsonValue(u"2019-08-26T20:09:22.000Z"_s) << when;
    QTest::newRow("older text with UTC") << QJsonValue(u"2019-08-26 20:09:22 UTC"_s) << when;
    QTest::newRow("older text with +0000") << QJsonValue(u"2019-08-26 20:09:22 +0000"_s) << when;
    QTest::newRow("Unix seconds") << QJsonValue(1566850162) << when;
    QTest::newRow("null is no date") << QJsonValue(QJsonValue::Null) << QDateTime();
    QTest::newRow("garbage is no date") << QJsonValue(u"yesterday"_s) << QDateTime();
}

void TestDomainParsing::dialogDates()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);

    QJsonObject object { { u"_id"_s, u"5d75626e8b3b1f2a1c000001"_s } };
    object.insert(u"created_at"_s, value);
    object.insert(u"updated_at"_s, value);
    const auto dialog = Dialog::fromJson(object);
    QVERIFY(dialog);
    QCOMPARE(dialog->createdAt.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(dialog->createdAt, expected);
    QCOMPARE(dialog->createdAt.offsetFromUtc(), 0);
    QCOMPARE(dialog->updatedAt, expected);
}

void TestDomainParsing::dialogToJsonUsesTheApiFieldNames()
{
    const QJsonObject original = parsed(s2Dialog);
    const QJsonObject json = Dialog::fromJson(original)->toJson();

    const QStringList apiFields { u"_id"_s, u"name"_s, u"type"_s, u"user_id"_s, u"occupants_ids"_s,
        u"admin_ids"_s, u"last_message"_s, u"last_message_date_sent"_s, u"last_message_user_id"_s,
        u"created_at"_s, u"updated_at"_s };
    for (const QString &field : apiFields) {
        QVERIFY2(json.contains(field), qPrintable(field));
        QVERIFY2(json.value(field) == original.value(field), qPrintable(field));
    }
}

void TestDomainParsing::dialogRoundTripsThroughToJson()
{
    const auto first = Dialog::fromJson(parsed(s2Dialog));
    const auto second = Dialog::fromJson(first->toJson());
    QVERIFY(second);
    QCOMPARE(second->id, first->id);
    QCOMPARE(second->type, first->type);
    QCOMPARE(second->name, first->name);
    QCOMPARE(second->ownerId, first->ownerId);
    QCOMPARE(second->occupantIds, first->occupantIds);
    QCOMPARE(second->adminIds, first->adminIds);
    QCOMPARE(second->lastMessage, first->lastMessage);
    QCOMPARE(second->lastMessageAt, first->lastMessageAt);
    QCOMPARE(second->lastMessageUserId, first->lastMessageUserId);
    QCOMPARE(second->createdAt, first->createdAt);
    QCOMPARE(second->updatedAt, first->updatedAt);
    QCOMPARE(second->toJson(), first->toJson());
}

void TestDomainParsing::chatUserWrappedAndBare_data()
{
    QTest::addColumn<QByteArray>("json");

    const QByteArray user = R"({"id":96753878,"full_name":"Anna Bo","email":"anna@example.com",
        "login":"anna","phone":"+4930123","website":null,"created_at":"2019-09-08T17:24:11Z",
        "updated_at":"2019-09-08T17:24:11Z","last_request_at":"2019-09-08T19:36:54+00:00",
        "external_user_id":null,"facebook_id":null,"twitter_id":null,"blob_id":null,
        "custom_data":null,"user_tags":"vip, banned","age_over16":false})";
    QTest::newRow("a list item wrapped in user") << QByteArray(R"({"user":)" + user + '}');
    QTest::newRow("a bare user object") << user;
}

void TestDomainParsing::chatUserWrappedAndBare()
{
    QFETCH(QByteArray, json);

    const auto user = ChatUser::fromJson(parsed(json));
    QVERIFY(user);
    QCOMPARE(user->id, 96753878);
    QCOMPARE(user->login, u"anna"_s);
    QCOMPARE(user->fullName, u"Anna Bo"_s);
    QCOMPARE(user->email, u"anna@example.com"_s);
    QCOMPARE(user->phone, u"+4930123"_s);
    QCOMPARE(user->tags, (QStringList { u"vip"_s, u"banned"_s }));
    QCOMPARE(user->createdAt, utc(2019, 9, 8, 17, 24, 11));
    QCOMPARE(user->lastRequestAt, utc(2019, 9, 8, 19, 36, 54));
}

void TestDomainParsing::chatUserWithoutIdIsRejected()
{
    QVERIFY(!ChatUser::fromJson(parsed(R"({"user":{"login":"anna"}})")));
    QVERIFY(!ChatUser::fromJson(parsed(R"({"login":"anna"})")));
    QVERIFY(!ChatUser::fromJson(parsed("{}")));

    const auto idAsString = ChatUser::fromJson(parsed(R"({"user":{"id":"42"}})"));
    QVERIFY(idAsString);
    QCOMPARE(idAsString->id, 42);
    QVERIFY(idAsString->tags.isEmpty());
    QVERIFY(!idAsString->lastRequestAt.isValid());
}

void TestDomainParsing::chatUserIdentity_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("name");

    QTest::newRow("name, login and id")
        << QByteArray(R"({"id":7,"full_name":"Anna Bo","login":"anna"})") << u"Anna Bo (anna, 7)"_s;
    QTest::newRow("login and id when there is no full name")
        << QByteArray(R"({"id":7,"full_name":"","login":"anna"})") << u"anna (7)"_s;
    QTest::newRow("full name and id when there is no login")
        << QByteArray(R"({"id":7,"full_name":"Anna Bo"})") << u"Anna Bo (7)"_s;
    QTest::newRow("the id when there is neither") << QByteArray(R"({"id":7})") << u"7"_s;
}

void TestDomainParsing::chatUserIdentity()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, name);
    QCOMPARE(ChatUser::fromJson(parsed(json))->identity(), name);
}

void TestDomainParsing::chatUserRoundTripsThroughToJson()
{
    const auto first = ChatUser::fromJson(parsed(
        R"({"user":{"id":7,"login":"anna","full_name":"Anna Bo","email":"a@example.com",
                "phone":"1","user_tags":"a,b","created_at":"2019-09-08T17:24:11Z",
                "last_request_at":null}})"));
    const QJsonObject json = first->toJson();
    QCOMPARE(json.value(u"id"_s).toInteger(), 7);
    QCOMPARE(json.value(u"user_tags"_s).toString(), u"a,b"_s);
    QCOMPARE(json.value(u"created_at"_s).toString(), u"2019-09-08T17:24:11Z"_s);
    QVERIFY(json.value(u"last_request_at"_s).isNull());

    const auto second = ChatUser::fromJson(json);
    QVERIFY(second);
    QCOMPARE(second->toJson(), json);
}

void TestDomainParsing::messageWithAttachments()
{
    const auto message = Message::fromJson(parsed(R"({
        "_id": "5d755856a0eb47411e0b72a9",
        "attachments": [
            {"type": "image", "id": "47863", "url": "https://example.com/a.png"},
            {"type": "file", "id": 9, "name": "report.pdf", "size": 1024, "uid": "x"}
        ],
        "chat_dialog_id": "5d75393ba28f9a17e1cb0f9e",
        "created_at": "2019-09-08T19:36:54Z",
        "date_sent": 1567971414,
        "delivered_ids": [96753878],
        "message": "Hi guys&#13;",
        "read_ids": [96753878, "96705448"],
        "recipient_id": 0,
        "sender_id": 96753878,
        "updated_at": "2019-09-08T19:36:54Z",
        "read": 0,
        "age": "25"
    })"));
    QVERIFY(message);
    QCOMPARE(message->id, u"5d755856a0eb47411e0b72a9"_s);
    QCOMPARE(message->dialogId, u"5d75393ba28f9a17e1cb0f9e"_s);
    QCOMPARE(message->text, u"Hi guys&#13;"_s); // kept exactly as sent
    QCOMPARE(message->senderId, 96753878);
    QCOMPARE(message->recipientId, 0);
    QCOMPARE(message->sentAt, utc(2019, 9, 8, 19, 36, 54));
    QCOMPARE(message->createdAt, utc(2019, 9, 8, 19, 36, 54));
    QCOMPARE(message->readIds, (QList<qint64> { 96753878, 96705448 }));
    QCOMPARE(message->attachments.size(), 2);
    QCOMPARE(message->attachments.at(0).type, u"image"_s);
    QCOMPARE(message->attachments.at(0).id, u"47863"_s);
    QCOMPARE(message->attachments.at(0).url, u"https://example.com/a.png"_s);
    QVERIFY(message->attachments.at(0).name.isEmpty());
    QCOMPARE(message->attachments.at(1).type, u"file"_s);
    QCOMPARE(message->attachments.at(1).id, u"9"_s);
    QCOMPARE(message->attachments.at(1).name, u"report.pdf"_s);
    QVERIFY(message->attachments.at(1).url.isEmpty());
}

void TestDomainParsing::messageWithNullText()
{
    const auto message = Message::fromJson(parsed(
        R"({"_id":"5d755856a0eb47411e0b72a9","chat_dialog_id":"5d75393ba28f9a17e1cb0f9e",
                "message":null,"attachments":[{"type":"image","id":"1"}],"sender_id":5})"));
    QVERIFY(message);
    QVERIFY(message->text.isEmpty());
    QCOMPARE(message->attachments.size(), 1);
    QCOMPARE(message->senderId, 5);
    QVERIFY(!message->sentAt.isValid());
    QVERIFY(message->readIds.isEmpty());
}

void TestDomainParsing::messageFallsBackToDialogId()
{
    const auto message = Message::fromJson(
        parsed(R"({"_id":"5d755856a0eb47411e0b72a9","dialog_id":"5d75393ba28f9a17e1cb0f9e"})"));
    QVERIFY(message);
    QCOMPARE(message->dialogId, u"5d75393ba28f9a17e1cb0f9e"_s);
    QVERIFY(message->attachments.isEmpty());
}

void TestDomainParsing::messageWithoutIdIsRejected()
{
    QVERIFY(!Message::fromJson(parsed(R"({"message":"hi","chat_dialog_id":"x"})")));
}

void TestDomainParsing::messageRoundTripsThroughToJson()
{
    const auto first = Message::fromJson(parsed(
        R"({"_id":"5d755856a0eb47411e0b72a9","chat_dialog_id":"5d75393ba28f9a17e1cb0f9e",
                "message":"hello","sender_id":5,"recipient_id":6,"date_sent":1567971414,
                "created_at":"2019-09-08T19:36:54Z","read_ids":[5],
                "attachments":[{"type":"image","id":"1","url":"https://example.com/a.png"}]})"));
    const QJsonObject json = first->toJson();
    QCOMPARE(json.value(u"date_sent"_s).toInteger(), 1567971414);
    QCOMPARE(json.value(u"chat_dialog_id"_s).toString(), u"5d75393ba28f9a17e1cb0f9e"_s);

    const auto second = Message::fromJson(json);
    QVERIFY(second);
    QCOMPARE(second->text, first->text);
    QCOMPARE(second->sentAt, first->sentAt);
    QCOMPARE(second->attachments.size(), 1);
    QCOMPARE(second->attachments.first().url, first->attachments.first().url);
    QCOMPARE(second->toJson(), json);
}

void TestDomainParsing::objectIdValidity_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");

    QTest::newRow("24 lowercase hex digits") << u"5d75626e8b3b1f2a1c000001"_s << true;
    QTest::newRow("24 uppercase hex digits") << u"5D75626E8B3B1F2A1C000001"_s << true;
    QTest::newRow("23 digits is too short") << u"5d75626e8b3b1f2a1c00000"_s << false;
    QTest::newRow("25 digits is too long") << u"5d75626e8b3b1f2a1c0000011"_s << false;
    QTest::newRow("a non-hex letter") << u"5d75626e8b3b1f2a1c00000g"_s << false;
    QTest::newRow("surrounding spaces are not trimmed here")
        << u" 5d75626e8b3b1f2a1c000001"_s << false;
    QTest::newRow("a full-width digit is not a hex digit")
        << u"5d75626e8b3b1f2a1c00000１"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("a user id") << u"96753878"_s << false;
}

void TestDomainParsing::objectIdValidity()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(ObjectId::isValid(id), valid);
}

void TestDomainParsing::objectIdNormalised_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("invalid");

    const QString a = u"5d75626e8b3b1f2a1c000001"_s;
    const QString b = u"5d75626e8b3b1f2a1c000002"_s;
    const QString c = u"5d75626e8b3b1f2a1c000003"_s;

    QTest::newRow("valid ids keep their order")
        << QStringList { c, a, b } << QStringList { c, a, b } << QStringList();
    QTest::newRow("duplicates keep the first occurrence's place")
        << QStringList { b, a, b, c, a } << QStringList { b, a, c } << QStringList();
    QTest::newRow("whitespace around ids is trimmed")
        << QStringList { u"  "_s + a, b + u"\t"_s, u"\n"_s + c + u" "_s } << QStringList { a, b, c }
        << QStringList();
    QTest::newRow("a trimmed duplicate is still a duplicate")
        << QStringList { a, u" "_s + a + u" "_s } << QStringList { a } << QStringList();
    QTest::newRow("empty and blank entries are dropped silently")
        << QStringList { QString(), a, u"   "_s } << QStringList { a } << QStringList();
    QTest::newRow("invalid ids are collected, trimmed, in order") << QStringList { u" nope "_s, a,
        u"123"_s, b } << QStringList { a, b } << QStringList { u"nope"_s, u"123"_s };
    QTest::newRow("ids are compared as written, case included")
        << QStringList { a, a.toUpper() } << QStringList { a, a.toUpper() } << QStringList();
    QTest::newRow("nothing in, nothing out") << QStringList() << QStringList() << QStringList();
}

void TestDomainParsing::objectIdNormalised()
{
    QFETCH(QStringList, input);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, invalid);

    QStringList collected;
    QCOMPARE(ObjectId::normalised(input, &collected), ids);
    QCOMPARE(collected, invalid);
}

void TestDomainParsing::objectIdNormalisedWithoutInvalidList()
{
    const QString a = u"5d75626e8b3b1f2a1c000001"_s;
    QCOMPARE(ObjectId::normalised({ u"bad"_s, a }, nullptr), QStringList { a });
}

QTEST_GUILESS_MAIN(TestDomainParsing)
#include "TestDomainParsing.moc"

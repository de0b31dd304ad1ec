// SPDX-License-Identifier: Apache-2.0

#include "SandboxHostileAnswers.h"

#include "SandboxResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace SandboxHostileAnswers {

namespace {

std::optional<QJsonObject> objectOf(const SandboxResponse &response)
{
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

void setObject(SandboxResponse &response, const QJsonObject &object)
{
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QStringList hostileTexts()
{
    return {
        u"\x1b]0;owned\x07"_s, // retitles the terminal
        u"\x1b[2J\x1b[H"_s, // clears the screen
        u"\r"_s, // overwrites the line
        u"\u202egnp.exe"_s, // right-to-left override
        u"=HYPERLINK(\"https://evil.example/\",\"click\")"_s,
        u"+1+2"_s,
        u"-2+3"_s,
        u"@SUM(1)"_s,
        u"\tcell"_s,
        u"\u009b31m"_s, // C1 control sequence introducer
        u"\u2066isolated\u2069"_s,
    };
}

void claimAbsurdTotals(SandboxResponse &response)
{
    auto object = objectOf(response);
    if (!object || !object->value(u"items"_s).isArray())
        return;
    object->insert(u"total_entries"_s, 2000000000);
    if (object->contains(u"per_page"_s))
        object->insert(u"per_page"_s, 1);
    else
        object->insert(u"limit"_s, 1);
    setObject(response, *object);
}

void makeTextHostile(SandboxResponse &response)
{
    auto object = objectOf(response);
    if (!object)
        return;
    const QStringList texts = hostileTexts();
    int turn = 0;
    const auto poison = [&](QJsonObject &item, const QString &field) {
        const QJsonValue value = item.value(field);
        if (value.isString())
            item.insert(field, texts.at(turn++ % texts.size()) + value.toString());
    };
    const auto poisonItem = [&](QJsonObject item) {
        // Users arrive wrapped as {"user":{...}}.
        if (item.value(u"user"_s).isObject()) {
            QJsonObject user = item.value(u"user"_s).toObject();
            poison(user, u"full_name"_s);
            poison(user, u"login"_s);
            item.insert(u"user"_s, user);
            return item;
        }
        poison(item, u"name"_s);
        poison(item, u"message"_s);
        return item;
    };
    if (object->value(u"items"_s).isArray()) {
        QJsonArray items = object->value(u"items"_s).toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            items[i] = poisonItem(items.at(i).toObject());
        object->insert(u"items"_s, items);
    } else {
        *object = poisonItem(*object);
    }
    setObject(response, *object);
}

} // namespace SandboxHostileAnswers

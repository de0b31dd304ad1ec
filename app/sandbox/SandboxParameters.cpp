// SPDX-License-Identifier: Apache-2.0

#include "SandboxParameters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString decodeComponent(QByteArray component)
{
    // '+' means space in form encoding; a literal plus arrives as %2B and survives this.
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}

} // namespace

SandboxParameters SandboxParameters::fromUrlEncoded(const QByteArray &encoded)
{
    SandboxParameters parameters;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            parameters.append(decodeComponent(pair), QString());
        else
            parameters.append(
                decodeComponent(pair.left(equals)), decodeComponent(pair.mid(equals + 1)));
    }
    return parameters;
}

SandboxParameters SandboxParameters::fromBody(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
        if (error.error == QJsonParseError::NoError && document.isObject()) {
            SandboxParameters parameters;
            const QJsonObject object = document.object();
            for (auto it = object.begin(); it != object.end(); ++it)
                parameters.flattenJson(it.key(), it.value());
            return parameters;
        }
    }
    return fromUrlEncoded(trimmed);
}

void SandboxParameters::flattenJson(const QString &prefix, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flattenJson(prefix + u'[' + it.key() + u']', it.value());
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (const QJsonValue element : array)
            flattenJson(prefix + u"[]"_s, element);
        break;
    }
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const qint64 integral = qint64(number);
        append(prefix,
            double(integral) == number ? QString::number(integral)
                                       : QString::number(number, 'g', 17));
        break;
    }
    case QJsonValue::Bool:
        append(prefix, value.toBool() ? u"true"_s : u"false"_s);
        break;
    case QJsonValue::String:
        append(prefix, value.toString());
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        append(prefix, QString());
        break;
    }
}

void SandboxParameters::append(const QString &name, const QString &value)
{
    m_items.append({ name, value });
}

void SandboxParameters::append(const SandboxParameters &other)
{
    m_items.append(other.m_items);
}

bool SandboxParameters::contains(const QString &name) const
{
    for (const Item &item : m_items) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString SandboxParameters::value(const QString &name) const
{
    for (const Item &item : m_items) {
        if (item.first == name)
            return item.second;
    }
    return QString();
}

QStringList SandboxParameters::arrayValues(const QString &name) const
{
    static const QRegularExpression indexed(u"^\\[\\d*\\]$"_s);
    QStringList values;
    for (const Item &item : m_items) {
        if (!item.first.startsWith(name))
            continue;
        const QString rest = item.first.mid(name.size());
        if (!rest.isEmpty() && !indexed.match(rest).hasMatch())
            continue;
        const QStringList parts = item.second.split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts)
            values.append(part.trimmed());
    }
    return values;
}

bool SandboxParameters::flag(const QString &name, bool defaultValue) const
{
    if (!contains(name))
        return defaultValue;
    const QString text = value(name).trimmed();
    return text == u"1"_s || text.compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

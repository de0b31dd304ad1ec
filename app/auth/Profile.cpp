// SPDX-License-Identifier: Apache-2.0

#include "Profile.h"

#include <QUuid>

using namespace Qt::StringLiterals;

Profile Profile::create(const QString &name)
{
    Profile profile;
    profile.id = newId();
    profile.name = name;
    return profile;
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Profile::isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!allowed)
            return false;
    }
    return true;
}

QList<Profile::Environment> Profile::environments()
{
    return { Environment::Production, Environment::Staging, Environment::Sandbox };
}

QString Profile::environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return tr("Production");
    case Environment::Staging:
        return tr("Staging");
    case Environment::Sandbox:
        return tr("Sandbox");
    }
    return {};
}

quint32 Profile::environmentColor(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return 0xC62828;
    case Environment::Staging:
        return 0xF9A825;
    case Environment::Sandbox:
        return 0x2E7D32;
    }
    return 0xC62828;
}

QString Profile::environmentKey(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return u"production"_s;
    case Environment::Staging:
        return u"staging"_s;
    case Environment::Sandbox:
        return u"sandbox"_s;
    }
    return {};
}

std::optional<Profile::Environment> Profile::environmentFromKey(const QString &key)
{
    for (const Environment environment : environments()) {
        if (environmentKey(environment) == key)
            return environment;
    }
    return std::nullopt;
}

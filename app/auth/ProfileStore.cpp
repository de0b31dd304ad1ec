// SPDX-License-Identifier: Apache-2.0

#include "ProfileStore.h"

#include "AuthLogging.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString profilesGroup = u"profiles"_s;
const QString lastProfileKey = u"lastProfile"_s;
const QString nameKey = u"name"_s;
const QString environmentKey = u"environment"_s;
const QString endpointKey = u"endpoint"_s;
const QString authModeKey = u"authMode"_s;
const QString applicationIdKey = u"applicationId"_s;
const QString authKeyKey = u"authKey"_s;
const QString loginKey = u"login"_s;
const QString rateLimitKey = u"rateLimit"_s;
const QString storeKey = u"store"_s;
const QString storeHostKey = u"storeHost"_s;
const QString storePortKey = u"storePort"_s;
const QString storeDatabaseKey = u"storeDatabase"_s;
const QString storeUserKey = u"storeUser"_s;
const QString storeTlsModeKey = u"storeTlsMode"_s;
const QString teamDatabaseWord = u"team-database"_s;

QString groupFor(const QString &id)
{
    return profilesGroup + u'/' + id;
}

QString authModeToKey(AuthMode mode)
{
    return mode == AuthMode::ApiKey ? u"api-key"_s : u"session"_s;
}

AuthMode authModeFromKey(const QString &key)
{
    return key == u"api-key"_s ? AuthMode::ApiKey : AuthMode::Session;
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

ProfileStore::~ProfileStore() = default;

QSettings *ProfileStore::openDefaultSettings(QObject *parent)
{
    return new QSettings(u"qbmod"_s, u"qbmod"_s, parent);
}

std::optional<Profile> ProfileStore::read(const QString &id) const
{
    if (!Profile::isValidId(id))
        return std::nullopt;
    const QString group = groupFor(id);
    if (!m_settings->contains(group + u'/' + nameKey))
        return std::nullopt;
    m_settings->beginGroup(group);
    Profile profile;
    profile.id = id;
    profile.name = m_settings->value(nameKey).toString();
    // An unknown word, perhaps from a newer version, is read as production: the careful choice.
    profile.environment = Profile::environmentFromKey(m_settings->value(environmentKey).toString())
                              .value_or(Profile::Environment::Production);
    if (m_settings->contains(endpointKey))
        profile.settings.endpoint
            = QUrl(m_settings->value(endpointKey).toString(), QUrl::StrictMode);
    profile.settings.authMode = authModeFromKey(m_settings->value(authModeKey).toString());
    profile.settings.applicationId = m_settings->value(applicationIdKey).toLongLong();
    profile.settings.authKey = m_settings->value(authKeyKey).toString();
    profile.settings.login = m_settings->value(loginKey).toString();
    // A rate that is not a count, perhaps edited by hand, is left to be learned: pacing too
    // slowly or too fast on a guess would be worse.
    bool rateOk = false;
    const int rate = m_settings->value(rateLimitKey, 0).toInt(&rateOk);
    profile.rateLimit = rateOk && rate >= 0 && rate <= Profile::maxRateLimit ? rate : 0;
    if (m_settings->value(storeKey).toString() == teamDatabaseWord) {
        profile.store.kind = StoreLocation::Kind::TeamDatabase;
        profile.store.host = m_settings->value(storeHostKey).toString();
        profile.store.port = m_settings->value(storePortKey, 5432).toInt();
        profile.store.database = m_settings->value(storeDatabaseKey).toString();
        profile.store.user = m_settings->value(storeUserKey).toString();
        // A missing or unknown mode is read as the careful one.
        const QString tlsMode = m_settings->value(storeTlsModeKey).toString();
        if (StoreLocation::tlsModes().contains(tlsMode))
            profile.store.tlsMode = tlsMode;
    }
    m_settings->endGroup();
    return profile;
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(profilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<Profile> result;
    for (const QString &id : ids) {
        if (auto profile = read(id))
            result.append(*profile);
    }
    std::sort(result.begin(), result.end(),
        [](const Profile &a, const Profile &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    return read(id);
}

std::optional<Profile> ProfileStore::profileByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    const QList<Profile> all = profiles();
    for (const Profile &candidate : all) {
        if (candidate.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

std::optional<QString> ProfileStore::validationError(const Profile &profile) const
{
    if (!Profile::isValidId(profile.id))
        return tr("The profile id \"%1\" is not valid.").arg(profile.id);
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return tr("A profile needs a name.");
    if (auto other = profileByName(name); other && other->id != profile.id)
        return tr("There is already a profile named \"%1\".").arg(other->name);
    if (profile.rateLimit < 0 || profile.rateLimit > Profile::maxRateLimit)
        return tr("The rate limit must be from 0 (learn it from the server) to %1 requests per "
                  "second.")
            .arg(Profile::maxRateLimit);
    if (profile.store.isTeam()) {
        if (const QString problem = profile.store.problem(); !problem.isEmpty())
            return problem;
    }
    return profile.settings.validationError();
}

std::optional<QString> ProfileStore::save(const Profile &profile)
{
    if (auto error = validationError(profile))
        return error;
    const QString group = groupFor(profile.id);
    // Dropped first so that no key of an earlier version of the profile lingers.
    m_settings->remove(group);
    m_settings->beginGroup(group);
    m_settings->setValue(nameKey, profile.name.trimmed());
    m_settings->setValue(environmentKey, Profile::environmentKey(profile.environment));
    m_settings->setValue(endpointKey, profile.settings.endpoint.toString(QUrl::FullyEncoded));
    m_settings->setValue(authModeKey, authModeToKey(profile.settings.authMode));
    m_settings->setValue(applicationIdKey, profile.settings.applicationId);
    m_settings->setValue(authKeyKey, profile.settings.authKey);
    m_settings->setValue(loginKey, profile.settings.login);
    if (profile.rateLimit > 0)
        m_settings->setValue(rateLimitKey, profile.rateLimit);
    if (profile.store.isTeam()) {
        m_settings->setValue(storeKey, teamDatabaseWord);
        m_settings->setValue(storeHostKey, profile.store.host.trimmed());
        m_settings->setValue(storePortKey, profile.store.port);
        m_settings->setValue(storeDatabaseKey, profile.store.database.trimmed());
        m_settings->setValue(storeUserKey, profile.store.user.trimmed());
        m_settings->setValue(storeTlsModeKey, profile.store.tlsMode);
    } else {
        m_settings->setValue(storeKey, u"this-computer"_s);
    }
    m_settings->endGroup();
    auto error = sync();
    qCDebug(lcAuth) << "saved profile" << profile.id;
    Q_EMIT profilesChanged();
    return error;
}

void ProfileStore::remove(const QString &id)
{
    if (!Profile::isValidId(id))
        return;
    m_settings->remove(groupFor(id));
    if (m_settings->value(lastProfileKey).toString() == id)
        m_settings->remove(lastProfileKey);
    sync();
    qCDebug(lcAuth) << "removed profile" << id;
    Q_EMIT profilesChanged();
}

QString ProfileStore::lastProfileId() const
{
    const QString id = m_settings->value(lastProfileKey).toString();
    return read(id) ? id : QString();
}

void ProfileStore::setLastProfileId(const QString &id)
{
    if (id.isEmpty())
        m_settings->remove(lastProfileKey);
    else
        m_settings->setValue(lastProfileKey, id);
    sync();
}

std::optional<QString> ProfileStore::sync()
{
    // Written at once so that qbmodctl, started next, sees the change.
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return std::nullopt;
    qCWarning(lcAuth) << "could not write settings" << m_settings->fileName();
    return tr("The settings could not be written to %1.").arg(m_settings->fileName());
}

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Profile.h"

#include <QList>
#include <QObject>

#include <optional>

class QSettings;

// Profiles in settings, under "profiles/<id>/...", and the one used last under "lastProfile".
// Only what ConnectionSettings holds is written: there is no way to hand this class a secret.
// Removing a profile leaves its secrets alone; call SecretStore::removeAll() with its id too.
class ProfileStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    // The settings are not owned and must outlive the store. Tests pass an ini file in a
    // temporary directory.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    ~ProfileStore() override;

    // The settings that the console and qbmodctl share (organisation and application "qbmod"),
    // whatever the calling program's own name is.
    static QSettings *openDefaultSettings(QObject *parent);

    // Sorted by name.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    // Names are compared without regard to case, as they are unique that way.
    std::optional<Profile> profileByName(const QString &name) const;

    // Adds or replaces the profile with this id. The name is stored trimmed. Returns why it could
    // not be saved, for people, or nothing when it was.
    std::optional<QString> save(const Profile &profile);
    // The reason save() would give, without saving.
    std::optional<QString> validationError(const Profile &profile) const;
    void remove(const QString &id);

    // Empty when none was set or that profile is gone.
    QString lastProfileId() const;
    void setLastProfileId(const QString &id);

Q_SIGNALS:
    // After save() or remove() changed the list, for menus and pickers.
    void profilesChanged();

private:
    std::optional<Profile> read(const QString &id) const;
    std::optional<QString> sync();

    QSettings *m_settings;
};

// SPDX-License-Identifier: Apache-2.0

#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace PrivateFiles {

namespace {

constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions ownerOnlyFolder
    = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

} // namespace

bool restrictFolder(const QString &path)
{
    return QFile::setPermissions(path, ownerOnlyFolder);
}

bool ensureFolder(const QString &path)
{
    if (QFileInfo(path).isDir())
        return true;
    if (!QDir().mkpath(path))
        return false;
    return restrictFolder(path);
}

bool ensureFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        // Created without any permission for others; the umask can only take bits away.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly))
            return file.exists() && QFile::setPermissions(path, ownerOnly);
        file.close();
    }
    return QFile::setPermissions(path, ownerOnly);
}

void restrictFile(const QString &path)
{
    if (QFile::exists(path))
        QFile::setPermissions(path, ownerOnly);
}

bool write(const QString &path, const QByteArray &content, QString *error)
{
    // The temporary file is made private before anything is written to it.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(ownerOnly);
    if (file.write(content) != content.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    QFile::setPermissions(path, ownerOnly);
    return true;
}

} // namespace PrivateFiles

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QString>

// The journal, its evidence and exports hold the messages of deleted chats: only their owner may
// read them. Permissions are set explicitly, so the umask does not matter. On Windows the
// profile folder's default ACL already keeps them private and these only create and write.
namespace PrivateFiles {

// Creates the folder when missing; a folder created here is made 0700.
bool ensureFolder(const QString &path);
// Makes an existing folder 0700.
bool restrictFolder(const QString &path);
// Makes path 0600, creating it empty when it does not exist yet.
bool ensureFile(const QString &path);
// Makes path 0600 when it exists.
void restrictFile(const QString &path);
// Writes content to path, 0600 from its creation on. false with *error set when it cannot.
bool write(const QString &path, const QByteArray &content, QString *error);

} // namespace PrivateFiles

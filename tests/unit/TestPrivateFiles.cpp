// SPDX-License-Identifier: Apache-2.0

#include "moderation/Journal.h"
#include "support/PrivateFiles.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// The journal holds the messages of deleted chats: its folder, the database with its -wal and
// -shm files, and exports are for their owner alone, whatever the umask.
class TestPrivateFiles final : public QObject {
    Q_OBJECT

private:
    static constexpr QFile::Permissions ownerFile = QFile::ReadOwner | QFile::WriteOwner;

    static QFile::Permissions forOthers(const QString &path)
    {
        return QFileInfo(path).permissions()
            & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                | QFile::WriteOther | QFile::ExeOther);
    }

    static Journal::Run run()
    {
        Journal::Run run;
        run.endpoint = u"https://api.example.com"_s;
        run.authMode = u"api_key"_s;
        run.mode = u"force"_s;
        run.target = u"dialogs"_s;
        run.reason = u"spam"_s;
        return run;
    }

    mode_t m_umask = 0;

private Q_SLOTS:
    void init() { m_umask = ::umask(0); } // the worst case: everything readable and writable
    void cleanup() { ::umask(m_umask); }

    void aNewJournalIsPrivateUnderUmaskZero()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"qbmod"_s);
        const QString path = folder + u"/journal.sqlite"_s;
        Journal journal;
        QVERIFY2(journal.open(path), qPrintable(journal.errorString()));
        QVERIFY(journal.beginRun(run(), { u"5d75626e8b3b1f2a1c000001"_s }));

        QCOMPARE(forOthers(folder), QFile::Permissions());
        QVERIFY(QFileInfo(folder).permissions().testFlag(QFile::ExeOwner));
        for (const QString &file : { path, path + u"-wal"_s, path + u"-shm"_s }) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(forOthers(file), QFile::Permissions());
            QVERIFY(QFileInfo(file).permissions().testFlag(QFile::ReadOwner));
        }
    }

    void anOlderReadableJournalIsMadePrivateWhenOpened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal.sqlite"_s);
        {
            Journal journal;
            QVERIFY(journal.open(path));
            QVERIFY(journal.beginRun(run(), { u"5d75626e8b3b1f2a1c000001"_s }));
        }
        const QFile::Permissions open = ownerFile | QFile::ReadGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ReadUser | QFile::WriteUser;
        for (const QString &file : { path, path + u"-wal"_s, path + u"-shm"_s }) {
            if (QFileInfo::exists(file))
                QVERIFY(QFile::setPermissions(file, open));
        }
        QVERIFY(forOthers(path) != QFile::Permissions());

        Journal journal;
        QVERIFY(journal.open(path));
        for (const QString &file : { path, path + u"-wal"_s, path + u"-shm"_s }) {
            if (QFileInfo::exists(file))
                QCOMPARE(forOthers(file), QFile::Permissions());
        }
    }

    void anExportIsPrivateFromItsCreation()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"export.csv"_s);
        QString error;
        QVERIFY2(PrivateFiles::write(path, "a,b\r\n", &error), qPrintable(error));
        QCOMPARE(forOthers(path), QFile::Permissions());
        // Overwriting a file that others could read leaves it private too.
        QVERIFY(QFile::setPermissions(path, ownerFile | QFile::ReadOther));
        QVERIFY(PrivateFiles::write(path, "c,d\r\n", &error));
        QCOMPARE(forOthers(path), QFile::Permissions());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("c,d\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "TestPrivateFiles.moc"

// SPDX-License-Identifier: Apache-2.0

#include "ExitCode.h"
#include "SandboxFixture.h"
#include "support/Version.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The real qbmodctl executable in a child process against an in-process sandbox: secrets come
// from the environment, and nothing secret appears in its output, even with --verbose.
class TestCtlProcess final : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        QProcess process;
        QProcessEnvironment childEnvironment = environment;
        // The test runner's logging rules would override --verbose in the child.
        childEnvironment.remove(u"QT_LOGGING_RULES"_s);
        process.setProcessEnvironment(childEnvironment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(QBMODCTL_PATH), arguments);
        Run result;
        if (!finished.wait(60000)) {
            process.kill();
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private Q_SLOTS:
    void versionNamesTheProgram()
    {
        const Run result = run({ u"--version"_s }, QProcessEnvironment::systemEnvironment());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), "qbmodctl "_ba + Version::text);
    }

    void aSessionLoginListsDialogsAndLeaksNoSecret()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        const ConnectionSettings settings = fixture.sessionSettings(0);
        const Credentials credentials = fixture.sessionCredentials(0);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QBMOD_API_KEY"_s);
        environment.insert(u"QBMOD_AUTH_SECRET"_s, credentials.authSecret);
        environment.insert(u"QBMOD_PASSWORD"_s, credentials.password);
        const Run result
            = run({ u"--verbose"_s, u"--endpoint"_s, settings.endpoint.toString(), u"--app-id"_s,
                      QString::number(settings.applicationId), u"--auth-key"_s, settings.authKey,
                      u"--login"_s, settings.login, u"dialogs"_s, u"list"_s, u"--json"_s },
                environment);
        QCOMPARE(result.exitCode, int(ExitSuccess));
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QVERIFY(json.value(u"total_entries"_s).toInt() > 0);
        QVERIFY2(result.err.contains("/chat/Dialog.json"), "--verbose logs requests");
        for (const QString &secret : { credentials.authSecret, credentials.password }) {
            QVERIFY(!result.out.contains(secret.toUtf8()));
            QVERIFY(!result.err.contains(secret.toUtf8()));
        }
    }

    void theApiKeyIsUsedWhenSetAndNeverPrinted()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QBMOD_API_KEY"_s, fixture.server().apiKey());
        const QString id = fixture.server().allDialogIds().first();
        QTemporaryDir journalDir;
        const Run result = run({ u"dialogs"_s, u"delete"_s, id, u"--yes"_s, u"--verbose"_s,
                                   u"--endpoint"_s, fixture.server().endpoint().toString(),
                                   u"--journal"_s, journalDir.filePath(u"journal.sqlite"_s) },
            environment);
        QCOMPARE(result.exitCode, int(ExitSuccess));
        QVERIFY(!fixture.server().dialogExists(id));
        QVERIFY(!result.out.contains(fixture.server().apiKey().toUtf8()));
        QVERIFY(!result.err.contains(fixture.server().apiKey().toUtf8()));
    }

    void aWrongApiKeyExitsThree()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QBMOD_API_KEY"_s, u"wrong-key"_s);
        const Run result = run(
            { u"dialogs"_s, u"list"_s, u"--endpoint"_s, fixture.server().endpoint().toString() },
            environment);
        QCOMPARE(result.exitCode, int(ExitAuthFailed));
    }
};

QTEST_GUILESS_MAIN(TestCtlProcess)
#include "TestCtlProcess.moc"

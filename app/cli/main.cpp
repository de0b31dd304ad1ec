// SPDX-License-Identifier: Apache-2.0

#include "CtlApplication.h"
#include "support/Translations.h"
#include "support/Version.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define qbmodIsATty _isatty
#else
#include <unistd.h>
#define qbmodIsATty isatty
#endif

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qbmodctl"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Version::text));
    Translations::install(&app);

    QFile out, err, in;
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    in.open(stdin, QIODevice::ReadOnly);
    CtlIo io(&out, &err, &in);
    io.stdinIsTerminal = qbmodIsATty(fileno(stdin));
    io.stderrIsTerminal = qbmodIsATty(fileno(stderr));
    io.environment = QProcessEnvironment::systemEnvironment();

    CtlApplication ctl(&io);
    QObject::connect(&ctl, &CtlApplication::finished, &app, [&io](int exitCode) {
        io.out.flush();
        io.err.flush();
        QCoreApplication::exit(exitCode);
    });
    QTimer::singleShot(0, &ctl, [&ctl] { ctl.start(QCoreApplication::arguments()); });
    return QCoreApplication::exec();
}

// SPDX-License-Identifier: Apache-2.0

#include "Console.h"
#include "MainWindow.h"
#include "auth/ProfileStore.h"
#include "support/Translations.h"
#include "support/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"qbmod"_s);
    QApplication::setApplicationName(u"qbmod"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(Version::text));
    QApplication::setWindowIcon(QIcon(u":/icons/qbmod.svg"_s));
    // Lets the desktop match windows to the installed .desktop file and its icon.
    QGuiApplication::setDesktopFileName(u"io.github.qbmod.qbmod"_s);
    QSettings *settings = ProfileStore::openDefaultSettings(&app);
    Translations::install(&app, Translations::chosenLanguage(*settings));
    // The embedded sandbox would log every request it answers; QT_LOGGING_RULES still wins.
    QLoggingCategory::setFilterRules(u"qbmod.sandbox.debug=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Moderation console for QuickBlox chat applications."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(u"sandbox"_s,
        QApplication::translate("main",
            "Start a local sandbox with demo data and connect to "
            "it; no account needed."));
    const QCommandLineOption dialogs(u"sandbox-dialogs"_s,
        QApplication::translate("main", "Number of dialogs in the sandbox (default 2000)."),
        QApplication::translate("main", "N"), u"2000"_s);
    parser.addOptions({ sandbox, dialogs });
    parser.process(app);

    Console console(settings);
    console.window()->show();
    if (parser.isSet(sandbox)) {
        bool ok = false;
        const int count = parser.value(dialogs).toInt(&ok);
        QString error;
        if (!ok || count < 1 || count > 200000) {
            QMessageBox::critical(nullptr, u"qbmod"_s,
                QApplication::translate("main",
                    "--sandbox-dialogs needs a number from 1 to "
                    "200000."));
            return 2;
        }
        if (!console.startSandbox(count, &error)) {
            QMessageBox::critical(console.window(), u"qbmod"_s,
                QApplication::translate("main", "The sandbox could not start: %1").arg(error));
            return 1;
        }
    } else {
        console.showConnectionDialog();
    }
    return QApplication::exec();
}

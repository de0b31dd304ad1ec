// SPDX-License-Identifier: Apache-2.0

// Makes the README's screenshots from the real console on the embedded sandbox: the main window,
// the confirmation of a force delete, and its per-dialog results. Run under a real X server
// (scripts/screenshots uses Xvfb): qbmod-screenshots OUTPUT_DIR [LANGUAGE | pseudo]
// LANGUAGE is one of the translations ("de"); "pseudo" is PseudoTranslator's long accented
// texts, which show where a layout clips instead of growing.
#include "Console.h"
#include "ConsoleParts.h"
#include "DeleteConfirmationDialog.h"
#include "DeleteRunDialog.h"
#include "MainWindow.h"
#include "MessageViewer.h"
#include "UserReviewPanel.h"
#include "api/endpoints/ListUsersEndpoint.h"
#include "models/DialogFilterProxyModel.h"
#include "models/DialogListLoader.h"
#include "models/DialogTableModel.h"
#include "models/MessageListLoader.h"
#include "sandbox/SandboxServer.h"
#include "support/PseudoTranslator.h"
#include "support/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QWindow>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

void settle()
{
    QDeadlineTimer deadline(400);
    while (!deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool shoot(QWidget *widget, const QString &path)
{
    widget->raise();
    widget->activateWindow();
    settle();
    const QPixmap pixmap
        = widget->screen()->grabWindow(0, widget->frameGeometry().x(), widget->frameGeometry().y(),
            widget->frameGeometry().width(), widget->frameGeometry().height());
    const bool saved = pixmap.save(path);
    qInfo("%s %s", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString output = app.arguments().value(1, u"docs/screenshots"_s);
    // English by default, whatever language this machine speaks: the README is in English.
    const QString language = app.arguments().value(2, u"en_US"_s);
    if (language == u"pseudo"_s) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::installTranslator(new PseudoTranslator(&app));
    } else {
        QLocale::setDefault(QLocale(language));
        Translations::install(&app, language);
    }
    QDir().mkpath(output);
    QTemporaryDir home;
    QSettings settings(home.filePath(u"qbmod.ini"_s), QSettings::IniFormat);

    Console console(&settings);
    MainWindow *window = console.window();
    window->setJournalPath(home.filePath(u"journal.sqlite"_s));
    window->resize(1280, 760);
    window->move(0, 0);
    window->show();
    QString error;
    if (!console.startSandbox(5000, &error)) {
        qCritical("sandbox: %s", qPrintable(error));
        return 1;
    }
    Parts::loadAllAction(window)->trigger();
    if (!waitFor([window] {
            return Parts::dialogModel(window)->rowCount() == 5000
                && !Parts::loader(window)->isLoading();
        })) {
        qCritical("the dialogs did not load");
        return 1;
    }

    QTableView *table = Parts::dialogTable(window);
    table->setFocus();
    table->selectionModel()->setCurrentIndex(
        Parts::filterModel(window)->index(2, 0), QItemSelectionModel::NoUpdate);
    for (int row = 2; row < 8; ++row) {
        table->selectionModel()->select(Parts::filterModel(window)->index(row, 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    settle();
    bool ok = shoot(window, output + u"/main-window.png"_s);

    Parts::forceDeleteAction(window)->trigger();
    DeleteConfirmationDialog *confirmation = nullptr;
    waitFor([&] { return (confirmation = window->findChild<DeleteConfirmationDialog *>()); });
    if (!confirmation)
        return 1;
    confirmation->resize(760, 520);
    confirmation->typedCountEdit()->setText(QString::number(confirmation->plan().dialogs.size()));
    confirmation->reasonEdit()->setText(u"Spam wave reported by members on 24 November"_s);
    ok = shoot(confirmation, output + u"/confirmation.png"_s) && ok;
    confirmation->confirmButton()->click();

    if (!waitFor([window] {
            return Parts::currentRun(window) && !Parts::currentRun(window)->isRunning();
        }))
        return 1;
    Parts::currentRun(window)->resize(820, 460);
    ok = shoot(Parts::currentRun(window), output + u"/results.png"_s) && ok;
    Parts::currentRun(window)->cancelOrClose();

    // The Users page on one of the sandbox's spammers, with their messages in a dialog.
    const QList<qint64> spammers = console.sandbox()->spammerIds();
    if (spammers.isEmpty())
        return 1;
    Parts::reviewUsersAction(window)->trigger();
    UserReviewPanel *users = Parts::userReviewPanel(window);
    users->searchByBox()->setCurrentIndex(users->searchByBox()->findData(int(UserSearch::By::Ids)));
    users->searchEdit()->setText(QString::number(spammers.first()));
    users->searchButton()->click();
    if (!waitFor([users] {
            return users->currentUser() && !users->dialogLoader()->isLoading()
                && users->dialogModel()->rowCount() > 0;
        }))
        return 1;
    users->dialogTable()->selectRow(0);
    MessageViewer *messages = users->messageViewer();
    if (!waitFor([messages] { return !messages->loader()->isLoading(); }))
        return 1;
    messages->table()->selectRow(0);
    settle();
    ok = shoot(window, output + u"/users.png"_s) && ok;
    return ok ? 0 : 1;
}

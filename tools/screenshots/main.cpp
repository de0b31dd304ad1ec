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
#include "api/UserDirectory.h"
#include "api/endpoints/ListUsersEndpoint.h"
#include "console/ConsoleSession.h"
#include "models/DialogFilterProxyModel.h"
#include "models/DialogListLoader.h"
#include "models/DialogTableModel.h"
#include "models/MessageListLoader.h"
#include "models/UserListLoader.h"
#include "moderation/ModerationSettings.h"
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

// With QT_SCALE_FACTOR=2 on a 1600×1000 screen: the window as big as the screen allows, both
// pages. The window must fit; what does not fit shows here first.
int scaledShots(Console &console, const QString &output)
{
    MainWindow *window = console.window();
    const QRect available = window->screen()->availableGeometry();
    window->resize(available.size() - (window->frameGeometry().size() - window->size()));
    window->move(available.topLeft());
    bool ok = window->frameGeometry().width() <= available.width()
        && window->frameGeometry().height() <= available.height();
    if (!ok)
        qCritical("the window does not fit the screen: %dx%d on %dx%d", window->width(),
            window->height(), available.width(), available.height());
    ok = shoot(window, output + u"/main-window-scale2.png"_s) && ok;
    Parts::reviewUsersAction(window)->trigger();
    ok = shoot(window, output + u"/users-scale2.png"_s) && ok;
    return ok ? 0 : 1;
}

// Selects rows first to last of the Dialogs page, the current one first.
void selectRows(MainWindow *window, int first, int last)
{
    QTableView *table = Parts::dialogTable(window);
    table->setFocus();
    table->clearSelection();
    table->selectionModel()->setCurrentIndex(
        Parts::filterModel(window)->index(first, 0), QItemSelectionModel::NoUpdate);
    table->selectionModel()->select(QItemSelection(Parts::filterModel(window)->index(first, 0),
                                        Parts::filterModel(window)->index(last, 0)),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // qbmod-screenshots <output> [language] [--scaled]
    QStringList arguments = app.arguments();
    const bool scaled = arguments.removeAll(u"--scaled"_s) > 0;
    const QString output = arguments.value(1, u"docs/screenshots"_s);
    // English by default, whatever language this machine speaks: the README is in English.
    const QString language = arguments.value(2, u"en_US"_s);
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
    if (scaled) {
        if (!waitFor([window] { return Parts::dialogModel(window)->rowCount() > 0; }))
            return 1;
        return scaledShots(console, output);
    }
    Parts::loadAllAction(window)->trigger();
    if (!waitFor([window] {
            return Parts::dialogModel(window)->rowCount() == 5000
                && !Parts::loader(window)->isLoading();
        })) {
        qCritical("the dialogs did not load");
        return 1;
    }

    selectRows(window, 2, 7);
    settle();
    bool ok = shoot(window, output + u"/main-window.png"_s);

    // A small screen, acting as a protected moderator: the banner wraps, the window fits.
    auto *session = Parts::find<ConsoleSession>(window, u"consoleSession"_s);
    const qint64 owner = Parts::dialogModel(window)->dialogAt(2).ownerId;
    const std::optional<ChatUser> known = session->users()->user(owner);
    if (!known)
        return 1;
    const ChatUser acting = *known;
    ModerationSettings protection;
    protection.protectedUsers = { acting.id };
    protection.save(&settings);
    window->setActingUser(acting);
    window->resize(1024, 700);
    // The list is now the acting user's own.
    if (!waitFor([window] {
            return !Parts::loader(window)->isLoading()
                && Parts::dialogModel(window)->rowCount() > 8;
        }))
        return 1;
    selectRows(window, 2, 7);
    settle();
    ok = shoot(window, output + u"/main-window-1024x700.png"_s) && ok;
    window->setActingUser(std::nullopt);
    ModerationSettings().save(&settings);
    window->resize(1280, 760);
    Parts::loadAllAction(window)->trigger();
    if (!waitFor([window] {
            return Parts::dialogModel(window)->rowCount() == 5000
                && !Parts::loader(window)->isLoading();
        }))
        return 1;

    // The confirmation for 150 dialogs: a scrollable table, the count to type, the reason first.
    selectRows(window, 0, 149);
    Parts::forceDeleteAction(window)->trigger();
    DeleteConfirmationDialog *confirmation = nullptr;
    waitFor([&] { return (confirmation = window->findChild<DeleteConfirmationDialog *>()); });
    if (!confirmation)
        return 1;
    confirmation->reasonEdit()->setText(u"Spam wave reported by members on 24 November"_s);
    confirmation->typedCountEdit()->setText(u"15"_s);
    confirmation->typedCountEdit()->setFocus();
    ok = shoot(confirmation, output + u"/confirmation-150.png"_s) && ok;
    confirmation->reject();
    waitFor([window] { return !window->findChild<DeleteConfirmationDialog *>(); });

    selectRows(window, 2, 7);
    Parts::forceDeleteAction(window)->trigger();
    waitFor([&] { return (confirmation = window->findChild<DeleteConfirmationDialog *>()); });
    if (!confirmation)
        return 1;
    confirmation->reasonEdit()->setText(u"Spam wave reported by members on 24 November"_s);
    confirmation->typedCountEdit()->setText(QString::number(confirmation->plan().dialogs.size()));
    confirmation->confirmButton()->setFocus();
    ok = shoot(confirmation, output + u"/confirmation.png"_s) && ok;
    confirmation->confirmButton()->click();

    if (!waitFor([window] {
            return Parts::currentRun(window) && !Parts::currentRun(window)->isRunning();
        }))
        return 1;
    Parts::currentRun(window)->resize(820, 460);
    ok = shoot(Parts::currentRun(window), output + u"/results.png"_s) && ok;
    Parts::currentRun(window)->cancelOrClose();

    // The Users page after a name search: what was typed decides the search, nobody is chosen.
    Parts::reviewUsersAction(window)->trigger();
    UserReviewPanel *users = Parts::userReviewPanel(window);
    users->searchByBox()->setCurrentIndex(0);
    users->searchEdit()->setText(u"Anna"_s);
    users->searchButton()->click();
    if (!waitFor([users] { return !users->userLoader()->isLoading(); }))
        return 1;
    settle();
    ok = shoot(window, output + u"/users-name-search.png"_s) && ok;

    // The Users page on one of the sandbox's spammers, with their messages in a dialog.
    const QList<qint64> spammers = console.sandbox()->spammerIds();
    if (spammers.isEmpty())
        return 1;
    users->reviewUser(spammers.first());
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

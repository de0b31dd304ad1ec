// SPDX-License-Identifier: Apache-2.0

#include "ConsoleOnSandbox.h"
#include "ConsoleParts.h"
#include "moderation/ModerationSettings.h"

#include <QLibraryInfo>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;

// The console on a small screen: at 1024×700, in English and in German (the longest words), and
// at scale factor 2 on a 1600×1000 screen, the window's smallest size still fits, whichever page
// shows and while acting as a protected user with a long name (the widest banner).
class TestConsoleLayout final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fitsASmallScreen_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QSize>("screen");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale german(QLocale::German, QLocale::Germany);
        QTest::newRow("English, 1024x700") << english << QSize(1024, 700);
        QTest::newRow("German, 1024x700") << german << QSize(1024, 700);
        // 1600x1000 at scale factor 2 leaves 800x500 device-independent pixels.
        QTest::newRow("English, 1600x1000 at scale factor 2") << english << QSize(800, 500);
    }

    void fitsASmallScreen()
    {
        QFETCH(QLocale, locale);
        QFETCH(QSize, screen);
        QLocale::setDefault(locale);
        QTranslator ours;
        QVERIFY(ours.load(locale, u"qbmod"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&ours);
        auto uninstall = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&ours);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        });

        ConsoleOnSandbox console;
        QVERIFY(console.connect());
        MainWindow *window = console.window();
        if (locale.language() == QLocale::German)
            QCOMPARE(Parts::pages(window)->tabText(1), u"Benutzer"_s); // really in German

        ChatUser user;
        user.id = console.fixture().operatorAt(1).userId;
        user.login = u"crypto.signals.pro.official.announcements"_s;
        user.fullName = u"Crypto Signals Pro — Official Announcements and Premium Trading Desk"_s;
        ModerationSettings settings;
        settings.protectedUsers = { user.id };
        settings.save(console.settings());
        window->setActingUser(user);
        QTRY_VERIFY(Parts::actingBanner(window)->isVisible());

        for (int page = 0; page < Parts::pages(window)->count(); ++page) {
            Parts::pages(window)->setCurrentIndex(page);
            const QSize smallest = window->minimumSizeHint().expandedTo(window->minimumSize());
            if (smallest.width() > screen.width() || smallest.height() > screen.height()) {
                for (const QWidget *widget : window->findChildren<QWidget *>()) {
                    const QSize needs = widget->minimumSizeHint().expandedTo(widget->minimumSize());
                    if (needs.width() > screen.width() / 3 || needs.height() > screen.height() / 3)
                        qWarning("%s %s needs %dx%d", widget->metaObject()->className(),
                            qPrintable(widget->objectName()), needs.width(), needs.height());
                }
            }
            QVERIFY2(smallest.width() <= screen.width() && smallest.height() <= screen.height(),
                qPrintable(u"page %1 needs %2×%3"_s.arg(page)
                               .arg(smallest.width())
                               .arg(smallest.height())));
        }
        window->resize(screen);
        QTRY_COMPARE(window->size(), screen);
        // The banner wrapped instead of widening the window.
        QVERIFY(Parts::actingBannerLabel(window)->width() < screen.width());
        QVERIFY(Parts::actingBannerLabel(window)->text().contains(user.login));
    }
};

QTEST_MAIN(TestConsoleLayout)
#include "TestConsoleLayout.moc"

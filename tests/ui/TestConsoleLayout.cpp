// SPDX-License-Identifier: Apache-2.0

#include "ConsoleOnSandbox.h"
#include "ConsoleParts.h"
#include "moderation/ModerationSettings.h"
#include "support/PseudoTranslator.h"

#include <QLibraryInfo>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// The console on a small screen: at 1024×700, in English, in German (the longest words) and in
// the pseudo locale (longer still), and at scale factor 2 on a 1600×1000 screen, the window's
// smallest size still fits, whichever page shows and while acting as a protected user with a
// long name (the widest banner).
class TestConsoleLayout final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fitsASmallScreen_data()
    {
        QTest::addColumn<QString>("language"); // a translation, or "pseudo"
        QTest::addColumn<QSize>("screen");
        QTest::newRow("English, 1024x700") << u"en_US"_s << QSize(1024, 700);
        QTest::newRow("German, 1024x700") << u"de_DE"_s << QSize(1024, 700);
        // PseudoTranslator's texts, about 40 % longer than English, in accented letters: longer
        // than any translation we ship, so a layout that fits them grows rather than clips.
        QTest::newRow("pseudo, 1024x700") << u"pseudo"_s << QSize(1024, 700);
        // 1600x1000 at scale factor 2 leaves 800x500 device-independent pixels.
        QTest::newRow("English, 1600x1000 at scale factor 2") << u"en_US"_s << QSize(800, 500);
    }

    void fitsASmallScreen()
    {
        QFETCH(QString, language);
        QFETCH(QSize, screen);
        const bool pseudo = language == u"pseudo"_s;
        QLocale::setDefault(
            pseudo ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(language));
        std::unique_ptr<QTranslator> ours;
        if (pseudo) {
            ours = std::make_unique<PseudoTranslator>();
        } else {
            ours = std::make_unique<QTranslator>();
            QVERIFY(ours->load(QLocale(language), u"qbmod"_s, u"_"_s, u":/i18n"_s));
        }
        QCoreApplication::installTranslator(ours.get());
        auto uninstall = qScopeGuard([&] {
            QCoreApplication::removeTranslator(ours.get());
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        });

        ConsoleOnSandbox console;
        QVERIFY(console.connect());
        MainWindow *window = console.window();
        if (language == u"de_DE"_s)
            QCOMPARE(Parts::pages(window)->tabText(1), u"Benutzer"_s); // really in German
        if (pseudo) // really pseudo
            QVERIFY(Parts::pages(window)->tabText(1).startsWith(u'['));

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

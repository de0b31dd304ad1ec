// SPDX-License-Identifier: Apache-2.0

#include "ConsoleParts.h"
#include "MainWindow.h"
#include "SandboxFixture.h"
#include "models/DialogFilterProxyModel.h"
#include "models/DialogListLoader.h"
#include "models/DialogTableModel.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;

// How the console copes with 100 000 dialogs from the sandbox: the time to load them all, and,
// as the measure of responsiveness, the longest the event loop went without turning while
// loading, filtering and sorting (a 5 ms heartbeat timer records the gaps). Reported, not
// asserted: timings belong in benchmarks, not in pass/fail tests.
class BenchConsoleLoading final : public QObject {
    Q_OBJECT

private:
    struct Heartbeat {
        QTimer timer;
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longestGap = 0;

        void start()
        {
            clock.start();
            last = 0;
            longestGap = 0;
            QObject::connect(&timer, &QTimer::timeout, [this] {
                const qint64 now = clock.elapsed();
                longestGap = std::max(longestGap, now - last);
                last = now;
            });
            timer.start(5);
        }
    };

private Q_SLOTS:
    void loadFilterAndSortOneHundredThousandDialogs()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.dialogs = 100000;
        SandboxFixture fixture(options);
        QVERIFY(fixture.start());
        QTemporaryDir home;
        QSettings settings(home.filePath(u"qbmod.ini"_s), QSettings::IniFormat);
        MainWindow window(&settings);
        window.resize(1200, 700);
        window.show();
        Profile profile = Profile::create(u"Bench"_s);
        profile.environment = Profile::Environment::Sandbox;
        profile.settings = fixture.apiKeySettings();
        window.connectTo(profile, fixture.apiKeyCredentials());
        QTRY_VERIFY_WITH_TIMEOUT(!Parts::loader(&window)->isLoading(), 10000);

        Heartbeat heartbeat;
        heartbeat.start();
        QElapsedTimer load;
        load.start();
        Parts::loadAllAction(&window)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!Parts::loader(&window)->isLoading()
                && Parts::dialogModel(&window)->rowCount() == 100000,
            180000);
        const qint64 loadMs = load.elapsed();
        const qint64 loadGap = heartbeat.longestGap;

        heartbeat.longestGap = 0;
        QElapsedTimer filter;
        filter.start();
        QTest::keyClicks(Parts::localFilterEdit(&window), u"club"_s);
        QTRY_VERIFY_WITH_TIMEOUT(Parts::filterModel(&window)->rowCount() < 100000, 30000);
        const qint64 filterMs = filter.elapsed();
        const qint64 filterGap = heartbeat.longestGap;
        Parts::localFilterEdit(&window)->clear();

        QElapsedTimer sort;
        sort.start();
        Parts::dialogTable(&window)->sortByColumn(
            DialogTableModel::LastActivity, Qt::DescendingOrder);
        const qint64 sortMs = sort.elapsed();

        qInfo("100000 dialogs: load all %lld ms (longest event-loop stall %lld ms); typing a "
              "4-letter filter until it applies %lld ms (longest stall %lld ms); sorting by "
              "last activity %lld ms",
            loadMs, loadGap, filterMs, filterGap, sortMs);
    }
};

QTEST_MAIN(BenchConsoleLoading)
#include "BenchConsoleLoading.moc"

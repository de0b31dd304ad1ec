// SPDX-License-Identifier: Apache-2.0

#include "ConsoleParts.h"
#include "MainWindow.h"
#include "models/DialogFilterProxyModel.h"
#include "models/DialogListLoader.h"
#include "models/DialogTableModel.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

// How the console copes with 100 000 dialogs: the time to load them all beside qbmodctl listing
// the same sandbox, and, as the measure of responsiveness, the longest the event loop went
// without turning while loading, filtering and sorting (a 5 ms heartbeat timer records the
// gaps), and the console's own peak memory: the sandbox runs as a child process so that its
// dialogs are not counted. Reported, not asserted: timings belong in benchmarks, not in
// pass/fail tests.
class BenchConsoleLoading final : public QObject {
    Q_OBJECT

private:
    static constexpr int dialogCount = 100000;

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
            timer.setTimerType(Qt::PreciseTimer);
            QObject::connect(&timer, &QTimer::timeout, [this] {
                const qint64 now = clock.elapsed();
                longestGap = std::max(longestGap, now - last);
                last = now;
            });
            timer.start(5);
        }
        void restart()
        {
            last = clock.elapsed();
            longestGap = 0;
        }
    };

    static QString tool(const char *variable, const char *builtIn)
    {
        const QString fromEnvironment = qEnvironmentVariable(variable);
        return fromEnvironment.isEmpty() ? QString::fromUtf8(builtIn) : fromEnvironment;
    }

    // Turns the event loop until the condition holds, checked after every event, so the elapsed
    // time is exact. Each turn sleeps until an event comes (a timer brings one every 5 ms, so
    // the timeout is seen): processEvents() with a time limit returns at once when nothing is
    // waiting, and a wait built on it would spin, taking a core from the console's own threads
    // and from the sandbox while it loads.
    static bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        QTimer wake;
        wake.start(5);
        while (!condition()) {
            if (timer.elapsed() > timeoutMs)
                return false;
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        return true;
    }

    // Keeps the event loop turning for a while, so that the heartbeat sees any stall in it.
    static void turnFor(int ms)
    {
        QElapsedTimer timer;
        timer.start();
        waitUntil([&timer, ms] { return timer.elapsed() >= ms; }, ms + 1000);
    }

    // CPU time used so far, in milliseconds, by this process (RUSAGE_SELF, every thread) or by
    // its children that have ended (RUSAGE_CHILDREN). On a shared machine the wall-clock times
    // swing with what else runs; the CPU each side spends on the same listing does not.
    static qint64 cpuMs(int who)
    {
        rusage usage {};
        getrusage(who, &usage);
        const auto ms = [](const timeval &time) {
            return qint64(time.tv_sec) * 1000 + qint64(time.tv_usec) / 1000;
        };
        return ms(usage.ru_utime) + ms(usage.ru_stime);
    }

    static qint64 peakMemoryMb()
    {
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        return usage.ru_maxrss / 1024; // kilobytes on Linux
    }

private Q_SLOTS:
    void loadFilterAndSortOneHundredThousandDialogs()
    {
        QProcess sandbox;
        sandbox.setProgram(tool("QBMOD_SANDBOX", QBMOD_SANDBOX_PATH));
        sandbox.setArguments({ u"--port"_s, u"0"_s, u"--dialogs"_s, QString::number(dialogCount) });
        sandbox.setStandardErrorFile(QProcess::nullDevice());
        sandbox.start();
        QVERIFY2(sandbox.waitForStarted(), qPrintable(sandbox.errorString()));
        QVERIFY(waitUntil([&sandbox] { return sandbox.canReadLine(); }, 120000));
        const QJsonObject started = QJsonDocument::fromJson(sandbox.readLine()).object();
        const QString endpoint = started.value(u"endpoint"_s).toString();
        const QString apiKey = started.value(u"api_key"_s).toString();
        QVERIFY(!endpoint.isEmpty() && !apiKey.isEmpty());

        // The baseline: qbmodctl listing the same sandbox.
        QProcess ctl;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QBMOD_API_KEY"_s, apiKey);
        ctl.setProcessEnvironment(environment);
        ctl.setStandardOutputFile(QProcess::nullDevice());
        const qint64 ctlCpuBefore = cpuMs(RUSAGE_CHILDREN);
        QElapsedTimer ctlTimer;
        ctlTimer.start();
        ctl.start(tool("QBMODCTL", QBMODCTL_PATH),
            { u"--endpoint"_s, endpoint, u"dialogs"_s, u"list"_s, u"--all"_s, u"--jsonl"_s });
        QVERIFY(ctl.waitForFinished(300000));
        const qint64 ctlMs = ctlTimer.elapsed();
        // The sandbox is still running: the only child that has ended is qbmodctl.
        const qint64 ctlCpuMs = cpuMs(RUSAGE_CHILDREN) - ctlCpuBefore;
        QCOMPARE(ctl.exitCode(), 0);

        QTemporaryDir home;
        QSettings settings(home.filePath(u"qbmod.ini"_s), QSettings::IniFormat);
        MainWindow window(&settings);
        // A journal of its own: never the one of the person running the benchmark.
        window.setJournalPath(home.filePath(u"journal.sqlite"_s));
        window.resize(1200, 700);
        window.show();
        Profile profile = Profile::create(u"Bench"_s);
        profile.environment = Profile::Environment::Sandbox;
        profile.settings.endpoint = QUrl(endpoint);
        profile.settings.authMode = AuthMode::ApiKey;
        Credentials credentials;
        credentials.apiKey = apiKey;
        window.connectTo(profile, credentials);
        // Found once: a search of the widget tree at every turn of the event loop would be
        // counted as the console's time.
        DialogListLoader *loader = Parts::loader(&window);
        DialogTableModel *dialogModel = Parts::dialogModel(&window);
        QVERIFY(loader && dialogModel);
        QVERIFY(waitUntil([loader] { return !loader->isLoading(); }, 30000));

        Heartbeat heartbeat;
        heartbeat.start();
        const qint64 loadCpuBefore = cpuMs(RUSAGE_SELF);
        QElapsedTimer load;
        load.start();
        Parts::loadAllAction(&window)->trigger();
        QVERIFY(waitUntil(
            [loader, dialogModel] {
                return !loader->isLoading() && dialogModel->rowCount() == dialogCount;
            },
            300000));
        const qint64 loadMs = load.elapsed();
        const qint64 loadCpuMs = cpuMs(RUSAGE_SELF) - loadCpuBefore;
        const qint64 loadGap = heartbeat.longestGap;

        // Four keys, 120 ms apart as a quick typist, then the time until the filter applies,
        // counted from the last key.
        heartbeat.restart();
        const QString typed = u"club"_s;
        QElapsedTimer filter;
        filter.start();
        qint64 lastKeyAt = 0;
        qint64 appliedAt = -1;
        // The filter applies as one layout change of the proxy (see DialogFilterProxyModel).
        const auto applied = connect(Parts::filterModel(&window),
            &QAbstractItemModel::layoutChanged, this, [&] { appliedAt = filter.elapsed(); });
        for (qsizetype i = 0; i < typed.size(); ++i) {
            if (i > 0)
                turnFor(120);
            lastKeyAt = filter.elapsed();
            QTest::keyClick(Parts::localFilterEdit(&window), typed.at(i).toLatin1());
        }
        QVERIFY(waitUntil(
            [&window, &typed] { return Parts::filterModel(&window)->filterText() == typed; },
            30000));
        turnFor(300);
        disconnect(applied);
        const qint64 filterMs = appliedAt - lastKeyAt;
        const qint64 filterGap = heartbeat.longestGap;
        const int matching = Parts::filterModel(&window)->rowCount();
        Parts::localFilterEdit(&window)->clear();
        QVERIFY(waitUntil(
            [&window] { return Parts::filterModel(&window)->rowCount() == dialogCount; }, 30000));

        heartbeat.restart();
        QElapsedTimer sort;
        sort.start();
        Parts::dialogTable(&window)->sortByColumn(DialogTableModel::Name, Qt::AscendingOrder);
        // At this size the sort runs in slices between events; it is done when the proxy says.
        QVERIFY(waitUntil([&window] { return !Parts::filterModel(&window)->isSorting(); }, 60000));
        const qint64 sortMs = sort.elapsed();
        QCOMPARE(Parts::filterModel(&window)->sortColumn(), int(DialogTableModel::Name));
        turnFor(200);
        const qint64 sortGap = heartbeat.longestGap;

        qInfo("console, Load all %d dialogs: %lld ms; qbmodctl on the same sandbox %lld ms; "
              "ratio %.2f",
            dialogCount, loadMs, ctlMs, double(loadMs) / double(std::max<qint64>(1, ctlMs)));
        qInfo("CPU time for the listing: console %lld ms; qbmodctl %lld ms; ratio %.2f", loadCpuMs,
            ctlCpuMs, double(loadCpuMs) / double(std::max<qint64>(1, ctlCpuMs)));
        qInfo("longest event-loop stall: load %lld ms, filter %lld ms, sort by name %lld ms",
            loadGap, filterGap, sortGap);
        qInfo("4-letter filter applied %lld ms after the last key (%d rows match); sort by "
              "name %lld ms",
            filterMs, matching, sortMs);
        qInfo("peak memory of the console alone: %lld MB", peakMemoryMb());

        sandbox.terminate();
        sandbox.waitForFinished(10000);
    }
};

QTEST_MAIN(BenchConsoleLoading)
#include "BenchConsoleLoading.moc"

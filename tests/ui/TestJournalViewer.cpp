// SPDX-License-Identifier: Apache-2.0

#include "JournalViewerDialog.h"
#include "TestStores.h"
#include "moderation/Journal.h"

#include <QComboBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The journal viewer over a team's journal: each run names its moderator, and the viewer keeps
// one moderator's runs. On both engines.
class TestJournalViewer final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_engine;

    static Journal::Run runBy(const QString &name, const QString &login)
    {
        Journal::Run run;
        run.profile = u"team"_s;
        run.authMode = u"session"_s;
        run.operatorLogin = login;
        run.moderatorName = name;
        run.reason = u"spam"_s;
        return run;
    }

private Q_SLOTS:
    void initTestCase_data() { TestStores::addEngines(); }

    void init()
    {
        QBMOD_FETCH_ENGINE(engine);
        m_engine = engine;
    }

    void theViewerKeepsOneModeratorsRuns()
    {
        Journal journal;
        QVERIFY2(TestStores::open(journal, TestStores::fresh(m_engine, m_dir, u"viewer"_s)),
            qPrintable(journal.errorString()));
        const auto alices = journal.beginRun(runBy(u"Alice"_s, u"alice.m"_s), { u"a1"_s });
        const auto bobs = journal.beginRun(runBy(QString(), u"bob.m"_s), { u"b1"_s, u"b2"_s });
        QVERIFY(alices && bobs);
        QVERIFY(journal.finishRun(*alices, false));
        QVERIFY(journal.finishRun(*bobs, false));

        JournalViewerDialog viewer(&journal);
        QCOMPARE(viewer.runTable()->rowCount(), 2);
        QComboBox *moderators = viewer.moderatorFilter();
        // The name a moderator gave; the login of one who gave none (in a team database, their
        // database user stands in).
        const QString bob = m_engine == u"sqlite"_s ? u"bob.m"_s : u"qbmod_owner"_s;
        QCOMPARE(moderators->count(), 3);
        QVERIFY(moderators->findData(u"Alice"_s) > 0);
        QVERIFY(moderators->findData(bob) > 0);

        moderators->setCurrentIndex(moderators->findData(u"Alice"_s));
        QCOMPARE(viewer.runTable()->rowCount(), 1);
        QCOMPARE(viewer.runTable()->item(0, 0)->text(), QString::number(*alices));
        QCOMPARE(viewer.runTable()->item(0, 5)->text(), u"Alice (alice.m)"_s);

        moderators->setCurrentIndex(moderators->findData(bob));
        QCOMPARE(viewer.runTable()->rowCount(), 1);
        QCOMPARE(viewer.runTable()->item(0, 0)->text(), QString::number(*bobs));
        QCOMPARE(journal.runs(bob).size(), 1);
        QCOMPARE(journal.runs(u"alice.m"_s).first().id, *alices);

        moderators->setCurrentIndex(0);
        QCOMPARE(viewer.runTable()->rowCount(), 2);
    }
};

QTEST_MAIN(TestJournalViewer)
#include "TestJournalViewer.moc"

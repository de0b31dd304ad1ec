// SPDX-License-Identifier: Apache-2.0

#include "MainWindow.h"
#include "PlainTextToolTips.h"

#include <QApplication>
#include <QHelpEvent>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolTip>
#include <QtTest>

using namespace Qt::StringLiterals;

// Tooltips of item views carry the server's text; a chat name written as HTML must show as the
// characters it is, never as markup.
class TestPlainTextToolTips final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theConsoleInstallsTheFilter()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        MainWindow window(&settings);
        QVERIFY(qApp->findChild<PlainTextToolTips *>(
            u"qbmod-plain-text-tooltips"_s, Qt::FindDirectChildrenOnly));
        // Installing again adds no second filter.
        PlainTextToolTips::install(qApp);
        QCOMPARE(qApp->findChildren<PlainTextToolTips *>(Qt::FindDirectChildrenOnly).size(), 1);
    }

    void markupInAnItemsToolTipIsShownAsText_data()
    {
        QTest::addColumn<QString>("toolTip");
        QTest::newRow("an image") << u"<img src=\"file:///etc/hostname\">Free coins"_s;
        QTest::newRow("bold and a link") << u"<b>WIN</b> <a href=\"https://x\">here</a>"_s;
        QTest::newRow("entities") << u"&lt;b&gt; &amp; more"_s;
        QTest::newRow("several lines") << u"first line\n  second <i>line</i>"_s;
    }

    void markupInAnItemsToolTipIsShownAsText()
    {
        QFETCH(QString, toolTip);
        PlainTextToolTips::install(qApp);
        QStandardItemModel model(1, 1);
        auto *item = new QStandardItem(u"dialog"_s);
        item->setToolTip(toolTip);
        model.setItem(0, 0, item);
        QTableView view;
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QPoint inCell = view.visualRect(model.index(0, 0)).center();
        QHelpEvent help(QEvent::ToolTip, inCell, view.viewport()->mapToGlobal(inCell));
        QApplication::sendEvent(view.viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), PlainTextToolTips::inert(toolTip));
        // What the label renders is the escaped text: not one tag of the original survives.
        QVERIFY(!QToolTip::text().contains(u"<b>"_s));
        QVERIFY(!QToolTip::text().contains(u"<img"_s));
        QVERIFY(!QToolTip::text().contains(u"<a "_s));
        QTextDocument shown;
        shown.setHtml(QToolTip::text());
        QCOMPARE(shown.toPlainText(), toolTip);
        QToolTip::hideText();
    }

    void anItemWithoutToolTipShowsNone()
    {
        PlainTextToolTips::install(qApp);
        QStandardItemModel model(1, 1);
        model.setItem(0, 0, new QStandardItem(u"dialog"_s));
        QTableView view;
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPoint inCell = view.visualRect(model.index(0, 0)).center();
        QHelpEvent help(QEvent::ToolTip, inCell, view.viewport()->mapToGlobal(inCell));
        QApplication::sendEvent(view.viewport(), &help);
        QVERIFY(!QToolTip::isVisible());
    }
};

QTEST_MAIN(TestPlainTextToolTips)
#include "TestPlainTextToolTips.moc"

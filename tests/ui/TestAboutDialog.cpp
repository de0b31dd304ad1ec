// SPDX-License-Identifier: Apache-2.0

#include "AboutDialog.h"
#include "support/Version.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// Help › About: the version of this build and the full text of every licence we ship under.
class TestAboutDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void namesTheVersionOfThisBuild()
    {
        AboutDialog about;
        const QList<QLabel *> labels = about.findChildren<QLabel *>();
        const bool named = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(QString::fromLatin1(Version::text));
        });
        QVERIFY(named);
    }

    void showsEachLicenceInFull_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("identifyingText");
        QTest::newRow("qbmod") << u"Apache"_s << u"Version 2.0, January 2004"_s;
        QTest::newRow("Qt") << u"Lesser"_s << u"GNU LESSER GENERAL PUBLIC LICENSE"_s;
        QTest::newRow("the GPL the LGPL extends")
            << u"General Public License 3,"_s << u"How to Apply These Terms to Your New Programs"_s;
        QTest::newRow("QtKeychain") << u"QtKeychain"_s << u"Frank Osterfeld"_s;
    }

    void showsEachLicenceInFull()
    {
        QFETCH(QString, choice);
        QFETCH(QString, identifyingText);
        AboutDialog about;
        int index = -1;
        for (int i = 0; i < about.licenceChooser()->count(); ++i) {
            if (about.licenceChooser()->itemText(i).contains(choice))
                index = i;
        }
        QVERIFY2(index >= 0, qPrintable(choice));
        about.licenceChooser()->setCurrentIndex(index);
        const QString text = about.licenceText()->toPlainText();
        QVERIFY2(text.contains(identifyingText), qPrintable(text.left(200)));
        QVERIFY(text.size() > 1000);
    }
};

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"

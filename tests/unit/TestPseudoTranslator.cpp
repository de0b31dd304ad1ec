// SPDX-License-Identifier: Apache-2.0

#include "support/PseudoTranslator.h"

#include <QCoreApplication>
#include <QtTest>

using namespace Qt::StringLiterals;

// The pseudo-language of the layout screenshots: longer and accented, yet every placeholder,
// mnemonic, entity and tag still works.
class TestPseudoTranslator final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsWhatTheProgramNeeds_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("arguments") << u"Deleted %1 of %2"_s << QStringList { u"%1"_s, u"%2"_s };
        QTest::newRow("localised number") << u"%L1 loaded"_s << QStringList { u"%L1"_s };
        QTest::newRow("mnemonic") << u"&File"_s << QStringList { u"&F"_s };
        QTest::newRow("markup") << u"<b>Force</b> &amp; more"_s
                                << QStringList { u"<b>"_s, u"</b>"_s, u"&amp;"_s };
    }

    void keepsWhatTheProgramNeeds()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, kept);
        const QString pseudo = PseudoTranslator::pseudo(source);
        for (const QString &piece : kept)
            QVERIFY2(pseudo.contains(piece), qPrintable(pseudo));
        QVERIFY2(pseudo.size() >= source.size() * 13 / 10, qPrintable(pseudo));
        QVERIFY(pseudo.startsWith(u'[') && pseudo.endsWith(u']'));
    }

    void accentsTheWords()
    {
        QCOMPARE(PseudoTranslator::pseudo(u"Delete"_s), u"[Ðéļéţé ~~~]"_s);
        QCOMPARE(PseudoTranslator::pseudo(QString()), QString());
    }

    void translatesThroughQt()
    {
        PseudoTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const QString text = QCoreApplication::translate("Any", "%n dialog(s)", nullptr, 3);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(text.startsWith(u"[3 ðîåļöĝ(š)"_s), qPrintable(text));
    }
};

QTEST_MAIN(TestPseudoTranslator)
#include "TestPseudoTranslator.moc"

// SPDX-License-Identifier: Apache-2.0

#include "moderation/DeletionPlan.h"
#include "moderation/RunSummary.h"
#include "support/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// Translates nothing; remembers every plural phrase looked up through it.
class PluralRecorder final : public QTranslator {
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QByteArray(sourceText).contains("%n"))
            plurals.append({ QByteArray(context), QByteArray(sourceText) });
        return {};
    }
    bool isEmpty() const override { return false; }

    mutable QList<std::pair<QByteArray, QByteArray>> plurals;
};

} // namespace

// The catalogues are embedded where the program looks for them, on every Qt version: a build
// whose resource paths moved (as qt_add_translations' did in Qt 6.7) fails here, not silently
// in front of a user.
class TestTranslations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyShippedLanguageIsEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Translations::available())
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyShippedLanguageIsEmbedded()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY2(
            translator.load(Translations::catalogueName(language), Translations::catalogueFolder()),
            qPrintable(
                u"no catalogue for %1 under %2"_s.arg(language, Translations::catalogueFolder())));
        QCOMPARE(QLocale(translator.language()).language(), QLocale(language).language());
        // Not an empty catalogue: English carries the plural forms, the others every string.
        if (language == u"en"_s) {
            QCOMPARE(translator.translate("ActingUserDialog", "%n user(s) found", nullptr, 2),
                u"%n users found"_s);
        } else {
            const QString translated = translator.translate("ActingUserDialog", "Search users");
            QVERIFY(!translated.isEmpty());
            QVERIFY(translated != u"Search users"_s);
        }
    }

    // A phrase lupdate cannot see (its context or text picked at run time) drops out of every
    // catalogue the next time they are regenerated, and English then shows "dialog(s)". This
    // asks the English catalogue for every plural a run summary can use, in every mode, whatever
    // the build's state and whatever language the test runs in. A phrase whose English has no
    // "(s)" reads right without an entry, and may wait for the next regeneration.
    void everyRunSummaryPluralIsInTheEnglishCatalogue()
    {
        QTranslator english;
        QVERIFY(
            english.load(Translations::catalogueName(u"en"_s), Translations::catalogueFolder()));
        PluralRecorder recorder;
        QCoreApplication::installTranslator(&recorder);
        for (const RunTarget target :
            { RunTarget::Dialogs, RunTarget::Messages, RunTarget::Members }) {
            for (const bool force : { false, true }) {
                DeletionPlan plan;
                plan.target = target;
                plan.mode = force ? RunMode::ForEveryone : RunMode::FromActingUsersList;
                plan.actingUserId = 7;
                plan.onBehalfOf = 7;
                plan.authMode = AuthMode::ApiKey;
                for (const ItemOutcome::Result result : ItemOutcome::allResults()) {
                    RunSummary summary;
                    summary.add(result, 2);
                    static_cast<void>(summary.text(plan));
                }
            }
        }
        QCoreApplication::removeTranslator(&recorder);
        QVERIFY(recorder.plurals.size() >= 8);
        for (const auto &[context, source] : std::as_const(recorder.plurals)) {
            if (!source.contains("(s)"))
                continue;
            QVERIFY2(
                !english.translate(context.constData(), source.constData(), nullptr, 2).isEmpty(),
                (context + " \"" + source + "\" is not in the English catalogue").constData());
        }
    }

    void theShippedLanguagesAreTheOnesWeTranslate()
    {
        const QStringList languages = Translations::available();
        for (const char *language : { "en", "de", "es", "fr", "pl", "pt_BR", "uk" })
            QVERIFY2(languages.contains(QLatin1String(language)), language);
    }

    void theLanguageFollowsTheUsersPreferences_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("chosen");
        QTest::newRow("German first") << QStringList { u"de-DE"_s, u"en-US"_s } << u"de"_s;
        QTest::newRow("Brazilian Portuguese") << QStringList { u"pt-BR"_s } << u"pt_BR"_s;
        QTest::newRow("other Portuguese falls to the one we have")
            << QStringList { u"pt-PT"_s } << u"pt_BR"_s;
        QTest::newRow("Canadian French") << QStringList { u"fr-CA"_s } << u"fr"_s;
        QTest::newRow("an unshipped language is passed over")
            << QStringList { u"ja-JP"_s, u"uk-UA"_s } << u"uk"_s;
        QTest::newRow("British English") << QStringList { u"en-GB"_s, u"de"_s } << u"en"_s;
        QTest::newRow("nothing shipped means English") << QStringList { u"ja"_s } << u"en"_s;
        QTest::newRow("no preference means English") << QStringList {} << u"en"_s;
    }

    void theLanguageFollowsTheUsersPreferences()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, chosen);
        QCOMPARE(Translations::chooseLanguage(uiLanguages), chosen);
    }

    void aGermanUserGetsGermanStringsAndRealPlurals()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const Translations::Installed installed
            = Translations::install(QCoreApplication::instance());
        QCOMPARE(installed.language, u"de"_s);
        QVERIFY(installed.ours);
        QCOMPARE(
            QCoreApplication::translate("ActingUserDialog", "Search users"), u"Benutzer suchen"_s);
        QCOMPARE(QCoreApplication::translate("ActingUserDialog", "%n user(s) found", nullptr, 2),
            u"2 Benutzer gefunden"_s);
    }

    void anEnglishUserGetsEnglishPlurals()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const Translations::Installed installed
            = Translations::install(QCoreApplication::instance());
        QCOMPARE(installed.language, u"en"_s);
        QVERIFY(installed.ours);
        QCOMPARE(QCoreApplication::translate("ActingUserDialog", "%n user(s) found", nullptr, 1),
            u"1 user found"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"

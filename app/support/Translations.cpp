// SPDX-License-Identifier: Apache-2.0

#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

namespace {

const QString translatorName = u"qbmod-translator"_s;
const QString languageKey = u"console/language"_s;

// Replaces the translators an earlier install() put in place.
QTranslator *newTranslator(QCoreApplication *application)
{
    auto *translator = new QTranslator(application);
    translator->setObjectName(translatorName);
    return translator;
}

void removeInstalled(QCoreApplication *application)
{
    const QList<QTranslator *> installed
        = application->findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QStringList available()
{
    // The catalogues translations/CMakeLists.txt compiles, "en,de,…".
    return QString::fromLatin1(QBMOD_LANGUAGES).split(u',');
}

QString chooseLanguage(const QStringList &uiLanguages)
{
    const QStringList shipped = available();
    for (const QString &wanted : uiLanguages) {
        const QString name = QString(wanted).replace(u'-', u'_');
        if (shipped.contains(name))
            return name;
        const QString language = name.section(u'_', 0, 0);
        if (shipped.contains(language))
            return language;
        // "pt" alone still prefers the one Portuguese we have.
        for (const QString &candidate : shipped) {
            if (candidate.section(u'_', 0, 0) == language)
                return candidate;
        }
    }
    return u"en"_s;
}

QString catalogueName(const QString &language)
{
    return u"qbmod_"_s + language;
}

QString catalogueFolder()
{
    return u":/i18n"_s;
}

Installed install(QCoreApplication *application, const QString &language)
{
    removeInstalled(application);

    Installed installed;
    installed.language
        = chooseLanguage(language.isEmpty() ? QLocale().uiLanguages() : QStringList { language });

    QTranslator *qtTranslator = newTranslator(application);
    if (qtTranslator->load(u"qtbase_"_s + installed.language,
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        installed.qt = true;
    } else {
        delete qtTranslator;
    }

    QTranslator *ours = newTranslator(application);
    if (ours->load(catalogueName(installed.language), catalogueFolder())) {
        installed.ours = true;
        QCoreApplication::installTranslator(ours);
        return installed;
    }
    // Every available language is embedded; one that does not load means a broken build.
    qWarning("qbmod: the %s translation is missing from this build; using English",
        qUtf8Printable(installed.language));
    installed.language = u"en"_s;
    // English plural forms come from qbmod_en.
    if (ours->load(catalogueName(installed.language), catalogueFolder()))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    return installed;
}

QString chosenLanguage(const QSettings &settings)
{
    return settings.value(languageKey).toString();
}

void setChosenLanguage(QSettings &settings, const QString &language)
{
    if (language.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, language);
}

} // namespace Translations

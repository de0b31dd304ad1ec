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
const QString ourTranslations = u":/i18n"_s;
const QString languageKey = u"console/language"_s;

// The chosen language alone, or the system's list of preferred languages.
QLocale localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale() : QLocale(language);
}

} // namespace

void install(QCoreApplication *application, const QString &language)
{
    const QList<QTranslator *> installed
        = application->findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    const QLocale locale = localeFor(language);
    auto *qtTranslator = new QTranslator(application);
    qtTranslator->setObjectName(translatorName);
    if (qtTranslator->load(
            locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *ours = new QTranslator(application);
    ours->setObjectName(translatorName);
    // QTranslator::load(QLocale...) walks uiLanguages() itself; English plural forms come from
    // qbmod_en when nothing better matches.
    if (ours->load(locale, u"qbmod"_s, u"_"_s, ourTranslations)
        || ours->load(u"qbmod_en"_s, ourTranslations))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
}

QStringList available()
{
    // The catalogues translations/CMakeLists.txt compiles, "de,en,…".
    return QString::fromLatin1(QBMOD_LANGUAGES).split(u',');
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

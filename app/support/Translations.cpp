// SPDX-License-Identifier: Apache-2.0

#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

void install(QCoreApplication *application)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(application);
    if (qtTranslator->load(
            locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *ours = new QTranslator(application);
    // QTranslator::load(QLocale...) walks uiLanguages() itself; English plural forms come from
    // qbmod_en when nothing better matches.
    if (ours->load(locale, u"qbmod"_s, u"_"_s, u":/i18n"_s)
        || ours->load(u"qbmod_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
}

} // namespace Translations

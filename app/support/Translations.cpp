// SPDX-License-Identifier: Apache-2.0

#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

QStringList shippedLanguages()
{
    return QStringLiteral(QBMOD_SHIPPED_LANGUAGES).split(u',');
}

QString chooseLanguage(const QStringList &uiLanguages)
{
    const QStringList shipped = shippedLanguages();
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

Installed install(QCoreApplication *application)
{
    Installed installed;
    installed.language = chooseLanguage(QLocale().uiLanguages());

    auto *qtTranslator = new QTranslator(application);
    if (qtTranslator->load(u"qtbase_"_s + installed.language,
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        installed.qt = true;
    } else {
        delete qtTranslator;
    }

    auto *ours = new QTranslator(application);
    if (ours->load(catalogueName(installed.language), catalogueFolder())) {
        installed.ours = true;
        QCoreApplication::installTranslator(ours);
        return installed;
    }
    // Every shipped language is embedded; one that does not load means a broken build.
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

} // namespace Translations

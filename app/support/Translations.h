// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QSettings;

// Loads Qt's own translations and ours for the chosen language, or the user's languages in order
// of preference, with English (the source language) as the last resort.
namespace Translations {

// The languages whose catalogues are built into the program, as locale names ("de", "pt_BR"),
// English included.
QStringList available();

// The first available language among the given ones (QLocale::uiLanguages() form, "de-DE"), or
// "en". An exact match wins over a match on the language alone.
QString chooseLanguage(const QStringList &uiLanguages);

// Where the catalogue of an available language is embedded.
QString catalogueName(const QString &language);
QString catalogueFolder();

struct Installed {
    QString language; // the language chosen for our strings
    bool ours = false; // its catalogue loaded
    bool qt = false; // Qt's own catalogue for it loaded (from the system)
};

// Installs the translators for language (one of available()), or for the system's languages
// when it is empty, and says what it installed. Installing again replaces what was installed.
// An available language whose catalogue does not load is a broken build: it is reported on
// stderr and the program goes on in English.
Installed install(QCoreApplication *application, const QString &language = {});

// The language chosen in the console's Settings, kept in its settings file; empty when the
// console follows the system's language.
QString chosenLanguage(const QSettings &settings);
void setChosenLanguage(QSettings &settings, const QString &language);

} // namespace Translations

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Loads Qt's own translations and ours for the user's languages, in order of preference, with
// English (the source language) as the last resort.
namespace Translations {

// The languages whose catalogues are built into the program, as locale names ("de", "pt_BR").
QStringList shippedLanguages();

// The first shipped language among the given ones (QLocale::uiLanguages() form, "de-DE"), or
// "en". An exact match wins over a match on the language alone.
QString chooseLanguage(const QStringList &uiLanguages);

// Where the catalogue of a shipped language is embedded.
QString catalogueName(const QString &language);
QString catalogueFolder();

struct Installed {
    QString language; // the language chosen for our strings
    bool ours = false; // its catalogue loaded
    bool qt = false; // Qt's own catalogue for it loaded (from the system or the program)
};

// Installs the translators for the user's languages and says what it installed. A shipped
// language whose catalogue does not load is a broken build: it is reported on stderr and the
// program goes on in English.
Installed install(QCoreApplication *application);

} // namespace Translations

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QStringList>

class QCoreApplication;
class QSettings;

// Loads Qt's own translations and ours for the user's languages, in order of preference, with
// English (the source language) as the last resort.
namespace Translations {

// Installs the translators for the language chosen in Settings (see chosenLanguage()), or for
// the system's languages when none is chosen. Installing again replaces what was installed.
void install(QCoreApplication *application, const QString &language = {});

// The languages qbmod is translated into, as locale names ("de", "pt_BR"), English included.
QStringList available();

// The language chosen in the console's Settings, kept in its settings file; empty when the
// console follows the system's language.
QString chosenLanguage(const QSettings &settings);
void setChosenLanguage(QSettings &settings, const QString &language);

} // namespace Translations

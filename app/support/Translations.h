// SPDX-License-Identifier: Apache-2.0

#pragma once

class QCoreApplication;

// Loads Qt's own translations and ours for the user's languages, in order of preference, with
// English (the source language) as the last resort.
namespace Translations {

void install(QCoreApplication *application);

} // namespace Translations

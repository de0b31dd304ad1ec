// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>

struct SandboxResponse;

// Rewrites of finished answers that a hostile or broken server would send, for testing that
// clients neither trust the numbers nor pass the text on as commands.
namespace SandboxHostileAnswers {

// A list answer claims two billion entries and a limit of one, whatever it carries.
void claimAbsurdTotals(SandboxResponse &response);
// Dialog names, message texts and users' names get terminal controls, bidi overrides and
// spreadsheet formulas in front, one of hostileTexts() in turn.
void makeTextHostile(SandboxResponse &response);
// What makeTextHostile() puts in front of the texts.
QStringList hostileTexts();

} // namespace SandboxHostileAnswers

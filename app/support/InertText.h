// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

// Text that came from a server or a chat, made harmless for where it goes. Chat text is written
// by spammers: on a terminal a control sequence can retitle or clear the screen, and in a
// spreadsheet a cell that starts like a formula runs.
namespace InertText {

// For a terminal: C0 and C1 control characters, DEL and the bidi embeddings, overrides and
// isolates (U+202A–U+202E, U+2066–U+2069) become visible escapes such as \x1B or \u202E, and a
// backslash becomes \\ so that an escape cannot be faked. Everything else is unchanged.
// With keepLineBreaks, \n stays a line break (for text of several lines that we composed).
QString forTerminal(const QString &text, bool keepLineBreaks = false);

// One CSV cell: a cell that starts with =, +, -, @, tab or CR gets a leading apostrophe, so that
// spreadsheets take it as text (the OWASP advice), then the cell is quoted when it needs to be.
QString csvCell(const QString &text);

} // namespace InertText

// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Journal.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// The journal in the shapes people take it away in: JSON with every field, items and evidence,
// and CSV with one line per id and its run's details (what spreadsheets and grep want). Shared by
// `qbmodctl journal export` and the console's journal viewer.
namespace JournalExport {

// ISO 8601 UTC with milliseconds; empty for no time.
QString timeText(const QDateTime &time);

QJsonObject runJson(const Journal::Run &run);
QJsonObject itemJson(const Journal::Item &item);
QJsonObject evidenceJson(const Journal::Evidence &evidence);
// A run with its items (each with its dialog's name as the evidence kept it, or null) and its
// evidence.
QJsonObject fullRunJson(const Journal &journal, const Journal::Run &run);
// {"runs":[...]}, indented.
QByteArray toJson(const Journal &journal, const QList<Journal::Run> &runs);
// RFC 4180, CRLF line ends, a header line first.
QString toCsv(const Journal &journal, const QList<Journal::Run> &runs);

} // namespace JournalExport

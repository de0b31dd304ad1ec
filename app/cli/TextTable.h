// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

// Prints rows in aligned columns for people; scripts use --json instead. Every cell is made
// inert for the terminal (InertText::forTerminal).
class TextTable final {
public:
    explicit TextTable(QStringList header);
    void addRow(QStringList cells);
    void print(QTextStream &out, int maxColumnWidth = 40) const;

private:
    QList<QStringList> m_rows;
};

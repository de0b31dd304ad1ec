// SPDX-License-Identifier: Apache-2.0

#include "TextTable.h"

#include "support/InertText.h"

#include <algorithm>

TextTable::TextTable(QStringList header)
{
    m_rows.append(std::move(header));
}

void TextTable::addRow(QStringList cells)
{
    // Cells carry chat text: a line break becomes a space, any other control a visible escape,
    // before widths are measured.
    for (QString &cell : cells)
        cell = InertText::forTerminal(cell.replace(QLatin1Char('\n'), QLatin1Char(' ')));
    m_rows.append(std::move(cells));
}

static QString clipped(const QString &text, int width)
{
    if (text.size() <= width)
        return text;
    return text.left(width - 1) + QChar(0x2026);
}

void TextTable::print(QTextStream &out, int maxColumnWidth) const
{
    QList<int> widths;
    for (const QStringList &row : m_rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            const int width = std::min(maxColumnWidth, static_cast<int>(row.at(column).size()));
            if (widths.size() <= column)
                widths.append(width);
            else
                widths[column] = std::max(widths.at(column), width);
        }
    }
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const QString cell = clipped(row.at(column), maxColumnWidth);
            line += column + 1 < row.size() ? cell.leftJustified(widths.at(column) + 2) : cell;
        }
        out << line << Qt::endl;
    }
}

// SPDX-License-Identifier: Apache-2.0

#include "HeaderWidths.h"

#include <QHeaderView>
#include <QTableView>

void HeaderWidths::fit(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionResizeMode(column) != QHeaderView::Interactive)
            continue;
        const int needed = header->sectionSizeHint(column);
        if (header->sectionSize(column) < needed)
            header->resizeSection(column, needed);
    }
}

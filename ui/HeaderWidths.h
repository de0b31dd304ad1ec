// SPDX-License-Identifier: Apache-2.0

#pragma once

class QTableView;

// Starting column widths are guesses in pixels, made for English. Every column is widened to at
// least its header's text, so that a longer language widens the column (the table scrolls)
// instead of cutting the header off. Columns that stretch are left to their stretching.
namespace HeaderWidths {
void fit(QTableView *table);
} // namespace HeaderWidths

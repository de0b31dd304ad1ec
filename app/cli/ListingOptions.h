// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CtlCommand.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>

// How many items a list command loads and how it prints them, read once for every list:
// --limit N or --all, and --json (one document, built in memory at the end) or --jsonl (one
// object per line, written as pages arrive).
struct ListingOptions {
    Q_DECLARE_TR_FUNCTIONS(ListingOptions)

public:
    int maxItems = 0; // -1: every item
    bool jsonLines = false;
    QString problem; // not empty: the options cannot be used together, nothing is to be sent

    static ListingOptions read(const CtlContext &context, int defaultLimit);

    // Each page is written and forgotten as it arrives, so memory does not grow with the list;
    // pages come in about the order they were asked for, not exactly. Straight to the device as
    // UTF-8: no text stream decoding and encoding each line again.
    template<typename Item>
    static void writeLines(const CtlContext &context, const QList<Item> &items)
    {
        QByteArray lines;
        for (const Item &item : items) {
            lines += QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact);
            lines += '\n';
        }
        QTextStream &out = context.io->out;
        out.flush();
        out.device()->write(lines);
    }
};

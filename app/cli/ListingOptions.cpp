// SPDX-License-Identifier: Apache-2.0

#include "ListingOptions.h"

using namespace Qt::StringLiterals;

ListingOptions ListingOptions::read(const CtlContext &context, int defaultLimit)
{
    const QCommandLineParser &parser = *context.parser;
    ListingOptions options;
    options.maxItems = defaultLimit;
    options.jsonLines = parser.isSet(u"jsonl"_s);
    if (options.jsonLines && context.json) {
        options.problem = tr("--json and --jsonl cannot be used together.");
        return options;
    }
    if (parser.isSet(u"all"_s) && parser.isSet(u"limit"_s)) {
        options.problem = tr("--limit and --all cannot be used together.");
        return options;
    }
    if (parser.isSet(u"all"_s)) {
        options.maxItems = -1;
    } else if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        options.maxItems = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || options.maxItems < 1)
            options.problem = tr("--limit needs a whole number of at least 1.");
    }
    return options;
}

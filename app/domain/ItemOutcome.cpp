// SPDX-License-Identifier: Apache-2.0

#include "ItemOutcome.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct ResultWords {
    ItemOutcome::Result result;
    const char16_t *name; // written to journals and JSON: never change one
    const char *text; // translated in resultText()
};

// The one place the vocabulary lives.
const std::array<ResultWords, 8> resultWords { {
    { ItemOutcome::Result::Deleted, u"deleted", QT_TRANSLATE_NOOP("ItemOutcome", "Deleted") },
    { ItemOutcome::Result::Removed, u"removed", QT_TRANSLATE_NOOP("ItemOutcome", "Removed") },
    { ItemOutcome::Result::NotMember, u"not_member",
        QT_TRANSLATE_NOOP("ItemOutcome", "Not a member") },
    { ItemOutcome::Result::AlreadyGone, u"not_found",
        QT_TRANSLATE_NOOP("ItemOutcome", "Already gone") },
    { ItemOutcome::Result::NotPermitted, u"not_permitted",
        QT_TRANSLATE_NOOP("ItemOutcome", "Not permitted") },
    { ItemOutcome::Result::Failed, u"failed",
        QT_TRANSLATE_NOOP("ItemOutcome", "Failed: nothing changed") },
    { ItemOutcome::Result::Unknown, u"unknown",
        QT_TRANSLATE_NOOP("ItemOutcome", "Unknown: it may have taken effect") },
    { ItemOutcome::Result::NotAttempted, u"not_attempted",
        QT_TRANSLATE_NOOP("ItemOutcome", "Not attempted: nothing was sent") },
} };

const ResultWords *wordsFor(ItemOutcome::Result result)
{
    for (const ResultWords &words : resultWords) {
        if (words.result == result)
            return &words;
    }
    return nullptr;
}

} // namespace

QList<ItemOutcome::Result> ItemOutcome::allResults()
{
    QList<Result> results;
    for (const ResultWords &words : resultWords)
        results.append(words.result);
    return results;
}

QString ItemOutcome::resultName(Result result)
{
    const ResultWords *words = wordsFor(result);
    return words ? QString::fromUtf16(words->name) : QString();
}

QString ItemOutcome::resultText(Result result)
{
    const ResultWords *words = wordsFor(result);
    return words ? tr(words->text) : QString();
}

std::optional<ItemOutcome::Result> ItemOutcome::resultFromName(const QString &name)
{
    for (const ResultWords &words : resultWords) {
        if (name == QStringView(words.name))
            return words.result;
    }
    return std::nullopt;
}

// SPDX-License-Identifier: Apache-2.0

#include "IndexEngine.h"

#include "PostgresIndexEngine.h"
#include "SqliteIndexEngine.h"

#include <utility>

using namespace Qt::StringLiterals;

std::unique_ptr<IndexEngine> IndexEngine::forLocation(const StoreLocation &location)
{
    if (location.isTeam())
        return std::make_unique<PostgresIndexEngine>(location);
    return std::make_unique<SqliteIndexEngine>(location);
}

QStringList IndexEngine::words(const QString &text)
{
    // As FTS5's unicode61 tokenizer with remove_diacritics 2 sees them: letters and digits make
    // words, everything else parts them; accents go (decomposed, their marks dropped), and case
    // and width are folded.
    const QList<uint> points = text.normalized(QString::NormalizationForm_KD).toUcs4();
    QStringList result;
    QString word;
    for (const uint point : points) {
        const auto c = char32_t(point);
        if (QChar::category(c) == QChar::Mark_NonSpacing)
            continue;
        if (QChar::isLetterOrNumber(c)) {
            word.append(QString::fromUcs4(&c, 1));
            continue;
        }
        if (!word.isEmpty())
            result.append(std::exchange(word, QString()).toCaseFolded());
    }
    if (!word.isEmpty())
        result.append(word.toCaseFolded());
    return result;
}

IndexEngine::Phrase IndexEngine::phrase(const QString &typed)
{
    Phrase result;
    QString text = typed.simplified();
    if (text.endsWith(u'*')) {
        result.prefix = true;
        text.chop(1);
    }
    result.words = words(text);
    return result;
}

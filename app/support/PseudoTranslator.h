// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QTranslator>

// A made-up language for finding layout problems before translators do: every text comes back
// about 40 % longer, in accented letters, between brackets ("[Ðéļéţé… ~~~~]"), so that a clipped
// text, a text that is not translatable (it stays plain) and a text glued together from pieces
// all show on a screenshot. Placeholders (%1, %n, %L1), mnemonics (&F), entities and HTML tags
// are kept as they are, so the program still works.
class PseudoTranslator final : public QTranslator {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PseudoTranslator)

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
        const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

    static QString pseudo(const QString &text);
};

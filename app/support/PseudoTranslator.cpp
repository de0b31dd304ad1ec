// SPDX-License-Identifier: Apache-2.0

#include "PseudoTranslator.h"

using namespace Qt::StringLiterals;

namespace {

QChar accented(QChar c)
{
    static const QString plain = u"AaCcEeIiNnOoUuYySsZzGgLlDdTtRrHhKkWw"_s;
    static const QString marked = u"ÅåÇçÉéÎîÑñÖöÛûÝýŠšŽžĜĝĻļÐðŢţŘřĤĥĶķŴŵ"_s;
    const qsizetype at = plain.indexOf(c);
    return at < 0 ? c : marked.at(at);
}

// Length of the markup starting at text[at] that must survive untouched, or 0.
qsizetype keptLength(const QString &text, qsizetype at)
{
    const QChar c = text.at(at);
    const qsizetype rest = text.size() - at;
    if (c == u'%' && rest > 1) {
        qsizetype end = at + 1;
        if (text.at(end) == u'L' && rest > 2)
            ++end;
        if (text.at(end) == u'n')
            return end + 1 - at;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        return end - at > 1 ? end - at : 0;
    }
    if (c == u'&' && rest > 1) {
        const qsizetype semicolon = text.indexOf(u';', at);
        if (semicolon > at && semicolon - at <= 8 && !text.mid(at, semicolon - at).contains(u' '))
            return semicolon + 1 - at; // an entity: &amp;
        return 2; // a mnemonic keeps its letter, or the shortcut would change
    }
    if (c == u'<') {
        const qsizetype close = text.indexOf(u'>', at);
        return close > at ? close + 1 - at : 0;
    }
    return 0;
}

} // namespace

QString PseudoTranslator::pseudo(const QString &text)
{
    if (text.trimmed().isEmpty())
        return text;
    QString out;
    out.reserve(text.size() * 2);
    qsizetype letters = 0;
    for (qsizetype at = 0; at < text.size();) {
        if (const qsizetype kept = keptLength(text, at)) {
            out += text.mid(at, kept);
            at += kept;
            continue;
        }
        const QChar c = text.at(at++);
        letters += c.isLetter() ? 1 : 0;
        out += accented(c);
    }
    // Translations run 30 to 50 % longer than English; the tildes are that growth.
    const qsizetype growth = qMax<qsizetype>(2, (letters * 2 + 4) / 5);
    return u"["_s + out + u' ' + QString(growth, u'~') + u"]"_s;
}

QString PseudoTranslator::translate(
    const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    Q_UNUSED(context)
    Q_UNUSED(disambiguation)
    Q_UNUSED(n)
    return sourceText ? pseudo(QString::fromUtf8(sourceText)) : QString();
}

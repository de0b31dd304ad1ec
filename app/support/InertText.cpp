// SPDX-License-Identifier: Apache-2.0

#include "InertText.h"

using namespace Qt::StringLiterals;

namespace InertText {

namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString forTerminal(const QString &text, bool keepLineBreaks)
{
    QString result;
    result.reserve(text.size());
    for (const QChar character : text) {
        const char16_t c = character.unicode();
        if (c == u'\\')
            result += u"\\\\"_s;
        else if (!needsEscape(c) || (keepLineBreaks && c == u'\n'))
            result += character;
        else
            result += (c < 0x100 ? u"\\x"_s : u"\\u"_s)
                + QString::number(uint(c), 16).toUpper().rightJustified(c < 0x100 ? 2 : 4, u'0');
    }
    return result;
}

QString csvCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            cell.prepend(u'\'');
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
        || cell.contains(u'\r')) {
        cell.replace(u"\""_s, u"\"\""_s);
        cell = u'"' + cell + u'"';
    }
    return cell;
}

} // namespace InertText

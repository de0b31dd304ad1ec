// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLocale>
#include <QStringView>
#include <QtGlobal>

#include <memory>
#include <vector>

// Sort keys for a column of rows: a number, or a text's place in a locale's collation (case
// ignored, digits read as numbers, so "Room 2" comes before "Room 10").
//
// A sorted model compares keys far more often than it makes them, and at six-figure row counts
// most comparisons are cache misses. A key is therefore 16 bytes kept by value: its first eight
// bytes of collation order inline, and where the text needs more, the place of the rest in one
// block shared by every key. Most comparisons end at the inline bytes. This takes ICU's sort
// keys; where qbmod is built without ICU (the Windows and macOS builds, whose Qt collates with
// the system), a text key's rest is a QCollatorSortKey, and the order is the system's.
//
// The block only grows as keys are made; clear() and dropUnused() are how a model gives back the
// bytes of keys it no longer holds.
class SortKeys final {
    Q_DISABLE_COPY_MOVE(SortKeys)

public:
    struct Key {
        quint64 head = 0; // compared first: order-preserving bits of the number or the text
        quint32 rest = 0; // where the text's order continues; 0 when the head says all
    };

    explicit SortKeys(const QLocale &locale = QLocale());
    ~SortKeys();

    // The C locale cannot read numbers in text, so English stands in for it.
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }

    static Key number(qint64 value);
    Key text(QStringView text);

    // Negative, zero or positive as left goes before, with or after right.
    int compare(const Key &left, const Key &right) const
    {
        if (left.head != right.head)
            return left.head < right.head ? -1 : 1;
        if (left.rest == right.rest)
            return 0;
        return compareRest(left.rest, right.rest);
    }

    // Forgets every text key made so far: keys made before must not be compared again.
    void clear();
    // Once the block has doubled since it last held only keys in use, keeps the text of these
    // keys alone (renumbering them) and says so; any other key made before must then not be
    // compared again.
    bool dropUnused(std::vector<Key> &keys);

    // Bytes the keys' block holds (for memory figures).
    qsizetype blockBytes() const;

    // Whether text is ordered by ICU's sort keys here (else by QCollator).
    static bool usesIcu();

private:
    struct Store; // ICU's or QCollator's, whichever this build orders text with

    int compareRest(quint32 left, quint32 right) const;

    QLocale m_locale;
    std::unique_ptr<Store> m_store;
};

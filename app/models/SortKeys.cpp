// SPDX-License-Identifier: Apache-2.0

#include "SortKeys.h"

#include <algorithm>

#ifdef QBMOD_HAS_ICU
#include <cstring>
#include <unicode/ucol.h>
#include <unicode/uloc.h>
#else
#include <QCollator>
#endif

namespace {

// Text beyond this many characters does not change the order: a hostile name cannot make a key
// without bound, and sorting rows by their first thousand characters is sorting them.
constexpr qsizetype keyedChars = 1000;

QLocale collatingLocale(const QLocale &locale)
{
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                           : locale;
}

} // namespace

#ifdef QBMOD_HAS_ICU

namespace {

constexpr size_t headBytes = sizeof(quint64);

// The first eight bytes as one number whose order is theirs: big-endian, zeros after the end.
quint64 headOf(const char *bytes, size_t length)
{
    quint64 head = 0;
    for (size_t i = 0; i < headBytes; ++i) {
        const auto byte = i < length ? static_cast<unsigned char>(bytes[i]) : 0u;
        head = (head << 8) | byte;
    }
    return head;
}

} // namespace

// ICU writes a sort key NUL-terminated with no NUL inside, so keys compare as C strings; a key
// shorter than its head is padded with zeros, which no longer key can hold at the same place.
struct SortKeys::Store {
    UCollator *collator = nullptr;
    // Each key's bytes after its head, NUL-terminated; offset 0 is the empty rest.
    std::vector<char> block { '\0' };
    size_t usedAfterDrop = 0; // the block's size when it last held only keys in use
    std::vector<char> scratch;

    ~Store() { close(); }

    void close()
    {
        if (collator)
            ucol_close(collator);
        collator = nullptr;
    }

    void open(const QLocale &locale)
    {
        close();
        UErrorCode status = U_ZERO_ERROR;
        char localeId[ULOC_FULLNAME_CAPACITY] = {};
        uloc_forLanguageTag(locale.bcp47Name().toLatin1().constData(), localeId,
            sizeof localeId - 1, nullptr, &status);
        if (U_FAILURE(status))
            localeId[0] = '\0'; // ICU's root order
        status = U_ZERO_ERROR;
        collator = ucol_open(localeId, &status);
        if (U_FAILURE(status)) {
            collator = nullptr; // text then orders by code point (see makeKey())
            return;
        }
        // Secondary strength tells accents apart but not case; numeric collation reads digit
        // runs as numbers; normalisation makes composed and decomposed accents one.
        ucol_setStrength(collator, UCOL_SECONDARY);
        ucol_setAttribute(collator, UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
        ucol_setAttribute(collator, UCOL_NORMALIZATION_MODE, UCOL_ON, &status);
    }

    // Puts the key's bytes in scratch, NUL-terminated, and gives their number without the NUL.
    size_t makeKey(QStringView text)
    {
        if (!collator) {
            // Without collation data: code point order, which UTF-8 keeps; a NUL would end it.
            const QByteArray utf8 = text.toUtf8().replace('\0', QByteArray());
            scratch.assign(utf8.cbegin(), utf8.cend());
            scratch.push_back('\0');
            return static_cast<size_t>(utf8.size());
        }
        const auto *units = reinterpret_cast<const UChar *>(text.utf16());
        const auto unitCount = static_cast<int32_t>(text.size());
        const auto write = [&] {
            return ucol_getSortKey(collator, units, unitCount,
                reinterpret_cast<uint8_t *>(scratch.data()), static_cast<int32_t>(scratch.size()));
        };
        scratch.resize(std::max<size_t>(scratch.size(), 64));
        auto needed = write();
        if (static_cast<size_t>(needed) > scratch.size()) {
            scratch.resize(static_cast<size_t>(needed));
            needed = write();
        }
        if (needed <= 0) {
            scratch.assign(1, '\0');
            return 0;
        }
        return static_cast<size_t>(needed) - 1;
    }

    Key text(QStringView text)
    {
        const size_t length = makeKey(text);
        Key key { headOf(scratch.data(), length), 0 };
        if (length > headBytes) {
            key.rest = static_cast<quint32>(block.size());
            block.insert(block.end(), scratch.data() + headBytes, scratch.data() + length + 1);
        }
        return key;
    }

    // Unequal rests of equal heads: both keys run past the head, or one ends exactly there.
    int compareRest(quint32 left, quint32 right) const
    {
        return std::strcmp(block.data() + left, block.data() + right);
    }

    void clear()
    {
        block.assign(1, '\0');
        usedAfterDrop = 0;
    }

    bool dropUnused(std::vector<Key> &keys)
    {
        if (block.size() < 2 * usedAfterDrop + 65536)
            return false;
        std::vector<char> kept(1, '\0');
        for (Key &key : keys) {
            if (key.rest == 0)
                continue;
            const char *rest = block.data() + key.rest;
            key.rest = static_cast<quint32>(kept.size());
            kept.insert(kept.end(), rest, rest + std::strlen(rest) + 1);
        }
        block.swap(kept);
        usedAfterDrop = block.size();
        return true;
    }

    qsizetype bytes() const { return static_cast<qsizetype>(block.capacity()); }
};

#else // Qt's collation: each text key's rest is a QCollatorSortKey

struct SortKeys::Store {
    QCollator collator;
    // Rest n is keys[n - 1].
    std::vector<QCollatorSortKey> keys;
    size_t usedAfterDrop = 0; // how many keys there were when only keys in use were left

    Store()
    {
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
    }

    void open(const QLocale &locale) { collator.setLocale(locale); }

    Key text(QStringView text)
    {
        keys.push_back(collator.sortKey(text.toString()));
        return { 0, static_cast<quint32>(keys.size()) };
    }

    int compareRest(quint32 left, quint32 right) const
    {
        return keys[left - 1].compare(keys[right - 1]);
    }

    void clear()
    {
        keys.clear();
        usedAfterDrop = 0;
    }

    bool dropUnused(std::vector<Key> &inUse)
    {
        if (keys.size() < 2 * usedAfterDrop + 4096)
            return false;
        std::vector<QCollatorSortKey> kept;
        kept.reserve(inUse.size());
        for (Key &key : inUse) {
            if (key.rest == 0)
                continue;
            kept.push_back(keys[key.rest - 1]); // a copy: the rows of one owner share a key
            key.rest = static_cast<quint32>(kept.size());
        }
        keys.swap(kept);
        usedAfterDrop = keys.size();
        return true;
    }

    qsizetype bytes() const
    {
        return static_cast<qsizetype>(keys.capacity() * sizeof(QCollatorSortKey));
    }
};

#endif

SortKeys::SortKeys(const QLocale &locale)
    : m_store(std::make_unique<Store>())
{
    setLocale(locale);
}

SortKeys::~SortKeys() = default;

bool SortKeys::usesIcu()
{
#ifdef QBMOD_HAS_ICU
    return true;
#else
    return false;
#endif
}

void SortKeys::setLocale(const QLocale &locale)
{
    m_locale = collatingLocale(locale);
    m_store->clear();
    m_store->open(m_locale);
}

SortKeys::Key SortKeys::number(qint64 value)
{
    // Flipping the sign bit orders every qint64 as an unsigned number.
    return { static_cast<quint64>(value) ^ (quint64(1) << 63), 0 };
}

SortKeys::Key SortKeys::text(QStringView text)
{
    return m_store->text(text.first(std::min(text.size(), keyedChars)));
}

int SortKeys::compareRest(quint32 left, quint32 right) const
{
    return m_store->compareRest(left, right);
}

void SortKeys::clear()
{
    m_store->clear();
}

bool SortKeys::dropUnused(std::vector<Key> &keys)
{
    return m_store->dropUnused(keys);
}

qsizetype SortKeys::blockBytes() const
{
    return m_store->bytes();
}

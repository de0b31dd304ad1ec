// SPDX-License-Identifier: Apache-2.0

#include "SandboxRandom.h"

SandboxRandom::SandboxRandom(quint64 seed)
    : m_state(seed)
{
}

quint64 SandboxRandom::mix(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

quint64 SandboxRandom::combine(quint64 a, quint64 b)
{
    return mix(mix(a) ^ (b * 0xd6e8feb86659fd93ULL));
}

quint64 SandboxRandom::next()
{
    m_state += 0x9e3779b97f4a7c15ULL;
    quint64 value = m_state;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

quint32 SandboxRandom::bounded(quint32 bound)
{
    if (bound == 0)
        return 0;
    // The top 32 bits multiplied down: no modulo bias worth caring about here, and portable.
    return quint32(((next() >> 32) * quint64(bound)) >> 32);
}

int SandboxRandom::between(int low, int high)
{
    if (high <= low)
        return low;
    return low + int(bounded(quint32(high - low + 1)));
}

double SandboxRandom::unit()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

bool SandboxRandom::chance(double probability)
{
    return unit() < probability;
}

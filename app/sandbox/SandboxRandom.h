// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QtGlobal>

// A small seeded generator (SplitMix64). The demo community must be identical for the same seed
// on every platform and Qt version, which neither std:: distributions nor QRandomGenerator's
// bounded() promise.
class SandboxRandom final {
public:
    explicit SandboxRandom(quint64 seed);

    // Stateless mixing, for deriving independent streams from a seed and an index.
    static quint64 mix(quint64 value);
    static quint64 combine(quint64 a, quint64 b);

    quint64 next();
    // Uniform in [0, bound); bound 0 yields 0.
    quint32 bounded(quint32 bound);
    // Uniform in [low, high], both inclusive.
    int between(int low, int high);
    // Uniform in [0, 1).
    double unit();
    bool chance(double probability);

private:
    quint64 m_state;
};

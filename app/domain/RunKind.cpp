// SPDX-License-Identifier: Apache-2.0

#include "RunKind.h"

#include <array>
#include <utility>

namespace {

const std::array<std::pair<RunTarget, const char16_t *>, 3> targetNames { {
    { RunTarget::Dialogs, u"dialogs" },
    { RunTarget::Messages, u"messages" },
    { RunTarget::Members, u"members" },
} };

const std::array<std::pair<RunMode, const char16_t *>, 3> modeNames { {
    { RunMode::FromActingUsersList, u"per_user" },
    { RunMode::ForEveryone, u"force" },
    { RunMode::RemoveMember, u"remove_member" },
} };

template<typename Enum, typename Table> QString nameOf(const Table &table, Enum value)
{
    for (const auto &[entry, name] : table) {
        if (entry == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename Enum, typename Table>
std::optional<Enum> valueOf(const Table &table, const QString &name)
{
    for (const auto &[entry, entryName] : table) {
        if (name == QStringView(entryName))
            return entry;
    }
    return std::nullopt;
}

} // namespace

QString RunKind::targetName(RunTarget target)
{
    return nameOf(targetNames, target);
}

QString RunKind::modeName(RunMode mode)
{
    return nameOf(modeNames, mode);
}

std::optional<RunTarget> RunKind::targetFromName(const QString &name)
{
    return valueOf<RunTarget>(targetNames, name);
}

std::optional<RunMode> RunKind::modeFromName(const QString &name)
{
    return valueOf<RunMode>(modeNames, name);
}

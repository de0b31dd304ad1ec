// SPDX-License-Identifier: Apache-2.0

#include "StoreEngine.h"

#include "PostgresStoreEngine.h"
#include "SqliteStoreEngine.h"

std::unique_ptr<StoreEngine> StoreEngine::forLocation(const StoreLocation &location)
{
    if (location.isTeam())
        return std::make_unique<PostgresStoreEngine>(location);
    return std::make_unique<SqliteStoreEngine>(location);
}

// Versioned schema migrations for SQLite. Each runs once, in order, in its own
// transaction, at start; the applied versions are recorded in schema_migrations.
// Never edit a released migration: add a new one.
#pragma once

#include <span>
#include <string_view>

#include "base/result.hpp"
#include "storage/sqlite/database.hpp"

namespace meldpunt::storage {

struct Migration {
    int version;
    std::string_view description;
    std::string_view sql;
};

std::span<const Migration> sqlite_migrations();
// Returns the schema version after running what was missing.
Result<int> migrate_sqlite(sqlite::Database& database);

}  // namespace meldpunt::storage

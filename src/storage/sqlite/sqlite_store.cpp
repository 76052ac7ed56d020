#include "storage/sqlite/sqlite_store.hpp"

#include "storage/migrations/sqlite_migrations.hpp"

namespace meldpunt::storage::sqlite {

Result<std::shared_ptr<SqliteStore>> SqliteStore::open(const std::filesystem::path& file, std::size_t readers) {
    auto database = Database::open(file, Database::Mode::read_write);
    if (!database) return database.error();
    // Migrations run before any reader opens, so no reader sees half a schema.
    if (auto migrated = migrate_sqlite(*database); !migrated) return migrated.error();
    // The writer touches the queue indexes and the receipt index at random
    // places; with a million signals those pages no longer fit SQLite's default
    // 2 MiB cache, and every insert would read them back from the OS. 16 MiB
    // holds the hot index pages; more mostly duplicates the OS page cache and
    // counts against the server's memory aim (64 MB after 100,000 reports).
    if (auto sized = database->execute("PRAGMA cache_size=-16384"); !sized) return sized.error();
    auto pool = ConnectionPool::open(file, readers);
    if (!pool) return pool.error();
    auto writer = std::make_unique<GroupCommitWriter>(std::move(*database));
    return std::shared_ptr<SqliteStore>(new SqliteStore(file, std::move(writer), std::move(*pool)));
}

}  // namespace meldpunt::storage::sqlite

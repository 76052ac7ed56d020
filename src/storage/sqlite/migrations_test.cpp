#include <gtest/gtest.h>

#include <filesystem>

#include "storage/migrations/sqlite_migrations.hpp"

namespace meldpunt::storage {

namespace fs = std::filesystem;

TEST(SqliteMigrations, RunOnceAndRecordTheirVersion) {
    const fs::path file = fs::temp_directory_path() / ("meldpunt-migrations-" + std::to_string(::getpid()) + ".db");
    fs::remove(file);
    {
        auto database = sqlite::Database::open(file, sqlite::Database::Mode::read_write).value();
        const auto version = migrate_sqlite(database);
        ASSERT_TRUE(version.ok()) << version.error().message;
        EXPECT_EQ(*version, sqlite_migrations().back().version);
        EXPECT_EQ(migrate_sqlite(database).value(), *version);  // second run: nothing to do
        auto mode = database.prepare("PRAGMA journal_mode").value();
        ASSERT_TRUE(mode.step().value());
        EXPECT_EQ(mode.column_text(0), "wal");
        auto sync = database.prepare("PRAGMA synchronous").value();
        ASSERT_TRUE(sync.step().value());
        EXPECT_EQ(sync.column_int(0), 2);  // FULL
    }
    fs::remove(file);
    fs::remove(file.string() + "-wal");
    fs::remove(file.string() + "-shm");
}

TEST(SqliteMigrations, VersionsAreStrictlyIncreasing) {
    int previous = 0;
    for (const auto& migration : sqlite_migrations()) {
        EXPECT_GT(migration.version, previous);
        previous = migration.version;
    }
}

}  // namespace meldpunt::storage

#include <gtest/gtest.h>

#include <filesystem>

#include "storage/migrations/sqlite_migrations.hpp"
#include "storage/sqlite/sqlite_chat_settings_repository.hpp"

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

// A data folder from before the chat settings (schema v2) is upgraded in place:
// its accounts stay, and the office hours read as the defaults until saved.
TEST(SqliteMigrations, AVersionTwoDatabaseGetsTheChatSettingsInPlace) {
    const fs::path file = fs::temp_directory_path() / ("meldpunt-migrations-v2-" + std::to_string(::getpid()) + ".db");
    fs::remove(file);
    {
        auto database = sqlite::Database::open(file, sqlite::Database::Mode::read_write).value();
        ASSERT_TRUE(database
                        .execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT "
                                 "NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)")
                        .ok());
        for (const auto& migration : sqlite_migrations().first(2)) ASSERT_TRUE(database.execute(migration.sql).ok());
        ASSERT_TRUE(database
                        .execute("INSERT INTO schema_migrations (version, description) VALUES (1, 'v1'), (2, 'v2');"
                                 "INSERT INTO users (username, roles, disabled, password_salt, password_verifier, "
                                 "password_change_required, totp_secret_sealed, totp_last_step, totp_enrolled, "
                                 "failed_logins, public_key, private_key_wrapped, service_key_grant, created_at) "
                                 "VALUES ('anna', 'admin', 0, x'01', x'02', 0, x'', 0, 0, 0, x'03', x'04', x'', 1);")
                        .ok());
    }
    {
        auto store = sqlite::SqliteStore::open(file).value();
        sqlite::SqliteChatSettingsRepository chat_settings(store);
        const auto hours = chat_settings.load_office_hours();
        ASSERT_TRUE(hours.ok()) << hours.error().message;
        EXPECT_EQ(hours->windows.size(), domain::default_weekly_windows().size());
        ASSERT_TRUE(chat_settings.add_closure({Date{std::chrono::year{2026} / 6 / 1}, "Studiedag"}).ok());
        auto database = store->read();
        auto users = database->prepare("SELECT username FROM users").value();
        ASSERT_TRUE(users.step().value());
        EXPECT_EQ(users.column_text(0), "anna");
        auto version = database->prepare("SELECT MAX(version) FROM schema_migrations").value();
        ASSERT_TRUE(version.step().value());
        EXPECT_EQ(version.column_int(0), sqlite_migrations().back().version);
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

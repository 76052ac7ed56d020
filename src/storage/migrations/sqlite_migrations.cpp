#include "storage/migrations/sqlite_migrations.hpp"

#include <array>
#include <string>

namespace meldpunt::storage {

namespace {

// Categorical columns are plain text codes (statistics need them). What a person
// typed lives only in the sealed_* blobs. No column holds an address, a user
// agent or a receipt.
constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE signals (
    id               INTEGER PRIMARY KEY,
    version          INTEGER NOT NULL DEFAULT 1,
    kind             TEXT    NOT NULL,
    channel          TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    reporter_role    TEXT    NOT NULL,
    sector           TEXT,
    anonymity        TEXT    NOT NULL,
    municipality     TEXT    NOT NULL,
    minors_involved  TEXT    NOT NULL,
    acute            INTEGER NOT NULL,
    received_at      INTEGER NOT NULL,
    receipt_lookup   BLOB    NOT NULL UNIQUE,
    sealed_content   BLOB    NOT NULL,
    key_for_service  BLOB    NOT NULL,
    key_for_receipt  BLOB    NOT NULL
);
CREATE TABLE signal_forms (
    signal_id INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
    form      TEXT    NOT NULL,
    PRIMARY KEY (signal_id, form)
) WITHOUT ROWID;
CREATE TABLE signal_indicators (
    signal_id INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
    code      TEXT    NOT NULL,
    PRIMARY KEY (signal_id, code)
) WITHOUT ROWID;
CREATE TABLE messages (
    id          INTEGER PRIMARY KEY,
    signal_id   INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
    author      TEXT    NOT NULL,
    sent_at     INTEGER NOT NULL,
    sealed_body BLOB    NOT NULL
);
CREATE INDEX messages_by_signal ON messages(signal_id, id);
)sql";

constexpr std::array kMigrations = {
    Migration{1, "signals, forms, indicators and mailbox messages", kSchemaV1},
};

}  // namespace

std::span<const Migration> sqlite_migrations() {
    return kMigrations;
}

Result<int> migrate_sqlite(sqlite::Database& database) {
    if (auto made = database.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                     "description TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)");
        !made) {
        return made.error();
    }
    auto current = database.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    if (!current) return current.error();
    if (auto row = current->step(); !row) return row.error();
    int version = static_cast<int>(current->column_int(0));

    for (const auto& migration : kMigrations) {
        if (migration.version <= version) continue;
        if (auto begun = database.execute("BEGIN IMMEDIATE"); !begun) return begun.error();
        auto applied = database.execute(migration.sql);
        if (applied) {
            auto record = database.prepare("INSERT INTO schema_migrations(version, description) VALUES (?, ?)");
            if (!record) return record.error();
            record->bind(1, std::int64_t{migration.version}).bind(2, migration.description);
            applied = record->run();
        }
        if (!applied) {
            (void)database.execute("ROLLBACK");
            return Error::make(ErrorCode::internal, "migration " + std::to_string(migration.version) +
                                                        " failed: " + applied.error().message);
        }
        if (auto committed = database.execute("COMMIT"); !committed) return committed.error();
        version = migration.version;
    }
    return version;
}

}  // namespace meldpunt::storage

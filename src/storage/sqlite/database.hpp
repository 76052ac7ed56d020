// A thin RAII layer over the SQLite C API: Database (one connection) and
// Statement (one prepared statement). Errors come back as Result, never as
// exceptions. A Database is used by one thread at a time; the store hands
// connections out so that this holds.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/result.hpp"
#include "base/secret.hpp"

namespace meldpunt::storage::sqlite {

class Statement {
  public:
    Statement(sqlite3* db, sqlite3_stmt* statement) : m_db(db), m_statement(statement) {}
    Statement(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const Bytes& blob);
    Statement& bind_null(int index);

    // true: a row is ready; false: done. Errors as Result.
    Result<bool> step();
    Result<void> run();  // step to the end, for statements without rows
    void reset();

    std::int64_t column_int(int index) const;
    std::string column_text(int index) const;
    Bytes column_blob(int index) const;
    bool column_is_null(int index) const;

  private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement;
};

// A cached statement on loan: reset (and its bindings cleared) when the loan
// ends, so no finished read keeps a WAL snapshot open.
class CachedStatement {
  public:
    explicit CachedStatement(Statement& statement) : m_statement(&statement) {}
    CachedStatement(CachedStatement&& other) noexcept : m_statement(other.m_statement) { other.m_statement = nullptr; }
    CachedStatement(const CachedStatement&) = delete;
    ~CachedStatement() {
        if (m_statement) m_statement->reset();
    }
    Statement* operator->() { return m_statement; }
    Statement& operator*() { return *m_statement; }

  private:
    Statement* m_statement;
};

class Database {
  public:
    enum class Mode { read_write, read_only };
    static Result<Database> open(const std::filesystem::path& file, Mode mode);

    Database(Database&& other) noexcept : m_db(other.m_db), m_cache(std::move(other.m_cache)) { other.m_db = nullptr; }
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    Result<void> execute(std::string_view sql);  // one or more statements, no rows
    Result<Statement> prepare(std::string_view sql);
    // Prepared once per connection and kept: the hot paths (every insert, every
    // savepoint of the group commit) then skip SQLite's parser.
    Result<CachedStatement> cached(std::string_view sql);
    Result<void> run_cached(std::string_view sql);
    std::int64_t last_insert_id() const { return sqlite3_last_insert_rowid(m_db); }
    int changes() const { return sqlite3_changes(m_db); }  // rows touched by the last statement
    sqlite3* handle() { return m_db; }

  private:
    explicit Database(sqlite3* db) : m_db(db) {}
    sqlite3* m_db;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

// busy/locked: unavailable; a UNIQUE or PRIMARY KEY clash: conflict; else internal.
Error sqlite_error(sqlite3* db, std::string_view what);

}  // namespace meldpunt::storage::sqlite

#include "storage/sqlite/database.hpp"

#include "base/working_days.hpp"
#include "storage/sqlite/figure_functions.hpp"

namespace meldpunt::storage::sqlite {

Error sqlite_error(sqlite3* db, std::string_view what) {
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
    const bool busy = (code & 0xFF) == SQLITE_BUSY || (code & 0xFF) == SQLITE_LOCKED;
    // A taken receipt or username is the caller's race to lose, not our fault.
    const bool clash = code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY;
    return Error::make(busy    ? ErrorCode::unavailable
                       : clash ? ErrorCode::conflict
                               : ErrorCode::internal,
                       std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "unknown error"));
}

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_statement(other.m_statement) {
    other.m_statement = nullptr;
}

Statement::~Statement() {
    if (m_statement) sqlite3_finalize(m_statement);
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const Bytes& blob) {
    // An empty vector's data() may be null, which SQLite would store as NULL;
    // an empty value (no TOTP secret yet, no key grant) is not a missing one.
    static const std::uint8_t kNothing = 0;
    sqlite3_bind_blob(m_statement, index, blob.empty() ? &kNothing : blob.data(), static_cast<int>(blob.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind_null(int index) {
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Result<bool> Statement::step() {
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW) return true;
    if (code == SQLITE_DONE) return false;
    return sqlite_error(m_db, "query failed");
}

Result<void> Statement::run() {
    while (true) {
        auto row = step();
        if (!row) return row.error();
        if (!*row) return Ok{};
    }
}

void Statement::reset() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::int64_t Statement::column_int(int index) const {
    return sqlite3_column_int64(m_statement, index);
}

std::string Statement::column_text(int index) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, index));
    return text ? std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, index))) : std::string();
}

Bytes Statement::column_blob(int index) const {
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_statement, index));
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(m_statement, index));
    return data ? Bytes(data, data + size) : Bytes();
}

bool Statement::column_is_null(int index) const {
    return sqlite3_column_type(m_statement, index) == SQLITE_NULL;
}

namespace {

// local_month(unix milliseconds) -> 202603: the month in Europe/Amsterdam. The
// figures' triggers (migration v4) file each signal under it, so every
// connection that writes must know it.
void local_month_function(sqlite3_context* context, int, sqlite3_value** arguments) {
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) return sqlite3_result_null(context);
    const Date day = local_date(from_unix_millis(sqlite3_value_int64(arguments[0])));
    sqlite3_result_int64(context, static_cast<int>(day.year()) * 100 + static_cast<unsigned>(day.month()));
}

}  // namespace

Result<Database> Database::open(const std::filesystem::path& file, Mode mode) {
    sqlite3* db = nullptr;
    const int flags = (mode == Mode::read_write ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY) |
                      SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(file.c_str(), &db, flags, nullptr) != SQLITE_OK) {
        Error error = sqlite_error(db, "cannot open " + file.string());
        sqlite3_close(db);
        return error;
    }
    Database database(db);
    sqlite3_busy_timeout(db, 5000);
    if (sqlite3_create_function_v2(db, "local_month", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   local_month_function, nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqlite_error(db, "cannot register local_month");
    if (!register_figure_functions(db)) return sqlite_error(db, "cannot register the figure functions");
    // Durability before acknowledgement (DESIGN.md): WAL with a full sync on commit.
    if (auto set = database.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
        !set) {
        return set.error();
    }
    return database;
}

Database::~Database() {
    m_cache.clear();  // statements are finalized before their connection closes
    if (m_db) sqlite3_close_v2(m_db);
}

Result<CachedStatement> Database::cached(std::string_view sql) {
    auto it = m_cache.find(std::string(sql));
    if (it == m_cache.end()) {
        auto prepared = prepare(sql);
        if (!prepared) return prepared.error();
        it = m_cache.emplace(std::string(sql), std::make_unique<Statement>(std::move(*prepared))).first;
    }
    return CachedStatement(*it->second);
}

Result<void> Database::run_cached(std::string_view sql) {
    auto statement = cached(sql);
    if (!statement) return statement.error();
    return (*statement)->run();
}

Result<void> Database::execute(std::string_view sql) {
    char* message = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string detail = message ? message : "unknown error";
        sqlite3_free(message);
        return Error::make(ErrorCode::internal, "sql failed: " + detail);
    }
    return Ok{};
}

Result<Statement> Database::prepare(std::string_view sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK) {
        return sqlite_error(m_db, "cannot prepare");
    }
    return Statement(m_db, statement);
}

}  // namespace meldpunt::storage::sqlite

#include "storage/sqlite/sqlite_user_repository.hpp"

#include "storage/sqlite/signal_rows.hpp"

namespace meldpunt::storage::sqlite {

using namespace meldpunt::domain;

namespace {

// ?1..?15 in this order, for insert and update alike.
constexpr std::string_view kAccountColumns =
    "username, roles, disabled, password_salt, password_verifier, password_change_required, totp_secret_sealed, "
    "totp_last_step, totp_enrolled, failed_logins, locked_until, public_key, private_key_wrapped, "
    "service_key_grant, created_at";

const std::string kInsertAccount = "INSERT INTO users (" + std::string(kAccountColumns) +
                                   ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";
const std::string kUpdateAccount =
    "UPDATE users SET username = ?1, roles = ?2, disabled = ?3, password_salt = ?4, password_verifier = ?5, "
    "password_change_required = ?6, totp_secret_sealed = ?7, totp_last_step = MAX(totp_last_step, ?8), totp_enrolled = ?9, "
    "failed_logins = ?10, locked_until = ?11, public_key = ?12, private_key_wrapped = ?13, "
    "service_key_grant = ?14, created_at = ?15 WHERE id = ?16";

std::int64_t flag(bool value) {
    return value ? 1 : 0;
}

void bind_account(Statement& statement, const StaffAccount& account) {
    statement.bind(1, account.username).bind(2, account.roles.codes()).bind(3, flag(account.disabled));
    statement.bind(4, account.password_salt).bind(5, account.password_verifier);
    statement.bind(6, flag(account.password_change_required)).bind(7, account.totp_secret_sealed);
    statement.bind(8, account.totp_last_step).bind(9, flag(account.totp_enrolled));
    statement.bind(10, std::int64_t{account.failed_logins});
    bind_optional(statement, 11, account.locked_until);
    statement.bind(12, account.public_key).bind(13, account.private_key_wrapped);
    statement.bind(14, account.service_key_grant).bind(15, to_unix_millis(account.created_at));
}

Result<StaffAccount> read_account(const Statement& row) {
    StaffAccount account;
    account.id = row.column_int(0);
    account.username = row.column_text(1);
    auto roles = decode(RoleSet::parse(row.column_text(2)), "users.roles");
    if (!roles) return roles.error();
    account.roles = *roles;
    account.disabled = row.column_int(3) != 0;
    account.password_salt = row.column_blob(4);
    account.password_verifier = row.column_blob(5);
    account.password_change_required = row.column_int(6) != 0;
    account.totp_secret_sealed = row.column_blob(7);
    account.totp_last_step = row.column_int(8);
    account.totp_enrolled = row.column_int(9) != 0;
    account.failed_logins = static_cast<int>(row.column_int(10));
    account.locked_until = column_optional_time(row, 11);
    account.public_key = row.column_blob(12);
    account.private_key_wrapped = row.column_blob(13);
    account.service_key_grant = row.column_blob(14);
    account.created_at = from_unix_millis(row.column_int(15));
    return account;
}

}  // namespace

Result<UserId> SqliteUserRepository::add_account(const StaffAccount& account) {
    // A taken name fails the UNIQUE constraint, which comes back as conflict.
    return m_store->writer().write<UserId>([&](Database& database) -> Result<UserId> {
        auto inserted = run_bound(database, kInsertAccount, [&](Statement& insert) { bind_account(insert, account); });
        if (!inserted) return inserted.error();
        return database.last_insert_id();
    });
}

Result<void> SqliteUserRepository::update_account(const StaffAccount& account) {
    auto updated = m_store->writer().write<bool>([&](Database& database) -> Result<bool> {
        auto saved = run_bound(database, kUpdateAccount, [&](Statement& update) {
            bind_account(update, account);
            update.bind(16, account.id);
        });
        if (!saved) return saved.error();
        if (database.changes() == 0) return Error::make(ErrorCode::not_found, "no such account");
        return true;
    });
    if (!updated) return updated.error();
    return Ok{};
}

Result<bool> SqliteUserRepository::claim_totp_step(UserId id, std::int64_t step) {
    return m_store->writer().write<bool>([&](Database& database) -> Result<bool> {
        // One statement decides: two logins with the same code cannot both win.
        auto claimed = run_bound(database, "UPDATE users SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?",
                                 [&](Statement& update) { update.bind(1, step).bind(2, id).bind(3, step); });
        if (!claimed) return claimed.error();
        if (database.changes() == 1) return true;
        auto loan = database.cached("SELECT 1 FROM users WHERE id = ?");
        if (!loan) return loan.error();
        CachedStatement query = std::move(*loan);
        query->bind(1, id);
        auto exists = query->step();
        if (!exists) return exists.error();
        if (!*exists) return Error::make(ErrorCode::not_found, "no such account");
        return false;
    });
}

Result<std::vector<StaffAccount>> SqliteUserRepository::select(std::string_view where,
                                                               const std::function<void(Statement&)>& bind) {
    auto database = m_store->read();
    auto loan = database->cached("SELECT id, " + std::string(kAccountColumns) + " FROM users " + std::string(where));
    if (!loan) return loan.error();
    CachedStatement query = std::move(*loan);
    bind(*query);
    std::vector<StaffAccount> accounts;
    while (true) {
        auto row = query->step();
        if (!row) return row.error();
        if (!*row) return accounts;
        auto account = read_account(*query);
        if (!account) return account.error();
        accounts.push_back(std::move(*account));
    }
}

Result<std::optional<StaffAccount>> SqliteUserRepository::find_account(UserId id) {
    auto found = select("WHERE id = ?", [&](Statement& query) { query.bind(1, id); });
    if (!found) return found.error();
    if (found->empty()) return std::optional<StaffAccount>{};
    return std::optional<StaffAccount>{std::move(found->front())};
}

Result<std::optional<StaffAccount>> SqliteUserRepository::find_account_by_name(std::string_view username) {
    // The column's NOCASE collation applies to this comparison too.
    auto found = select("WHERE username = ?", [&](Statement& query) { query.bind(1, username); });
    if (!found) return found.error();
    if (found->empty()) return std::optional<StaffAccount>{};
    return std::optional<StaffAccount>{std::move(found->front())};
}

Result<std::vector<StaffAccount>> SqliteUserRepository::list_accounts() {
    return select("ORDER BY username, id", [](Statement&) {});
}

}  // namespace meldpunt::storage::sqlite

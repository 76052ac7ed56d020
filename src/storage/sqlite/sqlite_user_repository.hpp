// SqliteUserRepository: the UserRepository port (staff accounts) on a shared
// SqliteStore. Usernames are unique without regard to ASCII case (the column is
// COLLATE NOCASE). Writes go through the store's writer and are durable before
// they return. Thread-safe.
#pragma once

#include <functional>
#include <memory>

#include "domain/staff_ports.hpp"
#include "storage/sqlite/sqlite_store.hpp"

namespace meldpunt::storage::sqlite {

class SqliteUserRepository final : public domain::UserRepository {
  public:
    explicit SqliteUserRepository(std::shared_ptr<SqliteStore> store) : m_store(std::move(store)) {}

    Result<domain::UserId> add_account(const domain::StaffAccount& account) override;
    Result<std::optional<domain::StaffAccount>> find_account(domain::UserId id) override;
    Result<std::optional<domain::StaffAccount>> find_account_by_name(std::string_view username) override;
    Result<std::vector<domain::StaffAccount>> list_accounts() override;
    Result<void> update_account(const domain::StaffAccount& account) override;
    Result<bool> claim_totp_step(domain::UserId id, std::int64_t step) override;

  private:
    Result<std::vector<domain::StaffAccount>> select(std::string_view where,
                                                     const std::function<void(Statement&)>& bind);

    std::shared_ptr<SqliteStore> m_store;
};

}  // namespace meldpunt::storage::sqlite

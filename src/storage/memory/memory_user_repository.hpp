// MemoryUserRepository: the UserRepository port in memory, for domain tests.
// Usernames compare without regard to ASCII case, as in the SQLite store.
// Thread-safe (one mutex).
#pragma once

#include <map>
#include <mutex>

#include "domain/staff_ports.hpp"

namespace meldpunt::storage::memory {

class MemoryUserRepository final : public domain::UserRepository {
  public:
    Result<domain::UserId> add_account(const domain::StaffAccount& account) override;
    Result<std::optional<domain::StaffAccount>> find_account(domain::UserId id) override;
    Result<std::optional<domain::StaffAccount>> find_account_by_name(std::string_view username) override;
    Result<std::vector<domain::StaffAccount>> list_accounts() override;
    Result<void> update_account(const domain::StaffAccount& account) override;
    Result<bool> claim_totp_step(domain::UserId id, std::int64_t step) override;

  private:
    bool name_taken(std::string_view username, domain::UserId except) const;

    std::mutex m_mutex;
    std::map<domain::UserId, domain::StaffAccount> m_accounts;
};

}  // namespace meldpunt::storage::memory

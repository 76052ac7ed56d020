// Test-only stand-ins for the staff ports (UserRepository, AuditStore): plain
// vectors behind a mutex, with the contract's rules (unique names, atomic TOTP
// step claims, sequences from 1) and doors the tests use to tamper with rows.
// Thread-safe.
#pragma once

#include <mutex>
#include <vector>

#include "base/text.hpp"
#include "domain/staff_ports.hpp"

namespace meldpunt::security::testing {

class FakeUserRepository final : public domain::UserRepository {
  public:
    Result<domain::UserId> add_account(const domain::StaffAccount& account) override {
        std::lock_guard lock(m_mutex);
        for (const auto& existing : m_accounts)
            if (to_lower_ascii(existing.username) == to_lower_ascii(account.username))
                return Error::make(ErrorCode::conflict, "taken");
        m_accounts.push_back(account);
        m_accounts.back().id = static_cast<domain::UserId>(m_accounts.size());
        return m_accounts.back().id;
    }
    Result<std::optional<domain::StaffAccount>> find_account(domain::UserId id) override {
        std::lock_guard lock(m_mutex);
        for (const auto& account : m_accounts)
            if (account.id == id) return std::optional(account);
        return std::optional<domain::StaffAccount>();
    }
    Result<std::optional<domain::StaffAccount>> find_account_by_name(std::string_view username) override {
        std::lock_guard lock(m_mutex);
        for (const auto& account : m_accounts)
            if (to_lower_ascii(account.username) == to_lower_ascii(username)) return std::optional(account);
        return std::optional<domain::StaffAccount>();
    }
    Result<std::vector<domain::StaffAccount>> list_accounts() override {
        std::lock_guard lock(m_mutex);
        return m_accounts;
    }
    Result<void> update_account(const domain::StaffAccount& account) override {
        std::lock_guard lock(m_mutex);
        for (auto& existing : m_accounts) {
            if (existing.id == account.id) {
                existing = account;
                return Ok{};
            }
        }
        return Error::make(ErrorCode::not_found, "no such account");
    }
    Result<bool> claim_totp_step(domain::UserId id, std::int64_t step) override {
        std::lock_guard lock(m_mutex);
        for (auto& existing : m_accounts) {
            if (existing.id != id) continue;
            if (step <= existing.totp_last_step) return false;
            existing.totp_last_step = step;
            return true;
        }
        return Error::make(ErrorCode::not_found, "no such account");
    }

  private:
    std::mutex m_mutex;
    std::vector<domain::StaffAccount> m_accounts;
};

class FakeAuditStore final : public domain::AuditStore {
  public:
    Result<std::int64_t> append(const domain::AuditEntry& entry, const ChainHash& hash_of) override {
        std::lock_guard lock(m_mutex);
        domain::AuditRecord record{entry, {}};
        record.entry.sequence = static_cast<std::int64_t>(m_records.size()) + 1;
        record.hash = hash_of(record.entry, m_records.empty() ? Bytes(32, 0) : m_records.back().hash);
        m_records.push_back(record);
        return record.entry.sequence;
    }
    Result<std::vector<domain::AuditRecord>> list(const domain::AuditQuery& query) override {
        std::lock_guard lock(m_mutex);
        std::vector<domain::AuditRecord> newest_first;
        for (auto it = m_records.rbegin(); it != m_records.rend() && newest_first.size() < query.limit; ++it) {
            if (query.actor && it->entry.actor_user_id != *query.actor) continue;
            if (query.action && it->entry.action != *query.action) continue;
            newest_first.push_back(*it);
        }
        return newest_first;
    }
    Result<void> for_each(const std::function<bool(const domain::AuditRecord&)>& visit) override {
        const auto copy = records();
        for (const auto& record : copy)
            if (!visit(record)) break;
        return Ok{};
    }

    std::vector<domain::AuditRecord> records() const {
        std::lock_guard lock(m_mutex);
        return m_records;
    }
    // What an attacker with write access to the database could do.
    std::vector<domain::AuditRecord>& rows() { return m_records; }

  private:
    mutable std::mutex m_mutex;
    std::vector<domain::AuditRecord> m_records;
};

}  // namespace meldpunt::security::testing

#include "storage/memory/memory_user_repository.hpp"

#include <algorithm>

namespace meldpunt::storage::memory {

using namespace meldpunt::domain;

namespace {

// SQLite's NOCASE folds ASCII letters only; so does this.
char fold(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool same_name(std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return fold(x) == fold(y); });
}

bool name_before(std::string_view a, std::string_view b) {
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return static_cast<unsigned char>(fold(x)) < static_cast<unsigned char>(fold(y));
    });
}

}  // namespace

bool MemoryUserRepository::name_taken(std::string_view username, UserId except) const {
    return std::any_of(m_accounts.begin(), m_accounts.end(), [&](const auto& entry) {
        return entry.first != except && same_name(entry.second.username, username);
    });
}

Result<UserId> MemoryUserRepository::add_account(const StaffAccount& account) {
    std::lock_guard lock(m_mutex);
    if (name_taken(account.username, 0)) return Error::make(ErrorCode::conflict, "that username is taken");
    const UserId id = m_accounts.empty() ? 1 : m_accounts.rbegin()->first + 1;
    StaffAccount copy = account;
    copy.id = id;
    m_accounts.emplace(id, std::move(copy));
    return id;
}

Result<std::optional<StaffAccount>> MemoryUserRepository::find_account(UserId id) {
    std::lock_guard lock(m_mutex);
    const auto it = m_accounts.find(id);
    if (it == m_accounts.end()) return std::optional<StaffAccount>{};
    return std::optional<StaffAccount>{it->second};
}

Result<std::optional<StaffAccount>> MemoryUserRepository::find_account_by_name(std::string_view username) {
    std::lock_guard lock(m_mutex);
    for (const auto& [id, account] : m_accounts) {
        if (same_name(account.username, username)) return std::optional<StaffAccount>{account};
    }
    return std::optional<StaffAccount>{};
}

Result<std::vector<StaffAccount>> MemoryUserRepository::list_accounts() {
    std::lock_guard lock(m_mutex);
    std::vector<StaffAccount> out;
    for (const auto& [id, account] : m_accounts) out.push_back(account);
    // By name, then id: as the SQLite store lists them.
    std::stable_sort(out.begin(), out.end(),
                     [](const StaffAccount& a, const StaffAccount& b) { return name_before(a.username, b.username); });
    return out;
}

Result<void> MemoryUserRepository::update_account(const StaffAccount& account) {
    std::lock_guard lock(m_mutex);
    const auto it = m_accounts.find(account.id);
    if (it == m_accounts.end()) return Error::make(ErrorCode::not_found, "no such account");
    if (name_taken(account.username, account.id)) return Error::make(ErrorCode::conflict, "that username is taken");
    it->second = account;
    return Ok{};
}

Result<bool> MemoryUserRepository::claim_totp_step(UserId id, std::int64_t step) {
    std::lock_guard lock(m_mutex);
    const auto it = m_accounts.find(id);
    if (it == m_accounts.end()) return Error::make(ErrorCode::not_found, "no such account");
    if (step <= it->second.totp_last_step) return false;  // this code, or a later one, was used already
    it->second.totp_last_step = step;
    return true;
}

}  // namespace meldpunt::storage::memory

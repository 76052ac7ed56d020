#include "storage/memory/memory_audit_store.hpp"

#include <algorithm>

namespace meldpunt::storage::memory {

using namespace meldpunt::domain;

namespace {

constexpr std::size_t kMaxListed = 1000;
constexpr std::size_t kChainHashSize = 32;

bool matches(const AuditEntry& entry, const AuditQuery& query) {
    if (query.actor && entry.actor_user_id != *query.actor) return false;
    if (query.signal && entry.signal_id != *query.signal) return false;
    if (query.action && entry.action != *query.action) return false;
    if (query.before_sequence && entry.sequence >= *query.before_sequence) return false;
    return true;
}

}  // namespace

Result<std::int64_t> MemoryAuditStore::append(const AuditEntry& entry, const ChainHash& hash_of) {
    std::lock_guard lock(m_mutex);
    AuditRecord record{entry, {}};
    record.entry.sequence = static_cast<std::int64_t>(m_records.size()) + 1;
    record.hash = hash_of(record.entry, m_records.empty() ? Bytes(kChainHashSize, 0) : m_records.back().hash);
    m_records.push_back(std::move(record));
    return m_records.back().entry.sequence;
}

Result<std::vector<AuditRecord>> MemoryAuditStore::list(const AuditQuery& query) {
    std::lock_guard lock(m_mutex);
    const std::size_t limit = std::clamp<std::size_t>(query.limit, 1, kMaxListed);
    std::vector<AuditRecord> out;
    for (auto it = m_records.rbegin(); it != m_records.rend() && out.size() < limit; ++it) {
        if (matches(it->entry, query)) out.push_back(*it);
    }
    return out;
}

Result<void> MemoryAuditStore::for_each(const std::function<bool(const AuditRecord&)>& visit) {
    // A copy, so `visit` may append (or take its time) without holding the lock.
    std::vector<AuditRecord> records;
    {
        std::lock_guard lock(m_mutex);
        records = m_records;
    }
    for (const auto& record : records) {
        if (!visit(record)) return Ok{};
    }
    return Ok{};
}

}  // namespace meldpunt::storage::memory

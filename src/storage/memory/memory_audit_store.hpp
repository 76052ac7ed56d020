// MemoryAuditStore: the AuditStore port in memory, for domain tests. Append-only
// like the real one: sequences 1, 2, 3..., each hash chained onto the previous
// (32 zero bytes before the first), under one mutex so no two appends chain to
// the same predecessor. Thread-safe.
#pragma once

#include <mutex>
#include <vector>

#include "domain/staff_ports.hpp"

namespace meldpunt::storage::memory {

class MemoryAuditStore final : public domain::AuditStore {
  public:
    Result<std::int64_t> append(const domain::AuditEntry& entry, const ChainHash& hash_of) override;
    Result<std::vector<domain::AuditRecord>> list(const domain::AuditQuery& query) override;
    Result<void> for_each(const std::function<bool(const domain::AuditRecord&)>& visit) override;

  private:
    std::mutex m_mutex;
    std::vector<domain::AuditRecord> m_records;  // oldest first; index = sequence - 1
};

}  // namespace meldpunt::storage::memory

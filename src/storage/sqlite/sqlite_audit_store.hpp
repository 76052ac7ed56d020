// SqliteAuditStore: the AuditStore port on a shared SqliteStore. Rows go into
// audit_log, which triggers keep append-only inside SQLite as well. Each append
// is one writer job: it takes the chain's tip (cached on the writer side after
// the first read, dropped whenever a job is rolled back), asks the caller for
// the new hash, and inserts; durable before it returns. Thread-safe.
#pragma once

#include <memory>

#include "domain/staff_ports.hpp"
#include "storage/sqlite/sqlite_store.hpp"

namespace meldpunt::storage::sqlite {

class SqliteAuditStore final : public domain::AuditStore {
  public:
    explicit SqliteAuditStore(std::shared_ptr<SqliteStore> store) : m_store(std::move(store)) {}

    Result<std::int64_t> append(const domain::AuditEntry& entry, const ChainHash& hash_of) override;
    Result<std::vector<domain::AuditRecord>> list(const domain::AuditQuery& query) override;
    Result<void> for_each(const std::function<bool(const domain::AuditRecord&)>& visit) override;

  private:
    std::shared_ptr<SqliteStore> m_store;
};

}  // namespace meldpunt::storage::sqlite

// SqliteSignalRepository: the SignalRepository port on a SqliteStore. Writes go
// through the store's GroupCommitWriter (durable before they return); reads use
// its connection pool. Also loads signals in bulk (the demo-data generator).
// Shares the store with the other SQLite repositories. Thread-safe.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <span>

#include "domain/ports.hpp"
#include "storage/sqlite/sqlite_store.hpp"

namespace meldpunt::storage::sqlite {

class SqliteSignalRepository final : public domain::SignalRepository {
  public:
    explicit SqliteSignalRepository(std::shared_ptr<SqliteStore> store) : m_store(std::move(store)) {}
    // Opens a store of its own on `file` (for callers that need only signals).
    static Result<std::unique_ptr<SqliteSignalRepository>> open(const std::filesystem::path& file,
                                                                std::size_t readers = 4);

    Result<domain::SignalId> add_signal(const domain::StoredSignal& signal) override;
    Result<std::int64_t> add_message(const domain::StoredMessage& message) override;
    Result<std::optional<domain::StoredSignal>> find_signal(domain::SignalId id) override;
    Result<std::optional<domain::StoredSignal>> find_signal_by_receipt(const Bytes& receipt_lookup) override;
    Result<std::vector<domain::StoredMessage>> list_messages(domain::SignalId id) override;
    Result<std::int64_t> count_signals() override;

    // Inserts a batch in one transaction: all or nothing. Ids are assigned here
    // (each signal's `id` and `version` are ignored; versions start at 1).
    // `persons_per_signal` is empty or holds one list per signal; each person
    // gets its signal's new id, and its own id as identity unless one is set.
    // Batches of a few thousand load fastest.
    Result<void> add_signals_bulk(std::span<const domain::StoredSignal> signals,
                                  std::span<const std::vector<domain::Person>> persons_per_signal);

    // Waits for queued writes, then refuses new ones (graceful shutdown).
    void stop_writes() { m_store->stop_writes(); }
    const std::shared_ptr<SqliteStore>& store() const { return m_store; }

  private:
    Result<std::optional<domain::StoredSignal>> find_where(std::string_view condition,
                                                           const std::function<void(Statement&)>& bind);

    std::shared_ptr<SqliteStore> m_store;
};

}  // namespace meldpunt::storage::sqlite

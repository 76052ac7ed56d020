// SqliteSignalRepository: the SignalRepository port on an embedded SQLite file.
// Writes go through the GroupCommitWriter (durable before they return); reads use
// a small connection pool. Runs the migrations when opened. Thread-safe.
#pragma once

#include <filesystem>
#include <memory>

#include "domain/ports.hpp"
#include "storage/sqlite/connection_pool.hpp"
#include "storage/sqlite/group_commit_writer.hpp"

namespace meldpunt::storage::sqlite {

class SqliteSignalRepository final : public domain::SignalRepository {
  public:
    static Result<std::unique_ptr<SqliteSignalRepository>> open(const std::filesystem::path& file,
                                                                std::size_t readers = 4);

    Result<domain::SignalId> add_signal(const domain::StoredSignal& signal) override;
    Result<std::int64_t> add_message(const domain::StoredMessage& message) override;
    Result<std::optional<domain::StoredSignal>> find_signal(domain::SignalId id) override;
    Result<std::optional<domain::StoredSignal>> find_signal_by_receipt(const Bytes& receipt_lookup) override;
    Result<std::vector<domain::StoredMessage>> list_messages(domain::SignalId id) override;
    Result<std::int64_t> count_signals() override;

    // Waits for queued writes, then refuses new ones (graceful shutdown).
    void stop_writes() { m_writer->stop(); }

  private:
    SqliteSignalRepository(std::unique_ptr<GroupCommitWriter> writer, std::unique_ptr<ConnectionPool> readers)
        : m_writer(std::move(writer)), m_readers(std::move(readers)) {}
    Result<std::optional<domain::StoredSignal>> find_where(std::string_view condition,
                                                           const std::function<void(Statement&)>& bind);

    std::unique_ptr<GroupCommitWriter> m_writer;
    std::unique_ptr<ConnectionPool> m_readers;
};

}  // namespace meldpunt::storage::sqlite

// SqliteStore: one opened SQLite database file, shared by every repository on
// it. Opening creates the file if needed, sets WAL and synchronous=FULL, runs the
// migrations, and starts the one writer thread (GroupCommitWriter) and a few read
// connections (ConnectionPool). The composition root owns it through a
// shared_ptr; each repository keeps a copy, so the store lives as long as the
// last repository. Thread-safe.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include "storage/sqlite/connection_pool.hpp"
#include "storage/sqlite/group_commit_writer.hpp"

namespace meldpunt::storage::sqlite {

class SqliteStore {
  public:
    static Result<std::shared_ptr<SqliteStore>> open(const std::filesystem::path& file, std::size_t readers = 4);

    SqliteStore(const SqliteStore&) = delete;
    SqliteStore& operator=(const SqliteStore&) = delete;

    GroupCommitWriter& writer() { return *m_writer; }
    ConnectionPool::Lease read() { return m_readers->borrow(); }
    const std::filesystem::path& file() const { return m_file; }

    // Waits for queued writes, then refuses new ones (graceful shutdown).
    void stop_writes() { m_writer->stop(); }

  private:
    SqliteStore(std::filesystem::path file, std::unique_ptr<GroupCommitWriter> writer,
                std::unique_ptr<ConnectionPool> readers)
        : m_file(std::move(file)), m_writer(std::move(writer)), m_readers(std::move(readers)) {}

    std::filesystem::path m_file;
    std::unique_ptr<GroupCommitWriter> m_writer;
    std::unique_ptr<ConnectionPool> m_readers;
};

}  // namespace meldpunt::storage::sqlite

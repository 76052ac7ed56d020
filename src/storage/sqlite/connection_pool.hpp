// ConnectionPool: a few read connections shared by the worker threads. WAL lets
// them read while the writer commits. Thread-safe.
#pragma once

#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "storage/sqlite/database.hpp"

namespace meldpunt::storage::sqlite {

class ConnectionPool {
  public:
    static Result<std::unique_ptr<ConnectionPool>> open(const std::filesystem::path& file, std::size_t size);

    // Borrowed connection; returned to the pool when the lease ends.
    class Lease {
      public:
        Lease(ConnectionPool& pool, std::unique_ptr<Database> database)
            : m_pool(pool), m_database(std::move(database)) {}
        Lease(const Lease&) = delete;
        ~Lease() { m_pool.give_back(std::move(m_database)); }
        Database& operator*() { return *m_database; }
        Database* operator->() { return m_database.get(); }

      private:
        ConnectionPool& m_pool;
        std::unique_ptr<Database> m_database;
    };

    Lease borrow();

  private:
    void give_back(std::unique_ptr<Database> database);
    std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<Database>> m_idle;
};

}  // namespace meldpunt::storage::sqlite

#include "storage/sqlite/connection_pool.hpp"

namespace meldpunt::storage::sqlite {

Result<std::unique_ptr<ConnectionPool>> ConnectionPool::open(const std::filesystem::path& file, std::size_t size) {
    auto pool = std::make_unique<ConnectionPool>();
    for (std::size_t i = 0; i < size; ++i) {
        auto database = Database::open(file, Database::Mode::read_write);
        if (!database) return database.error();
        pool->m_idle.push_back(std::make_unique<Database>(std::move(*database)));
    }
    return pool;
}

ConnectionPool::Lease ConnectionPool::borrow() {
    std::unique_lock lock(m_mutex);
    m_available.wait(lock, [&] { return !m_idle.empty(); });
    auto database = std::move(m_idle.back());
    m_idle.pop_back();
    return Lease(*this, std::move(database));
}

void ConnectionPool::give_back(std::unique_ptr<Database> database) {
    {
        std::lock_guard lock(m_mutex);
        m_idle.push_back(std::move(database));
    }
    m_available.notify_one();
}

}  // namespace meldpunt::storage::sqlite

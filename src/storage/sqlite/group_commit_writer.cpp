#include "storage/sqlite/group_commit_writer.hpp"

namespace meldpunt::storage::sqlite {

GroupCommitWriter::GroupCommitWriter(Database database)
    : m_database(std::move(database)), m_thread([this] { loop(); }) {}

GroupCommitWriter::~GroupCommitWriter() {
    stop();
}

void GroupCommitWriter::stop() {
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && !m_thread.joinable()) return;
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) m_thread.join();
}

bool GroupCommitWriter::enqueue(Job job) {
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping) return false;
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
    return true;
}

void GroupCommitWriter::loop() {
    while (true) {
        std::deque<Job> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty()) return;  // stopping, and everything queued is done
            batch.swap(m_queue);
        }
        run_batch(batch);
    }
}

void GroupCommitWriter::run_batch(std::deque<Job>& batch) {
    if (!m_database.run_cached("BEGIN IMMEDIATE")) {
        for (auto& job : batch) job.finish(false);
        return;
    }
    // Each job in its own savepoint: one job's failure does not undo the others.
    for (auto& job : batch) {
        (void)m_database.run_cached("SAVEPOINT job");
        const bool kept = job.run(m_database);
        if (!kept) (void)m_database.run_cached("ROLLBACK TO job");
        (void)m_database.run_cached("RELEASE job");
    }
    const bool committed = m_database.run_cached("COMMIT").ok();
    if (!committed) (void)m_database.execute("ROLLBACK");
    for (auto& job : batch) job.finish(committed);
}

}  // namespace meldpunt::storage::sqlite

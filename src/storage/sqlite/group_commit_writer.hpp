// GroupCommitWriter: the one thread that writes to the SQLite database. Callers
// hand it a unit of work and block until that work is durable. The thread drains
// whatever is queued, runs each unit in its own savepoint inside one transaction,
// commits once (one fsync for the batch) and then wakes every caller. No timer
// waits to fill a batch: under load, batches form by themselves.
// Thread-safe: any thread may call write().
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

#include "storage/sqlite/database.hpp"

namespace meldpunt::storage::sqlite {

class GroupCommitWriter {
  public:
    explicit GroupCommitWriter(Database database);
    ~GroupCommitWriter();  // finishes queued work, then stops

    // Runs `work` on the writer thread; returns its result once committed.
    // `after`, if given, runs on the writer thread once the batch has ended, with
    // whether this work was committed: state the writer side caches across jobs
    // (the audit chain's last hash) is dropped there when a job is rolled back.
    template <typename T>
    Result<T> write(std::function<Result<T>(Database&)> work, std::function<void(bool)> after = {}) {
        std::optional<Result<T>> outcome;
        std::promise<void> done;
        auto finished = done.get_future();
        const bool queued = enqueue(
            Job{[&](Database& database) {
                    outcome.emplace(work(database));
                    return outcome->ok();
                },
                [&](bool committed) {
                    if (!outcome) {
                        outcome.emplace(Error::make(ErrorCode::unavailable, "the store could not start a write"));
                    } else if (!committed && outcome->ok()) {
                        outcome.emplace(Error::make(ErrorCode::internal, "the write could not be committed"));
                    }
                    if (after) after(committed && outcome->ok());
                    done.set_value();
                }});
        if (!queued) return Error::make(ErrorCode::unavailable, "the store is shutting down");
        finished.wait();
        return std::move(*outcome);
    }

    void stop();

  private:
    struct Job {
        std::function<bool(Database&)> run;  // false: roll this job back
        std::function<void(bool)> finish;    // called after the batch's commit
    };
    bool enqueue(Job job);
    void loop();
    void run_batch(std::deque<Job>& batch);

    Database m_database;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};

}  // namespace meldpunt::storage::sqlite

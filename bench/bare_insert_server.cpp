// bare_insert_server: the baseline the real server's submission throughput is
// compared against. The least a durable insert costs on this machine: every POST
// inserts one row (a 1 KiB blob and a few integers) into SQLite in WAL mode with
// synchronous=FULL, with group commit as DESIGN.md describes it: one writer
// thread drains a queue, commits each batch in one transaction (no wait to fill
// a batch), then answers every waiting request. Requests wait off the I/O
// threads: the connection's coroutine suspends and the writer posts its
// completion back to the connection's strand. 2 I/O threads, like the real server.
// Usage: bare_insert_server --listen HOST:PORT --data DIR (port 0 picks one).
// Prints "listening on http://HOST:PORT" and stops on SIGTERM or SIGINT.
#include <sqlite3.h>

#include <boost/asio.hpp>
#include <boost/asio/any_completion_handler.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include "bare_server.hpp"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

namespace {

constexpr std::size_t kBlobSize = 1024;

// The one thread that writes. Thread-safe: insert() may be called from any thread.
class Writer {
  public:
    explicit Writer(const std::string& file) {
        if (sqlite3_open(file.c_str(), &m_db) != SQLITE_OK) fail("open");
        exec(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
            "CREATE TABLE IF NOT EXISTS signals (id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, "
            "status INTEGER NOT NULL, municipality INTEGER NOT NULL, received_at INTEGER NOT NULL, "
            "payload BLOB NOT NULL);");
        const char* sql =
            "INSERT INTO signals (kind, status, municipality, received_at, payload) VALUES (?, ?, ?, ?, ?)";
        if (sqlite3_prepare_v2(m_db, sql, -1, &m_insert, nullptr) != SQLITE_OK) fail("prepare");
        m_thread = std::thread([this] { loop(); });
    }
    ~Writer() {
        stop();
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }

    // Completes with the new row id (or -1) once the row is committed.
    template <typename Token>
    auto async_insert(std::string blob, std::int64_t kind, Token&& token) {
        return asio::async_initiate<Token, void(std::int64_t)>(
            [this](auto handler, std::string payload, std::int64_t code) {
                {
                    std::lock_guard lock(m_mutex);
                    auto executor = asio::get_associated_executor(handler);  // the connection's strand
                    m_queue.push_back(Job{std::move(payload), code, std::move(executor), std::move(handler), -1});
                }
                m_wake.notify_one();
            },
            token, std::move(blob), kind);
    }

    void stop() {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable()) m_thread.join();
    }

  private:
    struct Job {
        std::string payload;
        std::int64_t kind;
        asio::any_io_executor executor;
        asio::any_completion_handler<void(std::int64_t)> done;
        std::int64_t id;
    };

    [[noreturn]] void fail(const char* what) {
        std::cerr << "sqlite " << what << ": " << sqlite3_errmsg(m_db) << "\n";
        std::exit(1);
    }
    void exec(const char* sql) {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail(sql);
    }

    void loop() {
        while (true) {
            std::deque<Job> batch;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
                if (m_queue.empty()) return;
                batch.swap(m_queue);
            }
            const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count();
            exec("BEGIN IMMEDIATE");
            for (auto& job : batch) {
                sqlite3_bind_int64(m_insert, 1, job.kind);
                sqlite3_bind_int64(m_insert, 2, 1);
                sqlite3_bind_int64(m_insert, 3, 1709);
                sqlite3_bind_int64(m_insert, 4, now);
                sqlite3_bind_blob(m_insert, 5, job.payload.data(), static_cast<int>(job.payload.size()), SQLITE_STATIC);
                if (sqlite3_step(m_insert) == SQLITE_DONE) job.id = sqlite3_last_insert_rowid(m_db);
                sqlite3_reset(m_insert);
            }
            const bool committed = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
            if (!committed) sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
            for (auto& job : batch) {
                // Resume the request on its own strand, never on this thread.
                const std::int64_t id = committed ? job.id : -1;
                asio::post(job.executor, [done = std::move(job.done), id]() mutable { std::move(done)(id); });
            }
        }
    }

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};

// The request body, repeated or cut to exactly kBlobSize bytes.
std::string blob_from(const std::string& body) {
    std::string blob;
    blob.reserve(kBlobSize);
    while (blob.size() < kBlobSize) blob += body.empty() ? std::string(kBlobSize, 'x') : body;
    blob.resize(kBlobSize);
    return blob;
}

asio::awaitable<void> serve(tcp::socket socket, Writer& writer) {
    beast::flat_buffer buffer;
    while (true) {
        bhttp::request<bhttp::string_body> request;
        auto [read_error, read] =
            co_await bhttp::async_read(socket, buffer, request, asio::as_tuple(asio::use_awaitable));
        (void)read;
        if (read_error) break;
        bhttp::response<bhttp::string_body> response{bhttp::status::method_not_allowed, request.version()};
        response.set(bhttp::field::content_type, "application/json");
        if (request.method() == bhttp::verb::post) {
            const std::int64_t id = co_await writer.async_insert(blob_from(request.body()), 1, asio::use_awaitable);
            response.result(id >= 0 ? bhttp::status::created : bhttp::status::internal_server_error);
            response.body() = id >= 0 ? "{\"id\":" + std::to_string(id) + "}" : "{\"error\":\"not stored\"}";
        }
        response.keep_alive(request.keep_alive());
        response.prepare_payload();
        auto [write_error, written] =
            co_await bhttp::async_write(socket, response, asio::as_tuple(asio::use_awaitable));
        (void)written;
        if (write_error || !response.keep_alive()) break;
    }
    boost::system::error_code ignored;
    socket.shutdown(tcp::socket::shutdown_send, ignored);
}

}  // namespace

int main(int argc, char** argv) {
    const std::string data = bare::option(argc, argv, "--data");
    const auto endpoint = bare::parse_listen(bare::option(argc, argv, "--listen"));
    if (!endpoint || data.empty()) {
        std::cerr << "usage: bare_insert_server --listen HOST:PORT --data DIR\n";
        return 2;
    }
    Writer writer(data + "/bare.db");
    bare::run(*endpoint, [&writer](asio::io_context&, tcp::socket socket) {
        auto executor = socket.get_executor();
        asio::co_spawn(executor, serve(std::move(socket), writer), asio::detached);
    });
    writer.stop();  // commits what is queued; its answers are dropped with the io_context
    return 0;
}

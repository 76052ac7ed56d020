// The connections of ws_load (bench/ws_load.cpp): what its coroutines and its
// main thread share (Run), and how the main thread sets them going. The
// coroutines (ws_load_session.cpp) run on the I/O threads, each connection on
// its own strand; the main thread only reads Run's atomics and sets its flags.
// Used by bench/ws_load.cpp only.
#pragma once

#include <boost/asio.hpp>
#include "ws_load_support.hpp"

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace ws_load {

namespace asio = boost::asio;

struct Connection;  // one WebSocket and its round trips (ws_load_session.cpp)
using ConnectionPtr = std::shared_ptr<Connection>;

// What the coroutines and the main thread share: counters are atomics, the
// rest is behind `mutex`. Lives in main() until the I/O threads are joined.
struct Run {
    Options options;
    Url url;
    asio::ip::tcp::endpoint endpoint;
    std::string host_header;
    std::string tag;                         // in every nickname: tells this run's conversations from older ones
    std::vector<asio::ip::address> sources;  // empty: the kernel picks the source address
    std::atomic<std::size_t> established{0}, failed{0}, dropped{0}, started{0};
    std::atomic<std::size_t> pairs_ready{0}, pairs_running{0}, pairs_done{0}, accepted{0};
    std::atomic<std::size_t> messages{0}, active{0}, rate_limited{0};
    std::atomic<bool> staff_done{false}, staff_failed{false};
    std::atomic<bool> go{false}, measuring{false}, stopping{false}, chat_closed{false};
    std::mutex mutex;
    std::map<std::string, std::size_t> problems;
    std::vector<ConnectionPtr> connections;
    std::string next_open = "null";

    void note(const std::string& problem) {
        std::lock_guard lock(mutex);
        ++problems[problem];
    }
    // An error frame from the server; `rate_limited` ones are also counted apart.
    void note_error_frame(const std::string& who, std::string_view code, std::string_view message) {
        if (code == "rate_limited") ++rate_limited;
        note(who + ": error frame " + std::string(code) + " (" + std::string(message.substr(0, 100)) + ")");
    }
    void keep(const ConnectionPtr& connection) {
        std::lock_guard lock(mutex);
        connections.push_back(connection);
    }
};

// Opens connections begin..end-1 (visitors in the chat), at most
// `concurrent_connects` handshakes at a time. Each one that opens lives on by
// itself: held open, or, for the last `pairs` of all, messaging once `go` is
// set. Counts into established and failed. Returns at once.
void spawn_connectors(Run& run, asio::io_context& io, std::size_t begin, std::size_t end);

// Chat: the member of staff, who takes `quota` conversations (sets staff_done
// when done taking) and answers every visitor message. Returns at once.
void spawn_staff(Run& run, asio::io_context& io, std::size_t quota);

// Closes every socket, each on its own strand; the coroutines then end.
void close_all(Run& run);

// Once the I/O threads have stopped: every measured round trip in ms, sorted.
// Forgets the connections, whose sockets must go before the io_context does.
std::vector<double> take_round_trips(Run& run);

}  // namespace ws_load

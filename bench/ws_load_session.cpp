// The coroutines of ws_load: open a connection (TCP, WebSocket upgrade, and in
// the chat the visitor's start), hold it, run a pair's closed loop (echo or
// visitor), and the member of staff who takes and answers the pairs'
// conversations. See ws_load_session.hpp for who runs what where.
#include "ws_load_session.hpp"

#include <netinet/in.h>
#include <sys/socket.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <mutex>
#include <string>
#include <tuple>
#include <utility>

#ifndef IP_BIND_ADDRESS_NO_PORT
#define IP_BIND_ADDRESS_NO_PORT 24  // Linux 4.2; older C libraries lack the name
#endif

namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace json = boost::json;
using tcp = boost::asio::ip::tcp;
using SteadyClock = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace ws_load {

enum class Role { held, pair, staff };

struct Connection {
    Connection(const asio::any_io_executor& executor, Role role, std::size_t index)
        : ws(executor), role(role), index(index) {}
    websocket::stream<beast::tcp_stream> ws;
    beast::flat_buffer buffer;
    Role role;
    std::size_t index;
    std::int64_t next_seq = 1;       // the next number this side sends
    std::vector<double> samples_ms;  // a pair's round trips in the measured time
};

namespace {

constexpr auto kConnectTimeout = 10s;
constexpr auto kHandshakeTimeout = 10s;
constexpr std::size_t kVisitorFrameMax = 64 * 1024;
constexpr std::size_t kStaffFrameMax = 16 * 1024 * 1024;  // the queue frame lists up to 50 conversations

// Counts a coroutine as alive, so that shutdown can wait for them to end.
struct Alive {
    explicit Alive(Run& run) : m_run(run) { ++m_run.active; }
    ~Alive() { --m_run.active; }
    Alive(const Alive&) = delete;
    Alive& operator=(const Alive&) = delete;

  private:
    Run& m_run;
};

std::string_view string_of(const json::object& frame, std::string_view key) {
    const auto* value = frame.if_contains(key);
    return value && value->is_string() ? std::string_view(value->get_string()) : std::string_view();
}

std::int64_t number_of(const json::object& frame, std::string_view key) {
    const auto* value = frame.if_contains(key);
    if (value && value->is_int64()) return value->get_int64();
    if (value && value->is_uint64()) return static_cast<std::int64_t>(value->get_uint64());
    return -1;
}

std::int64_t now_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(SteadyClock::now().time_since_epoch()).count();
}

// A message text that carries its send time, padded so that the visitor's
// frame is about `frame_bytes` long. Only [0-9a-z= ]: no JSON escaping needed.
std::string stamped_text(std::size_t frame_bytes) {
    std::string text = "t=" + std::to_string(now_ns()) + " ";
    constexpr std::size_t kFrameOverhead = 44;  // {"type":"message","seq":NNNNN,"text":""}
    if (frame_bytes > kFrameOverhead + text.size()) text.append(frame_bytes - kFrameOverhead - text.size(), 'x');
    return text;
}

// Milliseconds since the time in a stamped text; negative when there is none.
double round_trip_ms(std::string_view text) {
    if (text.rfind("t=", 0) != 0) return -1;
    const long long sent = std::atoll(std::string(text.substr(2, 24)).c_str());
    return sent > 0 ? static_cast<double>(now_ns() - sent) / 1e6 : -1;
}

std::string visitor_message(std::int64_t seq, std::string_view text) {
    return R"({"type":"message","seq":)" + std::to_string(seq) + R"(,"text":")" + std::string(text) + "\"}";
}

std::string visitor_ack(std::int64_t seq) {
    return R"({"type":"ack","seq":)" + std::to_string(seq) + "}";
}

// WS_LOAD_TRACE=1 in the environment: every frame of the staff connection and
// of the pairs on stderr (for finding out what a server answers; not for a run
// that is measured).
void trace(const Connection& connection, std::string_view direction, std::string_view frame) {
    static const bool enabled = std::getenv("WS_LOAD_TRACE") != nullptr;
    if (!enabled || connection.role == Role::held) return;
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    std::cerr << (connection.role == Role::staff ? "staff " : "pair ") << connection.index << " " << direction << " "
              << frame.substr(0, 300) << "\n";
}

// Reads one frame and parses it; a frame that is not a JSON object gives an empty object.
asio::awaitable<std::pair<beast::error_code, json::object>> read_frame(Connection& connection) {
    connection.buffer.clear();
    auto [error, bytes] = co_await connection.ws.async_read(connection.buffer, asio::as_tuple(asio::use_awaitable));
    (void)bytes;
    if (error) co_return std::pair{error, json::object()};
    const auto data = connection.buffer.cdata();
    const std::string_view text(static_cast<const char*>(data.data()), data.size());
    trace(connection, "<-", text);
    boost::system::error_code parse_error;
    json::value value = json::parse(text, parse_error);
    if (parse_error || !value.is_object()) co_return std::pair{beast::error_code(), json::object()};
    co_return std::pair{beast::error_code(), std::move(value.as_object())};
}

asio::awaitable<beast::error_code> write_frame(Connection& connection, const std::string& frame) {
    trace(connection, "->", frame);
    auto [error, bytes] = co_await connection.ws.async_write(asio::buffer(frame), asio::as_tuple(asio::use_awaitable));
    (void)bytes;
    co_return error;
}

asio::awaitable<void> sleep_for(std::chrono::milliseconds duration) {
    asio::steady_timer timer(co_await asio::this_coro::executor, duration);
    co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
}

asio::awaitable<void> wait_for_go(Run& run) {
    while (!run.go && !run.stopping) co_await sleep_for(2ms);
}

// TCP connect (from one of the source addresses) and the WebSocket upgrade.
asio::awaitable<bool> establish(Run& run, Connection& connection, const std::string& target) {
    auto& stream = beast::get_lowest_layer(connection.ws);
    if (!run.sources.empty()) {
        beast::error_code error;
        auto& socket = stream.socket();
        socket.open(run.endpoint.protocol(), error);
        // The port is picked at connect(), per destination, not at bind().
        const int one = 1;
        if (!error) ::setsockopt(socket.native_handle(), IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
        if (!error) socket.bind(tcp::endpoint(run.sources[connection.index % run.sources.size()], 0), error);
        if (error) {
            run.note("bind: " + error.message());
            co_return false;
        }
    }
    stream.expires_after(kConnectTimeout);
    auto [connect_error] = co_await stream.async_connect(run.endpoint, asio::as_tuple(asio::use_awaitable));
    if (connect_error) {
        run.note("connect: " + connect_error.message());
        co_return false;
    }
    stream.expires_never();  // from here the WebSocket's own timeouts apply
    // As browsers do for WebSockets: without it, the second of two small frames
    // in a row (an ack, then the next message) waits for the server's delayed ACK.
    beast::error_code ignored;
    stream.socket().set_option(tcp::no_delay(true), ignored);
    connection.ws.set_option(websocket::stream_base::timeout{kHandshakeTimeout, websocket::stream_base::none(), false});
    connection.ws.read_message_max(connection.role == Role::staff ? kStaffFrameMax : kVisitorFrameMax);
    const Role role = connection.role;
    connection.ws.set_option(websocket::stream_base::decorator([&run, role](websocket::request_type& request) {
        request.set(beast::http::field::user_agent, "ws_load");
        if (role == Role::staff) {
            request.set(beast::http::field::authorization, "Bearer " + run.options.staff_token);
        } else if (run.options.mode == Mode::chat) {
            request.set(beast::http::field::origin, run.options.origin);
        }
    }));
    websocket::response_type response;
    auto [handshake_error] =
        co_await connection.ws.async_handshake(response, run.host_header, target, asio::as_tuple(asio::use_awaitable));
    if (handshake_error) {
        run.note(handshake_error == websocket::error::upgrade_declined
                     ? "upgrade declined: HTTP " + std::to_string(response.result_int())
                     : "upgrade: " + handshake_error.message());
        co_return false;
    }
    connection.ws.text(true);
    co_return true;
}

// Chat: a visitor's start, answered with `started` (or `closed`, or an error).
// The pairs say they are in danger: urgent, so staff's "accept the first
// waiting" takes them before the thousands that came earlier.
asio::awaitable<bool> start_chat(Run& run, Connection& connection) {
    const bool pair = connection.role == Role::pair;
    const std::string start = R"({"type":"start","nickname":")" + std::string(pair ? "pair-" : "held-") + run.tag +
                              "-" + std::to_string(connection.index) + R"(","danger":")" + (pair ? "yes" : "no") +
                              R"(","safe":"yes","language":"nl"})";
    if (auto error = co_await write_frame(connection, start)) {
        run.note("start: " + error.message());
        co_return false;
    }
    while (true) {
        auto [error, frame] = co_await read_frame(connection);
        if (error) {
            run.note("start: " + error.message());
            co_return false;
        }
        const auto type = string_of(frame, "type");
        if (type == "started") {
            ++run.started;
            co_return true;
        }
        if (type == "closed") {
            if (!run.chat_closed.exchange(true)) {
                const auto* next = frame.if_contains("next_open");
                std::lock_guard lock(run.mutex);
                if (next) run.next_open = json::serialize(*next);
            }
            co_return false;
        }
        if (type == "error") {
            run.note_error_frame("start", string_of(frame, "code"), string_of(frame, "message"));
            co_return false;
        }
    }
}

// A connection that only stays open: reads (the chat's queue updates) until
// the end, acknowledging any message, and counts it as dropped if it closes early.
asio::awaitable<void> hold(Run& run, ConnectionPtr connection) {
    while (true) {
        auto [error, frame] = co_await read_frame(*connection);
        if (error) {
            if (!run.stopping) {
                ++run.dropped;
                run.note("dropped: " + error.message());
            }
            co_return;
        }
        if (run.options.mode != Mode::chat) continue;
        const auto type = string_of(frame, "type");
        if (type == "message") {
            (void)co_await write_frame(*connection,
                                       visitor_ack(number_of(frame, "seq")));  // a failure shows in the next read
        } else if (type == "error") {
            run.note_error_frame("visitor", string_of(frame, "code"), string_of(frame, "message"));
        } else if (type == "state" && string_of(frame, "state") == "ended") {
            run.note("visitor: conversation ended by the server");
        }
    }
}

void record(Run& run, Connection& connection, double milliseconds) {
    if (!run.measuring || milliseconds < 0) return;
    connection.samples_ms.push_back(milliseconds);
    ++run.messages;
}

// Echo: send, read the echo, time it, send the next.
asio::awaitable<void> echo_pair(Run& run, ConnectionPtr connection) {
    co_await wait_for_go(run);
    ++run.pairs_running;
    while (!run.stopping) {
        const auto frame = visitor_message(connection->next_seq++, stamped_text(run.options.message_bytes));
        beast::error_code error = co_await write_frame(*connection, frame);
        json::object answer;
        if (!error) std::tie(error, answer) = co_await read_frame(*connection);
        if (error) {
            if (!run.stopping) {
                ++run.dropped;
                run.note("pair: " + error.message());
            }
            co_return;
        }
        record(run, *connection, round_trip_ms(string_of(answer, "text")));
    }
    ++run.pairs_done;
    co_await hold(run, connection);
}

// Chat: wait until staff took the conversation, then message in a closed loop;
// each staff answer carries the visitor's text, so its send time.
asio::awaitable<void> chat_pair(Run& run, ConnectionPtr connection) {
    bool talking = false;
    bool sent_last = false;  // after the stop: the last answer is in, nothing more goes out
    while (true) {
        if (talking && connection->next_seq == 1) {
            co_await wait_for_go(run);
            if (run.stopping) break;
            ++run.pairs_running;
            const auto first = visitor_message(connection->next_seq++, stamped_text(run.options.message_bytes));
            if (auto error = co_await write_frame(*connection, first)) break;
        }
        auto [error, frame] = co_await read_frame(*connection);
        if (error) {
            if (!run.stopping) {
                ++run.dropped;
                run.note("pair: " + error.message());
            }
            co_return;
        }
        const auto type = string_of(frame, "type");
        if (type == "state") {
            const auto state = string_of(frame, "state");
            if (state == "talking" && !talking) {
                talking = true;
                ++run.pairs_ready;
            } else if (state == "ended") {
                run.note("pair: conversation ended by the server");
                break;
            }
        } else if (type == "message") {
            record(run, *connection, round_trip_ms(string_of(frame, "text")));
            if (auto write_error = co_await write_frame(*connection, visitor_ack(number_of(frame, "seq")))) break;
            if (run.stopping) {
                sent_last = true;
                break;
            }
            const auto next = visitor_message(connection->next_seq++, stamped_text(run.options.message_bytes));
            if (auto write_error = co_await write_frame(*connection, next)) break;
        } else if (type == "error") {
            // A refused message (rate_limited) is not answered: this pair stops
            // there, and the count in the result line says why.
            run.note_error_frame("pair", string_of(frame, "code"), string_of(frame, "message"));
        }
    }
    if (sent_last) ++run.pairs_done;
    co_await hold(run, connection);
}

// Chat: the member of staff. Takes `quota` conversations one by one
// (accept with null: the first waiting), then answers every visitor message.
asio::awaitable<void> staff_session(Run& run, ConnectionPtr connection, std::size_t quota) {
    Alive alive(run);
    if (!co_await establish(run, *connection, "/staff/chat/ws")) {
        run.staff_failed = true;
        run.staff_done = true;
        co_return;
    }
    // This run's conversations and the next staff number of each. A server
    // that served an earlier run hands this person its conversations back too.
    const std::string ours = "pair-" + run.tag + "-";
    std::map<std::int64_t, std::int64_t> next_seq;
    beast::error_code error = co_await write_frame(*connection, R"({"type":"pseudonym","name":"Bench"})");
    while (next_seq.size() < quota && !error) {
        error = co_await write_frame(*connection, R"({"type":"accept","conversation":null})");
        bool answered = false;
        while (!answered && !error) {
            json::object frame;
            std::tie(error, frame) = co_await read_frame(*connection);
            const auto type = string_of(frame, "type");
            if (type == "conversation" && string_of(frame, "state") == "talking" &&
                string_of(frame, "nickname").starts_with(ours)) {
                answered = next_seq.emplace(number_of(frame, "conversation"), 1).second;
                if (answered) ++run.accepted;
            } else if (type == "error") {
                run.note_error_frame("staff accept", string_of(frame, "code"), string_of(frame, "message"));
                if (string_of(frame, "code") != "rate_limited") quota = next_seq.size();  // no more to take
                if (string_of(frame, "code") == "rate_limited") co_await sleep_for(200ms);
                answered = true;
            }
        }
    }
    run.staff_done = true;
    while (!error) {
        json::object frame;
        std::tie(error, frame) = co_await read_frame(*connection);
        const auto type = string_of(frame, "type");
        if (error) break;
        if (type == "message") {
            const auto number = number_of(frame, "conversation");
            const auto conversation = next_seq.find(number);
            if (conversation == next_seq.end()) continue;  // not this run's
            // The server also shows each console the messages of staff (its own
            // included, for a person's other tabs): only a visitor's is answered.
            if (string_of(frame, "from") == "staff") continue;
            json::object answer{{"type", "message"},
                                {"conversation", number},
                                {"seq", conversation->second++},
                                {"text", string_of(frame, "text")}};
            error = co_await write_frame(*connection, json::serialize(answer));
        } else if (type == "error") {
            run.note_error_frame("staff", string_of(frame, "code"), string_of(frame, "message"));
        } else if (type == "ended") {
            run.note("staff: conversation ended by " + std::string(string_of(frame, "by")));
        }
    }
    if (!run.stopping) {
        run.staff_failed = true;
        run.note("staff: connection lost: " + error.message());
    }
}

asio::awaitable<void> live(Run& run, ConnectionPtr connection) {
    Alive alive(run);
    if (connection->role == Role::held) co_await hold(run, connection);
    if (connection->role == Role::pair && run.options.mode == Mode::echo) co_await echo_pair(run, connection);
    if (connection->role == Role::pair && run.options.mode == Mode::chat) co_await chat_pair(run, connection);
}

asio::awaitable<bool> open_visitor(Run& run, ConnectionPtr connection) {
    const std::string target = run.options.mode == Mode::chat ? "/chat/ws" : run.url.path;
    if (!co_await establish(run, *connection, target)) co_return false;
    if (run.options.mode == Mode::chat) co_return co_await start_chat(run, *connection);
    co_return true;
}

// One of the C workers that open connections next..end one after another.
asio::awaitable<void> connector(Run& run, asio::io_context& io, std::shared_ptr<std::atomic<std::size_t>> next,
                                std::size_t end) {
    Alive alive(run);
    while (!run.stopping && !run.chat_closed) {
        const std::size_t index = next->fetch_add(1);
        if (index >= end) break;
        // The pairs are the last ones opened (see run_load).
        const Role role = index + run.options.pairs >= run.options.connections ? Role::pair : Role::held;
        auto connection = std::make_shared<Connection>(asio::make_strand(io), role, index);
        run.keep(connection);
        // On the connection's own strand, where it lives from now on.
        const bool opened =
            co_await asio::co_spawn(connection->ws.get_executor(), open_visitor(run, connection), asio::use_awaitable);
        if (!opened) {
            ++run.failed;
            continue;
        }
        ++run.established;
        asio::co_spawn(connection->ws.get_executor(), live(run, connection), asio::detached);
    }
}

}  // namespace

void spawn_connectors(Run& run, asio::io_context& io, std::size_t begin, std::size_t end) {
    auto next = std::make_shared<std::atomic<std::size_t>>(begin);
    const std::size_t workers = std::min(run.options.concurrent_connects, end - begin);
    for (std::size_t i = 0; i < workers; ++i) {
        asio::co_spawn(asio::make_strand(io), connector(run, io, next, end), asio::detached);
    }
}

void spawn_staff(Run& run, asio::io_context& io, std::size_t quota) {
    auto staff = std::make_shared<Connection>(asio::make_strand(io), Role::staff, 0);
    run.keep(staff);
    asio::co_spawn(staff->ws.get_executor(), staff_session(run, staff, quota), asio::detached);
}

void close_all(Run& run) {
    std::vector<ConnectionPtr> connections;
    {
        std::lock_guard lock(run.mutex);
        connections = run.connections;
    }
    for (const auto& connection : connections) {
        asio::post(connection->ws.get_executor(), [connection] {
            beast::error_code ignored;
            beast::get_lowest_layer(connection->ws).socket().close(ignored);
        });
    }
}

std::vector<double> take_round_trips(Run& run) {
    std::vector<double> samples;
    for (const auto& connection : run.connections) {
        samples.insert(samples.end(), connection->samples_ms.begin(), connection->samples_ms.end());
    }
    run.connections.clear();
    std::sort(samples.begin(), samples.end());
    return samples;
}

}  // namespace ws_load

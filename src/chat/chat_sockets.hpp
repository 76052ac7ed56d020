// The chat's WebSocket connections: one for a visitor (/chat/ws), one for a
// staff console (/staff/chat/ws). http/ reads the upgrade request, checks who
// may connect, and hands the stream over; each connection then reads frames,
// calls the ChatHub, and writes what the hub tells it, one write in flight and
// a bounded queue behind it (a reader that stops reading is disconnected, not
// buffered without end). Nothing here logs a frame or an address.
//
// The coroutines run on the connection's strand; the hub may tell a connection
// something from any thread (it is posted to the strand).
#pragma once

#include <boost/asio/awaitable.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <functional>

#include "domain/audit.hpp"
#include "domain/chat_hub.hpp"
#include "security/rate_limiter.hpp"

namespace meldpunt::chat {

using UpgradeRequest = boost::beast::http::request<boost::beast::http::string_body>;
// The server's way to close open sockets when it stops: it is handed a closer.
using StopHook = std::function<void(std::function<void()>)>;

struct VisitorSocketOptions {
    domain::ChatHub* hub = nullptr;
    security::RateLimiter* start_limiter = nullptr;  // chats started per address
    std::string address_key;                         // for that limiter only; never stored
    const Clock* clock = nullptr;
    double frames_per_second = 20;  // after a burst of 200; 0 lifts the limit (benchmarks)
};

struct StaffSocketOptions {
    domain::ChatHub* hub = nullptr;
    domain::StaffIdentity identity;
    // Checks, away from the I/O thread, that the session still holds (signed
    // out, disabled, roles changed, idle); `in_use`: the person sent something
    // since the last check, which keeps the session alive like a page would.
    // Calls back with the answer on any thread.
    std::function<void(bool in_use, std::function<void(bool)>)> recheck;
    // Writes an audit entry away from the I/O thread (codes and numbers only).
    std::function<void(domain::AuditAction, std::optional<domain::UserId> subject)> audit;
    // The console's language for the messages of error frames (English msgid in, text out).
    std::function<std::string(std::string_view)> translate;
    double frames_per_second = 20;
};

boost::asio::awaitable<void> serve_visitor_socket(boost::beast::tcp_stream stream, UpgradeRequest request,
                                                  VisitorSocketOptions options, StopHook on_stop);
boost::asio::awaitable<void> serve_staff_socket(boost::beast::tcp_stream stream, UpgradeRequest request,
                                                StaffSocketOptions options, StopHook on_stop);

}  // namespace meldpunt::chat

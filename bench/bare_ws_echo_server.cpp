// bare_ws_echo_server: the baseline the live chat is compared against. The least
// a Beast WebSocket server on this machine does for a held connection and a
// relayed frame: accept the upgrade on any path, then echo every frame back as
// it came (text stays text), on 2 I/O threads with C++20 coroutines like
// src/http/server.cpp. It keeps Beast's suggested server timeouts (idle pings),
// which any real server needs too, but no routing, JSON, queue or fan-out.
// Usage: bare_ws_echo_server --listen HOST:PORT (port 0 picks one).
// Prints "listening on http://HOST:PORT" (the upgrade starts as HTTP; clients
// use ws://HOST:PORT/) and stops on SIGTERM or SIGINT.
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include "bare_server.hpp"

#include <iostream>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;

namespace {

// The chat protocol's largest frame is 8 KiB; a little room above it.
constexpr std::size_t kMaxFrame = 16 * 1024;

asio::awaitable<void> echo(tcp::socket socket) {
    websocket::stream<tcp::socket> ws(std::move(socket));
    ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
    ws.read_message_max(kMaxFrame);
    auto [accept_error] = co_await ws.async_accept(asio::as_tuple(asio::use_awaitable));
    if (accept_error) co_return;
    beast::flat_buffer buffer;
    while (true) {
        auto [read_error, read] = co_await ws.async_read(buffer, asio::as_tuple(asio::use_awaitable));
        if (read_error) break;
        ws.text(ws.got_text());
        auto [write_error, written] = co_await ws.async_write(buffer.data(), asio::as_tuple(asio::use_awaitable));
        (void)read;
        (void)written;
        if (write_error) break;
        buffer.consume(buffer.size());
    }
    // A close frame from the client has been answered by Beast already; on any
    // other error the socket simply closes when `ws` goes.
}

}  // namespace

int main(int argc, char** argv) {
    const auto endpoint = bare::parse_listen(bare::option(argc, argv, "--listen"));
    if (!endpoint) {
        std::cerr << "usage: bare_ws_echo_server --listen HOST:PORT\n";
        return 2;
    }
    bare::run(*endpoint, [](asio::io_context&, tcp::socket socket) {
        auto executor = socket.get_executor();
        asio::co_spawn(executor, echo(std::move(socket)), asio::detached);
    });
    return 0;
}

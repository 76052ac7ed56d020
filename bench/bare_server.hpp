// What the baseline servers share: reading --options, listening, and running
// an accept loop on 2 I/O threads until SIGINT or SIGTERM. Header-only; used by
// bare_page_server.cpp, bare_insert_server.cpp and bare_ws_echo_server.cpp only.
#pragma once

#include <boost/asio.hpp>

#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace bare {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

inline constexpr int kIoThreads = 2;

inline std::string option(int argc, char** argv, const std::string& name) {
    for (int i = 1; i + 1 < argc; ++i) {
        if (argv[i] == name) return argv[i + 1];
    }
    return {};
}

inline std::optional<tcp::endpoint> parse_listen(const std::string& listen) {
    const auto colon = listen.rfind(':');
    if (colon == std::string::npos || colon == 0) return std::nullopt;
    return tcp::endpoint(asio::ip::make_address(listen.substr(0, colon)),
                         static_cast<unsigned short>(std::stoi(listen.substr(colon + 1))));
}

// Accepts connections and hands each socket (on its own strand) to `serve`.
// Prints "listening on http://HOST:PORT" and returns when a signal arrives.
inline void run(const tcp::endpoint& endpoint, const std::function<void(asio::io_context&, tcp::socket)>& serve) {
    asio::io_context io(kIoThreads);
    tcp::acceptor acceptor(io, endpoint);
    std::cout << "listening on http://" << endpoint.address().to_string() << ":" << acceptor.local_endpoint().port()
              << std::endl;
    asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const boost::system::error_code&, int) { io.stop(); });
    asio::co_spawn(
        io,
        [&]() -> asio::awaitable<void> {
            while (true) {
                auto [error, socket] =
                    co_await acceptor.async_accept(asio::make_strand(io), asio::as_tuple(asio::use_awaitable));
                if (error == asio::error::operation_aborted) co_return;
                if (!error) serve(io, std::move(socket));
            }
        },
        asio::detached);
    std::vector<std::thread> threads;
    for (int i = 1; i < kIoThreads; ++i) threads.emplace_back([&io] { io.run(); });
    io.run();
    for (auto& thread : threads) thread.join();
}

}  // namespace bare

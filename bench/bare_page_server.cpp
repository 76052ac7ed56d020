// bare_page_server: the baseline the real server's page throughput is compared
// against. The least a Beast server on this machine can do for a page: read a
// request and answer every GET with one fixed HTML page (about the size of the
// real home page), keep-alive, on 2 I/O threads with C++20 coroutines like
// src/http/server.cpp, but with no routing, templates or headers beyond the
// necessary. Usage: bare_page_server --listen HOST:PORT [--page-bytes N]
// (port 0 picks one; N defaults to 8 KiB, run.sh passes the real page's size).
// Prints "listening on http://HOST:PORT" and stops on SIGTERM or SIGINT.
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include "bare_server.hpp"

#include <algorithm>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

namespace {

constexpr std::size_t kDefaultPageSize = 8 * 1024;

// A plausible page of exactly `size` bytes: the size matters, not the words.
std::string make_page(std::size_t size) {
    std::string page =
        "<!doctype html>\n<html lang=\"nl\"><head><meta "
        "charset=\"utf-8\"><title>Meldpunt</title></head>\n<body><main>\n";
    const std::string paragraph =
        "<p>Dit is een vaste pagina van de basislijn. Zij is ongeveer even groot als de echte startpagina, "
        "zodat het verschil in doorvoer laat zien wat routering, sjablonen en kopregels kosten.</p>\n";
    const std::string closing = "</main></body></html>\n";
    while (page.size() + paragraph.size() + closing.size() <= size) page += paragraph;
    page += closing;
    page.resize(size, ' ');
    return page;
}

asio::awaitable<void> serve(tcp::socket socket, const std::string& page) {
    beast::flat_buffer buffer;
    while (true) {
        bhttp::request<bhttp::empty_body> request;
        auto [read_error, read] =
            co_await bhttp::async_read(socket, buffer, request, asio::as_tuple(asio::use_awaitable));
        (void)read;
        if (read_error) break;
        const bool get = request.method() == bhttp::verb::get;
        bhttp::response<bhttp::string_body> response{get ? bhttp::status::ok : bhttp::status::method_not_allowed,
                                                     request.version()};
        response.set(bhttp::field::content_type, "text/html; charset=utf-8");
        if (get) response.body() = page;
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
    const auto endpoint = bare::parse_listen(bare::option(argc, argv, "--listen"));
    if (!endpoint) {
        std::cerr << "usage: bare_page_server --listen HOST:PORT [--page-bytes N]\n";
        return 2;
    }
    const std::string page_bytes = bare::option(argc, argv, "--page-bytes");
    const std::size_t size = page_bytes.empty() ? kDefaultPageSize : std::stoul(page_bytes);
    const std::string page = make_page(std::max<std::size_t>(size, 256));
    bare::run(*endpoint, [&page](asio::io_context&, tcp::socket socket) {
        auto executor = socket.get_executor();
        asio::co_spawn(executor, serve(std::move(socket), page), asio::detached);
    });
    return 0;
}

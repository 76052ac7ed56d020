#include "http/server.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket/rfc6455.hpp>
#include <boost/url/parse.hpp>

#include <sys/resource.h>
#include <atomic>
#include <csignal>
#include <map>
#include <mutex>
#include <set>

#include "base/text.hpp"
#include "chat/chat_sockets.hpp"
#include "http/dispatch.hpp"
#include "http/form_parser.hpp"
#include "web/fallback_responses.hpp"
#include "security/staff_sessions.hpp"
#include "web/chat_site.hpp"
#include "web/json_api.hpp"
#include "web/staff_access.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

namespace {

constexpr auto kReadTimeout = std::chrono::seconds(15);
constexpr std::size_t kHeaderLimit = 16 * 1024;
constexpr std::size_t kMaxConnections = 20000;
constexpr auto kAcceptRetryDelay = std::chrono::milliseconds(100);

// The bucket a client is counted in: the IPv4 address, or the /64 of an IPv6
// address (one subscriber usually holds a whole /64).
std::string rate_limit_key(const asio::ip::address& address) {
    if (address.is_v6() && !address.to_v6().is_v4_mapped()) {
        auto bytes = address.to_v6().to_bytes();
        std::fill(bytes.begin() + 8, bytes.end(), 0);
        return asio::ip::address_v6(bytes).to_string() + "/64";
    }
    if (address.is_v6()) return asio::ip::make_address_v4(asio::ip::v4_mapped, address.to_v6()).to_string();
    return address.to_string();
}

// Lets the process hold as many sockets as the hard limit allows, and says how
// many connections to accept so that files (database, keys) still open.
std::size_t connection_limit() {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) return 1000;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        (void)::setrlimit(RLIMIT_NOFILE, &limit);
        (void)::getrlimit(RLIMIT_NOFILE, &limit);
    }
    const auto usable = limit.rlim_cur > 200 ? limit.rlim_cur - 128 : 64;
    return std::min<std::size_t>(kMaxConnections, usable);
}

struct Connection {
    explicit Connection(tcp::socket socket) : stream(std::move(socket)), executor(stream.get_executor()) {}
    beast::tcp_stream stream;  // moved into the chat when the connection becomes a WebSocket
    asio::any_io_executor executor;  // the connection's strand, still known after that move
    std::function<void()> close_socket;  // set once it is a WebSocket; on the strand only
    std::string address_key;  // for limits only; never logged or stored
    bool from_trusted_proxy = false;
    bool busy = false;  // touched only on the connection's strand
};

std::string media_type(std::string_view header) {
    return to_lower_ascii(trim(header.substr(0, header.find(';'))));
}

// From Beast's message to the plain Request the handlers see.
// The last X-Forwarded-For entry: the address our own proxy saw.
std::string forwarded_client(std::string_view header) {
    const auto comma = header.rfind(',');
    const std::string_view last = trim(comma == std::string_view::npos ? header : header.substr(comma + 1));
    boost::system::error_code error;
    const auto address = asio::ip::make_address(last, error);
    return error ? std::string("unknown") : rate_limit_key(address);
}

Result<web::Request> to_request(bhttp::request<bhttp::string_body>& message, std::string client_address,
                                bool from_trusted_proxy) {
    web::Request request;
    request.method = parse_method(std::string(message.method_string()));
    auto target = boost::urls::parse_origin_form(message.target());
    if (!target) return Error::invalid("", "The address of the request could not be read.");
    request.path = target->path();
    if (request.path.empty()) request.path = "/";
    for (const auto& parameter : target->params()) request.query.emplace(parameter.key, parameter.value);
    request.content_type = media_type(message[bhttp::field::content_type]);
    request.authorization = std::string(message[bhttp::field::authorization]);
    request.fetch_site = to_lower_ascii(message["Sec-Fetch-Site"]);
    request.cookie = std::string(message[bhttp::field::cookie]);
    request.csrf_header = std::string(message["X-CSRF-Token"]);
    // Only our own TLS proxy may tell us the visitor came over HTTPS.
    request.over_https = from_trusted_proxy && to_lower_ascii(message["X-Forwarded-Proto"]) == "https";
    request.body = std::move(message.body());
    request.client_address = std::move(client_address);
    if (request.content_type == "application/x-www-form-urlencoded") {
        auto form = parse_urlencoded(request.body);
        if (!form) return form.error();
        request.form = std::move(*form);
    }
    return request;
}

bhttp::response<bhttp::string_body> to_message(web::Response response, unsigned version, bool keep_alive, bool head) {
    bhttp::response<bhttp::string_body> message{static_cast<bhttp::status>(response.status), version};
    message.set(bhttp::field::content_type, response.content_type);
    for (const auto& [name, value] : response.headers) {
        // A line break in a value would start a header of its own (a planted
        // cookie, say). Handlers should never produce one; if one slips
        // through, the header is dropped rather than sent.
        const bool clean = std::none_of(value.begin(), value.end(), [](char c) {
            const auto byte = static_cast<unsigned char>(c);
            return byte < 0x20 || byte == 0x7f;
        });
        if (clean) {
            message.insert(name, value);
        } else {
            spdlog::error("dropped the {} header of an answer: it held a control character", name);
        }
    }
    const std::size_t size = response.body.size();
    message.body() = head ? std::string() : std::move(response.body);
    message.keep_alive(keep_alive);
    message.prepare_payload();
    if (head) message.content_length(size);
    return message;
}

// The chat's WebSocket paths, when this server has a chat and the request asks
// for an upgrade; empty otherwise (the request is then an ordinary one).
std::string chat_socket_path(const web::Site& site, const bhttp::request<bhttp::string_body>& message) {
    if (site.chat == nullptr || !beast::websocket::is_upgrade(message)) return {};
    const std::string path(message.target().substr(0, message.target().find('?')));
    return path == "/chat/ws" || path == "/staff/chat/ws" ? path : std::string();
}

web::Response socket_refusal(int status, std::string_view code, std::string_view text) {
    web::Response response = web::json_error(status, code, text);
    response.headers.emplace_back("Connection", "close");
    return response;
}

}  // namespace

struct Server::State {
    State(ServerSettings settings_, const Router& router_, const web::Site& site_)
        : settings(std::move(settings_)),
          router(router_),
          site(site_),
          io(static_cast<int>(settings.io_threads)),
          workers(settings.worker_threads),
          acceptor(io),
          signals(io, SIGINT, SIGTERM) {}

    ServerSettings settings;
    const Router& router;
    const web::Site& site;
    asio::io_context io;
    asio::thread_pool workers;
    tcp::acceptor acceptor;
    asio::signal_set signals;
    std::atomic<bool> stopping{false};
    std::mutex connections_mutex;
    std::set<std::shared_ptr<Connection>> connections;
    std::map<std::string, std::size_t> connections_by_address;
    std::size_t max_connections = connection_limit();

    asio::awaitable<void> accept_loop();
    asio::awaitable<void> serve(std::shared_ptr<Connection> connection);
    // Hands an upgrade request for the chat to chat/; answers (and returns
    // false) when it is refused, true when the connection became a WebSocket.
    asio::awaitable<std::optional<web::Response>> serve_websocket(std::shared_ptr<Connection> connection,
                                                                  bhttp::request<bhttp::string_body> message,
                                                                  std::string path);
    asio::awaitable<void> chat_upkeep();
    void begin_stop();
};

asio::awaitable<void> Server::State::accept_loop() {
    while (!stopping) {
        auto [error, socket] =
            co_await acceptor.async_accept(asio::make_strand(io), asio::as_tuple(asio::use_awaitable));
        if (error) {
            if (stopping || error == asio::error::operation_aborted) co_return;
            // Out of descriptors or memory: pause instead of spinning, so the
            // connections we already hold get the CPU to finish.
            asio::steady_timer pause(io, kAcceptRetryDelay);
            co_await pause.async_wait(asio::as_tuple(asio::use_awaitable));
            continue;
        }
        boost::system::error_code ignored;
        const auto peer = socket.remote_endpoint(ignored);
        if (ignored) continue;
        // Small answers and chat frames go out at once, not after the peer's
        // delayed acknowledgement (Nagle added about 40 ms to each chat message).
        socket.set_option(tcp::no_delay(true), ignored);
        auto connection = std::make_shared<Connection>(std::move(socket));
        connection->address_key = rate_limit_key(peer.address());
        connection->from_trusted_proxy =
            !settings.trusted_proxy.empty() && peer.address().to_string() == settings.trusted_proxy;
        {
            std::lock_guard lock(connections_mutex);
            auto& from_address = connections_by_address[connection->address_key];
            if (connections.size() >= max_connections ||
                (from_address >= settings.connections_per_address && !connection->from_trusted_proxy)) {
                if (from_address == 0) connections_by_address.erase(connection->address_key);
                continue;  // refused: the socket closes as `connection` goes
            }
            ++from_address;
            connections.insert(connection);
        }
        asio::co_spawn(connection->stream.get_executor(), serve(connection), asio::detached);
    }
}

asio::awaitable<void> Server::State::serve(std::shared_ptr<Connection> connection) {
    auto& stream = connection->stream;
    beast::flat_buffer buffer;
    bool upgraded = false;  // the stream then belongs to the chat, which has closed it
    while (!stopping) {
        bhttp::request_parser<bhttp::string_body> parser;
        parser.body_limit(settings.body_limit);
        parser.header_limit(kHeaderLimit);
        stream.expires_after(kReadTimeout);
        auto [read_error, bytes] =
            co_await bhttp::async_read(stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
        (void)bytes;
        // A request we can answer with a clear 4xx (too large, malformed) versus a
        // connection that is gone or idle (closed, reset, timed out, stopping).
        const bool refused = read_error && read_error != bhttp::error::end_of_stream &&
                             read_error != bhttp::error::partial_message &&
                             read_error.category() == bhttp::make_error_code(bhttp::error::body_limit).category();
        if (read_error && !refused) break;

        connection->busy = true;
        unsigned version = 11;
        bool keep_alive = false;
        bool head = false;
        web::Response response;
        if (read_error) {
            web::Request partial;
            // The start line may be known even when the header is not complete
            // (a Content-Length over the limit stops the parser inside the header).
            if (auto target = boost::urls::parse_origin_form(parser.get().target())) partial.path = target->path();
            if (parser.get().version() != 0) version = parser.get().version();
            const Error error =
                read_error == bhttp::error::body_limit
                    ? Error::make(ErrorCode::too_large, "The request body is larger than " +
                                                            std::to_string(settings.body_limit / 1024) + " KiB.")
                    : Error::invalid("", "The request could not be read as HTTP.");
            response = web::request_error_response(site, partial, error);
            add_security_headers(response);
        } else if (auto path = chat_socket_path(site, parser.get()); !path.empty()) {
            auto& message = parser.get();
            version = message.version();
            auto refusal = co_await serve_websocket(connection, parser.release(), std::move(path));
            if (!refusal) {
                upgraded = true;
                break;
            }
            response = std::move(*refusal);
            add_security_headers(response);
        } else {
            auto& message = parser.get();
            version = message.version();
            keep_alive = message.keep_alive();
            head = message.method() == bhttp::verb::head;
            std::string client = connection->address_key;
            if (connection->from_trusted_proxy) client = forwarded_client(message["X-Forwarded-For"]);
            auto request = to_request(message, std::move(client), connection->from_trusted_proxy);
            if (!request) {
                web::Request partial;
                partial.path = std::string(message.target().substr(0, message.target().find('?')));
                response = web::request_error_response(site, partial, request.error());
                add_security_headers(response);
            } else {
                // Blocking work (storage, crypto) belongs to the worker pool, never to the
                // I/O threads. The token must be bound to the pool's executor: a plain
                // post(workers, use_awaitable) would resume on this strand again.
                // No route (404/405) answers from memory; otherwise the route decides.
                const RouteMatch match = router.match(request->method, request->path);
                const bool on_pool = match.route && match.route->execution == web::Execution::worker_pool;
                if (on_pool) co_await asio::post(asio::bind_executor(workers.get_executor(), asio::use_awaitable));
                response = dispatch(match, site, *request);
                if (on_pool) co_await asio::post(asio::bind_executor(stream.get_executor(), asio::use_awaitable));
                // The route pattern, never the path: it may carry personal data or line breaks.
                if (response.status >= 500)
                    spdlog::warn("answered {} to {}", response.status,
                                 match.route ? match.route->pattern : std::string("(no route)"));
            }
        }
        auto message = to_message(std::move(response), version, keep_alive && !stopping, head);
        stream.expires_after(kReadTimeout);
        auto [write_error, written] = co_await bhttp::async_write(stream, message, asio::as_tuple(asio::use_awaitable));
        (void)written;
        connection->busy = false;
        if (write_error || !message.keep_alive()) break;
    }
    if (!upgraded) {
        boost::system::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    }
    std::lock_guard lock(connections_mutex);
    connections.erase(connection);
    if (auto it = connections_by_address.find(connection->address_key);
        it != connections_by_address.end() && --it->second == 0) {
        connections_by_address.erase(it);
    }
}

// A WebSocket for the chat: the visitor's needs nothing but the same origin
// (a browser page elsewhere must not open chats in this browser's name); the
// staff console's needs a signed-in member of staff allowed to chat, checked
// on the worker pool like every staff request, and again every 15 seconds.
asio::awaitable<std::optional<web::Response>> Server::State::serve_websocket(
    std::shared_ptr<Connection> connection, bhttp::request<bhttp::string_body> message, std::string path) {
    std::string client = connection->address_key;
    if (connection->from_trusted_proxy) client = forwarded_client(message["X-Forwarded-For"]);
    const std::string origin(message[bhttp::field::origin]);
    const std::string host(message[bhttp::field::host]);
    // Behind our TLS proxy only the https page of this site counts.
    const bool over_https =
        connection->from_trusted_proxy && to_lower_ascii(message["X-Forwarded-Proto"]) == "https";
    if (!origin.empty() && origin != "https://" + host && (over_https || origin != "http://" + host))
        co_return socket_refusal(403, "forbidden", "This connection must come from this website.");
    // Set on the connection's strand once the handshake is done; a stop that
    // came during the handshake closes it at once.
    auto stop_hook = [this, connection](std::function<void()> closer) {
        connection->close_socket = std::move(closer);
        if (stopping) connection->close_socket();
    };
    if (path == "/chat/ws") {
        chat::VisitorSocketOptions options{&site.chat->hub, &site.chat->start_limiter, client, &site.clock,
                                           site.chat->frames_per_second};
        co_await chat::serve_visitor_socket(std::move(connection->stream), std::move(message), std::move(options),
                                            stop_hook);
        co_return std::nullopt;
    }
    auto request = to_request(message, client, connection->from_trusted_proxy);
    if (!request) co_return socket_refusal(400, "invalid_input", request.error().message);
    // Signed in by cookie, a browser must also say which page opened the connection.
    if (request->authorization.empty() && origin.empty())
        co_return socket_refusal(403, "forbidden", "This connection must come from this website.");
    co_await asio::post(asio::bind_executor(workers.get_executor(), asio::use_awaitable));
    auto refused = web::check_access(site, web::Permission::chat_answer, *request);
    co_await asio::post(asio::bind_executor(connection->executor, asio::use_awaitable));
    if (refused) {
        // A console page would be sent to the sign-in page; a connection just hears why.
        if (refused->status == 303) co_return socket_refusal(401, "unauthorized", "Sign in first.");
        refused->headers.emplace_back("Connection", "close");
        co_return std::move(*refused);
    }
    chat::StaffSocketOptions options;
    options.hub = &site.chat->hub;
    options.identity = request->staff->identity;
    options.frames_per_second = site.chat->frames_per_second;
    options.audit = [this, actor = options.identity.id](domain::AuditAction action, std::optional<domain::UserId> subject) {
        asio::post(workers, [this, actor, action, subject] {
            if (auto recorded = site.staff->audit_log.record(action, actor, std::nullopt, subject); !recorded)
                spdlog::error("could not write an audit entry for the chat: {}", recorded.error().message);
        });
    };
    const auto lang = request->query.find("lang");
    const web::Language language =
        lang != request->query.end() && lang->second == "en" ? web::Language::en : web::Language::nl;
    options.translate = [this, language](std::string_view english) { return std::string(site.tr(language, english)); };
    options.recheck = [this, again = std::move(*request)](bool in_use, std::function<void(bool)> done) {
        asio::post(workers, [this, again, in_use, done = std::move(done)]() mutable {
            again.staff.reset();
            again.touches_session = in_use;
            done(!web::check_access(site, web::Permission::chat_answer, again).has_value());
        });
    };
    co_await chat::serve_staff_socket(std::move(connection->stream), std::move(message), std::move(options), stop_hook);
    co_return std::nullopt;
}

// The chat's clock: queue news, time-outs and forgetting, once a second.
asio::awaitable<void> Server::State::chat_upkeep() {
    asio::steady_timer timer(io);
    while (!stopping) {
        timer.expires_after(std::chrono::seconds(1));
        co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
        if (!stopping) site.chat->hub.tick();
    }
}

void Server::State::begin_stop() {
    if (stopping.exchange(true)) return;
    asio::post(io, [this] {
        boost::system::error_code ignored;
        acceptor.close(ignored);
        signals.cancel(ignored);
        std::lock_guard lock(connections_mutex);
        for (const auto& connection : connections) {
            // Idle connections are closed; busy ones finish their answer first.
            asio::post(connection->executor, [connection] {
                if (connection->close_socket) {
                    connection->close_socket();
                } else if (!connection->busy) {
                    connection->stream.cancel();
                }
            });
        }
    });
}

Server::Server(ServerSettings settings, const Router& router, const web::Site& site)
    : m_state(std::make_unique<State>(std::move(settings), router, site)) {}

Server::~Server() = default;

Result<void> Server::listen(const std::function<void(const std::string&)>& on_listening) {
    boost::system::error_code error;
    const auto address = asio::ip::make_address(m_state->settings.host, error);
    if (error) return Error::invalid("listen", "not an IP address: " + m_state->settings.host);
    const tcp::endpoint endpoint(address, m_state->settings.port);
    auto& acceptor = m_state->acceptor;
    acceptor.open(endpoint.protocol(), error);
    if (!error) acceptor.set_option(asio::socket_base::reuse_address(true), error);
    if (!error) acceptor.bind(endpoint, error);
    if (!error) acceptor.listen(asio::socket_base::max_listen_connections, error);
    if (error)
        return Error::make(ErrorCode::unavailable, "cannot listen on " + m_state->settings.host + ":" +
                                                       std::to_string(m_state->settings.port) + ": " + error.message());
    const auto local = acceptor.local_endpoint();
    const std::string host =
        local.address().is_v6() ? "[" + local.address().to_string() + "]" : local.address().to_string();
    on_listening("http://" + host + ":" + std::to_string(local.port()));
    return Ok{};
}

void Server::run() {
    State& state = *m_state;
    state.signals.async_wait([&state](const boost::system::error_code& error, int) {
        if (!error) state.begin_stop();
    });
    asio::co_spawn(state.io, state.accept_loop(), asio::detached);
    if (state.site.chat != nullptr) asio::co_spawn(state.io, state.chat_upkeep(), asio::detached);
    std::vector<std::thread> threads;
    for (std::size_t i = 1; i < state.settings.io_threads; ++i) threads.emplace_back([&state] { state.io.run(); });
    state.io.run();
    for (auto& thread : threads) thread.join();
    state.workers.join();
}

void Server::stop() {
    m_state->begin_stop();
}

Result<ServerSettings> parse_listen_address(std::string_view host_port, ServerSettings base) {
    const auto colon = host_port.rfind(':');
    if (colon == std::string_view::npos || colon == 0) {
        return Error::invalid("listen", "use HOST:PORT, for example 127.0.0.1:8080");
    }
    std::string host(host_port.substr(0, colon));
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    const std::string port_text(host_port.substr(colon + 1));
    if (port_text.empty() || port_text.size() > 5 || port_text.find_first_not_of("0123456789") != std::string::npos ||
        std::stoi(port_text) > 65535) {
        return Error::invalid("listen", "the port must be a number from 0 to 65535");
    }
    base.host = host;
    base.port = static_cast<unsigned short>(std::stoi(port_text));
    return base;
}

}  // namespace meldpunt::http

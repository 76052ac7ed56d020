// Server: the HTTP listener. Accepts connections on I/O threads, reads and
// limits each request, hands it to dispatch() on a worker pool (storage and
// crypto block; the I/O threads never do), and writes the answer back. Stops
// gracefully: stop() closes the listener, lets requests in flight finish and
// closes idle connections. The only translation unit with Beast on the public
// path. run() blocks; stop() may be called from any thread (signal handler
// thread included, through the server's own signal set).
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "base/result.hpp"
#include "http/router.hpp"

namespace meldpunt::http {

struct ServerSettings {
    std::string host = "127.0.0.1";
    unsigned short port = 8080;
    std::size_t body_limit = 64 * 1024;
    std::size_t io_threads = 2;
    std::size_t worker_threads = 64;  // blocked workers are cheap; group commit wants many writers in flight
    std::size_t connections_per_address = 128;
    // When set, requests from this address (a TLS proxy in front of us) are
    // counted against the last X-Forwarded-For entry instead. Empty: that header
    // is ignored, so nobody can pick their own rate-limit bucket.
    std::string trusted_proxy;
};

class Server {
  public:
    Server(ServerSettings settings, const Router& router, const web::Site& site);
    ~Server();
    // Binds; on success `on_listening` gets the real address (port 0 picks one).
    Result<void> listen(const std::function<void(const std::string&)>& on_listening);
    // Serves until SIGINT or SIGTERM (or stop()), then drains.
    void run();
    void stop();

  private:
    struct State;
    std::unique_ptr<State> m_state;
};

Result<ServerSettings> parse_listen_address(std::string_view host_port, ServerSettings base);

}  // namespace meldpunt::http

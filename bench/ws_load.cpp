// ws_load: the load client of the chat benchmark (bench/chat.sh). Opens many
// WebSocket connections and holds them, and on a few of them ("pairs") sends
// ~100-byte messages in a closed loop (the next one after the answer), timing
// each round trip. Two modes:
//   echo: against bare_ws_echo_server; a pair is one connection, the answer is
//         the echo.
//   chat: against `meldpunt serve`; every connection is a visitor on /chat/ws
//         who starts a conversation and waits in the queue. The pairs' visitors
//         start last and urgent (in danger), so that one staff connection
//         (/staff/chat/ws, Bearer token) takes exactly their conversations with
//         "accept the first waiting", and answers each visitor message with the
//         same text; the round trip is visitor -> staff -> visitor. Visitors
//         acknowledge staff messages as docs/chat_protocol.md says.
// Runs its coroutines (ws_load_session.cpp) on --threads I/O threads, each
// connection on its own strand; this main thread only orchestrates.
// Prints progress on stderr and one line "result key=value ..." on stdout.
// Exit status: 0 measured, 1 the chat is closed, 2 usage, 3 could not measure.
#include <unistd.h>

#include <boost/asio.hpp>
#include "ws_load_session.hpp"
#include "ws_load_support.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using SteadyClock = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace ws_load {
namespace {

double seconds_since(SteadyClock::time_point start) {
    return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

// Opens visitors [begin, end) and waits until each opened or failed (or the deadline).
void open_range(Run& run, asio::io_context& io, std::size_t begin, std::size_t end, SteadyClock::time_point deadline) {
    spawn_connectors(run, io, begin, end);
    auto last_progress = SteadyClock::now();
    while (run.established + run.failed < end && !run.chat_closed && SteadyClock::now() < deadline) {
        std::this_thread::sleep_for(20ms);
        if (seconds_since(last_progress) >= 2) {
            last_progress = SteadyClock::now();
            std::cerr << "ws_load: opened " << run.established << " of " << run.options.connections << " ("
                      << run.failed << " failed)" << std::endl;
        }
    }
}

template <typename Predicate>
bool wait_until(Predicate done, std::chrono::seconds bound) {
    const auto deadline = SteadyClock::now() + bound;
    while (!done()) {
        if (SteadyClock::now() >= deadline) return false;
        std::this_thread::sleep_for(10ms);
    }
    return true;
}

std::vector<asio::ip::address> source_addresses(const Options& options, const tcp::endpoint& endpoint) {
    std::size_t count = options.source_addresses;
    if (count == 0) {
        // One address gives each destination about as many connections as the ephemeral port range.
        long low = 32768, high = 60999;
        std::ifstream("/proc/sys/net/ipv4/ip_local_port_range") >> low >> high;
        const auto per_address = static_cast<std::size_t>(std::max(1000L, (high - low + 1) * 9 / 10));
        count = (options.connections + 8) / per_address + 1;
        if (count == 1) return {};
    }
    if (!endpoint.address().is_loopback() || !endpoint.address().is_v4()) {
        if (count > 1) std::cerr << "ws_load: more source addresses only on 127.0.0.0/8; using the default\n";
        return {};
    }
    std::vector<asio::ip::address> sources;
    for (std::size_t i = 1; i <= count && i < 255; ++i) {
        sources.push_back(asio::ip::make_address_v4("127.0.0." + std::to_string(i)));
    }
    return sources;
}

std::string fixed(double value, int digits) {
    std::ostringstream text;
    text << std::fixed << std::setprecision(digits) << value;
    return text.str();
}

int run_load(Run& run) {
    const Options& options = run.options;
    asio::io_context io(static_cast<int>(options.threads));
    auto work = asio::make_work_guard(io);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < options.threads; ++i) threads.emplace_back([&io] { io.run(); });

    const long rss_before = status_kb(options.server_pid, "VmRSS");
    const auto open_started = SteadyClock::now();
    const auto deadline = open_started + std::chrono::duration_cast<SteadyClock::duration>(
                                             std::chrono::duration<double>(options.connect_seconds));
    bool staff_ok = true;
    if (options.mode == Mode::echo) {
        open_range(run, io, 0, options.connections, deadline);
    } else {
        // The pairs last: they must keep reading (the server pings idle
        // connections), which they do not while they wait for the start signal.
        const std::size_t held = options.connections - options.pairs;
        open_range(run, io, 0, held, deadline);
        const std::size_t held_started = run.established;
        if (!run.chat_closed) open_range(run, io, held, options.connections, deadline);
        const std::size_t pairs_started = run.established - held_started;
        if (options.pairs > 0 && !run.chat_closed) {
            spawn_staff(run, io, pairs_started);
            wait_until([&run] { return run.staff_done.load(); }, 60s);
            wait_until([&run] { return run.pairs_ready >= run.accepted; }, 30s);
            staff_ok = !run.staff_failed;
            std::cerr << "ws_load: staff took " << run.accepted << " of " << pairs_started << " conversations; "
                      << run.pairs_ready << " visitors see them as talking" << std::endl;
        }
    }
    const double open_seconds = seconds_since(open_started);
    const std::size_t established = run.established;
    std::cerr << "ws_load: opened " << established << " of " << options.connections << " in " << fixed(open_seconds, 1)
              << " s (" << run.failed << " failed)" << std::endl;

    double measured_seconds = 0;
    long rss_held = 0;
    if (!run.chat_closed) {
        std::this_thread::sleep_for(1s);  // let the server settle before reading its memory
        rss_held = status_kb(options.server_pid, "VmRSS");
        run.go = true;
        std::this_thread::sleep_for(std::chrono::duration<double>(options.warmup_seconds));
        const auto measure_started = SteadyClock::now();
        run.measuring = true;
        std::this_thread::sleep_for(std::chrono::duration<double>(options.seconds));
        run.measuring = false;
        measured_seconds = seconds_since(measure_started);
        run.stopping = true;
        wait_until([&run] { return run.pairs_done >= run.pairs_running; }, 3s);
    }
    run.stopping = true;
    const std::size_t dropped = run.dropped;
    const long rss_end = status_kb(options.server_pid, "VmRSS");
    const long hwm = status_kb(options.server_pid, "VmHWM");
    close_all(run);
    const bool ended = wait_until([&run] { return run.active == 0; }, 10s);
    work.reset();
    if (!ended) io.stop();  // a coroutine still waits: its frame goes with the io_context
    for (auto& thread : threads) thread.join();

    const std::vector<double> samples = take_round_trips(run);  // before `io` goes
    for (const auto& [problem, count] : run.problems) std::cerr << "ws_load: " << count << " x " << problem << "\n";

    const std::size_t held = established - std::min(established, dropped);
    const double per_connection =
        established > 0 && rss_held > 0 ? static_cast<double>(rss_held - rss_before) * 1024 / established : 0;
    std::cout << "result mode=" << (options.mode == Mode::echo ? "echo" : "chat")
              << " connections=" << options.connections << " established=" << established << " held=" << held
              << " failed=" << run.failed << " dropped=" << dropped << " open_s=" << fixed(open_seconds, 1);
    if (options.mode == Mode::chat) {
        std::cout << " started=" << run.started << " accepted=" << run.accepted << " closed=" << run.chat_closed
                  << " rate_limited=" << run.rate_limited;
    }
    std::cout << " pairs=" << options.pairs << " pairs_running=" << run.pairs_running << " messages=" << samples.size()
              << " msg_per_s="
              << fixed(measured_seconds > 0 ? static_cast<double>(samples.size()) / measured_seconds : 0, 0)
              << " rtt_p50_ms=" << fixed(quantile(samples, 0.50), 3)
              << " rtt_p90_ms=" << fixed(quantile(samples, 0.90), 3)
              << " rtt_p99_ms=" << fixed(quantile(samples, 0.99), 3)
              << " rtt_max_ms=" << fixed(samples.empty() ? 0 : samples.back(), 3);
    if (options.server_pid > 0) {
        std::cout << " rss_before_kb=" << rss_before << " rss_held_kb=" << rss_held << " rss_end_kb=" << rss_end
                  << " hwm_kb=" << hwm << " bytes_per_connection=" << fixed(per_connection, 0);
    }
    std::cout << std::endl;

    if (run.chat_closed) {
        std::cerr << "ws_load: the chat is closed (next_open " << run.next_open
                  << "); start the server with --chat-always-open\n";
        return 1;
    }
    if (!staff_ok || established == 0 || (options.pairs > 0 && samples.empty())) return 3;
    return 0;
}

}  // namespace
}  // namespace ws_load

int main(int argc, char** argv) {
    using namespace ws_load;
    std::optional<Options> options;
    try {
        options = parse_options(argc, argv);
    } catch (const std::exception&) {
        options.reset();
    }
    const auto url = options ? parse_url(options->url) : std::nullopt;
    if (!options || !url) {
        usage();
        return 2;
    }
    const rlim_t files = raise_open_file_limit();
    if (files < options->connections + 64) {
        std::cerr << "ws_load: only " << files << " open files allowed (ulimit -Hn); connections will fail\n";
    }
    Run run;
    run.options = *options;
    run.url = *url;
    try {
        asio::io_context resolver_io;
        tcp::resolver resolver(resolver_io);
        run.endpoint = *resolver.resolve(url->host, url->port).begin();
    } catch (const std::exception& error) {
        std::cerr << "ws_load: cannot resolve " << url->host << ":" << url->port << ": " << error.what() << "\n";
        return 2;
    }
    run.host_header = url->host + ":" + url->port;
    run.tag = std::to_string(::getpid());
    if (run.options.origin.empty()) run.options.origin = "http://" + run.host_header;
    run.sources = source_addresses(run.options, run.endpoint);
    if (!run.sources.empty()) std::cerr << "ws_load: using " << run.sources.size() << " source addresses\n";
    return run_load(run);
}

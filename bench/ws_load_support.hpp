// What ws_load.cpp needs besides WebSocket: its command-line options, the
// target address, latency percentiles, a server's memory from /proc, and the
// open-file limit. Header-only, no Beast; used by bench/ws_load.cpp only.
// Plain functions and values; nothing here is shared between threads.
#pragma once

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace ws_load {

enum class Mode { echo, chat };

struct Options {
    Mode mode = Mode::echo;
    std::string url;
    std::size_t connections = 1000;         // visitors (chat) or plain connections (echo), pairs included
    std::size_t pairs = 10;                 // of them, how many send in a closed loop
    double seconds = 10;                    // measured time
    double warmup_seconds = 1;              // the pairs run, but are not measured
    double connect_seconds = 180;           // bound on opening the connections
    std::size_t concurrent_connects = 128;  // handshakes in flight at once
    std::size_t threads = 2;
    std::size_t message_bytes = 100;   // the size of one frame a pair sends
    std::size_t source_addresses = 0;  // 0: as many 127.0.0.x as the connections need
    int server_pid = 0;                // when set: its VmRSS before, held and after
    std::string staff_token;           // chat: the Bearer token
    std::string origin;                // chat visitors: default http://HOST:PORT
};

struct Url {
    std::string host;
    std::string port;
    std::string path;  // "/" when the address has none
};

inline void usage() {
    std::cerr << "usage: ws_load --mode echo|chat --url ws://HOST:PORT[/PATH] [--connections N] [--pairs K]\n"
                 "               [--seconds S] [--warmup S] [--threads T] [--concurrent-connects C]\n"
                 "               [--connect-seconds S] [--message-bytes B] [--source-addresses A]\n"
                 "               [--server-pid PID] [--staff-token TOKEN] [--origin ORIGIN]\n";
}

// Throws std::invalid_argument or std::out_of_range on a bad number; main catches.
inline std::optional<Options> parse_options(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string name = argv[i];
        if (i + 1 >= argc) return std::nullopt;
        const std::string value = argv[++i];
        if (name == "--mode") {
            if (value != "echo" && value != "chat") return std::nullopt;
            options.mode = value == "echo" ? Mode::echo : Mode::chat;
        } else if (name == "--url") {
            options.url = value;
        } else if (name == "--connections") {
            options.connections = std::stoul(value);
        } else if (name == "--pairs") {
            options.pairs = std::stoul(value);
        } else if (name == "--seconds") {
            options.seconds = std::stod(value);
        } else if (name == "--warmup") {
            options.warmup_seconds = std::stod(value);
        } else if (name == "--connect-seconds") {
            options.connect_seconds = std::stod(value);
        } else if (name == "--concurrent-connects") {
            options.concurrent_connects = std::max<std::size_t>(1, std::stoul(value));
        } else if (name == "--threads") {
            options.threads = std::max<std::size_t>(1, std::stoul(value));
        } else if (name == "--message-bytes") {
            options.message_bytes = std::stoul(value);
        } else if (name == "--source-addresses") {
            options.source_addresses = std::stoul(value);
        } else if (name == "--server-pid") {
            options.server_pid = std::stoi(value);
        } else if (name == "--staff-token") {
            options.staff_token = value;
        } else if (name == "--origin") {
            options.origin = value;
        } else {
            return std::nullopt;
        }
    }
    if (options.url.empty() || options.pairs > options.connections) return std::nullopt;
    if (options.mode == Mode::chat && options.staff_token.empty() && options.pairs > 0) return std::nullopt;
    return options;
}

// ws://HOST:PORT/PATH; http:// is taken too (the servers print that).
inline std::optional<Url> parse_url(const std::string& text) {
    std::string rest;
    for (const std::string scheme : {"ws://", "http://"}) {
        if (text.rfind(scheme, 0) == 0) rest = text.substr(scheme.size());
    }
    if (rest.empty()) return std::nullopt;
    const auto slash = rest.find('/');
    const std::string authority = rest.substr(0, slash);
    const auto colon = authority.rfind(':');
    if (colon == std::string::npos || colon == 0) return std::nullopt;
    Url url{authority.substr(0, colon), authority.substr(colon + 1), "/"};
    if (slash != std::string::npos) url.path = rest.substr(slash);
    return url;
}

// The q-quantile (0..1) of sorted samples, nearest rank; 0 when there are none.
inline double quantile(const std::vector<double>& sorted, double q) {
    if (sorted.empty()) return 0;
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(sorted.size())));
    return sorted[std::min(sorted.size(), std::max<std::size_t>(rank, 1)) - 1];
}

// A "Name:   123 kB" line of /proc/PID/status, in kB; 0 when unreadable.
inline long status_kb(int pid, const std::string& field) {
    if (pid <= 0) return 0;
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(field + ":", 0) == 0) return std::atol(line.c_str() + field.size() + 1);
    }
    return 0;
}

// Ten thousand sockets need more than the usual soft limit of 1024.
inline rlim_t raise_open_file_limit() {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return 0;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0) getrlimit(RLIMIT_NOFILE, &limit);
    }
    return limit.rlim_cur;
}

}  // namespace ws_load

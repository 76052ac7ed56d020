// The subcommand table of the one binary: `meldpunt serve`, `meldpunt version`,
// and (in later issues) migrate, user, hours, stats, export, report, backup,
// audit, demo-data. Each takes --data DIR the same way.
#pragma once

#include <filesystem>
#include <string>

namespace meldpunt::cli {

int run(int argc, char** argv);

struct ServeOptions {
    std::filesystem::path data_dir = "var";
    std::string listen = "127.0.0.1:8080";
    std::size_t body_limit = 64 * 1024;
    double submissions_per_minute = 10;  // per address; 0 lifts the limit (benchmarks)
    double logins_per_minute = 30;       // mailbox logins per address; 0 lifts the limit (tests)
    std::string quick_exit_url = "https://www.google.nl/";
    std::size_t worker_threads = 64;
    std::size_t connections_per_address = 128;
    std::string trusted_proxy;  // the TLS proxy's address, when there is one
};

int serve(const ServeOptions& options);

}  // namespace meldpunt::cli

#include "cli/commands.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace meldpunt::cli {

int run(int argc, char** argv) {
    CLI::App app{"Meldpunt: the advice and report point for human trafficking"};
    app.require_subcommand(1);

    ServeOptions serve_options;
    auto* serve_command = app.add_subcommand("serve", "Serve the public site and API over HTTP");
    serve_command->add_option("--data", serve_options.data_dir, "Data folder (database and keys)")
        ->capture_default_str();
    serve_command->add_option("--listen", serve_options.listen, "HOST:PORT to listen on")->capture_default_str();
    serve_command->add_option("--body-limit", serve_options.body_limit, "Largest request body in bytes")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{1024}, std::size_t{16 * 1024 * 1024}));
    serve_command
        ->add_option("--submissions-per-minute", serve_options.submissions_per_minute,
                     "Signals one address may send per minute; 0 lifts the limit (benchmarks only)")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 100000.0));
    serve_command
        ->add_option("--logins-per-minute", serve_options.logins_per_minute,
                     "Mailbox logins one address may make per minute; 0 lifts the limit (tests only)")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 100000.0));
    serve_command->add_option("--quick-exit-url", serve_options.quick_exit_url, "Where the quick exit leads")
        ->capture_default_str();
    serve_command->add_option("--workers", serve_options.worker_threads, "Worker threads for blocking work")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{1}, std::size_t{512}));

    serve_command
        ->add_option("--connections-per-address", serve_options.connections_per_address,
                     "Open connections one client address may hold")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{1}, std::size_t{100000}));
    serve_command->add_option("--trusted-proxy", serve_options.trusted_proxy,
                              "Address of the TLS proxy in front of us; only its X-Forwarded-For is believed");

    auto* version_command = app.add_subcommand("version", "Print the version");
    std::filesystem::path version_data = "var";
    version_command->add_option("--data", version_data, "Data folder (not used; accepted like every command)");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        return app.exit(error);
    }
    if (*version_command) {
        std::cout << "meldpunt " << MELDPUNT_VERSION << "\n";
        return 0;
    }
    if (*serve_command) return serve(serve_options);
    return 2;
}

}  // namespace meldpunt::cli

// `meldpunt serve`: the composition root of the server. Opens the data folder
// (keys, SQLite store), builds the site and the router, and serves until a
// signal, then lets writes in flight finish.
#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <iostream>

#include "base/secure_random.hpp"
#include "cli/commands.hpp"
#include "domain/reporter_desk.hpp"
#include "http/router.hpp"
#include "http/server.hpp"
#include "security/keyring.hpp"
#include "security/sodium_vault.hpp"
#include "storage/sqlite/sqlite_signal_repository.hpp"
#include "web/site.hpp"

namespace meldpunt::cli {

namespace {

// Said at every start while the file is still there: next to the data it
// unlocks, the recovery key undoes the sealing of every report.
void warn_about_recovery_key(const std::filesystem::path& file, bool created) {
    if (created) std::cerr << "\n*** A new data folder was created. ***\n";
    std::cerr << "\nWARNING: the recovery key is still in " << file.string() << ".\n"
              << "Move it offline now (for example to a USB stick in a safe) and delete it here.\n"
              << "Without it, reports cannot be opened if every staff password is lost;\n"
              << "left on this machine, it lets anyone who copies the machine read every report.\n\n";
}

// A per-minute option onto a limit; 0 lifts it, and says so, since that is for
// benchmarks and tests only.
void apply_rate(security::RateLimit& limit, double per_minute, double minimum_burst, std::string_view option) {
    if (per_minute <= 0) {
        limit.enabled = false;
        std::cerr << "warning: a per-address limit is lifted (" << option << " 0)\n";
        return;
    }
    limit.per_minute = per_minute;
    limit.burst = std::max(minimum_burst, per_minute);
}

}  // namespace

int serve(const ServeOptions& options) {
    initialise_crypto();
    ::umask(077);  // the database, its journal and the keys are for this user only
    auto listen = http::parse_listen_address(options.listen, {});
    if (!listen) {
        std::cerr << "--listen: " << listen.error().message << "\n";
        return 2;
    }
    auto keys = security::open_or_create_keyring(options.data_dir);
    if (!keys) {
        std::cerr << "cannot open the data folder: " << keys.error().message << "\n";
        return 1;
    }
    if (std::filesystem::exists(keys->recovery_key_path))
        warn_about_recovery_key(keys->recovery_key_path, keys->created);

    auto repository = storage::sqlite::SqliteSignalRepository::open(options.data_dir / "meldpunt.db");
    if (!repository) {
        std::cerr << "cannot open the database: " << repository.error().message << "\n";
        return 1;
    }
    auto translations = web::Translations::load_embedded();
    if (!translations) {
        std::cerr << translations.error().message << "\n";
        return 1;
    }
    auto templates = web::Templates::load(*translations);
    if (!templates) {
        std::cerr << templates.error().message << "\n";
        return 1;
    }

    const SystemClock clock;
    security::SodiumVault vault(std::move(keys->keyring), &clock);
    domain::ReporterDesk desk(**repository, vault, clock);
    web::SiteSettings site_settings;
    site_settings.quick_exit_url = options.quick_exit_url;
    apply_rate(site_settings.submit_limit, options.submissions_per_minute, 20, "--submissions-per-minute");
    apply_rate(site_settings.login_limit, options.logins_per_minute, 30, "--logins-per-minute");
    web::Site site(desk, clock, std::move(*translations), std::move(*templates), site_settings);
    const http::Router router(web::all_routes(site));

    http::ServerSettings server_settings = *listen;
    server_settings.body_limit = options.body_limit;
    server_settings.worker_threads = options.worker_threads;
    server_settings.connections_per_address = options.connections_per_address;
    server_settings.trusted_proxy = options.trusted_proxy;
    http::Server server(server_settings, router, site);
    auto listening =
        server.listen([](const std::string& address) { std::cout << "listening on " << address << std::endl; });
    if (!listening) {
        std::cerr << listening.error().message << "\n";
        return 1;
    }
    server.run();
    (*repository)->stop_writes();
    spdlog::info("stopped");
    return 0;
}

}  // namespace meldpunt::cli

// `meldpunt serve`: the composition root of the server. Opens the data folder
// (keys, SQLite store), builds the public site and the staff side on it, and
// serves until a signal, then lets writes in flight finish.
#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/data_folder.hpp"
#include "domain/case_desk.hpp"
#include "domain/chat_hub.hpp"
#include "domain/chat_settings_desk.hpp"
#include "domain/reporter_desk.hpp"
#include "domain/stored_office_hours.hpp"
#include "http/router.hpp"
#include "http/server.hpp"
#include "security/chained_audit_log.hpp"
#include "security/sodium_vault.hpp"
#include "security/staff_accounts.hpp"
#include "security/staff_sessions.hpp"
#include "storage/sqlite/sqlite_audit_store.hpp"
#include "storage/sqlite/sqlite_case_repository.hpp"
#include "storage/sqlite/sqlite_chat_settings_repository.hpp"
#include "storage/sqlite/sqlite_figures.hpp"
#include "storage/sqlite/sqlite_signal_repository.hpp"
#include "storage/sqlite/sqlite_user_repository.hpp"
#include "web/chat_site.hpp"
#include "web/site.hpp"
#include "web/staff_site.hpp"

namespace meldpunt::cli {

namespace {

// Said at every start while the file is still there: next to the data it
// unlocks, the recovery key undoes the sealing of every report.
void warn_about_recovery_key(const std::filesystem::path& file) {
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
    auto listen = http::parse_listen_address(options.listen, {});
    if (!listen) {
        std::cerr << "--listen: " << listen.error().message << "\n";
        return 2;
    }
    auto folder = open_data_folder(options.data_dir, CreateFolder::if_missing);
    if (!folder) {
        std::cerr << folder.error().message << "\n";
        return 1;
    }
    const auto recovery_key = options.data_dir / "keys" / "recovery.key";
    if (std::filesystem::exists(recovery_key)) warn_about_recovery_key(recovery_key);

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
    storage::sqlite::SqliteSignalRepository signals(folder->store);
    storage::sqlite::SqliteCaseRepository cases(folder->store);
    storage::sqlite::SqliteUserRepository users(folder->store);
    storage::sqlite::SqliteAuditStore audit_store(folder->store);
    security::ChainedAuditLog audit_log(audit_store, folder->keyring.audit_chain_secret, clock);
    security::SodiumVault vault(folder->keyring, &clock);
    security::StaffAccounts accounts(users, audit_log, folder->keyring, clock);
    security::StaffSessions sessions(std::chrono::minutes(options.staff_idle_minutes));
    domain::ReporterDesk desk(signals, vault, clock);
    domain::CaseDesk case_desk(signals, cases, users, audit_log, vault, clock);
    // The chat's calendar as stored: staff changes take effect without a restart.
    storage::sqlite::SqliteChatSettingsRepository chat_settings_store(folder->store);
    auto stored_hours = domain::StoredOfficeHours::open(chat_settings_store, clock);
    if (!stored_hours) {
        std::cerr << "cannot read the chat's office hours: " << stored_hours.error().message << "\n";
        return 1;
    }
    const std::shared_ptr<domain::StoredOfficeHours> office_hours = std::move(*stored_hours);
    domain::ChatSettingsDesk chat_settings_desk(chat_settings_store, *office_hours, audit_log);

    web::SiteSettings site_settings;
    site_settings.quick_exit_url = options.quick_exit_url;
    site_settings.office_hours = office_hours;
    site_settings.figures_disclosure = disclosure_settings(options.disclosure);
    apply_rate(site_settings.submit_limit, options.submissions_per_minute, 20, "--submissions-per-minute");
    apply_rate(site_settings.login_limit, options.logins_per_minute, 30, "--logins-per-minute");
    apply_rate(site_settings.staff_login_limit, options.logins_per_minute / 3, 10, "--logins-per-minute");
    web::Site site(desk, clock, std::move(*translations), std::move(*templates), site_settings);
    // The figures from the counts the store keeps in step with every change.
    storage::sqlite::SqliteFigures figures(folder->store);
    web::StaffSite staff{case_desk,           accounts,          sessions, users, audit_store, audit_log,
                         chat_settings_store, chat_settings_desk, figures};
    site.staff = &staff;

    domain::ChatHubSettings hub_settings;
    hub_settings.chats_per_staff = options.chats_per_staff;
    hub_settings.always_open = options.chat_always_open;
    hub_settings.unregistered_retention = std::chrono::hours(options.chat_unregistered_hours);
    hub_settings.max_conversation_bytes = options.chat_conversation_kib * 1024;
    // About 80 bytes of bookkeeping per message besides its text.
    hub_settings.max_conversation_lines = std::max<std::size_t>(3000, hub_settings.max_conversation_bytes / 80);
    if (options.chat_always_open) std::cerr << "warning: the chat ignores its office hours (--chat-always-open)\n";
    domain::ChatHub chat_hub(*site.settings.office_hours, clock, hub_settings);
    security::RateLimit chat_start_limit{5, 5, true};
    apply_rate(chat_start_limit, options.chat_starts_per_minute, 5, "--chat-starts-per-minute");
    web::ChatSite chat_site(chat_hub, chat_start_limit);
    chat_site.frames_per_second = options.chat_frames_per_second;
    if (options.chat_frames_per_second <= 0)
        std::cerr << "warning: chat connections may send frames without limit (--chat-frames-per-second 0)\n";
    site.chat = &chat_site;
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
    folder->store->stop_writes();
    spdlog::info("stopped");
    return 0;
}

}  // namespace meldpunt::cli

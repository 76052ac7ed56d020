#include "cli/commands.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <iostream>

namespace meldpunt::cli {

namespace {

// The options every account command shares.
CLI::App* add_user_subcommand(CLI::App& user, const std::string& name, const std::string& description,
                              UserOptions& options, bool needs_username = true) {
    auto* command = user.add_subcommand(name, description);
    command->add_option("--data", options.data_dir, "Data folder (database and keys)")->capture_default_str();
    if (needs_username) command->add_option("--username", options.username, "The account's username")->required();
    return command;
}

// `user ...`, `audit ...` and `demo-data`: each subcommand leaves the action
// to run in `chosen`.
void add_admin_commands(CLI::App& app, UserOptions& user_options, AuditOptions& audit_options,
                        DemoDataOptions& demo_options, std::function<int()>& chosen) {
    auto* user = app.add_subcommand("user", "Staff accounts: add, list, disable, reset");
    user->require_subcommand(1);
    auto* add = add_user_subcommand(*user, "add", "Add an account; prints a one-time password and the TOTP secret",
                                    user_options);
    add->add_option("--role", user_options.roles, "A role: intake, caseworker, coordinator, analyst, admin, auditor")
        ->required()
        ->delimiter(',');
    add->add_flag("--password-stdin", user_options.password_stdin,
                  "Read a chosen password from stdin (for accounts of other systems)");
    add->add_option("--recovery-key", user_options.recovery_key, "Recovery key file: gives case access")
        ->check(CLI::ExistingFile);
    add->callback([&] { chosen = [&] { return user_add(user_options); }; });
    add_user_subcommand(*user, "list", "List the accounts (no secrets)", user_options, false)->callback([&] {
        chosen = [&] { return user_list(user_options); };
    });
    add_user_subcommand(*user, "disable", "Disable an account", user_options)->callback([&] {
        chosen = [&] { return user_disable(user_options); };
    });
    auto* reset = add_user_subcommand(*user, "reset-password", "Give a new one-time password", user_options);
    reset->add_option("--recovery-key", user_options.recovery_key, "Recovery key file: keeps case access")
        ->check(CLI::ExistingFile);
    reset->callback([&] { chosen = [&] { return user_reset_password(user_options); }; });
    add_user_subcommand(*user, "reset-totp", "Give a new TOTP secret", user_options)->callback([&] {
        chosen = [&] { return user_reset_totp(user_options); };
    });
    auto* roles = add_user_subcommand(*user, "set-roles", "Replace an account's roles", user_options);
    roles->add_option("--role", user_options.roles, "A role (give one or more)")->required()->delimiter(',');
    roles->callback([&] { chosen = [&] { return user_set_roles(user_options); }; });

    auto* audit = app.add_subcommand("audit", "The audit log");
    audit->require_subcommand(1);
    auto* verify = audit->add_subcommand("verify", "Check the audit log's hash chain");
    verify->add_option("--data", audit_options.data_dir, "Data folder (database and keys)")->capture_default_str();
    verify->callback([&] { chosen = [&] { return audit_verify(audit_options); }; });

    auto* demo = app.add_subcommand("demo-data", "Fill the database with realistic test signals");
    demo->add_option("--data", demo_options.data_dir, "Data folder (database and keys)")->capture_default_str();
    demo->add_option("--signals", demo_options.signals, "How many signals")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{1}, std::size_t{100'000'000}));
    demo->add_option("--seed", demo_options.seed, "Seed: the same seed gives the same signals")->capture_default_str();
    demo->add_flag("--append", demo_options.append, "Add to a data folder that already holds signals");
    demo->callback([&] { chosen = [&] { return demo_data(demo_options); }; });
}

void add_disclosure_options(CLI::App& command, DisclosureOptions& options) {
    command
        .add_option("--figures-k", options.k,
                    "Published figures: counts from 1 to k-1 are not shown (nor what would give them away)")
        ->capture_default_str()
        ->check(CLI::Range(std::int64_t{2}, std::int64_t{100}));
    command
        .add_option("--figures-round-to", options.round_to,
                    "Published figures: round every count to a multiple of this instead (0: hide small counts)")
        ->capture_default_str()
        ->check(CLI::Range(std::int64_t{0}, std::int64_t{100}));
}

}  // namespace

stats::DisclosureSettings disclosure_settings(const DisclosureOptions& options) {
    if (options.round_to > 1) return {stats::DisclosureMethod::rounding, options.k, options.round_to};
    return {stats::DisclosureMethod::suppression, options.k, 5};
}

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
                     "Mailbox logins one address may make per minute (staff sign-ins: a third of it); "
                     "0 lifts both limits (tests only)")
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
    serve_command
        ->add_option("--staff-idle-minutes", serve_options.staff_idle_minutes,
                     "Minutes without use after which a staff session ends")
        ->capture_default_str()
        ->check(CLI::Range(1, 24 * 60));
    serve_command
        ->add_option("--chat-limit-per-staff", serve_options.chats_per_staff,
                     "Chats one member of staff holds at once")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{1}, std::size_t{1000}));
    serve_command
        ->add_option("--chat-starts-per-minute", serve_options.chat_starts_per_minute,
                     "Chats started per address per minute (0 lifts the limit: benchmarks only)")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 10000.0));
    serve_command
        ->add_option("--chat-unregistered-hours", serve_options.chat_unregistered_hours,
                     "Hours an ended chat nobody registered stays in memory before it is forgotten")
        ->capture_default_str()
        ->check(CLI::Range(1, 72));
    serve_command
        ->add_option("--chat-conversation-kib", serve_options.chat_conversation_kib,
                     "Most text one chat conversation holds in memory, in KiB")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{16}, std::size_t{65536}));
    serve_command
        ->add_option("--chat-frames-per-second", serve_options.chat_frames_per_second,
                     "Frames one chat connection may send per second after a burst of 200 (0 lifts it: benchmarks only)")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 100000.0));
    serve_command->add_flag("--chat-always-open", serve_options.chat_always_open,
                            "Keep the chat open outside office hours (benchmarks and demonstrations only)");
    add_disclosure_options(*serve_command, serve_options.disclosure);
    serve_command->add_option("--trusted-proxy", serve_options.trusted_proxy,
                              "Address of the TLS proxy in front of us; only its X-Forwarded-For is believed");

    auto* version_command = app.add_subcommand("version", "Print the version");
    std::filesystem::path version_data = "var";
    version_command->add_option("--data", version_data, "Data folder (not used; accepted like every command)");

    HoursOptions hours_options;
    auto* hours_command = app.add_subcommand("hours", "Whether the chat is open at a moment, and when it opens next");
    hours_command->add_option("--at", hours_options.at, "ISO 8601 time, e.g. 2026-04-27T10:00:00+02:00 (default: now)");
    hours_command
        ->add_option("--data", hours_options.data_dir, "Data folder whose stored hours apply (defaults when there is none; never created)")
        ->capture_default_str();

    StatsOptions stats_options;
    auto* stats_command = app.add_subcommand("stats", "Signal counts of a period per breakdown");
    stats_command->add_option("--period", stats_options.period, "2026, 2026Q1 or 2026-03")->required();
    stats_command->add_option("--format", stats_options.format, "csv or json")->capture_default_str();
    stats_command->add_flag("--published", stats_options.published, "Apply disclosure control (small counts hidden)");
    stats_command->add_option("--data", stats_options.data_dir, "Data folder (must exist)")->capture_default_str();
    add_disclosure_options(*stats_command, stats_options.disclosure);

    ReportOptions report_options;
    auto* report_command =
        app.add_subcommand("report", "The published figures of a period as a PDF report or an XLSX workbook");
    report_command->add_option("--period", report_options.period, "2026, 2026Q1 or 2026-03")->required();
    report_command->add_option("--out", report_options.out, "The file to write: .pdf or .xlsx")->required();
    report_command->add_option("--language", report_options.language, "nl or en")->capture_default_str();
    report_command->add_option("--data", report_options.data_dir, "Data folder (must exist)")->capture_default_str();
    add_disclosure_options(*report_command, report_options.disclosure);

    UserOptions user_options;
    AuditOptions audit_options;
    DemoDataOptions demo_options;
    std::function<int()> chosen;
    add_admin_commands(app, user_options, audit_options, demo_options, chosen);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        // Help is a success; every other parse error is wrong usage: exit 2.
        return app.exit(error) == 0 ? 0 : 2;
    }
    if (chosen) return chosen();
    if (*version_command) {
        std::cout << "meldpunt " << MELDPUNT_VERSION << "\n";
        return 0;
    }
    if (*serve_command) return serve(serve_options);
    if (*hours_command) return hours(hours_options);
    if (*stats_command) return stats(stats_options);
    if (*report_command) return report(report_options);
    return 2;
}

}  // namespace meldpunt::cli

// The subcommand table of the one binary: `meldpunt serve`, `version`, `user`,
// `audit`, `demo-data`, `hours`, `stats`, `report`, and (in later issues)
// migrate, backup. Each takes --data DIR the same way.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "stats/disclosure.hpp"

namespace meldpunt::domain {
struct OpeningState;
}

namespace meldpunt::cli {

int run(int argc, char** argv);

// How published figures hide small counts (DOMAIN.md section 9): counts 1 to
// k-1 suppressed (with secondary suppression), or, with a base, every count
// rounded to a multiple of it. The same options on serve, stats and report.
struct DisclosureOptions {
    std::int64_t k = 10;
    std::int64_t round_to = 0;  // 0: suppression; else the rounding base
};

struct ServeOptions {
    std::filesystem::path data_dir = "var";
    std::string listen = "127.0.0.1:8080";
    std::size_t body_limit = 64 * 1024;
    double submissions_per_minute = 10;  // per address; 0 lifts the limit (benchmarks)
    double logins_per_minute = 30;       // mailbox logins per address; 0 lifts the limit (tests)
    std::string quick_exit_url = "https://www.google.nl/";
    std::size_t worker_threads = 64;
    std::size_t connections_per_address = 128;
    std::string trusted_proxy;    // the TLS proxy's address, when there is one
    int staff_idle_minutes = 30;  // a staff session ends after this long without use
    std::size_t chats_per_staff = 3;     // conversations one person holds at once
    double chat_starts_per_minute = 5;   // per address; 0 lifts the limit (benchmarks)
    bool chat_always_open = false;       // ignore the office hours (benchmarks, demonstrations)
    int chat_unregistered_hours = 8;  // an ended chat nobody registered is forgotten after this
    std::size_t chat_conversation_kib = 256;  // all text of one conversation
    double chat_frames_per_second = 20;  // per chat connection after a burst; 0 lifts it (benchmarks)
    DisclosureOptions disclosure;
};

int serve(const ServeOptions& options);

// `meldpunt user add|list|disable|reset-password|reset-totp|set-roles`.
struct UserOptions {
    std::filesystem::path data_dir = "var";
    std::string username;
    std::vector<std::string> roles;
    bool password_stdin = false;         // add: read a chosen password (accounts of other systems)
    std::filesystem::path recovery_key;  // add, reset-password: give case access with the service key
};
int user_add(const UserOptions& options);
int user_list(const UserOptions& options);
int user_disable(const UserOptions& options);
int user_reset_password(const UserOptions& options);
int user_reset_totp(const UserOptions& options);
int user_set_roles(const UserOptions& options);

// `meldpunt audit verify`.
struct AuditOptions {
    std::filesystem::path data_dir = "var";
};
int audit_verify(const AuditOptions& options);

// `meldpunt demo-data`: realistic, deterministic test signals.
struct DemoDataOptions {
    std::filesystem::path data_dir = "var";
    std::size_t signals = 1000;
    std::uint64_t seed = 1;
    bool append = false;  // add to a folder that already holds (demo) signals
};
int demo_data(const DemoDataOptions& options);

// `meldpunt hours --at TIME`: is the chat open then? Exit 2 for a bad time.
struct HoursOptions {
    std::filesystem::path data_dir = "var";
    std::optional<std::string> at;  // ISO 8601; absent: now
};
int hours(const HoursOptions& options);

// `meldpunt stats --period P [--format csv|json] [--published] [--data DIR]`.
struct StatsOptions {
    std::filesystem::path data_dir = "var";
    std::string period;
    std::string format = "csv";
    bool published = false;  // disclosure control, as analysts and exports get them
    DisclosureOptions disclosure;
};
int stats(const StatsOptions& options);
stats::DisclosureSettings disclosure_settings(const DisclosureOptions& options);

// `meldpunt report --period P --out FILE.pdf|FILE.xlsx [--language nl|en] [--data DIR]`:
// the period's published figures for the region and each municipality, as the
// PDF report or as a workbook of every table. Exit 2 for wrong usage.
struct ReportOptions {
    std::filesystem::path data_dir = "var";
    std::string period;
    std::filesystem::path out;
    std::string language = "nl";
    DisclosureOptions disclosure;
};
int report(const ReportOptions& options);
// "open until 17:00" or "closed (King's Day); opens Tuesday 28-04-2026 09:00".
std::string describe_opening(const domain::OpeningState& state);

}  // namespace meldpunt::cli

// StaffSite: what the staff handlers share: the desk for signals, the accounts,
// the signed-in sessions, the audit trail and the chat's settings. Built once
// by the composition root and hung on Site::staff. Thread-safe (its parts are).
#pragma once

#include "domain/case_desk.hpp"
#include "domain/chat_settings_desk.hpp"
#include "domain/staff_ports.hpp"
#include "security/staff_sessions.hpp"
#include "stats/figures.hpp"

namespace meldpunt::security {
class StaffAccounts;
}

namespace meldpunt::web {

struct StaffSite {
    domain::CaseDesk& desk;
    security::StaffAccounts& accounts;
    security::StaffSessions& sessions;
    domain::UserRepository& users;
    domain::AuditStore& audit_store;
    domain::AuditLog& audit_log;
    // The chat's settings: read them here (the console's canned answers);
    // change them through the desk (checked, audited, shown at once).
    domain::ChatSettingsRepository& chat_settings;
    domain::ChatSettingsDesk& chat_settings_desk;
    // The figures as the store keeps them (the dashboard, published tables).
    stats::FiguresSource& figures;
};

inline constexpr std::string_view kStaffCookie = "meldpunt_staff";
// Over HTTPS the name carries the __Host- prefix: the browser then only takes
// it from this host, with Secure and Path=/, so a neighbouring (sub)domain or a
// plain-HTTP answer cannot plant or shadow it.
inline constexpr std::string_view kSecureStaffCookie = "__Host-meldpunt_staff";

}  // namespace meldpunt::web

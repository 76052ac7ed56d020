// StaffSite: what the staff handlers share: the desk for signals, the accounts,
// the signed-in sessions and the audit trail. Built once by the composition
// root and hung on Site::staff. Thread-safe (its parts are).
#pragma once

#include "domain/case_desk.hpp"
#include "domain/staff_ports.hpp"
#include "security/staff_sessions.hpp"

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
};

inline constexpr std::string_view kStaffCookie = "meldpunt_staff";
// Over HTTPS the name carries the __Host- prefix: the browser then only takes
// it from this host, with Secure and Path=/, so a neighbouring (sub)domain or a
// plain-HTTP answer cannot plant or shadow it.
inline constexpr std::string_view kSecureStaffCookie = "__Host-meldpunt_staff";

}  // namespace meldpunt::web

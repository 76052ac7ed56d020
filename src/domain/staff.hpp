// Staff: roles, the permissions they grant, and who may touch which signal.
// Deny by default: a permission not listed for a role is refused, and every
// route of the server names the one permission it needs. Pure rules over
// values; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/signal.hpp"

namespace meldpunt::domain {

using UserId = std::int64_t;

enum class Role { intake, caseworker, coordinator, analyst, admin, auditor };
std::string_view code_of(Role role);
std::optional<Role> parse_role(std::string_view code);
std::span<const Role> all_roles();

// A user may hold several roles. A small value set; order-free.
class RoleSet {
  public:
    RoleSet() = default;
    RoleSet(std::initializer_list<Role> roles);
    void add(Role role) { m_bits |= bit(role); }
    void remove(Role role) { m_bits &= ~bit(role); }
    bool has(Role role) const { return (m_bits & bit(role)) != 0; }
    bool empty() const { return m_bits == 0; }
    std::vector<Role> roles() const;
    // "caseworker,coordinator": for storage; parse refuses unknown codes.
    std::string codes() const;
    static std::optional<RoleSet> parse(std::string_view comma_separated);
    bool operator==(const RoleSet&) const = default;

  private:
    static unsigned bit(Role role) { return 1u << static_cast<unsigned>(role); }
    unsigned m_bits = 0;
};

// What a route needs. `public_access` is the public site; `staff_self` is what
// every signed-in member of staff may do for their own account (change the
// password, sign out). Everything else is granted by roles below.
enum class Permission {
    public_access,
    staff_self,
    signals_read,      // the queue and a signal's page (further limited per signal)
    signals_register,  // register a phone call or visit as a new signal
    signals_work,      // change, move along the route, reply, refer (per signal)
    signals_assign,    // assign to a caseworker, close a report
    case_keys_grant,   // give a colleague access to case content
    taxonomy_settings,
    users_manage,
    audit_read,
    figures_read,      // the published figures: every table after disclosure control
    figures_internal,  // the dashboard: every count, unsuppressed
    chat_answer,          // the chat console: take, hold and register chats
    chat_overview,        // the live view of the chat (waiting, talking, staff online)
    chat_answers_manage,  // the canned answers of the chat console
    chat_hours_manage,    // the chat's opening hours and extra closures
    deny,
};
std::string_view code_of(Permission permission);
std::span<const Permission> all_permissions();

bool role_grants(Role role, Permission permission);
bool roles_grant(const RoleSet& roles, Permission permission);
// Roles that handle case content hold the service key in their session; the
// others (analyst, admin, auditor) never do.
bool handles_case_content(const RoleSet& roles);

// Who is acting: what a staff session knows about its user.
struct StaffIdentity {
    UserId id = 0;
    std::string username;
    RoleSet roles;
};

// What one member of staff may do with one signal:
//   coordinator: everything with every signal;
//   caseworker: the signals assigned to them;
//   intake: new signals, and those assigned to them.
enum class SignalAccess { none, work };
SignalAccess access_to_signal(const StaffIdentity& staff, Status status, std::optional<UserId> assigned_to);

}  // namespace meldpunt::domain

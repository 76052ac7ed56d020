#include "domain/staff.hpp"

#include <array>

namespace meldpunt::domain {

namespace {

constexpr std::array kRoles = {Role::intake, Role::caseworker, Role::coordinator,
                               Role::analyst, Role::admin,      Role::auditor};
constexpr std::array<std::string_view, kRoles.size()> kRoleCodes = {"intake",  "caseworker", "coordinator",
                                                                    "analyst", "admin",      "auditor"};

constexpr std::array kPermissions = {
    Permission::public_access,  Permission::staff_self,        Permission::signals_read,
    Permission::signals_register, Permission::signals_work,    Permission::signals_assign,
    Permission::case_keys_grant, Permission::taxonomy_settings, Permission::users_manage,
    Permission::audit_read,     Permission::figures_read,      Permission::figures_internal, Permission::chat_answer,
    Permission::chat_overview,  Permission::chat_answers_manage, Permission::chat_hours_manage,
    Permission::deny};
constexpr std::array<std::string_view, kPermissions.size()> kPermissionCodes = {
    "public_access",   "staff_self",        "signals_read", "signals_register",
    "signals_work",    "signals_assign",    "case_keys_grant", "taxonomy_settings",
    "users_manage",    "audit_read",        "figures_read", "figures_internal", "chat_answer",
    "chat_overview",   "chat_answers_manage", "chat_hours_manage", "deny"};

}  // namespace

std::string_view code_of(Role role) {
    return kRoleCodes[static_cast<std::size_t>(role)];
}

std::optional<Role> parse_role(std::string_view code) {
    for (std::size_t i = 0; i < kRoles.size(); ++i)
        if (kRoleCodes[i] == code) return kRoles[i];
    return std::nullopt;
}

std::span<const Role> all_roles() {
    return kRoles;
}

RoleSet::RoleSet(std::initializer_list<Role> roles) {
    for (Role role : roles) add(role);
}

std::vector<Role> RoleSet::roles() const {
    std::vector<Role> held;
    for (Role role : kRoles)
        if (has(role)) held.push_back(role);
    return held;
}

std::string RoleSet::codes() const {
    std::string text;
    for (Role role : roles()) {
        if (!text.empty()) text += ',';
        text += code_of(role);
    }
    return text;
}

std::optional<RoleSet> RoleSet::parse(std::string_view comma_separated) {
    RoleSet set;
    while (!comma_separated.empty()) {
        const auto comma = comma_separated.find(',');
        const auto code = comma_separated.substr(0, comma);
        const auto role = parse_role(code);
        if (!role) return std::nullopt;
        set.add(*role);
        if (comma == std::string_view::npos) break;
        comma_separated.remove_prefix(comma + 1);
    }
    return set;
}

std::string_view code_of(Permission permission) {
    return kPermissionCodes[static_cast<std::size_t>(permission)];
}

std::span<const Permission> all_permissions() {
    return kPermissions;
}

// The one table of who may do what. Read it as: a role grants exactly the
// permissions listed under it, and nothing else.
bool role_grants(Role role, Permission permission) {
    using enum Permission;
    switch (permission) {
        case public_access:
        case staff_self:
            return true;
        case signals_read:
        case signals_work:
            return role == Role::intake || role == Role::caseworker || role == Role::coordinator;
        case signals_register:
            return role == Role::intake || role == Role::coordinator;
        case signals_assign:
        case case_keys_grant:
        case taxonomy_settings:
            return role == Role::coordinator;
        case chat_answer:
            return role == Role::intake || role == Role::coordinator;
        case chat_overview:
        case chat_answers_manage:
            return role == Role::coordinator;
        case users_manage:
        case chat_hours_manage:
            return role == Role::admin;
        case audit_read:
            return role == Role::auditor;
        case figures_read:
            return role == Role::analyst || role == Role::coordinator;
        case figures_internal:
            return role == Role::coordinator;
        case deny:
            return false;
    }
    return false;
}

bool roles_grant(const RoleSet& roles, Permission permission) {
    for (Role role : roles.roles())
        if (role_grants(role, permission)) return true;
    return false;
}

bool handles_case_content(const RoleSet& roles) {
    return roles.has(Role::intake) || roles.has(Role::caseworker) || roles.has(Role::coordinator);
}

SignalAccess access_to_signal(const StaffIdentity& staff, Status status, std::optional<UserId> assigned_to) {
    if (staff.roles.has(Role::coordinator)) return SignalAccess::work;
    const bool mine = assigned_to && *assigned_to == staff.id;
    if (staff.roles.has(Role::caseworker) && mine) return SignalAccess::work;
    if (staff.roles.has(Role::intake) && (mine || status == Status::new_signal)) return SignalAccess::work;
    return SignalAccess::none;
}

}  // namespace meldpunt::domain

#include "domain/audit.hpp"

#include "domain/enum_codes.hpp"

namespace meldpunt::domain {

namespace {

// The codes are stored in the audit log and feed its hash chain: a code, once
// written, must never change. New actions get new codes.
constexpr auto kActionCodes = enum_codes<AuditAction>(
    std::pair{AuditAction::login, "login"}, std::pair{AuditAction::login_failed, "login_failed"},
    std::pair{AuditAction::logout, "logout"}, std::pair{AuditAction::logout_everywhere, "logout_everywhere"},
    std::pair{AuditAction::password_changed, "password_changed"},
    std::pair{AuditAction::totp_enrolled, "totp_enrolled"}, std::pair{AuditAction::signals_listed, "signals_listed"},
    std::pair{AuditAction::signal_viewed, "signal_viewed"},
    std::pair{AuditAction::signal_registered, "signal_registered"},
    std::pair{AuditAction::signal_changed, "signal_changed"},
    std::pair{AuditAction::signal_transition, "signal_transition"},
    std::pair{AuditAction::signal_assigned, "signal_assigned"}, std::pair{AuditAction::message_sent, "message_sent"},
    std::pair{AuditAction::note_added, "note_added"}, std::pair{AuditAction::referral_added, "referral_added"},
    std::pair{AuditAction::referral_outcome_set, "referral_outcome_set"},
    std::pair{AuditAction::person_added, "person_added"}, std::pair{AuditAction::person_linked, "person_linked"},
    std::pair{AuditAction::access_denied, "access_denied"},
    std::pair{AuditAction::case_key_granted, "case_key_granted"}, std::pair{AuditAction::user_created, "user_created"},
    std::pair{AuditAction::user_disabled, "user_disabled"},
    std::pair{AuditAction::user_roles_changed, "user_roles_changed"},
    std::pair{AuditAction::users_listed, "users_listed"},
    std::pair{AuditAction::password_reset, "password_reset"}, std::pair{AuditAction::totp_reset, "totp_reset"},
    std::pair{AuditAction::audit_viewed, "audit_viewed"}, std::pair{AuditAction::export_made, "export_made"},
    std::pair{AuditAction::chat_hours_changed, "chat_hours_changed"},
    std::pair{AuditAction::chat_closure_added, "chat_closure_added"},
    std::pair{AuditAction::chat_closure_removed, "chat_closure_removed"},
    std::pair{AuditAction::canned_answer_added, "canned_answer_added"},
    std::pair{AuditAction::canned_answer_changed, "canned_answer_changed"},
    std::pair{AuditAction::canned_answer_removed, "canned_answer_removed"},
    std::pair{AuditAction::chat_accepted, "chat_accepted"},
    std::pair{AuditAction::chat_transferred, "chat_transferred"}, std::pair{AuditAction::chat_ended, "chat_ended"});

// The table lists every action once, in the enum's order; an action added to
// the end of the enum but not here fails to compile.
constexpr bool table_matches_enum() {
    for (std::size_t i = 0; i < kActionCodes.entries.size(); ++i) {
        if (static_cast<std::size_t>(kActionCodes.entries[i].first) != i) return false;
    }
    return kActionCodes.entries.size() == static_cast<std::size_t>(AuditAction::chat_ended) + 1;
}
static_assert(table_matches_enum());

}  // namespace

std::string_view code_of(AuditAction action) {
    return kActionCodes.code(action);
}

std::optional<AuditAction> parse_audit_action(std::string_view code) {
    return kActionCodes.parse(code);
}

std::span<const AuditAction> all_audit_actions() {
    static const auto actions = kActionCodes.values();
    return actions;
}

}  // namespace meldpunt::domain

// The audit trail: who did what to which signal, when. Entries carry codes and
// ids only, never free text, so the log itself holds no personal data. The
// store keeps them append-only and hash-chained (security/audit_chain), so a
// changed or removed row is found by `meldpunt audit verify`. Values; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "base/clock.hpp"

namespace meldpunt::domain {

enum class AuditAction {
    login,
    login_failed,
    logout,
    logout_everywhere,
    password_changed,
    totp_enrolled,
    signals_listed,
    signal_viewed,
    signal_registered,
    signal_changed,
    signal_transition,
    signal_assigned,
    message_sent,
    note_added,
    referral_added,
    referral_outcome_set,
    person_added,
    person_linked,
    access_denied,
    case_key_granted,
    user_created,
    user_disabled,
    user_roles_changed,
    users_listed,
    password_reset,
    totp_reset,
    audit_viewed,
    export_made,
    chat_hours_changed,  // the weekly windows or the holiday settings
    chat_closure_added,
    chat_closure_removed,
    canned_answer_added,
    canned_answer_changed,
    canned_answer_removed,
    chat_accepted,     // a member of staff took a chat (and saw what the visitor wrote)
    chat_transferred,  // handed to a colleague (subject) or back to the queue
    chat_ended,        // ended by staff
};
std::string_view code_of(AuditAction action);
std::optional<AuditAction> parse_audit_action(std::string_view code);
std::span<const AuditAction> all_audit_actions();

struct AuditEntry {
    std::int64_t sequence = 0;      // 1, 2, 3... assigned by the log; a gap is tampering
    TimePoint at;
    std::int64_t actor_user_id = 0;  // 0: the command line or the system
    AuditAction action = AuditAction::signal_viewed;
    std::optional<std::int64_t> signal_id;
    std::optional<std::int64_t> subject_user_id;  // the account acted upon (user admin)
};

}  // namespace meldpunt::domain

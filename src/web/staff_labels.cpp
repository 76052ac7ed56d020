#include "web/staff_labels.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

std::string_view staff_label_of(Status status) {
    switch (status) {
        case Status::new_signal: return "New";
        case Status::safety_assessment: return "Safety assessment";
        case Status::decided: return "Decided";
        case Status::referred: return "Referred";
        case Status::handed_over: return "Handed over";
        case Status::conditions_follow_up: return "Conditions and follow-up";
        case Status::investigation: return "Investigation";
        case Status::monitoring: return "Monitoring";
        case Status::closed: return "Closed";
    }
    return "Unknown";
}

std::string_view label_of(Channel channel) {
    switch (channel) {
        case Channel::web: return "Web form";
        case Channel::phone: return "Phone";
        case Channel::chat: return "Chat";
        case Channel::email: return "E-mail";
        case Channel::in_person: return "In person";
    }
    return "Unknown";
}

std::string_view label_of(Scope scope) {
    switch (scope) {
        case Scope::unknown: return "Unknown";
        case Scope::domestic: return "Domestic";
        case Scope::cross_border: return "Cross-border";
    }
    return "Unknown";
}

std::string_view label_of(SafetyOutcome outcome) {
    switch (outcome) {
        case SafetyOutcome::safe: return "Safe";
        case SafetyOutcome::concerns: return "Concerns";
        case SafetyOutcome::unsafe: return "Unsafe";
    }
    return "Unknown";
}

std::string_view label_of(PersonRole role) {
    return role == PersonRole::victim ? "Possible victim" : "Suspect";
}

std::string_view label_of(Gender gender) {
    switch (gender) {
        case Gender::unknown: return "Unknown";
        case Gender::female: return "Female";
        case Gender::male: return "Male";
        case Gender::other: return "Other";
    }
    return "Unknown";
}

std::string_view label_of(Partner partner) {
    switch (partner) {
        case Partner::police: return "Police";
        case Partner::marechaussee: return "Royal Marechaussee";
        case Partner::labour_inspectorate: return "Labour Inspectorate";
        case Partner::comensha: return "CoMensha";
        case Partner::care_coordinator: return "Care coordinator human trafficking";
        case Partner::municipality: return "Municipality";
        case Partner::fier: return "Fier";
        case Partner::crime_stoppers: return "Meld Misdaad Anoniem";
        case Partner::other: return "Other partner";
    }
    return "Other partner";
}

std::string_view label_of(ReferralOutcome outcome) {
    switch (outcome) {
        case ReferralOutcome::pending: return "Waiting for answer";
        case ReferralOutcome::accepted: return "Accepted";
        case ReferralOutcome::declined: return "Declined";
        case ReferralOutcome::unknown: return "Unknown";
    }
    return "Unknown";
}

std::string_view label_of(CaseEntryKind kind) {
    switch (kind) {
        case CaseEntryKind::note: return "Note";
        case CaseEntryKind::call: return "Phone call";
        case CaseEntryKind::chat: return "Chat";
        case CaseEntryKind::email: return "E-mail";
        case CaseEntryKind::visit: return "Visit";
        case CaseEntryKind::feedback: return "Feedback to the reporter";
        case CaseEntryKind::kind_changed: return "Conversion";
    }
    return "Note";
}

std::string_view label_of(Role role) {
    switch (role) {
        case Role::intake: return "Intake";
        case Role::caseworker: return "Caseworker";
        case Role::coordinator: return "Coordinator";
        case Role::analyst: return "Analyst";
        case Role::admin: return "Administrator";
        case Role::auditor: return "Auditor";
    }
    return "Unknown";
}

std::string_view label_of(AuditAction action) {
    using enum AuditAction;
    switch (action) {
        case login: return "Signed in";
        case login_failed: return "Failed sign-in";
        case logout: return "Signed out";
        case logout_everywhere: return "Signed out everywhere";
        case password_changed: return "Changed password";
        case totp_enrolled: return "Set up the code app";
        case signals_listed: return "Viewed the queue";
        case signal_viewed: return "Viewed a signal";
        case signal_registered: return "Registered a signal";
        case signal_changed: return "Changed a signal";
        case signal_transition: return "Moved a signal along the route";
        case signal_assigned: return "Assigned a signal";
        case message_sent: return "Replied to the reporter";
        case note_added: return "Added to the log";
        case referral_added: return "Recorded a referral";
        case referral_outcome_set: return "Recorded the outcome of a referral";
        case person_added: return "Added a person";
        case person_linked: return "Linked a person";
        case access_denied: return "Was refused access";
        case case_key_granted: return "Granted case access";
        case user_created: return "Created an account";
        case user_disabled: return "Disabled an account";
        case user_roles_changed: return "Changed roles";
        case users_listed: return "Viewed the accounts";
        case password_reset: return "Reset a password";
        case totp_reset: return "Reset a code app";
        case audit_viewed: return "Viewed the audit log";
        case export_made: return "Made an export";
        case chat_hours_changed: return "Changed the chat's opening hours";
        case chat_closure_added: return "Added a chat closure";
        case chat_closure_removed: return "Removed a chat closure";
        case canned_answer_added: return "Added a chat answer";
        case canned_answer_changed: return "Changed a chat answer";
        case canned_answer_removed: return "Removed a chat answer";
        case chat_accepted: return "Took a chat";
        case chat_transferred: return "Handed over a chat";
        case chat_ended: return "Ended a chat";
    }
    return "Unknown";
}

}  // namespace meldpunt::web

// CaseDesk: what staff add to a signal's file (replies, notes and contacts,
// referrals, persons) and registering a call as a new signal.
#include "base/text.hpp"
#include "base/working_days.hpp"
#include "domain/case_desk.hpp"

namespace meldpunt::domain {

namespace {

// "2026-04-27" as noon UTC of that day: a date, whatever the zone it is read in.
std::optional<TimePoint> parse_calendar_date(std::string_view text) {
    const auto date = parse_date(text);
    if (!date) return std::nullopt;
    return std::chrono::sys_days{*date} + std::chrono::hours{12};
}

}  // namespace

Result<std::int64_t> CaseDesk::reply_to_reporter(const StaffIdentity& staff, const SecretBytes& service_key,
                                                 SignalId id, std::string_view body) {
    if (auto problem = check_free_text("body", body, m_settings.limits.message_max,
                                       "This message is too long: use at most 10,000 characters."))
        return *problem;
    auto signal = load_for_work(staff, id);
    if (!signal) return signal.error();
    auto key = signal_key(staff, service_key, *signal);
    if (!key) return key.error();
    StoredMessage message;
    message.signal_id = id;
    message.author = MessageAuthor::staff;
    message.sent_at = m_clock.now();
    message.sealed_body = m_vault.encrypt(*key, trim(body), message_context(MessageAuthor::staff, id));
    auto added = m_signals.add_message(message);
    if (!added) return added.error();
    if (auto logged = audit(AuditAction::message_sent, staff, id); !logged) return logged.error();
    return added;
}

Result<std::int64_t> CaseDesk::add_entry(const StaffIdentity& staff, const SecretBytes& service_key, SignalId id,
                                         CaseEntryKind kind, std::string_view body) {
    if (kind == CaseEntryKind::kind_changed)
        return Error::invalid("kind", "A conversion is recorded by changing the kind of the signal.");
    if (auto problem = check_free_text("body", body, m_settings.entry_max,
                                       "This note is too long: use at most 10,000 characters."))
        return *problem;
    auto signal = load_for_work(staff, id);
    if (!signal) return signal.error();
    auto key = signal_key(staff, service_key, *signal);
    if (!key) return key.error();
    CaseEntry entry{0, id, kind, staff.id, m_clock.now(), m_vault.encrypt(*key, trim(body), case_entry_context(id))};
    auto added = m_cases.add_case_entry(entry);
    if (!added) return added.error();
    if (auto logged = audit(AuditAction::note_added, staff, id); !logged) return logged.error();
    return added;
}

Result<std::int64_t> CaseDesk::add_referral(const StaffIdentity& staff, SignalId id, const ReferralInput& input) {
    const auto partner = parse_partner(input.partner);
    if (!partner) return Error::invalid("partner", "Choose the partner from the list.");
    const TimePoint now = m_clock.now();
    TimePoint referred_at = now;
    if (!input.referred_on.empty()) {
        const auto date = parse_calendar_date(input.referred_on);
        if (!date) return Error::invalid("referred_on", "Write the date as YYYY-MM-DD, for example 2026-04-28.");
        if (*date > now + std::chrono::hours{24})
            return Error::invalid("referred_on", "A referral date cannot be in the future.");
        referred_at = *date;
    }
    const auto outcome = parse_referral_outcome(input.outcome.empty() ? "pending" : input.outcome);
    if (!outcome) return Error::invalid("outcome", "Choose pending, accepted, declined or unknown.");
    auto signal = load_for_work(staff, id);
    if (!signal) return signal.error();
    if (signal->kind == SignalKind::advice)
        return Error::invalid("partner", "Advice is not referred. Convert it into a report first.");
    auto added = m_cases.add_referral(Referral{0, id, *partner, referred_at, *outcome, staff.id});
    if (!added) return added.error();
    if (auto logged = audit(AuditAction::referral_added, staff, id); !logged) return logged.error();
    return added;
}

Result<void> CaseDesk::set_referral_outcome(const StaffIdentity& staff, SignalId id, std::int64_t referral,
                                            std::string_view outcome) {
    const auto parsed = parse_referral_outcome(outcome);
    if (!parsed) return Error::invalid("outcome", "Choose pending, accepted, declined or unknown.");
    auto signal = load_for_work(staff, id);
    if (!signal) return signal.error();
    if (auto set = m_cases.set_referral_outcome(id, referral, *parsed); !set) return set.error();
    return audit(AuditAction::referral_outcome_set, staff, id);
}

Result<PersonId> CaseDesk::add_person(const StaffIdentity& staff, SignalId id, const PersonInput& input) {
    auto person = validate_person(input);
    if (!person) return person.error();
    auto signal = load_for_work(staff, id);
    if (!signal) return signal.error();
    // Advice keeps nothing about the people a question is about (DOMAIN.md 8).
    if (signal->kind == SignalKind::advice)
        return Error::invalid("role", "An advice keeps no data about persons. Convert it into a report first.");
    person->signal_id = id;
    person->identity = 0;
    auto added = m_cases.add_person(*person);
    if (!added) return added.error();
    if (auto logged = audit(AuditAction::person_added, staff, id); !logged) return logged.error();
    return added;
}

Result<void> CaseDesk::link_person(const StaffIdentity& staff, PersonId person, PersonId same_as) {
    if (person == same_as) return Error::invalid("same_as", "Choose another person to link to.");
    auto first = m_cases.find_person(person);
    auto second = m_cases.find_person(same_as);
    if (!first) return first.error();
    if (!second) return second.error();
    // Both files must be open to this member of staff: linking reveals that
    // the same person appears in both. A number that does not exist gets the
    // same answer as one in a file that is not theirs, so trying numbers
    // tells nothing.
    const Error not_yours = Error::make(ErrorCode::forbidden, "You cannot link to this person.");
    if (!first->has_value() || !second->has_value()) {
        (void)audit(AuditAction::access_denied, staff, std::nullopt);
        return not_yours;
    }
    for (const auto& linked : {**first, **second})
        if (auto signal = load_for_work(staff, linked.signal_id); !signal)
            return signal.error().code == ErrorCode::forbidden ? not_yours : signal.error();
    if ((*first)->role != (*second)->role)
        return Error::invalid("same_as", "A possible victim can only be linked to a possible victim, and a suspect "
                                         "to a suspect.");
    if (auto linked = m_cases.link_person(person, same_as); !linked) return linked.error();
    if (auto logged = audit(AuditAction::person_linked, staff, (*first)->signal_id); !logged) return logged;
    return audit(AuditAction::person_linked, staff, (*second)->signal_id);
}

Result<Registration> CaseDesk::register_signal(const StaffIdentity& staff, const SignalInput& input, Channel channel) {
    if (!roles_grant(staff.roles, Permission::signals_register))
        return Error::make(ErrorCode::forbidden, "Your role does not register signals.");
    if (channel == Channel::web) return Error::invalid("channel", "Choose how the signal came in.");
    auto draft = validate_signal(input, m_settings.limits);
    if (!draft) return draft.error();
    draft->channel = channel;
    auto stored = store_new_signal(m_signals, m_vault, *draft, m_clock.now(), staff.id, m_settings.route);
    if (!stored) return stored.error();
    if (auto logged = audit(AuditAction::signal_registered, staff, stored->id); !logged) return logged.error();
    return Registration{stored->id, std::move(stored->receipt)};
}

}  // namespace meldpunt::domain

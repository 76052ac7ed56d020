// The structured file staff keep on a signal, beyond what the reporter sent:
// sub-forms, domestic or cross-border, the safety assessment, persons (possible
// victims and suspects, linkable across signals), referrals to partners, and a
// log of notes and contacts. Categorical fields stay plain (the figures need
// them); free text is sealed with the signal's key. Values; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/clock.hpp"
#include "base/result.hpp"
#include "base/secret.hpp"
#include "domain/signal.hpp"
#include "domain/staff.hpp"

namespace meldpunt::domain {

// Domestic: recruited and exploited in the Netherlands; cross-border: recruited
// abroad and exploited here.
enum class Scope { unknown, domestic, cross_border };
std::string_view code_of(Scope scope);
std::optional<Scope> parse_scope(std::string_view code);
std::span<const Scope> all_scopes();

// Outcome of the safety assessment (veiligheidsbeoordeling).
enum class SafetyOutcome { safe, concerns, unsafe };
std::string_view code_of(SafetyOutcome outcome);
std::optional<SafetyOutcome> parse_safety_outcome(std::string_view code);
std::span<const SafetyOutcome> all_safety_outcomes();

// Sub-forms: a second level under each form ("sexual_online" under sexual).
struct SubFormDefinition {
    std::string_view code;
    ExploitationForm form;
    std::string_view label;  // English; the msgid the web layer translates
};
std::span<const SubFormDefinition> all_sub_forms();
const SubFormDefinition* find_sub_form(std::string_view code);

enum class PersonRole { victim, suspect };
enum class Gender { unknown, female, male, other };
enum class Partner {
    police,
    marechaussee,
    labour_inspectorate,
    comensha,
    care_coordinator,
    municipality,
    fier,
    crime_stoppers,  // Meld Misdaad Anoniem
    other
};
enum class ReferralOutcome { pending, accepted, declined, unknown };
// Notes and the contact log share one sealed timeline per signal.
enum class CaseEntryKind { note, call, chat, email, visit, feedback, kind_changed };

std::string_view code_of(PersonRole value);
std::string_view code_of(Gender value);
std::string_view code_of(Partner value);
std::string_view code_of(ReferralOutcome value);
std::string_view code_of(CaseEntryKind value);
std::optional<PersonRole> parse_person_role(std::string_view code);
std::optional<Gender> parse_gender(std::string_view code);
std::optional<Partner> parse_partner(std::string_view code);
std::optional<ReferralOutcome> parse_referral_outcome(std::string_view code);
std::optional<CaseEntryKind> parse_case_entry_kind(std::string_view code);
std::span<const PersonRole> all_person_roles();
std::span<const Gender> all_genders();
std::span<const Partner> all_partners();
std::span<const ReferralOutcome> all_referral_outcomes();
std::span<const CaseEntryKind> all_case_entry_kinds();

using PersonId = std::int64_t;

// A possible victim or suspect in one signal. The same human being in several
// signals shares one `identity` (the id of the first record), so figures can
// count people as well as reports. No name is stored: linking is done by staff.
struct Person {
    PersonId id = 0;  // assigned by the repository
    SignalId signal_id = 0;
    PersonRole role = PersonRole::victim;
    std::optional<int> age;  // years at the time of the signal
    bool age_estimated = false;
    MinorsInvolved minor_at_start = MinorsInvolved::unknown;  // minor when exploitation began
    Gender gender = Gender::unknown;
    std::string nationality;  // ISO 3166-1 alpha-2, or empty when unknown
    PersonId identity = 0;    // 0 on input: the repository makes it the record's own id
};
// Minor at the time of the signal, derived from the age.
MinorsInvolved minor_now(const Person& person);

struct PersonInput {
    std::string role;
    std::string age;  // "" when unknown
    bool age_estimated = false;
    std::string minor_at_start;
    std::string gender;
    std::string nationality;
};
Result<Person> validate_person(const PersonInput& input);

struct Referral {
    std::int64_t id = 0;
    SignalId signal_id = 0;
    Partner partner = Partner::other;
    TimePoint referred_at;
    ReferralOutcome outcome = ReferralOutcome::pending;
    UserId by = 0;
};

struct CaseEntry {
    std::int64_t id = 0;
    SignalId signal_id = 0;
    CaseEntryKind kind = CaseEntryKind::note;
    UserId author = 0;
    TimePoint at;
    Bytes sealed_body;  // sealed with the signal key, context case_entry_context()
};
std::string case_entry_context(SignalId signal);

// Which structured fields one saved version changed, so that a conflicting save
// can say what the other person changed.
struct SignalChange {
    SignalId signal_id = 0;
    int version = 0;  // the version this change produced
    UserId by = 0;
    TimePoint at;
    std::vector<std::string> fields;
};

}  // namespace meldpunt::domain

#include "domain/case_file.hpp"

#include <charconv>

#include "base/text.hpp"
#include "domain/countries.hpp"
#include "domain/enum_codes.hpp"

namespace meldpunt::domain {

namespace {


constexpr auto kScopes = enum_codes<Scope>(std::pair{Scope::unknown, "unknown"}, std::pair{Scope::domestic, "domestic"},
                                           std::pair{Scope::cross_border, "cross_border"});
constexpr auto kSafetyOutcomes =
    enum_codes<SafetyOutcome>(std::pair{SafetyOutcome::safe, "safe"}, std::pair{SafetyOutcome::concerns, "concerns"},
                              std::pair{SafetyOutcome::unsafe, "unsafe"});
constexpr auto kPersonRoles =
    enum_codes<PersonRole>(std::pair{PersonRole::victim, "victim"}, std::pair{PersonRole::suspect, "suspect"});
constexpr auto kGenders = enum_codes<Gender>(std::pair{Gender::unknown, "unknown"}, std::pair{Gender::female, "female"},
                                             std::pair{Gender::male, "male"}, std::pair{Gender::other, "other"});
constexpr auto kPartners = enum_codes<Partner>(
    std::pair{Partner::police, "police"}, std::pair{Partner::marechaussee, "marechaussee"},
    std::pair{Partner::labour_inspectorate, "labour_inspectorate"}, std::pair{Partner::comensha, "comensha"},
    std::pair{Partner::care_coordinator, "care_coordinator"}, std::pair{Partner::municipality, "municipality"},
    std::pair{Partner::fier, "fier"}, std::pair{Partner::crime_stoppers, "crime_stoppers"},
    std::pair{Partner::other, "other"});
constexpr auto kReferralOutcomes = enum_codes<ReferralOutcome>(
    std::pair{ReferralOutcome::pending, "pending"}, std::pair{ReferralOutcome::accepted, "accepted"},
    std::pair{ReferralOutcome::declined, "declined"}, std::pair{ReferralOutcome::unknown, "unknown"});
constexpr auto kCaseEntryKinds = enum_codes<CaseEntryKind>(
    std::pair{CaseEntryKind::note, "note"}, std::pair{CaseEntryKind::call, "call"},
    std::pair{CaseEntryKind::chat, "chat"}, std::pair{CaseEntryKind::email, "email"},
    std::pair{CaseEntryKind::visit, "visit"}, std::pair{CaseEntryKind::feedback, "feedback"},
    std::pair{CaseEntryKind::kind_changed, "kind_changed"});

// Static storage for the spans handed out below.
const auto kScopeValues = kScopes.values();
const auto kSafetyOutcomeValues = kSafetyOutcomes.values();
const auto kPersonRoleValues = kPersonRoles.values();
const auto kGenderValues = kGenders.values();
const auto kPartnerValues = kPartners.values();
const auto kReferralOutcomeValues = kReferralOutcomes.values();
const auto kCaseEntryKindValues = kCaseEntryKinds.values();

// DOMAIN.md section 2: the second level under each form.
constexpr std::array kSubForms = {
    SubFormDefinition{"sexual_licensed", ExploitationForm::sexual, "In licensed sex work"},
    SubFormDefinition{"sexual_unlicensed", ExploitationForm::sexual,
                      "In unlicensed sex work (home, hotel, escort)"},
    SubFormDefinition{"sexual_online", ExploitationForm::sexual,
                      "Online: forced webcam sex, sextortion, images spread"},
    SubFormDefinition{"sexual_grooming", ExploitationForm::sexual, "Loverboy or grooming"},
    SubFormDefinition{"labour_agriculture", ExploitationForm::labour, "Agriculture and horticulture"},
    SubFormDefinition{"labour_food_processing", ExploitationForm::labour, "Food processing"},
    SubFormDefinition{"labour_hospitality", ExploitationForm::labour, "Hospitality"},
    SubFormDefinition{"labour_construction", ExploitationForm::labour, "Construction"},
    SubFormDefinition{"labour_transport", ExploitationForm::labour, "Transport and logistics"},
    SubFormDefinition{"labour_cleaning", ExploitationForm::labour, "Cleaning"},
    SubFormDefinition{"labour_domestic_work", ExploitationForm::labour, "Domestic work"},
    SubFormDefinition{"labour_retail", ExploitationForm::labour, "Retail"},
    SubFormDefinition{"labour_other", ExploitationForm::labour, "Other sector"},
    SubFormDefinition{"criminal_pickpocketing", ExploitationForm::criminal, "Pickpocketing"},
    SubFormDefinition{"criminal_theft", ExploitationForm::criminal, "Shoplifting or theft"},
    SubFormDefinition{"criminal_drugs", ExploitationForm::criminal, "Drug running or dealing"},
    SubFormDefinition{"criminal_money_mule", ExploitationForm::criminal, "Money mule (bank account or card)"},
    SubFormDefinition{"criminal_contracts", ExploitationForm::criminal, "Contracts in the victim's name"},
    SubFormDefinition{"criminal_begging", ExploitationForm::criminal, "Forced begging"},
    SubFormDefinition{"other_organ_removal", ExploitationForm::other, "Organ removal"},
    SubFormDefinition{"other_forced_marriage", ExploitationForm::other, "Forced marriage"},
    SubFormDefinition{"other_other", ExploitationForm::other, "Other exploitation"},
};

constexpr int kOldestAge = 120;

}  // namespace

std::string_view code_of(Scope scope) { return kScopes.code(scope); }
std::optional<Scope> parse_scope(std::string_view code) { return kScopes.parse(code); }
std::span<const Scope> all_scopes() { return kScopeValues; }

std::string_view code_of(SafetyOutcome outcome) { return kSafetyOutcomes.code(outcome); }
std::optional<SafetyOutcome> parse_safety_outcome(std::string_view code) { return kSafetyOutcomes.parse(code); }
std::span<const SafetyOutcome> all_safety_outcomes() { return kSafetyOutcomeValues; }

std::span<const SubFormDefinition> all_sub_forms() { return kSubForms; }
const SubFormDefinition* find_sub_form(std::string_view code) {
    for (const auto& definition : kSubForms)
        if (definition.code == code) return &definition;
    return nullptr;
}

std::string_view code_of(PersonRole value) { return kPersonRoles.code(value); }
std::string_view code_of(Gender value) { return kGenders.code(value); }
std::string_view code_of(Partner value) { return kPartners.code(value); }
std::string_view code_of(ReferralOutcome value) { return kReferralOutcomes.code(value); }
std::string_view code_of(CaseEntryKind value) { return kCaseEntryKinds.code(value); }
std::optional<PersonRole> parse_person_role(std::string_view code) { return kPersonRoles.parse(code); }
std::optional<Gender> parse_gender(std::string_view code) { return kGenders.parse(code); }
std::optional<Partner> parse_partner(std::string_view code) { return kPartners.parse(code); }
std::optional<ReferralOutcome> parse_referral_outcome(std::string_view code) { return kReferralOutcomes.parse(code); }
std::optional<CaseEntryKind> parse_case_entry_kind(std::string_view code) { return kCaseEntryKinds.parse(code); }
std::span<const PersonRole> all_person_roles() { return kPersonRoleValues; }
std::span<const Gender> all_genders() { return kGenderValues; }
std::span<const Partner> all_partners() { return kPartnerValues; }
std::span<const ReferralOutcome> all_referral_outcomes() { return kReferralOutcomeValues; }
std::span<const CaseEntryKind> all_case_entry_kinds() { return kCaseEntryKindValues; }

MinorsInvolved minor_now(const Person& person) {
    if (!person.age) return MinorsInvolved::unknown;
    return *person.age < 18 ? MinorsInvolved::yes : MinorsInvolved::no;
}

Result<Person> validate_person(const PersonInput& input) {
    Person person;
    const auto role = parse_person_role(input.role);
    if (!role) return Error::invalid("role", "Choose whether this is a possible victim or a suspect.");
    person.role = *role;
    if (!input.age.empty()) {
        int age = -1;
        const auto* end = input.age.data() + input.age.size();
        const auto [stop, problem] = std::from_chars(input.age.data(), end, age);
        if (problem != std::errc{} || stop != end || age < 0 || age > kOldestAge)
            return Error::invalid("age", "Give the age in whole years (0 to 120), or leave it empty when unknown.");
        person.age = age;
    }
    person.age_estimated = input.age_estimated && person.age.has_value();
    const auto minor_at_start = parse_minors_involved(input.minor_at_start.empty() ? "unknown" : input.minor_at_start);
    if (!minor_at_start)
        return Error::invalid("minor_at_start", "Choose yes, no or unknown for 'minor when exploitation began'.");
    person.minor_at_start = *minor_at_start;
    // Under 18 now means under 18 when it began, whatever was chosen.
    if (minor_now(person) == MinorsInvolved::yes) person.minor_at_start = MinorsInvolved::yes;
    const auto gender = parse_gender(input.gender.empty() ? "unknown" : input.gender);
    if (!gender) return Error::invalid("gender", "Choose a gender from the list, or unknown.");
    person.gender = *gender;
    std::string nationality(trim(input.nationality));
    for (char& c : nationality)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!nationality.empty() && !is_country_code(nationality))
        return Error::invalid("nationality", "Give the nationality as a two-letter country code (for example NL), "
                                             "or leave it empty when unknown.");
    person.nationality = std::move(nationality);
    return person;
}

std::string case_entry_context(SignalId signal) {
    return "case-entry:" + std::to_string(signal);
}

}  // namespace meldpunt::domain

#include "domain/taxonomy.hpp"

#include <array>

namespace meldpunt::domain {

namespace {

// The checklist from DOMAIN.md section 3. Combinations matter more than one signal;
// the list is what a reporter can tick, not a score.
constexpr std::array kChecklist = {
    SignalDefinition{"coerced", SignalGroup::general, "Is forced, threatened or blackmailed"},
    SignalDefinition{"no_control_documents", SignalGroup::general,
                     "Has no control over their ID, bank card or earnings"},
    SignalDefinition{"debt_to_exploiter", SignalGroup::general,
                     "Has a debt to the person who exploits them (travel, housing, placement)"},
    SignalDefinition{"false_promises", SignalGroup::general, "Was given false promises"},
    SignalDefinition{"unknown_address", SignalGroup::general,
                     "Does not know their own address or lives where someone else decides"},
    SignalDefinition{"accompanied", SignalGroup::general,
                     "Is always accompanied or not allowed to speak for themselves"},
    SignalDefinition{"always_available", SignalGroup::general, "Must always be available, has several phones"},
    SignalDefinition{"injuries_exhaustion", SignalGroup::general,
                     "Has injuries, is exhausted, or has a tattoo as a brand"},
    SignalDefinition{"isolated", SignalGroup::general, "Is isolated from family and friends"},
    SignalDefinition{"sexual_sudden_money", SignalGroup::sexual, "Suddenly has expensive things or money"},
    SignalDefinition{"sexual_older_partner", SignalGroup::sexual, "Has a much older, controlling 'partner'"},
    SignalDefinition{"sexual_runs_away", SignalGroup::sexual, "Runs away or goes out a lot"},
    SignalDefinition{"sexual_image_blackmail", SignalGroup::sexual, "Was asked for nude images and then blackmailed"},
    SignalDefinition{"sexual_advertised", SignalGroup::sexual, "Is advertised on sex websites or apps"},
    SignalDefinition{"sexual_forced_webcam", SignalGroup::sexual, "Is forced to do webcam sex"},
    SignalDefinition{"sexual_images_spread", SignalGroup::sexual, "Intimate images were spread without consent"},
    SignalDefinition{"sexual_hands_over_earnings", SignalGroup::sexual,
                     "Hands over earnings, works very long hours or unusually cheaply"},
    SignalDefinition{"labour_dangerous_work", SignalGroup::labour, "Does dangerous or unhealthy work"},
    SignalDefinition{"labour_long_days", SignalGroup::labour, "Works very long days"},
    SignalDefinition{"labour_underpaid", SignalGroup::labour,
                     "Is not paid, paid too little, paid late or only in cash"},
    SignalDefinition{"labour_employer_holds_id", SignalGroup::labour, "The employer keeps their ID"},
    SignalDefinition{"labour_employer_housing", SignalGroup::labour,
                     "Lives at the workplace or in housing from the employer"},
    SignalDefinition{"labour_debt_to_employer", SignalGroup::labour, "Has a high debt to the employer"},
    SignalDefinition{"labour_no_bank_access", SignalGroup::labour, "Has no access to their own bank account"},
    SignalDefinition{"criminal_pressured", SignalGroup::criminal,
                     "Is pressured into drug running, theft, pickpocketing or begging"},
    SignalDefinition{"criminal_lends_bank_account", SignalGroup::criminal, "Lends out their bank account or bank card"},
    SignalDefinition{"criminal_contracts_in_name", SignalGroup::criminal,
                     "Has phone or car contracts in their name taken out by others"},
    SignalDefinition{"criminal_fine_debt", SignalGroup::criminal,
                     "Must pay off a 'fine' or debt by doing heavier jobs"},
    SignalDefinition{"criminal_older_friends_money", SignalGroup::criminal, "Has new, older friends and sudden money"},
    SignalDefinition{"criminal_truancy", SignalGroup::criminal, "Skips school"},
    SignalDefinition{"criminal_found_with_goods", SignalGroup::criminal,
                     "Was found with drugs or stolen goods without a criminal past"},
    SignalDefinition{"school_absence", SignalGroup::school, "Is often absent from school or drops out"},
    SignalDefinition{"school_always_on_phone", SignalGroup::school, "Is always on the phone"},
    SignalDefinition{"school_waited_for", SignalGroup::school, "Is picked up or waited for at school"},
};

constexpr std::array kForms = {ExploitationForm::sexual, ExploitationForm::labour, ExploitationForm::criminal,
                               ExploitationForm::other, ExploitationForm::unknown};
constexpr std::array kRoles = {ReporterRole::resident, ReporterRole::professional, ReporterRole::victim,
                               ReporterRole::other};
constexpr std::array kSectors = {Sector::education,    Sector::healthcare,     Sector::youth_care, Sector::social_work,
                                 Sector::municipality, Sector::police_justice, Sector::employer,   Sector::other};
constexpr std::array kAnonymity = {Anonymity::anonymous, Anonymity::shielded, Anonymity::identified};
constexpr std::array kMinors = {MinorsInvolved::yes, MinorsInvolved::no, MinorsInvolved::unknown};
constexpr std::array kKinds = {SignalKind::report, SignalKind::advice};
constexpr std::array kChannels = {Channel::web, Channel::phone, Channel::chat, Channel::email, Channel::in_person};

// One generic parser: every enum above has code_of(), so the inverse is a lookup.
template <typename Enum, std::size_t N>
std::optional<Enum> parse_from(const std::array<Enum, N>& values, std::string_view code) {
    for (Enum value : values) {
        if (code_of(value) == code) return value;
    }
    return std::nullopt;
}

}  // namespace

std::span<const SignalDefinition> signal_checklist() {
    return kChecklist;
}

const SignalDefinition* find_signal_definition(std::string_view code) {
    for (const auto& definition : kChecklist) {
        if (definition.code == code) return &definition;
    }
    return nullptr;
}

std::string_view code_of(SignalKind value) {
    return value == SignalKind::report ? "report" : "advice";
}

std::string_view code_of(Channel value) {
    switch (value) {
        case Channel::web:
            return "web";
        case Channel::phone:
            return "phone";
        case Channel::chat:
            return "chat";
        case Channel::email:
            return "email";
        case Channel::in_person:
            return "in_person";
    }
    return "web";
}

std::string_view code_of(ExploitationForm value) {
    switch (value) {
        case ExploitationForm::sexual:
            return "sexual";
        case ExploitationForm::labour:
            return "labour";
        case ExploitationForm::criminal:
            return "criminal";
        case ExploitationForm::other:
            return "other";
        case ExploitationForm::unknown:
            return "unknown";
    }
    return "unknown";
}

std::string_view code_of(ReporterRole value) {
    switch (value) {
        case ReporterRole::resident:
            return "resident";
        case ReporterRole::professional:
            return "professional";
        case ReporterRole::victim:
            return "victim";
        case ReporterRole::other:
            return "other";
    }
    return "other";
}

std::string_view code_of(Sector value) {
    switch (value) {
        case Sector::education:
            return "education";
        case Sector::healthcare:
            return "healthcare";
        case Sector::youth_care:
            return "youth_care";
        case Sector::social_work:
            return "social_work";
        case Sector::municipality:
            return "municipality";
        case Sector::police_justice:
            return "police_justice";
        case Sector::employer:
            return "employer";
        case Sector::other:
            return "other";
    }
    return "other";
}

std::string_view code_of(Anonymity value) {
    switch (value) {
        case Anonymity::anonymous:
            return "anonymous";
        case Anonymity::shielded:
            return "shielded";
        case Anonymity::identified:
            return "identified";
    }
    return "anonymous";
}

std::string_view code_of(MinorsInvolved value) {
    switch (value) {
        case MinorsInvolved::yes:
            return "yes";
        case MinorsInvolved::no:
            return "no";
        case MinorsInvolved::unknown:
            return "unknown";
    }
    return "unknown";
}

std::string_view code_of(SignalGroup value) {
    switch (value) {
        case SignalGroup::general:
            return "general";
        case SignalGroup::sexual:
            return "sexual";
        case SignalGroup::labour:
            return "labour";
        case SignalGroup::criminal:
            return "criminal";
        case SignalGroup::school:
            return "school";
    }
    return "general";
}

std::optional<SignalKind> parse_signal_kind(std::string_view code) {
    return parse_from(kKinds, code);
}
std::optional<Channel> parse_channel(std::string_view code) {
    return parse_from(kChannels, code);
}
std::optional<ExploitationForm> parse_exploitation_form(std::string_view code) {
    return parse_from(kForms, code);
}
std::optional<ReporterRole> parse_reporter_role(std::string_view code) {
    return parse_from(kRoles, code);
}
std::optional<Sector> parse_sector(std::string_view code) {
    return parse_from(kSectors, code);
}
std::optional<Anonymity> parse_anonymity(std::string_view code) {
    return parse_from(kAnonymity, code);
}
std::optional<MinorsInvolved> parse_minors_involved(std::string_view code) {
    return parse_from(kMinors, code);
}

std::span<const ExploitationForm> all_exploitation_forms() {
    return kForms;
}
std::span<const ReporterRole> all_reporter_roles() {
    return kRoles;
}
std::span<const Sector> all_sectors() {
    return kSectors;
}
std::span<const Anonymity> all_anonymity_levels() {
    return kAnonymity;
}
std::span<const MinorsInvolved> all_minors_answers() {
    return kMinors;
}

}  // namespace meldpunt::domain

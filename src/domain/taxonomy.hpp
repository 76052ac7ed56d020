// The vocabulary of the registration: forms of exploitation, reporter roles and
// sectors, anonymity levels, the signal (indicator) checklist. Codes are stable
// identifiers used in storage and the API; `label` is the English text, which is
// also the msgid the web layer translates. Constant data; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace meldpunt::domain {

enum class SignalKind { report, advice };
enum class Channel { web, phone, chat, email, in_person };
enum class ExploitationForm { sexual, labour, criminal, other, unknown };
enum class ReporterRole { resident, professional, victim, other };
enum class Sector { education, healthcare, youth_care, social_work, municipality, police_justice, employer, other };
enum class Anonymity { anonymous, shielded, identified };
enum class MinorsInvolved { yes, no, unknown };

// Where in the checklist a signal belongs. `general` applies to every form.
enum class SignalGroup { general, sexual, labour, criminal, school };

struct SignalDefinition {
    std::string_view code;
    SignalGroup group;
    std::string_view label;
};

std::span<const SignalDefinition> signal_checklist();
const SignalDefinition* find_signal_definition(std::string_view code);

// Each enum has a code (for storage and the API) and a parser back from it.
std::string_view code_of(SignalKind value);
std::string_view code_of(Channel value);
std::string_view code_of(ExploitationForm value);
std::string_view code_of(ReporterRole value);
std::string_view code_of(Sector value);
std::string_view code_of(Anonymity value);
std::string_view code_of(MinorsInvolved value);
std::string_view code_of(SignalGroup value);

std::optional<SignalKind> parse_signal_kind(std::string_view code);
std::optional<Channel> parse_channel(std::string_view code);
std::optional<ExploitationForm> parse_exploitation_form(std::string_view code);
std::optional<ReporterRole> parse_reporter_role(std::string_view code);
std::optional<Sector> parse_sector(std::string_view code);
std::optional<Anonymity> parse_anonymity(std::string_view code);
std::optional<MinorsInvolved> parse_minors_involved(std::string_view code);

// All values in display order, for forms and validation messages.
std::span<const ExploitationForm> all_exploitation_forms();
std::span<const ReporterRole> all_reporter_roles();
std::span<const Sector> all_sectors();
std::span<const Anonymity> all_anonymity_levels();
std::span<const MinorsInvolved> all_minors_answers();

}  // namespace meldpunt::domain

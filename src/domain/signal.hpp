// A signal: one advice request or report, as the domain sees it. SignalInput is
// what arrives from outside (codes as text, nothing trusted yet); validate_signal()
// turns it into a SignalDraft or says which field to fix. Values; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.hpp"
#include "base/result.hpp"
#include "domain/municipality.hpp"
#include "domain/taxonomy.hpp"

namespace meldpunt::domain {

using SignalId = std::int64_t;

// The report route. Only `new` is reached from the public side; staff move it on.
enum class Status {
    new_signal,
    safety_assessment,
    decided,
    referred,
    handed_over,
    conditions_follow_up,
    investigation,
    monitoring,
    closed
};
std::string_view code_of(Status status);
std::optional<Status> parse_status(std::string_view code);

struct ContactDetails {
    std::string name;
    std::string phone;
    std::string email;
    std::string organisation;
    bool empty() const { return name.empty() && phone.empty() && email.empty() && organisation.empty(); }
};

// Unvalidated input. Optional strings distinguish "not sent" from "sent empty".
struct SignalInput {
    std::string kind;
    std::string description;
    std::vector<std::string> forms;
    std::string reporter_role;
    std::string anonymity;
    std::string sector;
    ContactDetails contact;
    std::string postcode;
    std::string municipality;
    std::string minors_involved;
    bool acute = false;
    std::vector<std::string> signals;
};

// Validated and normalised.
struct SignalDraft {
    SignalKind kind = SignalKind::report;
    Channel channel = Channel::web;
    ReporterRole reporter_role = ReporterRole::other;
    std::optional<Sector> sector;
    Anonymity anonymity = Anonymity::anonymous;
    ContactDetails contact;
    std::string description;
    std::vector<ExploitationForm> forms;
    std::vector<std::string> signal_codes;
    std::optional<int> postcode_area;
    Municipality municipality = Municipality::unknown;
    MinorsInvolved minors_involved = MinorsInvolved::unknown;
    bool acute = false;
};

struct SignalLimits {
    std::size_t description_max = 20000;  // code points
    std::size_t contact_field_max = 200;
    std::size_t message_max = 10000;          // code points per mailbox message
    std::size_t reporter_messages_max = 100;  // per signal: a mailbox is not a storage service
};

// All problems at once, so a form can mark every wrong field in one round.
Result<SignalDraft> validate_signal(const SignalInput& input, const SignalLimits& limits = {});
std::vector<Error> validation_errors(const SignalInput& input, const SignalLimits& limits = {});
// Both at once: the draft is usable only when `errors` is empty.
struct SignalCheck {
    SignalDraft draft;
    std::vector<Error> errors;
};
SignalCheck check_signal(const SignalInput& input, const SignalLimits& limits = {});

// Contact details fit the anonymity level: none when anonymous, at least one
// way to reach someone otherwise, each field well-formed. Adds to `errors`.
void check_contact(const ContactDetails& contact, Anonymity anonymity, const SignalLimits& limits,
                   std::vector<Error>& errors);

// Free text that people type (descriptions, messages): valid UTF-8, no control
// characters, 1..max code points after trimming. Empty Error means fine.
// `too_long` is the message for text over `max` (it names the limit people see).
std::optional<Error> check_free_text(std::string_view field, std::string_view text, std::size_t max,
                                     std::string_view too_long);

}  // namespace meldpunt::domain

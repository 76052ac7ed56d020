#include "domain/signal.hpp"

#include <algorithm>
#include <array>

#include "base/text.hpp"

namespace meldpunt::domain {

namespace {

constexpr std::array kStatuses = {
    std::pair{Status::new_signal, "new"},
    std::pair{Status::safety_assessment, "safety_assessment"},
    std::pair{Status::decided, "decided"},
    std::pair{Status::referred, "referred"},
    std::pair{Status::handed_over, "handed_over"},
    std::pair{Status::conditions_follow_up, "conditions_follow_up"},
    std::pair{Status::investigation, "investigation"},
    std::pair{Status::monitoring, "monitoring"},
    std::pair{Status::closed, "closed"},
};

bool looks_like_email(std::string_view email) {
    const auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos) return false;
    const auto domain = email.substr(at + 1);
    const auto dot = domain.find('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size() &&
           email.find(' ') == std::string_view::npos;
}

bool looks_like_phone(std::string_view phone) {
    int digits = 0;
    for (char c : phone) {
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')') {
            return false;
        }
    }
    return digits >= 6 && digits <= 15;
}

}  // namespace

void check_contact(const ContactDetails& contact, Anonymity anonymity, const SignalLimits& limits,
                   std::vector<Error>& errors) {
    if (anonymity == Anonymity::anonymous) {
        if (!contact.empty()) {
            errors.push_back(
                Error::invalid("reporter.anonymity",
                               "You chose to stay anonymous, so leave your name and contact details empty, or "
                               "choose another option."));
        }
        return;
    }
    const std::array fields = {std::pair{"reporter.name", &contact.name}, std::pair{"reporter.phone", &contact.phone},
                               std::pair{"reporter.email", &contact.email},
                               std::pair{"reporter.organisation", &contact.organisation}};
    for (const auto& [field, value] : fields) {
        if (!is_valid_utf8(*value) || has_control_characters(*value) ||
            utf8_length(*value) > limits.contact_field_max) {
            errors.push_back(Error::invalid(field, "Use at most 200 ordinary characters here."));
        }
    }
    if (contact.name.empty() && contact.phone.empty() && contact.email.empty()) {
        errors.push_back(Error::invalid(
            "reporter.name", "Give your name, phone number or e-mail address, or choose to stay anonymous."));
    }
    if (!contact.email.empty() && !looks_like_email(contact.email)) {
        errors.push_back(
            Error::invalid("reporter.email", "This e-mail address is not complete. Example: name@example.nl"));
    }
    if (!contact.phone.empty() && !looks_like_phone(contact.phone)) {
        errors.push_back(Error::invalid("reporter.phone",
                                        "Use only digits, spaces, + or - in a phone number. Example: 06 12345678"));
    }
}

namespace {

template <typename T>
void push_unique(std::vector<T>& values, T value) {
    if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
}

}  // namespace

std::string_view code_of(Status status) {
    for (const auto& [value, code] : kStatuses) {
        if (value == status) return code;
    }
    return "new";
}

std::optional<Status> parse_status(std::string_view code) {
    for (const auto& [value, text] : kStatuses) {
        if (text == code) return value;
    }
    return std::nullopt;
}

std::optional<Error> check_free_text(std::string_view field, std::string_view text, std::size_t max,
                                     std::string_view too_long) {
    if (!is_valid_utf8(text))
        return Error::invalid(std::string(field), "This text contains characters we cannot read.");
    if (has_control_characters(text))
        return Error::invalid(std::string(field),
                              "This text contains invisible control characters. Remove them and try again.");
    if (trim(text).empty()) return Error::invalid(std::string(field), "Please write something here.");
    if (utf8_length(text) > max) return Error::invalid(std::string(field), std::string(too_long));
    return std::nullopt;
}

namespace {

SignalDraft collect(const SignalInput& input, const SignalLimits& limits, std::vector<Error>& errors) {
    SignalDraft draft;

    if (const auto kind = parse_signal_kind(input.kind)) {
        draft.kind = *kind;
    } else {
        errors.push_back(Error::invalid("kind", "Choose whether you want to report or ask for advice."));
    }

    if (auto problem = check_free_text("description", input.description, limits.description_max,
                                       "This text is too long: use at most 20,000 characters.")) {
        if (trim(input.description).empty()) problem->message = "Tell us what is going on.";
        errors.push_back(*problem);
    } else {
        draft.description = std::string(trim(input.description));
    }

    if (input.forms.empty()) {
        errors.push_back(Error::invalid("forms", "Choose at least one form of exploitation, or 'I don't know'."));
    }
    for (const auto& code : input.forms) {
        if (const auto form = parse_exploitation_form(code)) {
            push_unique(draft.forms, *form);
        } else {
            errors.push_back(
                Error::invalid("forms", "Choose forms from the list: sexual, labour, criminal, other or unknown."));
            break;
        }
    }

    if (const auto role = parse_reporter_role(input.reporter_role)) {
        draft.reporter_role = *role;
    } else {
        errors.push_back(Error::invalid(
            "reporter.role", "Tell us who you are: resident, professional, the person concerned, or other."));
    }

    if (!input.sector.empty()) {
        if (draft.reporter_role != ReporterRole::professional) {
            errors.push_back(
                Error::invalid("reporter.sector", "A sector only applies when you report as a professional."));
        } else if (const auto sector = parse_sector(input.sector)) {
            draft.sector = *sector;
        } else {
            errors.push_back(Error::invalid("reporter.sector", "Choose your sector from the list."));
        }
    }

    if (const auto anonymity = parse_anonymity(input.anonymity)) {
        draft.anonymity = *anonymity;
        check_contact(input.contact, *anonymity, limits, errors);
        if (*anonymity != Anonymity::anonymous) {
            draft.contact.name = std::string(trim(input.contact.name));
            draft.contact.phone = std::string(trim(input.contact.phone));
            draft.contact.email = std::string(trim(input.contact.email));
            draft.contact.organisation = std::string(trim(input.contact.organisation));
        }
    } else {
        errors.push_back(Error::invalid("reporter.anonymity", "Choose whether you stay anonymous, shielded or known."));
    }

    // Municipality::unknown stands for "none chosen" (a std::optional here trips
    // a false maybe-uninitialized warning in g++ 12).
    Municipality chosen = Municipality::unknown;
    if (!input.municipality.empty()) {
        const auto parsed = parse_municipality(input.municipality);
        if (parsed && *parsed != Municipality::unknown) {
            chosen = *parsed;
        } else {
            errors.push_back(Error::invalid("municipality", "Choose a municipality from the list."));
        }
    }
    if (!trim(input.postcode).empty()) {
        if (const auto area = parse_postcode_area(input.postcode)) {
            draft.postcode_area = *area;
            draft.municipality = municipality_of_postcode_area(*area);
            if (chosen != Municipality::unknown && chosen != draft.municipality) {
                errors.push_back(Error::invalid(
                    "postcode", "This postcode is not in the municipality you chose. Check both, or leave one empty."));
            }
        } else {
            errors.push_back(Error::invalid(
                "postcode", "Write a Dutch postcode as four digits, for example 1315, or leave it empty."));
        }
    } else {
        draft.municipality = chosen;
    }

    if (!input.minors_involved.empty()) {
        if (const auto minors = parse_minors_involved(input.minors_involved)) {
            draft.minors_involved = *minors;
        } else {
            errors.push_back(Error::invalid("minors_involved", "Answer yes, no or I don't know."));
        }
    }
    draft.acute = input.acute;
    std::sort(draft.forms.begin(), draft.forms.end());  // canonical order, whatever the input order

    for (const auto& code : input.signals) {
        if (find_signal_definition(code) != nullptr) {
            push_unique(draft.signal_codes, code);
        } else {
            errors.push_back(
                Error::invalid("signals", "One of the signals is not in our list. Tick signals from the list only."));
            break;
        }
    }
    return draft;
}

}  // namespace

Result<SignalDraft> validate_signal(const SignalInput& input, const SignalLimits& limits) {
    std::vector<Error> errors;
    SignalDraft draft = collect(input, limits, errors);
    if (!errors.empty()) return errors.front();
    return draft;
}

SignalCheck check_signal(const SignalInput& input, const SignalLimits& limits) {
    SignalCheck check;
    check.draft = collect(input, limits, check.errors);
    return check;
}

std::vector<Error> validation_errors(const SignalInput& input, const SignalLimits& limits) {
    return check_signal(input, limits).errors;
}

}  // namespace meldpunt::domain

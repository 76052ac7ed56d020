// apply_update(): the structured fields staff change on a signal, checked one by
// one with a message that names what to fix.
#include <algorithm>

#include "base/text.hpp"
#include "domain/case_desk.hpp"

namespace meldpunt::domain {

bool SignalUpdate::empty() const {
    return !kind && !kind_reason && !reporter_role && !sector && !anonymity && !forms && !sub_forms && !signals &&
           !scope && !safety_outcome && !minors_involved && !municipality && !postcode && !acute && !contact;
}

namespace {

// Sets `target` from `code` when the update carries it; notes the field when
// the value really changes.
template <typename T, typename Parse>
Result<void> apply_code(const std::optional<std::string>& code, T& target, Parse parse, std::string_view field,
                        std::string_view problem, AppliedUpdate& applied) {
    if (!code) return Ok{};
    const auto parsed = parse(*code);
    if (!parsed) return Error::invalid(std::string(field), std::string(problem));
    if (!(*parsed == target)) {
        target = *parsed;
        applied.changed.emplace_back(field);
    }
    return Ok{};
}

template <typename T, typename Parse>
Result<std::vector<T>> parse_list(const std::vector<std::string>& codes, Parse parse, std::string_view field,
                                  std::string_view problem) {
    std::vector<T> values;
    for (const auto& code : codes) {
        const auto parsed = parse(code);
        if (!parsed) return Error::invalid(std::string(field), std::string(problem));
        if (std::find(values.begin(), values.end(), *parsed) == values.end()) values.push_back(*parsed);
    }
    std::sort(values.begin(), values.end());
    return values;
}

template <typename T>
void set_list(std::vector<T>& target, std::vector<T> values, std::string_view field, AppliedUpdate& applied) {
    if (target != values) {
        target = std::move(values);
        applied.changed.emplace_back(field);
    }
}

std::optional<std::string> known_sub_form(std::string_view code) {
    if (find_sub_form(code) == nullptr) return std::nullopt;
    return std::string(code);
}

std::optional<std::string> known_signal(std::string_view code) {
    if (find_signal_definition(code) == nullptr) return std::nullopt;
    return std::string(code);
}

Result<void> apply_municipality(const SignalUpdate& update, StoredSignal& signal, AppliedUpdate& applied) {
    auto municipality = signal.municipality;
    if (update.municipality) {
        const auto parsed = parse_municipality(*update.municipality);
        if (!parsed) return Error::invalid("municipality", "Choose a municipality from the list.");
        municipality = *parsed;
    }
    if (update.postcode && !trim(*update.postcode).empty()) {
        const auto area = parse_postcode_area(*update.postcode);
        if (!area)
            return Error::invalid("postcode", "Write a Dutch postcode as four digits, for example 1315, or leave "
                                              "it empty.");
        const auto derived = municipality_of_postcode_area(*area);
        if (update.municipality && derived != municipality)
            return Error::invalid("postcode", "This postcode is not in the municipality chosen. Check both.");
        municipality = derived;
        applied.postcode_area = *area;
        applied.changed.emplace_back("postcode");
    }
    if (municipality != signal.municipality) {
        signal.municipality = municipality;
        applied.changed.emplace_back("municipality");
    }
    return Ok{};
}

}  // namespace

Result<AppliedUpdate> apply_update(StoredSignal& signal, const SignalUpdate& update) {
    AppliedUpdate applied;
    const auto before_kind = signal.kind;
    if (auto done = apply_code(update.kind, signal.kind, parse_signal_kind, "kind", "Choose report or advice.", applied);
        !done)
        return done.error();
    applied.kind_changed = signal.kind != before_kind;
    if (applied.kind_changed && (!update.kind_reason || trim(*update.kind_reason).empty()))
        return Error::invalid("kind_reason", "Give the reason for converting this signal.");
    if (applied.kind_changed && before_kind == SignalKind::report && signal.status != Status::new_signal)
        return Error::invalid("kind", "A report that has moved along the route cannot become an advice again.");

    if (auto done = apply_code(update.reporter_role, signal.reporter_role, parse_reporter_role, "reporter_role",
                               "Choose the reporter's role from the list.", applied);
        !done)
        return done.error();
    if (update.sector) {
        std::optional<Sector> sector;
        if (!update.sector->empty()) {
            sector = parse_sector(*update.sector);
            if (!sector) return Error::invalid("sector", "Choose the sector from the list, or none.");
        }
        if (sector != signal.sector) {
            signal.sector = sector;
            applied.changed.emplace_back("sector");
        }
    }
    if (signal.sector && signal.reporter_role != ReporterRole::professional)
        return Error::invalid("sector", "A sector only applies when the reporter is a professional.");
    if (auto done = apply_code(update.anonymity, signal.anonymity, parse_anonymity, "anonymity",
                               "Choose anonymous, shielded or identified.", applied);
        !done)
        return done.error();
    if (update.forms) {
        auto forms = parse_list<ExploitationForm>(*update.forms, parse_exploitation_form, "forms",
                                                  "Choose forms of exploitation from the list.");
        if (!forms) return forms.error();
        if (forms->empty()) return Error::invalid("forms", "Keep at least one form; choose 'unknown' when unclear.");
        set_list(signal.forms, std::move(*forms), "forms", applied);
    }
    if (update.sub_forms) {
        auto sub_forms =
            parse_list<std::string>(*update.sub_forms, known_sub_form, "sub_forms", "Choose sub-forms from the list.");
        if (!sub_forms) return sub_forms.error();
        set_list(signal.sub_forms, std::move(*sub_forms), "sub_forms", applied);
    }
    for (const auto& code : signal.sub_forms) {
        const auto form = find_sub_form(code)->form;
        if (std::find(signal.forms.begin(), signal.forms.end(), form) == signal.forms.end())
            return Error::invalid("sub_forms", "A sub-form belongs under a form: also choose its form.");
    }
    if (update.signals) {
        auto codes = parse_list<std::string>(*update.signals, known_signal, "signals",
                                             "Choose signals from the checklist only.");
        if (!codes) return codes.error();
        set_list(signal.signal_codes, std::move(*codes), "signals", applied);
    }
    if (auto done = apply_code(update.scope, signal.scope, parse_scope, "scope",
                               "Choose domestic, cross-border or unknown.", applied);
        !done)
        return done.error();
    if (update.safety_outcome) {
        std::optional<SafetyOutcome> outcome;
        if (!update.safety_outcome->empty()) {
            outcome = parse_safety_outcome(*update.safety_outcome);
            if (!outcome) return Error::invalid("safety_outcome", "Choose safe, concerns or unsafe.");
        }
        if (outcome != signal.safety_outcome) {
            signal.safety_outcome = outcome;
            applied.changed.emplace_back("safety_outcome");
        }
    }
    if (auto done = apply_code(update.minors_involved, signal.minors_involved, parse_minors_involved,
                               "minors_involved", "Answer yes, no or unknown.", applied);
        !done)
        return done.error();
    if (auto done = apply_municipality(update, signal, applied); !done) return done.error();
    if (update.acute && *update.acute != signal.acute) {
        signal.acute = *update.acute;
        applied.changed.emplace_back("acute");
    }
    if (update.contact) applied.changed.emplace_back("contact");
    return applied;
}

}  // namespace meldpunt::domain

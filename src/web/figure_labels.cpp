#include "web/figure_labels.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "domain/case_file.hpp"
#include "domain/municipality.hpp"
#include "exports/svg_chart.hpp"
#include "web/labels.hpp"
#include "web/staff_labels.hpp"
#include "web/staff_signal_pages.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

namespace {

// A word for a value: a msgid to translate, or text shown as it is.
struct Word {
    std::string_view text;
    bool translate = true;
};

constexpr std::pair<std::string_view, std::string_view> kDimensions[] = {
    {"all", "All"},
    {"kind", "Report or advice"},
    {"channel", "Came in by"},
    {"reporter_role", "Who reported"},
    {"minors", "Minors involved"},
    {"scope", "Domestic or cross-border"},
    {"status", "Step in the route"},
    {"form", "Form of exploitation"},
    {"sub_form", "Sub-form"},
    {"partner", "Referred to"},
    {"referral_outcome", "Outcome of the referral"},
    {"minors_form", "Minors involved and form of exploitation"},
    {"scope_form", "Domestic or cross-border and form of exploitation"},
    {"municipality", "Municipality"},
    {"gender", "Gender"},
    {"age_band", "Age"},
    {"age_gender", "Age and gender"},
    {"minor_now", "Under 18 at the time of the signal"},
    {"minor_at_start", "Minor when the exploitation began"},
    {"nationality", "Nationality"},
    {"count", "Count"},
};

constexpr std::pair<std::string_view, std::string_view> kSignalCharts[] = {
    {"all", "All signals"},
    {"kind", "Signals: advice questions and reports"},
    {"channel", "Signals by how they came in"},
    {"reporter_role", "Signals by who reported"},
    {"minors", "Signals by whether minors are involved"},
    {"scope", "Signals: domestic or cross-border"},
    {"status", "Signals by step in the route"},
    {"form", "Signals by form of exploitation"},
    {"sub_form", "Signals by sub-form"},
    {"partner", "Signals referred, by partner"},
    {"referral_outcome", "Signals referred, by outcome of the referral"},
    {"minors_form", "Signals by minors involved and form of exploitation"},
    {"scope_form", "Signals by domestic or cross-border and form of exploitation"},
    {"municipality", "Signals by municipality"},
};

constexpr std::pair<std::string_view, std::string_view> kPersonCharts[] = {
    {"all", "All possible victims"},
    {"gender", "Possible victims by gender"},
    {"age_band", "Possible victims by age"},
    {"age_gender", "Possible victims by age and gender"},
    {"minor_now", "Possible victims under 18 at the time of the signal"},
    {"minor_at_start", "Possible victims who were minors when the exploitation began"},
    {"nationality", "Possible victims by nationality"},
    {"municipality", "Possible victims by municipality"},
};

// Yes / no / unknown answers, worded for what they answer.
struct YesNo {
    std::string_view dimension, yes, no, unknown;
};
constexpr YesNo kYesNo[] = {
    {"minors", "With minors", "Without minors", "Not known"},
    {"minor_now", "Under 18", "18 or older", "Age unknown"},
    {"minor_at_start", "Minor when it began", "Adult when it began", "Not known"},
};

constexpr Status kStatuses[] = {Status::new_signal,    Status::safety_assessment, Status::decided,
                                Status::referred,      Status::handed_over,       Status::conditions_follow_up,
                                Status::investigation, Status::monitoring,        Status::closed};
constexpr Channel kChannels[] = {Channel::web, Channel::phone, Channel::chat, Channel::email, Channel::in_person};

constexpr std::string_view kOtherMsgids[] = {
    "Reports",      "Advice questions",     "Unknown", "Outside Flevoland", "Age unknown",
    "Whole region", "Municipality unknown", "Signals", "Possible victims",  "Q",
};

constexpr std::string_view kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};

template <typename Lookup>
Word enum_word(std::string_view value, Lookup lookup) {
    if (auto word = lookup(value)) return {*word};
    return {value, false};
}

Word value_word(std::string_view dimension, std::string_view value) {
    if (value.empty()) return {"All"};
    for (const auto& answers : kYesNo) {
        if (answers.dimension != dimension) continue;
        if (value == "yes") return {answers.yes};
        if (value == "no") return {answers.no};
        if (value == "unknown") return {answers.unknown};
        return {value, false};
    }
    const auto parsed = [&](auto parse, auto label) {
        return enum_word(value, [&](std::string_view code) -> std::optional<std::string_view> {
            const auto found = parse(code);
            if (!found) return std::nullopt;
            return label(*found);
        });
    };
    if (dimension == "kind") {
        if (value == "report") return {"Reports"};
        if (value == "advice") return {"Advice questions"};
    } else if (dimension == "channel") {
        return parsed(parse_channel, [](Channel c) { return label_of(c); });
    } else if (dimension == "reporter_role") {
        return parsed(parse_reporter_role, reporter_role_word);
    } else if (dimension == "scope") {
        return parsed(parse_scope, [](Scope s) { return label_of(s); });
    } else if (dimension == "status") {
        return parsed(parse_status, staff_label_of);
    } else if (dimension == "form") {
        return parsed(parse_exploitation_form, form_word);
    } else if (dimension == "sub_form") {
        if (const auto* sub_form = find_sub_form(value)) return {sub_form->label};
    } else if (dimension == "partner") {
        return parsed(parse_partner, [](Partner p) { return label_of(p); });
    } else if (dimension == "referral_outcome") {
        return parsed(parse_referral_outcome, [](ReferralOutcome o) { return label_of(o); });
    } else if (dimension == "gender") {
        return parsed(parse_gender, [](Gender g) { return label_of(g); });
    } else if (dimension == "municipality") {
        const auto municipality = parse_municipality(value);
        if (municipality == Municipality::outside) return {"Outside Flevoland"};
        if (municipality == Municipality::unknown) return {"Unknown"};
        if (municipality) return {info_of(*municipality).name, false};  // proper names
    } else if (dimension == "age_band") {
        if (value == "unknown") return {"Age unknown"};
    } else if (dimension == "nationality") {
        if (value == "unknown") return {"Unknown"};
    }
    return {value, false};
}

// The two parts of a crossing, by its dimension.
std::optional<std::pair<std::string_view, std::string_view>> crossing(std::string_view dimension) {
    if (dimension == "minors_form") return std::pair{std::string_view("minors"), std::string_view("form")};
    if (dimension == "scope_form") return std::pair{std::string_view("scope"), std::string_view("form")};
    if (dimension == "age_gender") return std::pair{std::string_view("age_band"), std::string_view("gender")};
    return std::nullopt;
}

std::string translated(const Translations& words, Language language, Word word) {
    return std::string(word.translate ? words.get(language, word.text) : word.text);
}

}  // namespace

std::string_view figure_dimension_msgid(std::string_view dimension) {
    for (const auto& [code, msgid] : kDimensions)
        if (code == dimension) return msgid;
    return dimension;
}

std::string_view figure_chart_msgid(stats::Unit unit, std::string_view dimension) {
    if (unit == stats::Unit::signals) {
        for (const auto& [code, msgid] : kSignalCharts)
            if (code == dimension) return msgid;
    } else {
        for (const auto& [code, msgid] : kPersonCharts)
            if (code == dimension) return msgid;
    }
    return figure_dimension_msgid(dimension);
}

std::string_view figure_unit_msgid(stats::Unit unit) {
    return unit == stats::Unit::signals ? "Signals" : "Possible victims";
}

std::string figure_value_label(const Translations& words, Language language, std::string_view dimension,
                               std::string_view value) {
    if (const auto parts = crossing(dimension)) {
        const auto bar = value.find('|');
        if (bar != std::string_view::npos)
            return translated(words, language, value_word(parts->first, value.substr(0, bar))) + ", " +
                   translated(words, language, value_word(parts->second, value.substr(bar + 1)));
    }
    return translated(words, language, value_word(dimension, value));
}

std::string period_label(const Translations& words, Language language, const stats::Period& period) {
    const std::string year = std::to_string(period.year);
    switch (period.kind) {
        case stats::PeriodKind::year:
            return year;
        case stats::PeriodKind::quarter:
            return year + " " + std::string(words.get(language, "Q")) + std::to_string(period.number);
        case stats::PeriodKind::month:
            break;
    }
    const std::size_t month = static_cast<std::size_t>(std::clamp(period.number, 1, 12) - 1);
    return std::string(words.get(language, kMonths[month])) + " " + year;
}

std::string area_label(const Translations& words, Language language, std::string_view area) {
    if (area.empty()) return std::string(words.get(language, "Whole region"));
    const auto municipality = parse_municipality(area);
    if (municipality == Municipality::unknown) return std::string(words.get(language, "Municipality unknown"));
    return figure_value_label(words, language, "municipality", area);
}

std::string format_count(std::int64_t count, Language language) {
    return exports::group_digits(count, language == Language::nl ? '.' : ',');
}

std::string format_rate(double rate, Language language) {
    char buffer[32];
    const auto [end, problem] = std::to_chars(buffer, buffer + sizeof buffer, rate, std::chars_format::fixed, 1);
    std::string text = problem == std::errc{} ? std::string(buffer, end) : "0.0";
    if (language == Language::nl)
        for (char& c : text)
            if (c == '.') c = ',';
    return text;
}

std::string format_change(std::int64_t count, std::int64_t previous, Language language) {
    const std::int64_t difference = count - previous;
    if (difference == 0) return "0";
    std::string text = (difference > 0 ? "+" : "") + format_count(difference, language);
    if (previous > 0) {
        const auto percent = static_cast<std::int64_t>(
            std::llround(100.0 * static_cast<double>(difference) / static_cast<double>(previous)));
        text += " (" + std::string(percent > 0 ? "+" : "") + format_count(percent, language) + "%)";
    }
    return text;
}

std::vector<std::string_view> all_figure_msgids() {
    std::vector<std::string_view> msgids;
    for (const auto& [code, msgid] : kDimensions) msgids.push_back(msgid);
    for (const auto& [code, msgid] : kSignalCharts) msgids.push_back(msgid);
    for (const auto& [code, msgid] : kPersonCharts) msgids.push_back(msgid);
    for (const auto& answers : kYesNo) msgids.insert(msgids.end(), {answers.yes, answers.no, answers.unknown});
    for (std::string_view msgid : kOtherMsgids) msgids.push_back(msgid);
    for (std::string_view month : kMonths) msgids.push_back(month);
    for (Channel channel : kChannels) msgids.push_back(label_of(channel));
    for (ReporterRole role : all_reporter_roles()) msgids.push_back(reporter_role_word(role));
    for (Scope scope : all_scopes()) msgids.push_back(label_of(scope));
    for (Status status : kStatuses) msgids.push_back(staff_label_of(status));
    for (ExploitationForm form : all_exploitation_forms()) msgids.push_back(form_word(form));
    for (const auto& sub_form : all_sub_forms()) msgids.push_back(sub_form.label);
    for (Partner partner : all_partners()) msgids.push_back(label_of(partner));
    for (ReferralOutcome outcome : all_referral_outcomes()) msgids.push_back(label_of(outcome));
    for (Gender gender : all_genders()) msgids.push_back(label_of(gender));
    return msgids;
}

}  // namespace meldpunt::web

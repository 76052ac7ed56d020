#include "stats/figures.hpp"

#include <algorithm>
#include <array>

#include "domain/municipality.hpp"

namespace meldpunt::stats {

namespace {

constexpr std::array<std::string_view, 14> kSignalDimensions = {
    "all",     "kind",     "channel",          "reporter_role", "minors",     "scope",      "status",
    "form",    "sub_form", "partner", "referral_outcome", "minors_form", "scope_form", "municipality"};

constexpr std::array<std::string_view, 8> kPersonDimensions = {
    "all", "gender", "age_band", "age_gender", "minor_now", "minor_at_start", "nationality", "municipality"};

constexpr std::array<std::string_view, 8> kAgeBands = {"0-11", "12-15", "16-17", "18-22",
                                                       "23-29", "30-49", "50+",   "unknown"};

std::string crossed(std::string_view first, std::string_view second) {
    std::string value(first);
    value += '|';
    value += second;
    return value;
}

}  // namespace

std::span<const std::string_view> signal_dimensions() {
    return kSignalDimensions;
}

std::span<const std::string_view> person_dimensions() {
    return kPersonDimensions;
}

bool is_dimension(Unit unit, std::string_view dimension) {
    const auto dimensions = unit == Unit::signals ? signal_dimensions() : person_dimensions();
    return std::find(dimensions.begin(), dimensions.end(), dimension) != dimensions.end();
}

Result<void> check_figure_query(Unit unit, std::string_view area, std::string_view dimension) {
    if (!is_dimension(unit, dimension)) return Error::invalid("dimension", "Unknown breakdown.");
    if (area != kRegion && !domain::parse_municipality(area))
        return Error::invalid("area", "Choose the region or one of the municipalities.");
    return Ok{};
}

int month_number(Date day) {
    return static_cast<int>(day.year()) * 100 + static_cast<int>(static_cast<unsigned>(day.month()));
}

Result<std::vector<AreaCount>> FiguresSource::counts_per_area(Unit unit, const Period& period,
                                                              std::string_view dimension) {
    std::vector<std::string> areas;
    for (const auto& info : domain::flevoland_municipalities()) areas.emplace_back(info.cbs_code);
    areas.emplace_back(domain::code_of(domain::Municipality::outside));
    areas.emplace_back(domain::code_of(domain::Municipality::unknown));
    std::sort(areas.begin(), areas.end());
    std::vector<AreaCount> out;
    for (const auto& area : areas) {
        auto counts = this->counts(unit, period, area, dimension);
        if (!counts) return counts.error();
        for (auto& count : *counts) out.push_back({area, std::move(count.value), count.count});
    }
    return out;
}

std::string_view age_band_of(std::optional<int> age) {
    if (!age || *age < 0) return "unknown";
    if (*age <= 11) return "0-11";
    if (*age <= 15) return "12-15";
    if (*age <= 17) return "16-17";
    if (*age <= 22) return "18-22";
    if (*age <= 29) return "23-29";
    if (*age <= 49) return "30-49";
    return "50+";
}

std::span<const std::string_view> age_bands() {
    return kAgeBands;
}

bool is_minor_band(std::string_view band) {
    return band == "0-11" || band == "12-15" || band == "16-17";
}

std::vector<Fact> signal_facts(const SignalFields& signal) {
    return {{"all", ""},
            {"kind", std::string(signal.kind)},
            {"channel", std::string(signal.channel)},
            {"reporter_role", std::string(signal.reporter_role)},
            {"minors", std::string(signal.minors)},
            {"scope", std::string(signal.scope)},
            {"status", std::string(signal.status)}};
}

std::vector<Fact> form_facts(std::string_view form, std::string_view minors, std::string_view scope) {
    return {{"form", std::string(form)},
            {"minors_form", crossed(minors, form)},
            {"scope_form", crossed(scope, form)}};
}

std::vector<Fact> referral_facts(std::string_view partner, std::string_view outcome) {
    return {{"partner", std::string(partner)}, {"referral_outcome", std::string(outcome)}};
}

int period_number(const Period& period) {
    switch (period.kind) {
        case PeriodKind::year: return period.year;
        case PeriodKind::quarter: return period.year * 10 + period.number;
        case PeriodKind::month: break;
    }
    return period.year * 100 + period.number;
}

std::array<int, 3> periods_of_month(int yyyymm) {
    const int year = yyyymm / 100;
    const int month = yyyymm % 100;
    return {yyyymm, year * 10 + (month + 2) / 3, year};
}

std::vector<Fact> person_facts(const PersonFields& person) {
    if (person.role != "victim") return {};
    const std::string_view band = age_band_of(person.age);
    const std::string_view minor_now = !person.age ? "unknown" : *person.age < 18 ? "yes" : "no";
    return {{"all", ""},
            {"gender", std::string(person.gender)},
            {"age_band", std::string(band)},
            {"age_gender", crossed(band, person.gender)},
            {"minor_now", std::string(minor_now)},
            {"minor_at_start", std::string(person.minor_at_start)},
            {"nationality", person.nationality.empty() ? std::string("unknown") : std::string(person.nationality)}};
}

}  // namespace meldpunt::stats

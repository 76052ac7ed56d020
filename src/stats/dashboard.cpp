#include "stats/dashboard.hpp"

#include <algorithm>
#include <map>

#include "domain/municipality.hpp"

namespace meldpunt::stats {

namespace {

struct ChartSpec {
    Unit unit;
    std::string_view dimension;
};

// What the coordinator sees, signals first, then people. The municipality
// charts are only drawn for the whole region.
constexpr std::array<ChartSpec, 17> kCharts = {{
    {Unit::signals, "kind"},
    {Unit::signals, "form"},
    {Unit::signals, "minors"},
    {Unit::signals, "scope"},
    {Unit::signals, "municipality"},
    {Unit::signals, "channel"},
    {Unit::signals, "reporter_role"},
    {Unit::signals, "sub_form"},
    {Unit::signals, "status"},
    {Unit::signals, "partner"},
    {Unit::signals, "referral_outcome"},
    {Unit::persons, "age_band"},
    {Unit::persons, "gender"},
    {Unit::persons, "minor_now"},
    {Unit::persons, "minor_at_start"},
    {Unit::persons, "nationality"},
    {Unit::persons, "municipality"},
}};

std::int64_t total_of(const std::vector<FigureCount>& counts) {
    return counts.empty() ? 0 : counts.front().count;
}

std::optional<double> rate_per_100k(std::string_view code, std::int64_t count) {
    for (const auto& info : domain::flevoland_municipalities())
        if (info.cbs_code == code && info.population_2024 > 0)
            return static_cast<double>(count) * 100000.0 / info.population_2024;
    return std::nullopt;
}

// Age bands young to old; everything else the largest first.
void order_bars(std::string_view dimension, std::vector<DashboardBar>& bars) {
    if (dimension == "age_band") {
        const auto bands = age_bands();
        const auto rank = [&](const DashboardBar& bar) { return std::find(bands.begin(), bands.end(), bar.value) - bands.begin(); };
        std::sort(bars.begin(), bars.end(), [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
        return;
    }
    std::stable_sort(bars.begin(), bars.end(), [](const auto& a, const auto& b) { return a.count > b.count; });
}

Result<DashboardChart> chart(FiguresSource& source, const ChartSpec& spec, const Period& period, std::string_view area,
                             std::int64_t total, std::int64_t previous_total) {
    auto now = source.counts(spec.unit, period, area, spec.dimension);
    if (!now) return now.error();
    auto before = source.counts(spec.unit, period.previous(), area, spec.dimension);
    if (!before) return before.error();
    std::map<std::string, DashboardBar, std::less<>> bars;
    for (const auto& count : *now) bars[count.value] = {count.value, count.count, 0, std::nullopt};
    // A value seen only in the period before is kept: it went down to zero.
    for (const auto& count : *before) {
        auto& bar = bars[count.value];
        bar.value = count.value;
        bar.previous = count.count;
    }
    DashboardChart made{std::string(spec.unit == Unit::signals ? "signals_" : "persons_") + std::string(spec.dimension),
                        spec.unit, std::string(spec.dimension), {}, total, previous_total};
    for (auto& [value, bar] : bars) {
        if (spec.dimension == "municipality") bar.per_100k = rate_per_100k(value, bar.count);
        made.bars.push_back(std::move(bar));
    }
    order_bars(spec.dimension, made.bars);
    return made;
}

}  // namespace

Result<Dashboard> build_dashboard(FiguresSource& source, const Period& period, std::string_view area) {
    Dashboard dashboard{period, period.previous(), std::string(area), {}};
    for (const Unit unit : {Unit::signals, Unit::persons}) {
        auto total = source.counts(unit, period, area, "all");
        if (!total) return total.error();
        auto previous = source.counts(unit, period.previous(), area, "all");
        if (!previous) return previous.error();
        for (const auto& spec : kCharts) {
            if (spec.unit != unit || (spec.dimension == "municipality" && area != kRegion)) continue;
            auto made = chart(source, spec, period, area, total_of(*total), total_of(*previous));
            if (!made) return made.error();
            dashboard.charts.push_back(std::move(*made));
        }
    }
    return dashboard;
}

}  // namespace meldpunt::stats

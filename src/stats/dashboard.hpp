// The coordinator's dashboard as data: one chart per breakdown, each bar with
// the count of the period, of the period before (the trend) and, per
// municipality, the rate per 100,000 inhabitants. Internal figures: nothing is
// suppressed (staff with figures_read only). The web layer turns it into SVG
// and tables. Pure C++ over the FiguresSource port; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stats/figures.hpp"

namespace meldpunt::stats {

struct DashboardBar {
    std::string value;  // a code, labelled by the caller
    std::int64_t count = 0;
    std::int64_t previous = 0;        // the same value in the period before
    std::optional<double> per_100k;   // municipality charts only, for the six municipalities
};

struct DashboardChart {
    std::string id;  // "signals_form", "persons_age_band": stable, for anchors and tests
    Unit unit = Unit::signals;
    std::string dimension;
    std::vector<DashboardBar> bars;  // in the dimension's natural order, values without any count left out
    std::int64_t total = 0;           // signals or people in the period (not the sum of the bars: forms overlap)
    std::int64_t previous_total = 0;
};

struct Dashboard {
    Period period;
    Period previous;
    std::string area;  // kRegion or a municipality code
    std::vector<DashboardChart> charts;
};

Result<Dashboard> build_dashboard(FiguresSource& source, const Period& period, std::string_view area);

}  // namespace meldpunt::stats

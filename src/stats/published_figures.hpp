// A period's publication: every fixed table (stats/publication) filled from the
// FiguresSource and passed through disclosure control, for the region or for
// one municipality. What analysts, the API and the exports get; never the raw
// counts. Pure C++; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "stats/disclosure.hpp"
#include "stats/figures.hpp"
#include "stats/publication.hpp"

namespace meldpunt::stats {

struct PublishedFigureTable {
    const TableDefinition* definition = nullptr;
    PublishedTable table;  // rows and columns are codes, labelled by the caller
};

struct PublishedFigures {
    Period period;
    std::string area;  // kRegion or a municipality code
    DisclosureSettings settings;
    std::vector<PublishedFigureTable> tables;
};

// Tables that cannot be made for the area (municipality rows in a
// municipality's own publication) are left out. A month, a quarter or a year
// is published together with the rest of its year (every month, quarter and
// the year: stats::publish_nested), so that no release gives away what
// another hides through month + month + month = quarter and so on.
Result<PublishedFigures> publish_figures(FiguresSource& source, const Period& period, std::string_view area,
                                         const DisclosureSettings& settings);

}  // namespace meldpunt::stats

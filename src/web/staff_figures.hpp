// What the figures pages and the figures API share: reading the period and the
// area from the query string (?period=2026Q1&area=GM0034), keeping what was
// typed when it is wrong, the area choices of the filter form, and addresses
// that keep the filter, and published tables with every code worded. Free
// functions; thread-safe.
#pragma once

#include <ctemplate/template.h>

#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "exports/report_document.hpp"
#include "stats/period.hpp"
#include "stats/published_figures.hpp"
#include "web/site.hpp"

namespace meldpunt::web {

// Which areas a page offers. The dashboard also counts signals outside
// Flevoland or without a known municipality; a publication is made for the
// region or for one of the six municipalities.
enum class AreaChoices { dashboard, publication };

struct FigureFilter {
    std::string typed_period;  // as typed, for the form after an error
    std::string typed_area;
    stats::Period period;       // valid only when `errors` is empty
    std::string area;           // stats::kRegion ("") or a municipality code
    std::vector<Error> errors;  // fields "period" and "area"
};

// `period` is required (the API), or defaults to the current year (the pages:
// `default_period`).
FigureFilter read_figure_filter(const Request& request, AreaChoices choices,
                                const std::optional<stats::Period>& default_period);

// The year we are in (Europe/Amsterdam), for pages opened without a period.
stats::Period current_year(TimePoint now);

// PERIOD (as typed) and one AREA choice per area (VALUE, LABEL, CHECKED).
void add_figure_filter(const Site& site, Language language, const FigureFilter& filter, AreaChoices choices,
                       ctemplate::TemplateDictionary& values);

// "?period=2026Q1" or "?period=2026Q1&area=GM0034".
std::string figures_query(const stats::Period& period, std::string_view area);

// A published table as people read it: title, row and column labels and the
// totals in `language`; the counts as published. For the page and every
// download (CSV now; XLSX and PDF take the same value).
exports::LabelledTable labelled_table(const Translations& words, Language language,
                                      const stats::PublishedFigureTable& table);

}  // namespace meldpunt::web
